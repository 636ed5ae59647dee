/**
 * A list of titles each written before its name (`ledamoten av riksdagen A (c), kommunalrådet B (s), landshövdingen
 * C, ordförande, och ledamoten av landstingsfullmäktige D`), as older minutes and reports name a delegation: each name
 * holds the title before it, not the next one's. Invented people.
 */
import { buildGraph, readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const roles = (text: string) => {
  const { graph } = buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false });
  const out: string[] = [];
  graph.forEachNode((_id, a) => {
    for (const r of a.roles ?? []) out.push(`${a.label}: ${r.role}`);
  });
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind === "holds_role") out.push(`${graph.getNodeAttribute(source, "label")}: ${a.role} @ ${graph.getNodeAttribute(target, "label")}`);
  });
  return out.sort();
};

describe("titles each before its name", () => {
  it("each name holds the title before it", () => {
    const text =
      "Nyheter\n\nI delegationen ingick ledamoten av riksdagen Per Holm (c), kommunalrådet Eva Lund (s), landshövdingen Olof Strand, ordförande, och ledamoten av landstingsfullmäktige Lena Ek.\n";
    expect(roles(text)).toEqual([
      "Eva Lund: kommunalrådet",
      "Lena Ek: ledamoten av landstingsfullmäktige @ Landstingsfullmäktige",
      "Olof Strand: landshövdingen",
      "Olof Strand: ordförande",
      "Per Holm: ledamoten av riksdagen",
    ]);
  });
});
