/**
 * Minutes that name their chair only in the sentence that opens the meeting (rule `protocol:opening-chair`), read
 * inline (04-protocol) and from field lines (05-meetings). Invented people.
 */
import { buildGraph, readDocument, type EdgeAttributes, type KnowledgeGraph } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const graphOf = (text: string) => buildGraph([readDocument({ source: "anteckningar.txt", content: text })], { layout: false }).graph;
const chairs = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => `${g.getNodeAttribute(g.source(e), "label")} (${(g.getEdgeAttributes(e) as EdgeAttributes).rule})`)
    .sort();

const INLINE = (opening: string) =>
  `Minnesanteckningar Samordningsgruppen Protokoll från möte den 3 oktober 2019 Närvarande: Arne Dahl Berit Holm Carl Lund Doris Ek Tjänstgörande ersättare Erik Falk ${opening} 1. Fastställande av dagordning Dagordningen fastställdes.
`;
const LINES = (opening: string) => `Minnesanteckningar Nätverket för folkhälsa
Datum: 2019-10-03
Plats: Regionhuset
Närvarande: Arne Dahl, Berit Holm, Carl Lund, Doris Ek
Justerare: Carl Lund

Punkt 1. ${opening}

Punkt 2. Information från kommunerna.
`;

const CASES: [string, string][] = [
  ["Mötet öppnades av ordförande Berit Holm.", "Berit Holm"],
  ["Mötesordförande Berit Holm öppnade mötet och hälsade alla välkomna.", "Berit Holm"],
  ["Berit Holm hälsade välkommen och öppnade mötet.", "Berit Holm"],
  ["Berit Holm, vice ordförande, öppnade mötet.", "Berit Holm"],
];

describe("protocol:opening-chair", () => {
  // Inline, `Mötesordförande X` is also the header's chair field: the same chair, by either rule.
  it.each(CASES)("inline header: %s", (opening, chair) => {
    expect(chairs(graphOf(INLINE(opening))).map((c) => c.replace(/ \((?:protocol:opening-chair|protocol:signature-chair)\)$/, ""))).toEqual([chair]);
  });

  it.each(CASES)("field lines: %s", (opening, chair) => {
    expect(chairs(graphOf(LINES(opening)))).toEqual([`${chair} (protocol:opening-chair)`]);
  });

  it("a person not listed as present who opened the meeting is not taken for its chair", () => {
    expect(chairs(graphOf(INLINE("Mötet öppnades av ordförande Gösta Berg.")))).toEqual([]);
  });

  it("the chair the header lists is kept, whoever opened the meeting", () => {
    const text = INLINE("Berit Holm öppnade mötet.").replace("Arne Dahl Berit", "Arne Dahl, ordf. Berit");
    expect(chairs(graphOf(text))).toEqual(["Arne Dahl (protocol:listed-chair)"]);
  });
});
