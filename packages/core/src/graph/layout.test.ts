import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../types";
import { FULL_LAYOUT_BELOW, keepLayout, layoutGraph, layoutIterations, seeded } from "./layout";
import { createKnowledgeGraph } from "./serialize";

/** People in a ring of `works_with`-like links, and documents each naming three of them. */
function corpusGraph(people: number, documents: number): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (let p = 0; p < people; p++) graph.addNode(`person:p${p}`, { kind: "person", label: `P ${p}` } as never);
  for (let p = 0; p < people; p++) graph.addDirectedEdge(`person:p${p}`, `person:p${(p + 1) % people}`, { kind: "member_of", evidence: [] } as never);
  for (let d = 0; d < documents; d++) {
    graph.addNode(`document:d${d}`, { kind: "document", label: `d${d}` } as never);
    for (const p of [d % people, (d * 7) % people, (d * 13 + 1) % people])
      graph.addDirectedEdge(`document:d${d}`, `person:p${p}`, { kind: "mentions", evidence: [] } as never);
  }
  return graph;
}

/** A copy with its nodes and edges added in the order of their keys, as a full build adds them. */
function inKeyOrder(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createKnowledgeGraph();
  for (const id of graph.nodes().sort()) copy.addNode(id, { ...graph.getNodeAttributes(id) });
  for (const edge of graph.edges().sort()) copy.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return copy;
}

describe("layoutGraph", () => {
  it("places the nodes of a small graph where graphology-layout-forceatlas2 run on the graph puts them", () => {
    const graph = corpusGraph(30, 20);
    const expected = inKeyOrder(graph);
    layoutGraph(graph, { iterations: 50 });
    // layoutGraph's seeded start, then the library's entry point on the graph itself.
    const random = seeded(0x9e3779b9);
    expected.forEachNode((id) => expected.mergeNodeAttributes(id, { x: random() * 100, y: random() * 100 }));
    const settings = { ...forceAtlas2.inferSettings(expected), barnesHutOptimize: false };
    const positions = forceAtlas2(expected as never, { iterations: 50, settings, getEdgeWeight: null });
    const round = (v: number) => Math.round(v * 1000) / 1000;
    graph.forEachNode((id, a) => expect([a.x, a.y]).toEqual([round(positions[id]!.x), round(positions[id]!.y)]));
  });

  it("gives a small graph the same map whatever the order its nodes and edges were added in (a live build patches its graph)", () => {
    const graph = corpusGraph(30, 20);
    const sorted = inKeyOrder(graph);
    layoutGraph(graph, { iterations: 20 });
    layoutGraph(sorted, { iterations: 20 });
    expect(graph.nodes()).not.toEqual(sorted.nodes());
    graph.forEachNode((id, a) => expect([id, a.x, a.y]).toEqual([id, sorted.getNodeAttribute(id, "x"), sorted.getNodeAttribute(id, "y")]));
  });

  it(`from ${FULL_LAYOUT_BELOW} nodes places each document at the mean of the things it names (once per mention)`, () => {
    const graph = corpusGraph(1200, 1500);
    layoutGraph(graph, { iterations: 3 });
    const xs: number[] = [];
    const ys: number[] = [];
    graph.forEachNode((_id, a) => {
      if (a.kind === "document") return;
      xs.push(a.x!);
      ys.push(a.y!);
    });
    const width = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(width).toBeGreaterThan(0);
    for (const d of [0, 17, 1499]) {
      const id = `document:d${d}`;
      const named = graph.outEdges(id).map((e) => graph.getNodeAttributes(graph.target(e)));
      const mean = (k: "x" | "y") => named.reduce((s, a) => s + a[k]!, 0) / named.length;
      // Within the nudge (1 % of the map each way) and the rounding.
      expect(Math.abs(graph.getNodeAttribute(id, "x")! - mean("x"))).toBeLessThanOrEqual(0.01 * width + 0.002);
      expect(Math.abs(graph.getNodeAttribute(id, "y")! - mean("y"))).toBeLessThanOrEqual(0.01 * width + 0.002);
    }
  });

  it(`from ${FULL_LAYOUT_BELOW} nodes runs 20 iterations whatever the size, so its cost is linear in the graph`, () => {
    for (const [people, documents] of [
      [1200, 1500],
      [2400, 3000],
    ]) {
      const chosen = corpusGraph(people, documents);
      const byDefault = corpusGraph(people, documents);
      layoutGraph(chosen, { iterations: 20 });
      layoutGraph(byDefault);
      expect(byDefault.export().nodes).toEqual(chosen.export().nodes);
    }
  });

  it("gives the same positions for the same graph", () => {
    const a = corpusGraph(1200, 1000);
    const b = corpusGraph(1200, 1000);
    layoutGraph(a, { iterations: 2 });
    layoutGraph(b, { iterations: 2 });
    expect(a.export().nodes).toEqual(b.export().nodes);
  });

  it("below that, documents take part in the forces like any node", () => {
    const graph = corpusGraph(30, 20);
    layoutGraph(graph, { iterations: 50 });
    const id = "document:d3";
    const named = graph.outEdges(id).map((e) => graph.getNodeAttributes(graph.target(e)));
    const meanX = named.reduce((s, a) => s + a.x!, 0) / named.length;
    expect(graph.getNodeAttribute(id, "x")).not.toBeCloseTo(meanX, 3);
    graph.forEachNode((_id, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });
});

describe("keepLayout", () => {
  it("places a graph's new nodes looked for among the changed ones as when it looks at every node", () => {
    const graph = corpusGraph(1500, 1500);
    layoutGraph(graph, { iterations: 2 });
    // New: a few people, a document naming them, and one naming a placed person; among a larger set said changed.
    for (const id of ["person:new1", "person:new2"]) graph.addNode(id, { kind: "person", label: id } as never);
    graph.addNode("document:new", { kind: "document", label: "new" } as never);
    for (const to of ["person:new1", "person:new2", "person:p3"]) graph.addDirectedEdge("document:new", to, { kind: "mentions", evidence: [] } as never);
    const scanned = graph.copy();
    keepLayout(scanned, scanned);
    const changed = ["person:p3", "person:p4", "document:new", "person:new2", "person:new1", "document:d9", "person:gone"];
    keepLayout(graph, graph, {}, changed);
    scanned.forEachNode((id, a) => expect([id, graph.getNodeAttribute(id, "x"), graph.getNodeAttribute(id, "y")]).toEqual([id, a.x, a.y]));
    expect(Number.isFinite(graph.getNodeAttribute("person:new1", "x"))).toBe(true);
  });

  /** The positions of a laid-out graph by id, as a build saves them. */
  const positionsOf = (graph: KnowledgeGraph) => {
    const positions = new Map<string, readonly [number, number]>();
    graph.forEachNode((id, a) => positions.set(id, [a.x!, a.y!]));
    return positions;
  };

  it("keeps the map of earlier positions alone (without their graph) as it keeps an earlier graph's", () => {
    const earlier = corpusGraph(30, 20);
    layoutGraph(earlier);
    const grown = () => {
      const graph = corpusGraph(30, 21);
      graph.addNode("person:new", { kind: "person", label: "new" } as never);
      graph.addDirectedEdge("document:d20", "person:new", { kind: "mentions", evidence: [] } as never);
      return graph;
    };
    const fromGraph = grown();
    keepLayout(fromGraph, earlier, { keepFrom: 10 });
    const fromPositions = grown();
    keepLayout(fromPositions, positionsOf(earlier), { keepFrom: 10 });
    earlier.forEachNode((id, a) => expect([id, fromPositions.getNodeAttribute(id, "x"), fromPositions.getNodeAttribute(id, "y")]).toEqual([id, a.x, a.y]));
    fromGraph.forEachNode((id, a) => expect([id, fromPositions.getNodeAttribute(id, "x"), fromPositions.getNodeAttribute(id, "y")]).toEqual([id, a.x, a.y]));
    // Below `keepFrom` (2,000 by default) the graph is laid out anew.
    const small = grown();
    keepLayout(small, positionsOf(earlier));
    const fresh = grown();
    layoutGraph(fresh);
    fresh.forEachNode((id, a) => expect([id, small.getNodeAttribute(id, "x")]).toEqual([id, a.x]));
  });
});

describe("layoutIterations", () => {
  // [nodes, edges, iterations] of a small graph's full layout: 200, fewer as it grows, never under 10.
  const cases: [number, number, number][] = [
    [100, 300, 200],
    [1000, 3000, 91],
    [1999, 10_000, 38],
    [1999, 2_000_000, 10],
  ];
  it.each(cases)("%i nodes and %i edges: %i iterations", (nodes, edges, iterations) => {
    expect(layoutIterations(nodes, edges)).toBe(iterations);
  });
});
