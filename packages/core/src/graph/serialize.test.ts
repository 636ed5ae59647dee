import { describe, expect, it } from "vitest";
import { GRAPH_FORMAT_VERSION, SamverkanError, buildGraph, loadGraph, readDocument, serializeGraph } from "@samverkan/core";
import { errorCode } from "../../../../test/helpers/error-code";

const built = buildGraph([readDocument({ source: "a.txt", content: "Rapport\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade." })], {
  layout: false,
});
const good = serializeGraph(built.graph, built.documents);
const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
};

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
  it.each(cases)("%s", (_label, input, code) => {
    expect(errorCode(() => loadGraph(input as never, "graph.json"))).toBe(code);
  });

  it("a version given as a string is called so, not read as the version it spells", () => {
    const message = messageOf(() => loadGraph({ ...good, version: "1" } as never, "graph.json"));
    expect(message).toContain('"1" (not a number)');
    expect(message).not.toMatch(/format version 1,/);
  });
});

// Each a structure graphology's import, or a command reading the graph later, would crash on.
const graphOf = (change: (graph: { nodes: any[]; edges: any[] }, data: any) => void) => {
  const data = structuredClone(good) as any;
  change(data.graph, data);
  return data;
};
const someEdge = (graph: { edges: any[] }) => graph.edges[0];
describe("loadGraph rejects a broken structure with BAD_GRAPH and one line naming the file", () => {
  const cases: [string, unknown][] = [
    ["nodes: null", graphOf((g) => void (g.nodes = null as never))],
    ["no edges", graphOf((g) => void delete (g as { edges?: unknown }).edges)],
    ["graph a list", graphOf((_g, d) => void (d.graph = []))],
    ["a node that is a string", graphOf((g) => void g.nodes.push("person:x"))],
    ["a node key that is a number", graphOf((g) => void (g.nodes[0].key = 7))],
    ["a node twice", graphOf((g) => void g.nodes.push(structuredClone(g.nodes[0])))],
    ["a node without attributes", graphOf((g) => void delete g.nodes[0].attributes)],
    ["a node of unknown kind", graphOf((g) => void (g.nodes[0].attributes.kind = "dragon"))],
    ["a node without label", graphOf((g) => void delete g.nodes[0].attributes.label)],
    ["a label that is a number", graphOf((g) => void (g.nodes[0].attributes.label = 5))],
    ["a node's evidence a string", graphOf((g) => void (g.nodes.find((n) => n.attributes.evidence).attributes.evidence = "x"))],
    ["evidence offsets as text", graphOf((g) => void (g.nodes.find((n) => n.attributes.evidence).attributes.evidence[0].start = "7"))],
    ["a meeting without title", graphOf((g) => void g.nodes.push({ key: "meeting:m", attributes: { kind: "meeting", label: "Möte", doc: "a" } }))],
    ["an edge whose source is no node", graphOf((g) => void (someEdge(g).source = "person:nobody"))],
    ["an edge whose target is missing", graphOf((g) => void delete someEdge(g).target)],
    ["an edge twice", graphOf((g) => void g.edges.push(structuredClone(someEdge(g))))],
    ["an undirected edge", graphOf((g) => void (someEdge(g).undirected = true))],
    ["an edge of unknown kind", graphOf((g) => void (someEdge(g).attributes.kind = "loves"))],
    ["an edge without evidence", graphOf((g) => void delete someEdge(g).attributes.evidence)],
    ["edge attributes null", graphOf((g) => void (someEdge(g).attributes = null))],
    ["documents an object", graphOf((_g, d) => void (d.documents = {}))],
    ["a document's text a number", graphOf((_g, d) => void (d.documents[0].text = 5))],
    ["an index link that is a string", graphOf((_g, d) => void (d.index = "index.json"))],
  ];
  it.each(cases)("%s", (_label, input) => {
    expect(errorCode(() => loadGraph(input as never, "graph.json"))).toBe("BAD_GRAPH");
    expect(errorCode(() => loadGraph(JSON.stringify(input), "graph.json"))).toBe("BAD_GRAPH");
    const message = messageOf(() => loadGraph(input as never, "graph.json"));
    expect(message).toMatch(/^samverkan\/loadGraph: graph\.json /);
    expect(message).not.toContain("\n");
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
  it("carries the link to its search index, or null for none, and names none unless told", () => {
    expect("index" in good).toBe(false);
    expect(loadGraph(good).index).toBeUndefined();
    const linked = serializeGraph(built.graph, built.documents, { index: { sha256: "ab12" } });
    expect(loadGraph(JSON.stringify(linked)).index).toEqual({ sha256: "ab12" });
    expect(loadGraph(serializeGraph(built.graph, built.documents, { index: null })).index).toBeNull();
  });
});
