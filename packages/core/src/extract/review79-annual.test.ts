/**
 * Review of round 62: an annual meeting's secretary in a press report is the name right after the chair's clause and
 * its `med` (`X ledde årsmötet med Y som sekreterare`), read there once; a secretary named further on is none of it.
 * Invented names.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs } from "../../../../test/helpers/minutes";
import { graphOf } from "../../../../test/helpers/prose";

const report = (led: string) =>
  `Publicerad 2019-03-04\n\nNy ordförande i föreningen\n\nMötet inleddes med sång av föreningens kör. ${led}\n\nTill föreningens ordförande för ett år valdes Stina Bergfalk.\n`;

describe("an annual meeting's secretary in a press report", () => {
  it("is the name right after the chair's clause and its `med`", () => {
    const g = graphOf("rapport.txt", report("Gösta Lindqvist ledde årsmötet med  Maj Sundell som sekreterare."));
    expect(chairs(g)).toEqual(["Gösta Lindqvist"]);
    expect(attendees(g)).toContain("Maj Sundell: secretary");
  });
  it("is none where a secretary is named further on", () => {
    const g = graphOf("rapport.txt", report("Gösta Lindqvist ledde årsmötet. Sedan talade Olle Vikander med Maj Sundell som sekreterare."));
    expect(chairs(g)).toEqual(["Gösta Lindqvist"]);
    expect(attendees(g).some((a) => a.endsWith(": secretary"))).toBe(false);
  });
});
