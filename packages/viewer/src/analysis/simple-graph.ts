/**
 * Simple graph
 * ============
 *
 * The knowledge graph as the graph algorithms want it: undirected, one edge per pair of nodes, no self-loops, with
 * the weights of the parallel edges summed. PageRank, Louvain and the shortest paths of graphology refuse or misread
 * multi graphs, and who is central or close to whom does not depend on which way a relation was written
 * (`attended` points from the person to the meeting).
 */
import type { KnowledgeGraph } from "@samverkan/core";
import { UndirectedGraph } from "graphology";

/** Which nodes of the knowledge graph to keep. */
export interface SimpleGraphOptions {
  /** Keep only these nodes (e.g. the visible ones); all when omitted. */
  nodes?: ReadonlySet<string>;
  /** Keep only the nodes this accepts (e.g. no documents). */
  keepNode?: (node: string, kind: string) => boolean;
}

/** Attributes of an edge of the simple graph: the summed weight (`works_with` weight, else 1 per fact). */
export interface SimpleEdgeAttributes {
  weight: number;
}

/** The undirected simple graph of the kept nodes; parallel edges in either direction become one, weights summed. */
export function toSimpleGraph(graph: KnowledgeGraph, options: SimpleGraphOptions = {}): UndirectedGraph<Record<string, never>, SimpleEdgeAttributes> {
  const simple = new UndirectedGraph<Record<string, never>, SimpleEdgeAttributes>();
  graph.forEachNode((node, attributes) => {
    if (options.nodes && !options.nodes.has(node)) return;
    if (options.keepNode && !options.keepNode(node, attributes.kind)) return;
    simple.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target || !simple.hasNode(source) || !simple.hasNode(target)) return;
    const weight = attributes.weight ?? 1;
    simple.updateEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + weight }));
  });
  return simple;
}
