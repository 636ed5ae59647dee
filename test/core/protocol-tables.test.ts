/**
 * Inline protocol headers (01-protocol.ts, read by 04-protocol.ts): attendance tables flattened from PDF and fields of
 * staff with their titles. Invented people and bodies.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

/** Edges of a kind as `source` or `source: capacity`, sorted. */
const edges = (g: KnowledgeGraph, kind: string) =>
  g
    .filterEdges((_, a) => a.kind === kind)
    .map((e) => {
      const capacity = (g.getEdgeAttributes(e) as { capacity?: string }).capacity;
      return `${g.getNodeAttribute(g.source(e), "label")}${capacity ? `: ${capacity}` : ""}`;
    })
    .sort();

describe("a table of attendance flattened", () => {
  // Signature block, then the table (name, party letter, presence mark, and the capacity in a column after them) under
  // its column headers.
  const TABLE = `PROTOKOLL 1 (12) Sammanträdestid kl 09:00-11:30 Sammanträdesplats Stora salen, Luleå Beslutande Enligt närvarolista sidan 2 Övriga närvarande Enligt närvarolista sidan 2 Paragrafer Underskrifter Sekreterare Tove Lindgren Ordföranden Gustav Ekholm (S) Ebba Nordin (M) Myndighet Arbetsutskottet Anslagsdatum

2 PROTOKOLL 2 (12) Närvarolista Namn Parti Närvaro Anteckningar/ Tjänstgörande ersättare Ledamöter (5) Gustav Ekholm S 1 Ordförande Ebba Nordin M 1 Hugo Sandell S 1 Klara Wiklund C - Övriga närvarande Tove Lindgren, nämndsekreterare

3 PROTOKOLL 3 (12) Ärendelista § 1 Fastställande av ärendelistan
`;

  it("a chair's label after the first name's party and mark is that name's capacity, not the next name's label", () => {
    const g = graphOf(TABLE);
    expect(edges(g, "chaired")).toEqual(["Gustav Ekholm"]);
    // Under the table's column headers, its rows are the members'; a dash in the presence column marks one absent.
    expect(edges(g, "attended").filter((a) => /Ebba|Hugo|Klara/.test(a))).toEqual(["Ebba Nordin: member", "Hugo Sandell: member"]);
    expect(personRoles(g).filter((r) => r.includes("ordförande"))).toEqual(["Gustav Ekholm: ordförande @ Arbetsutskottet"]);
  });

  it("a chair's label that opens the next row is the label of the name after it", () => {
    const g = graphOf(TABLE.replace("Gustav Ekholm S 1 Ordförande", "Gustav Ekholm S 1\nOrdförande").replace("Ordföranden Gustav Ekholm (S)", ""));
    expect(edges(g, "chaired")).toEqual(["Ebba Nordin"]);
  });
});

describe("a field of staff with titles", () => {
  const header = (staff: string) =>
    `Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-16 Plats och tid Kommunhuset kl 09.00-11.30 Beslutande Helga Brandt (M), ordförande Oskar Lindqvist (C) Maja Forsén (S) ${staff} Justerare Maja Forsén\n§ 1 Val av justerare\n`;
  const cases: [string, string, string[]][] = [
    [
      "a run that opens with a title: each title is the name's after it",
      "Tjänstemän Kommundirektör Ingvar Sahlin, kommunsekreterare Rut Edlund, ekonomichef Tove Berglund 12",
      ["Ingvar Sahlin: kommundirektör", "Rut Edlund: kommunsekreterare @ Kommunstyrelsen", "Tove Berglund: ekonomichef"],
    ],
    [
      "the field's label is no part of the first title",
      "Övriga närvarande Kommundirektör Ingvar Sahlin, ekonomichef Tove Berglund",
      ["Ingvar Sahlin: kommundirektör", "Tove Berglund: ekonomichef"],
    ],
    [
      "titles after the names stay with the name before",
      "Tjänstemän Ingvar Sahlin, kommundirektör Rut Edlund, kommunsekreterare Tove Berglund, ekonomichef",
      ["Ingvar Sahlin: kommundirektör", "Rut Edlund: kommunsekreterare @ Kommunstyrelsen", "Tove Berglund: ekonomichef"],
    ],
    [
      "a column's heading before the first name, the titles after the names",
      "Övriga närvarande Tjänsteman Ingvar Sahlin, kommundirektör Rut Edlund, chef Kulturavdelningen Tove Berglund, ekonomichef 12",
      ["Ingvar Sahlin: kommundirektör", "Rut Edlund: chef", "Rut Edlund: chef @ Kulturavdelningen", "Tove Berglund: ekonomichef"],
    ],
  ];
  it.each(cases)("%s", (_, staff, expected) => {
    const roles = personRoles(graphOf(header(staff)), { written: true, normalised: false }).filter((r) => /Ingvar|Rut|Tove/.test(r));
    expect(roles).toEqual(expected);
  });
});
