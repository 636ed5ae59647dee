/**
 * Document-sharing sites add, after a text, a list of other documents' titles and snippets (`Relevanta dokument`):
 * snippets of other minutes (`Ordförande X. Justerare Y`) are no part of this one's meeting, but the people they name
 * are named on the page, with their parties. Invented people.
 */
import { buildGraph, readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const OWN = [
  "PROTOKOLL",
  "Kommunfullmäktige",
  "Sammanträdesdatum 2019-05-20",
  "",
  "Plats och tid: Kommunhuset, kl. 18.00–20.00",
  "",
  "Beslutande",
  "Ordförande: Karin Berg (S)",
  "Ledamöter: Olof Strand (M), Maja Lind (C)",
  "",
  "Utses att justera: Olof Strand",
  "",
].join("\n");
const RELATED = [
  "",
  "Relevanta dokument",
  "Protokoll Barn- och utbildningsnämnden",
  "",
  "14:00-16:00 Kommunkontoret, sammanträdesrum Tallen. Ordförande Per Holm. Justerare Eva Lund. Sekreterare Anna Vik",
  "",
  "Protokoll Kommunfullmäktige",
  "",
  "Beslutande ledamöter Lena Ek (C), Anders Dahl (L), Sara Nord (KD)",
  "",
].join("\n");

const graphOf = (text: string) => buildGraph([readDocument({ source: "kf.txt", content: text })], { layout: false }).graph;
const people = (text: string) =>
  graphOf(text)
    .filterNodes((_, a) => a.kind === "person")
    .sort();
/** The graph's edges but the document's mentions, as `kind source target`. */
const relations = (text: string) => {
  const graph = graphOf(text);
  return graph
    .filterEdges((_, a) => a.kind !== "mentions")
    .map((edge) => `${graph.getEdgeAttribute(edge, "kind")} ${graph.source(edge)} ${graph.target(edge)}`)
    .sort();
};

describe("a list of other documents after the text", () => {
  it("names people, with their parties, but no meeting, chair, seat or adjuster of this one", () => {
    const own = relations(OWN);
    expect(own.filter((r) => r.startsWith("chaired "))).toHaveLength(1);
    expect(people(OWN + RELATED)).toEqual(
      [...people(OWN), "person:anders-dahl", "person:anna-vik", "person:eva-lund", "person:lena-ek", "person:per-holm", "person:sara-nord"].sort(),
    );
    expect(relations(OWN + RELATED)).toEqual(
      [...own, "member_of person:anders-dahl party:l", "member_of person:lena-ek party:c", "member_of person:sara-nord party:kd"].sort(),
    );
  });

  it("keeps the document's offsets: a snippet's name is quoted from where it stands", () => {
    const text = OWN + RELATED;
    const graph = graphOf(text);
    const evidence = graph.getNodeAttribute("person:per-holm", "evidence") as { start: number; end: number; quote: string }[];
    expect(evidence.length).toBeGreaterThan(0);
    for (const { start, end, quote } of evidence) expect(text.slice(start, end)).toBe(quote);
  });

  it("the words in running text are no such list", () => {
    const text = `${OWN}\nAlla relevanta dokument finns på webben. Sekreterare var Eva Lund.\n`;
    expect(people(text)).toContain("person:eva-lund");
  });
});
