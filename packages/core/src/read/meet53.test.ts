/**
 * Round 53's genre: notes flattened from PDF whose capital title is followed by the meeting's opening as a numbered item
 * mid-line (`MINNESANTECKNINGAR … Plats Stora salen 1 Mötets öppnande Ordföranden … förklarade mötet öppnat`), with no
 * list of who took part at their head. A newsletter that mentions notes stays one. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";
import { chairs, graphOf } from "../../../../test/helpers/minutes";

/** A shared PDF's page: its headline, then the PDF's text, its first page flattened to one line. */
const NUMBERED_NOTES = [
  "Möte med Regionalt Myrråd",
  "",
  "Transkript",
  "",
  "1 1 (5) MINNESANTECKNINGAR Diarienummer RS 2019/77 Möte med Regionalt Myrråd Datum 2019-04-11 Tid 10.00-15.00 " +
    "Plats Länshuset, Tallsalen 1 Mötets öppnande Ordföranden Berit Ålander förklarade mötet öppnat och hälsade alla " +
    "välkomna. 2 Dagordning Dagordningen godkändes. 3 Föregående minnesanteckningar Lades till handlingarna.",
].join("\n");

const NEWSLETTER = [
  "Nyhetsbrev från Myrbygdens förening",
  "",
  "Minnesanteckningar från vårens medlemsmöte finns nu på hemsidan. Ordföranden Berit Ålander förklarade mötet öppnat " +
    "inför ett femtiotal medlemmar och berättade om det kommande året. Läs mer på hemsidan.",
].join("\n");

describe("notes whose capital title is followed by the numbered opening of the meeting", () => {
  it("are minutes, and give the meeting's chair", () => {
    expect(detectGenre(NUMBERED_NOTES)).toBe("minutes");
    expect(chairs(graphOf(NUMBERED_NOTES))).toContain("Berit Ålander");
  });

  it("leave a newsletter that mentions notes and an opened meeting a newsletter's text", () => {
    expect(detectGenre(NEWSLETTER)).not.toBe("minutes");
  });
});
