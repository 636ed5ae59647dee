/**
 * Round 72's header readings (invented names in the layout of a joint body's minutes flattened from PDF): the members
 * grouped under each member municipality's name in an inline header's fields (`Ledamöter Alby Eva Ek (S) Per Holm (M)
 * Borby - Cestad Kim Ahl (C)`) stand for that municipality, the quote from the heading to the name, and so do the
 * serving reserves under a capitalised serving word before a heading (`Tjänstgörande Alby Kim Ahl (S) Ersättare för Bo
 * Ek (S)`, the field's noun lost) and the members they replace (`01-protocol.ts` `groupTown`, rule
 * `protocol:municipality`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { edges } from "../../../../test/helpers/prose";

const minutes = (members: string, others: string) =>
  "1 1 (9) Tid och plats Tisdagen den 3 februari 2015 kl 18.00, Ekgårdens konferenssal Beslutande Ledamöter " +
  `${members} Övriga närvarande Reserver: ${others} Tjänstemän m fl Justering Eva Frisk förbundsdirektör. Olle Brandt (M) och Bo Ek (M) ` +
  "Underskrifter Sekreterare Eva Frisk Ordförande Bo Ek Justerande Olle Brandt\n\n§ 1 Val av justerare\n";

describe("municipalities heading groups of members in an inline header's fields", () => {
  const g = graphOf(
    minutes(
      "Borås Ingvor Strand (S) Olle Brandt (M) Alingsås Sven Ahl (S) Karin Ödman (M) Vårgårda - Herrljunga Bo Ek (M) Jan Ros (S) " +
        "Tjänstgörande Borås Endrik Schuler (S) Ersättare för Lina Hansson (S) ersättare Kurt Holmer (M) Ersättare för Jon Rask (M)",
      "Alingsås Nuri Sami Hadi (MP) Per Berg (L) Vårgårda Ulla Sten (S)",
    ),
  );
  it("give each member of a group the municipality heading it, up to the next heading or field", () => {
    expect(edges(g, "represents")).toEqual([
      "represents Bo Ek -> Herrljunga",
      "represents Endrik Schuler -> Borås",
      "represents Ingvor Strand -> Borås",
      "represents Jan Ros -> Herrljunga",
      "represents Jon Rask -> Borås",
      "represents Karin Ödman -> Alingsås",
      "represents Kurt Holmer -> Borås",
      "represents Lina Hansson -> Borås",
      "represents Nuri Sami Hadi -> Alingsås",
      "represents Olle Brandt -> Borås",
      "represents Per Berg -> Alingsås",
      "represents Sven Ahl -> Alingsås",
      "represents Ulla Sten -> Vårgårda",
    ]);
  });
  it("reads a capitalised serving word before a heading as the serving reserves' field", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Endrik Schuler: substitute", "Jan Ros: member", "Kurt Holmer: substitute"]));
  });
  it("with the quote running from the heading to the name", () => {
    const edge = g.findEdge((_, a, s) => a.kind === "represents" && g.getNodeAttribute(s, "label") === "Karin Ödman");
    expect(g.getEdgeAttributes(edge!).evidence[0].quote).toMatch(/^Alingsås Sven Ahl \(S\) Karin Ödman/);
    expect(g.getEdgeAttributes(edge!).rule).toBe("protocol:municipality");
  });
});
