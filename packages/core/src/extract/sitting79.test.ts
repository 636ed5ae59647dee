/**
 * Round 79's reported sittings (invented names and texts): a press text opening a sentence with a body's sitting and
 * its day, something done at it in the passive (`Vid årets första sammanträde den 3 mars valdes X till ordförande för
 * …`), reports that day's meeting of the body whose chair it chose, in the year the sentence names; a coming sitting
 * does not (`05-reported.ts` `OPENED_BY_SITTING`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a sitting and its day opening a sentence of what was done at it", () => {
  const text = [
    "Lisa Fjäll ny ordförande för förbundet",
    "",
    "Vid årets första sammanträde den 3 mars valdes Lisa Fjäll till ordförande för Samordningsförbundet Ekby-Norrby under 2031. Lisa Fjäll (C) är även ledamot i socialnämnden i Ekby kommun.",
    "",
    "Vid nästa sammanträde den 5 maj ska budgeten behandlas.",
    "",
  ].join("\n");

  it("is that day's meeting of the body whose chair it chose, in the sentence's year, and the coming one is none", () => {
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2031-03-03 Samordningsförbundet"]);
  });

  it("takes the title's body where the sentence names none, and no year guessed", () => {
    const board = "Styrelsen i Lövby fritidsförbund\n\nVid det konstituerande mötet den 12 januari 2032 utsågs Ove Sand till sekreterare.\n";
    expect(meetingLabels(graphOf("nyhet.txt", board))).toEqual(["2032-01-12 Styrelsen"]);
    const undated = "Styrelsen i Lövby fritidsförbund\n\nVid det konstituerande mötet den 12 januari utsågs Ove Sand till sekreterare.\n";
    expect(meetingLabels(graphOf("nyhet.txt", undated))).toEqual([]);
  });
});
