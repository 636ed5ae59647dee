import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../types";
import { layoutGraph } from "./layout";
import { createKnowledgeGraph } from "./serialize";

/** People in a ring, and documents each naming three of them. */
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

describe("layoutGraph", () => {
  it("places the nodes of a small graph where graphology-layout-forceatlas2 run on the graph puts them", () => {
    const graph = corpusGraph(30, 20);
    const expected = graph.copy();
    layoutGraph(graph, { iterations: 50 });
    // layoutGraph's seeded start (mulberry32), then the library on the graph itself.
    let state = 0x9e3779b9 | 0;
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    expected.forEachNode((id) => expected.mergeNodeAttributes(id, { x: random() * 100, y: random() * 100 }));
    const settings = { ...forceAtlas2.inferSettings(expected), barnesHutOptimize: false };
    const positions = forceAtlas2(expected as never, { iterations: 50, settings, getEdgeWeight: null });
    const round = (v: number) => Math.round(v * 1000) / 1000;
    graph.forEachNode((id, a) => expect([a.x, a.y]).toEqual([round(positions[id]!.x), round(positions[id]!.y)]));
  });
});
