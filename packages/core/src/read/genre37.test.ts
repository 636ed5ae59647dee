/**
 * Round 37's genre and dates: minutes that head their attendance in the past tense (`Närvarade och beslutande:`).
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { detectGenre } from "./genre";

describe("attendance headed in the past tense", () => {
  const NOTES = [
    "Mötesprotokoll",
    "",
    "Styrelsemöte",
    "",
    "Plats: Teams",
    "",
    "Närvarade och beslutande: Vera Lundqvist (Granby högskola), Hugo Berglind (Skogsstyrelsen), Siv Marklund (Tallås kommun)",
    "",
    "Adjungerade: Olle Fagerlund (Länsstyrelsen)",
    "",
    " 1. Mötet öppnades av ordförande Vera Lundqvist.",
    " 2. Dagordningen godkändes.",
    "",
  ].join("\n");

  it("reads `Närvarade och beslutande:` as the members present", () => {
    expect(attendees(graphOf(NOTES))).toEqual(["Hugo Berglind: member", "Olle Fagerlund: other", "Siv Marklund: member", "Vera Lundqvist: member"]);
  });

  it("tells notes titled as minutes by a `Närvarade` line", () => {
    const text = "Minnesanteckningar från nätverksträffen\n\nNärvarade\nKarin Sjöblom, Tallås\nJon Vikström, Granby\n\nTräffen började med en runda.\n";
    expect(detectGenre(text)).toBe("minutes");
  });
});
