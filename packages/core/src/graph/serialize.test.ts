import { describe, expect, it } from "vitest";
import { GRAPH_FORMAT_VERSION, SamverkanError, buildGraph, loadGraph, readDocument, serializeGraph } from "@samverkan/core";
import { errorCode } from "../../../../test/helpers/error-code";


const built = buildGraph([readDocument({ source: "a.txt", content: "Rapport\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade." })], { layout: false });
const good = serializeGraph(built.graph, built.documents);

describe("loadGraph rejects", () => {
  const cases: [string, unknown, string][] = [
    ["text that is not JSON", "{ inte json", "BAD_GRAPH"],
    ["empty text", "", "BAD_GRAPH"],
    ["JSON null", "null", "BAD_GRAPH"],
    ["JSON array", "[]", "BAD_GRAPH"],
    ["a plain graphology export", JSON.stringify(good.graph), "BAD_GRAPH"],
    ["wrong format tag", { ...good, format: "other-graph" }, "BAD_GRAPH"],
    ["no graph", { ...good, graph: undefined }, "BAD_GRAPH"],
    ["newer version", { ...good, version: GRAPH_FORMAT_VERSION + 1 }, "GRAPH_VERSION"],
    ["older version", { ...good, version: 0 }, "GRAPH_VERSION"],
    ["version as a string", JSON.stringify({ ...good, version: String(GRAPH_FORMAT_VERSION) }), "GRAPH_VERSION"],
    ["missing version", { ...good, version: undefined }, "GRAPH_VERSION"],
  ];
  it.each(cases)("%s → %s", (_label, input, code) => {
    expect(errorCode(() => loadGraph(input as never, "graph.json"))).toBe(code);
  });

  it("errors name the file", () => {
    try {
      loadGraph("x", "min-graf.json");
      expect.unreachable();
    } catch (error) {
      expect((error as SamverkanError).file).toBe("min-graf.json");
    }
  });
});

describe("round trip", () => {
  it("serialize → JSON → load → serialize is identical", () => {
    const json = JSON.stringify(good);
    const loaded = loadGraph(json);
    expect(JSON.stringify(serializeGraph(loaded.graph, loaded.documents))).toBe(json);
    expect(loaded.graph.order).toBe(built.graph.order);
    expect(loaded.graph.size).toBe(built.graph.size);
  });
  it("loads from an object too, and keeps the documents", () => {
    const loaded = loadGraph(good);
    expect(loaded.documents.map((d) => d.id)).toEqual(["a"]);
    expect(loaded.graph.type).toBe("directed");
    expect(loaded.graph.multi).toBe(true);
  });
  it("the serialized graph carries format and version", () => {
    expect(good).toMatchObject({ format: "samverkan-graph", version: GRAPH_FORMAT_VERSION });
  });
});
