/**
 * Round 51's notes that list no one (invented names and places): notes kept at an association's dated meeting
 * (`Anteckningar förda vid X:s höstmöte den DATE i …`, `Närvarande var 14 personer`) are minutes by their title
 * (`read/genre.ts`), and so the meeting their chair opened.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels as meetings } from "../../../../test/helpers/prose";
import { detectGenre } from "../read/genre";

describe("notes kept at an association's dated meeting, no list of who took part", () => {
  const notes = [
    "Anteckningar förda vid STRANDGRANNARNAS vårmöte den 4 april 2013 i Tallbackens bygdegård. Närvarande var 14 personer",
    "representerande 6 föreningar. 1. Inledning Efter kaffet hälsade ordföranden Rune Falk de närvarande välkomna till",
    "årets vårmöte. 2. Information från kommunen Stadsplaneraren Mia Strand berättade om detaljplanen.",
  ].join(" ");

  it("are minutes by their title", () => {
    expect(detectGenre(notes)).toBe("minutes");
  });

  it("make the meeting, chaired by the one who opened it", () => {
    const g = graphOf(notes);
    expect(meetings(g)).toEqual(["2013-04-04 Vårmöte"]);
    expect(chairs(g)).toEqual(["Rune Falk"]);
  });

  it("a sentence that speaks of notes from a meeting is not their title", () => {
    expect(detectGenre("Styrelsen läste anteckningar förda vid vårmötet den 4 april 2013 och fann dem riktiga.")).toBe("text");
  });
});
