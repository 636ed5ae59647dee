/**
 * Round 50's member tables (invented names and organisations in the layout of a water council's and a society's board
 * minutes), read in `01-protocol.ts`: a guest's seat in parentheses after the letters of the organisation she comes
 * from (`X, FNUF (ordförande)` under `Adjungerade`) is held there, and she does not chair the meeting.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { heldRoles as held } from "../../../../test/helpers/prose";

describe("a guest's seat after her organisation's letters (`Adjungerade: X, ABCF (ordförande)`)", () => {
  // A board's minutes whose head a PDF flattened to one line, its fields inline.
  const minutes = [
    "PROTOKOLL FÖRT VID FÖRENINGEN VALLBOS STYRELSEMÖTE 3 MAJ 2024",
    "",
    "Datum: 3 maj 2024 Plats: Bygdegården, Vallbo Närvarande ledamöter: Tilda Ekholm, Vallbo, ordförande Jonas Rydell, Torsby, vice ordförande Stina Wallgren, Vallbo Oskar Fernlund, Torsby Adjungerade: Hedda Lindroth, rektor Vallbo folkhögskola Sofia Brandberg, VUNF (ordförande) Närvarande tjänstemän: Elsa Norrgård, sekreterare",
    "",
    "1. Mötets öppnande",
    "Tilda Ekholm öppnade mötet.",
  ].join("\n");

  it("holds the seat in that organisation, not in the board, and the board's chair chairs", () => {
    const g = graphOf(minutes);
    expect(held(g)).toContain("Sofia Brandberg: ordförande @ VUNF");
    expect(held(g)).not.toContain("Sofia Brandberg: ordförande @ Föreningen Vallbo");
    expect(chairs(g)).toEqual(["Tilda Ekholm"]);
  });
});
