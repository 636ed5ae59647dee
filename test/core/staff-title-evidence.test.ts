/**
 * A staff title written before the name in a flattened header (`Tjänstemän Kommundirektör Per Holm, ekonom Eva Lund`)
 * is quoted from the title to the name: its evidence was once an empty span that ended before it began. Invented people.
 */
import { buildGraph, createExtractionModel, extractDocument, readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const TEXT =
  "Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-02 Plats och tid Kommunhuset, kl 13.00-15.00 " +
  "Beslutande Karin Berg (S), ordförande, Olof Strand (M), Lena Ek (C), Anders Vik (S) " +
  "Tjänstemän Kommundirektör Per Holm, ekonom Eva Lund 12, planarkitekt Sara Nord Utses att justera Olof Strand\n";

describe("a staff title before the name", () => {
  const doc = readDocument({ source: "ks.txt", content: TEXT });

  it("every fact quotes a span of the text that is not empty", () => {
    for (const fact of extractDocument(doc, createExtractionModel()).facts) {
      expect(fact.evidence.end, fact.rule).toBeGreaterThan(fact.evidence.start);
      expect(fact.evidence.quote).toBe(TEXT.slice(fact.evidence.start, fact.evidence.end));
    }
  });

  it("the title's evidence runs from the title to the name", () => {
    const { graph } = buildGraph([doc], { layout: false });
    const roles = (id: string) => graph.getNodeAttribute(id, "roles")?.map((r) => `${r.role}: ${r.evidence.map((e) => e.quote).join(" | ")}`);
    expect(roles("person:per-holm")).toEqual(["kommundirektör: Kommundirektör Per Holm"]);
    expect(roles("person:eva-lund")).toEqual(["ekonom: ekonom Eva Lund"]);
  });
});
