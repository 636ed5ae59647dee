/**
 * The chair, secretary and adjusters of an inline protocol header whose signature block stands after the paragraphs'
 * range and an adjusters' field written as `Justering Ordföranden och X` (01-protocol, 04-protocol). Invented people;
 * the layouts of real minutes.
 */
import { buildGraph, readDocument, type EdgeAttributes } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const officers = (text: string) => {
  const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
  const label = (n: string) => g.getNodeAttribute(n, "label");
  const chairs = g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g.source(e)));
  const roles = g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g.source(e))}: ${(g.getEdgeAttributes(e) as EdgeAttributes & { role?: string }).role}`)
    .filter((r) => /ordförande|justera|sekreterare/.test(r))
    .sort();
  return { chairs, roles };
};
const header = (adjusters: string) =>
  `Protokoll Tekniska nämnden Sammanträdesdatum 2019-02-12 Sammanträdestid 13:15 14:30 Ledamöter Arne Dahl (S) Berit Holm (S) Carl Lund (C) Övriga närvarande Doris Ek, nämndsekreterare Paragrafer 9-21 ${adjusters} Underskrifter Sekreterare... Doris Ek Ordförande... Arne Dahl Justerare... Berit Holm\n\n9 Val av justerare\n`;

describe("the officers of a header with its signature block after the paragraphs' range", () => {
  const expected = { chairs: ["Arne Dahl"], roles: ["Arne Dahl: ordförande", "Berit Holm: justerare", "Doris Ek: nämndsekreterare"] };
  it.each([
    ["`Justering Ordföranden och X`: X adjusts, the chair is the signature's", "Justering Ordföranden och Berit Holm."],
    ["`Justeras av ordföranden och X`", "Justeras av ordföranden och Berit Holm."],
  ])("%s", (_, adjusters) => {
    const got = officers(header(adjusters));
    expect(got.chairs).toEqual(expected.chairs);
    expect(got.roles).toEqual(expect.arrayContaining(expected.roles));
    expect(got.roles.filter((r) => r.startsWith("Berit Holm: ordförande"))).toEqual([]);
  });
});

describe("a signature block's labels, then its names with their parties", () => {
  it("aligns the names by position across the parties (`Sekreterare Ordförande Justerande Eva Ek Arne Dahl (S) Berit Holm (S)`)", () => {
    const text = `Socialnämnden Sammanträdesdatum 2016-02-22 Plats och tid Kommunhuset, kl 13.00 Beslutande Arne Dahl (S), ordförande Berit Holm (S) Carl Lund (M) Övriga deltagande Doris Ek, sekreterare Underskrifter Sekreterare Ordförande Justerande Doris Ek Arne Dahl (S) Berit Holm (S)\n\n§ 1 Val av justerare\n`;
    const got = officers(text);
    expect(got.chairs).toEqual(["Arne Dahl"]);
    expect(got.roles).toEqual(expect.arrayContaining(["Arne Dahl: ordförande", "Doris Ek: sekreterare"]));
    expect(got.roles.filter((r) => r.startsWith("Berit Holm: just"))).toHaveLength(1);
  });
});

describe("a signature block's labels, then a chair for some paragraphs and another joined by `och`", () => {
  it("gives both names the chair's label and the names after them the adjusters'", () => {
    const text = `SAMMANTRÄDESPROTOKOLL KOMMUNFULLMÄKTIGE Sammanträdestid: kl 18.00 Lokal: Sessionssalen Beslutande: Arne Dahl (S) Berit Holm (M) Carl Lund (C) Doris Ek (L) Erik Falk (S) Övriga deltagande: Gun Rask, administrativ chef Paragrafer: Sekreterare: Ordförande: Justerare:. Gun Rask. Berit Holm 36 och Arne Dahl Carl Lund. Doris Ek ANSLAGSBEVIS: Nämnd: Kommunfullmäktige\n\n§ 36 Val av ordförande\n`;
    const got = officers(text);
    expect(got.chairs.sort()).toEqual(["Arne Dahl", "Berit Holm"]);
    expect(got.roles.filter((r) => /just/.test(r)).sort()).toEqual(["Carl Lund: justerare", "Doris Ek: justerare"]);
  });
});
