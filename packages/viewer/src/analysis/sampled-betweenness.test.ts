import { createKnowledgeGraph } from "@samverkan/core";
import { UndirectedGraph } from "graphology";
import betweenness from "graphology-metrics/centrality/betweenness.js";
import { describe, expect, it } from "vitest";
import { getMetric } from "./metrics";
import { sampledBetweenness } from "./sampled-betweenness";

/** Ten teams of eight, each team's first member linked to the next team's: those members are the brokers. */
function ringOfTeams(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let team = 0; team < 10; team++) {
    for (let i = 0; i < 8; i++) graph.addNode(`t${team}p${i}`);
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) graph.addEdge(`t${team}p${i}`, `t${team}p${j}`);
  }
  for (let team = 0; team < 10; team++) graph.addEdge(`t${team}p0`, `t${(team + 1) % 10}p0`);
  return graph;
}

describe("sampledBetweenness", () => {
  const graph = ringOfTeams();
  const exact = betweenness(graph, { getEdgeWeight: null, normalized: true });

  it("is the exact betweenness with every node as a source", () => {
    for (const [node, value] of sampledBetweenness(graph, graph.order)) expect(value).toBeCloseTo(exact[node], 10);
  });

  it.each([40, 20])("from %i sources, finds the brokers and stays near the exact values", (sources) => {
    const estimate = sampledBetweenness(graph, sources);
    const top = [...estimate]
      .sort(([, a], [, b]) => b - a)
      .slice(0, 10)
      .map(([node]) => node);
    expect(top.sort()).toEqual(Array.from({ length: 10 }, (_, team) => `t${team}p0`).sort());
    const broker = estimate.get("t3p0") ?? 0;
    expect(Math.abs(broker - exact.t3p0) / exact.t3p0).toBeLessThan(0.25);
  });
});

describe("the betweenness metric on a graph past the limit", () => {
  const knowledge = createKnowledgeGraph();
  ringOfTeams().forEachNode((node) => knowledge.addNode(node, { kind: "person", label: node }));
  ringOfTeams().forEachEdge((_edge, _attributes, source, target) => knowledge.addEdge(source, target, { kind: "collaborates_with", evidence: [] }));

  it("estimates from as many sources as the limit allows, and says so", () => {
    // 290 links: a limit of 40 × 290 buys 40 sources.
    const outcome = getMetric("betweenness").compute(knowledge, { betweennessLimit: 40 * 290 });
    expect(outcome.type === "numeric" && outcome.note).toBe("Betweenness estimated from 40 of 80 nodes as sources (exact on at most 11,600 nodes × links).");
  });

  it("refuses when fewer than 32 sources fit", () => {
    const outcome = getMetric("betweenness").compute(knowledge, { betweennessLimit: 31 * 290 });
    expect(outcome.type).toBe("refused");
  });
});
