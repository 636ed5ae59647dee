/**
 * Plain CSV export: one row per entity, one row per statement of a relation with its document, offsets and quote;
 * RFC 4180 quoting of hostile text, a byte-order mark for Excel, and formula cells defused.
 */
import { exportCsv } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { HOSTILE_DOCUMENTS, createHostileGraph } from "./fixtures/hostile-graph";
import { parseCsvObjects } from "./helpers/parse-csv";

const graph = createHostileGraph();
const files = exportCsv(graph, { documents: HOSTILE_DOCUMENTS });
const entities = parseCsvObjects(files["entities.csv"]!);
const relations = parseCsvObjects(files["relations.csv"]!);

describe("CSV export", () => {
  it("starts both files with a UTF-8 byte-order mark, unless asked not to", () => {
    expect(files["entities.csv"]!.startsWith("\uFEFFid,kind,label")).toBe(true);
    expect(exportCsv(graph, { bom: false })["relations.csv"]!.startsWith("edge_id,")).toBe(true);
  });

  it("has one entity row per node with kind-specific details", () => {
    expect(entities.rows).toHaveLength(graph.order);
    const nacka = entities.rows.find((row) => row.id === "municipality:nacka")!;
    expect(nacka).toMatchObject({ kind: "municipality", label: "Nacka", county: "Stockholms län", code: "0182" });
  });

  it("has one relation row per statement, and one for an edge without evidence", () => {
    let expected = 0;
    graph.forEachEdge((_edge, attributes) => (expected += Math.max(1, attributes.evidence.length)));
    expect(relations.rows).toHaveLength(expected);
    const e3 = relations.rows.find((row) => row.edge_id === "e3")!;
    const evidence = graph.getEdgeAttribute("e3", "evidence")[0]!;
    expect(e3).toMatchObject({
      kind: "holds_role",
      role: "sekreterare",
      former: "true",
      doc: evidence.doc,
      quote: evidence.quote,
      doc_title: HOSTILE_DOCUMENTS[0]!.title,
    });
    expect([Number(e3.evidence_start), Number(e3.evidence_end)]).toEqual([evidence.start, evidence.end]);
    expect(relations.rows.find((row) => row.edge_id === "e16")).toMatchObject({ inferred: "true" });
  });

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")', true],
    ['=HYPERLINK("http://x")', '=HYPERLINK("http://x")', false],
  ])("writes the label %s as %s when escapeFormulas is %s", (_label, written, escapeFormulas) => {
    const rows = parseCsvObjects(exportCsv(graph, { escapeFormulas })["entities.csv"]!).rows;
    expect(rows.find((row) => row.id === "person:formula")!.label).toBe(written);
  });
});
