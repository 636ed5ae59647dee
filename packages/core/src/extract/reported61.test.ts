/**
 * A press text's meeting told by the body and its day opening the sentence (05-reported.ts): `Under kommunfullmäktige
 * den 12 december 2022 valdes …`. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

const text =
  "Nya ordförande i Ekby kommunfullmäktige\n\nUnder kommunfullmäktige den 14 december 2022 valdes ordförande och ledamöter till nämnderna. " +
  "Till ordförande valdes Eva Strand (S).\n";

describe("a sentence opened by `Under <body> den <date>`", () => {
  it("tells that body's meeting on that day", () => {
    expect(meetingLabels(graphOf("nyhet.txt", text)).join(" ")).toMatch(/2022-12-14/);
  });
});
