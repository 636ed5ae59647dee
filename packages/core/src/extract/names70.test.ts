/**
 * Names (session 70, 02-mentions.ts and data/given-names.json): an acting marker before a title in a run of titles
 * (`Tf Utvecklingschef`) is no name; a hyphenated given name whose first part is no name alone (`Ing-Britt`) before a
 * surname no lexicon knows. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { graphOf } from "../../../../test/helpers/prose";

const names = (text: string) => persons(graphOf("a.txt", text));

describe("names", () => {
  it("reads no name in a run of titles opened by an acting marker", () => {
    expect(names("Mötet 4-5 maj 2012 Ekgården, Vallby Dnr O Förbundsdirektör Kanslisekreterare. Biträdande förbundsdirektör Tf Utvecklingschef\n")).toEqual([]);
  });
  it("reads an `Ing-` given name before a rare surname in a roll", () => {
    expect(names("Närvarande: FP Ing-Britt Vrångfelt, S Olle Bergmark\n")).toEqual(["Ing-Britt Vrångfelt", "Olle Bergmark"]);
  });
});
