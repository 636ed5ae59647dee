import { describe, expect, it } from "vitest";
import { createKnowledgeGraph, type KnowledgeGraph } from "@samverkan/core";
import { buildSearchIndex } from "@samverkan/search";
import { createSampleGraph, evidence, SAMPLE_DOCUMENTS } from "../testing/sample-graph";

/** `graph`'s nodes and edges (keys and attributes alike) added in reverse order, as a live graph's patches may hold them. */
function reversed(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createKnowledgeGraph();
  for (const id of graph.nodes().reverse()) copy.addNode(id, graph.getNodeAttributes(id));
  for (const key of graph.edges().reverse()) copy.addEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
  return copy;
}

describe("collectEntities", () => {
  it("reads the same entities, context and mentions whatever order the graph holds its nodes and edges in", () => {
    const graph = createSampleGraph();
    // Two entities with evidence at the same start: the passage's mentions at one offset are ordered by id.
    graph.addNode("anna", { kind: "person", label: "Anna", evidence: [evidence("protokoll-2019-04-11", "Anna Östlin")] });
    const json = (g: KnowledgeGraph) => JSON.stringify(buildSearchIndex(g, SAMPLE_DOCUMENTS));
    expect(json(reversed(graph))).toBe(json(graph));
  });
});
