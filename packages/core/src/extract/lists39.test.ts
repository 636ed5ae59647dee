/**
 * Attendance lists flattened without commas: a name's municipality or organisation after it, and staff titles with
 * their qualifiers (01-protocol.ts, 02-mentions.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { edges, heldRoles } from "../../../../test/helpers/prose";

describe("a name and its municipality with no comma (`Eva Ek Alby kommun (ordf.)`)", () => {
  const text = `PROTOKOLL 1 (4) STYRELSEN FÖR BJÖRKÅNS VATTENRÅD Närvarande Ledamöter: Kommunrepresentanter Sigrid Tallberg Tranås kommun (ordf.) Ylva Marken Mjölby kommun (vice ordf.) Ersättare: Kommunrepresentanter Stina Holmén Boxholms kommun Adjungerade: Maria Lundell Tranås kommun (ordf. arbetsgruppen) Plats: Kommunhuset Tid: Torsdagen den 14 mars 2019 kl 13.00\n\n1. Val av justerare Sigrid Tallberg hälsar alla välkomna och öppnar mötet.\n`;
  const g = graphOf(text);
  it("reads the name alone, and the municipality as the one the person represents", () => {
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(["Maria Lundell", "Sigrid Tallberg", "Stina Holmén", "Ylva Marken"]);
    expect(edges(g, "represents")).toEqual([
      "represents Maria Lundell -> Tranås",
      "represents Sigrid Tallberg -> Tranås",
      "represents Stina Holmén -> Boxholm",
      "represents Ylva Marken -> Mjölby",
    ]);
  });
  it("holds a title in parentheses that names another group there, not as the meeting's chair", () => {
    expect(edges(g, "chaired")).toEqual(["chaired Sigrid Tallberg -> 2019-03-14 Styrelsen för Björkåns vattenråd"]);
    expect(heldRoles(g)).toContain("Maria Lundell: ordförande @ Arbetsgruppen");
  });
});
