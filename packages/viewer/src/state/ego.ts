/**
 * Ego network
 * ===========
 *
 * The nodes within a number of steps of one node, walking edges in either direction.
 */
import type { KnowledgeGraph } from "@samverkan/core";

/**
 * Ids of `id` and every node at most `depth` steps away.
 * @param edges - Only walk these edges (e.g. the visible ones); all edges when omitted.
 */
export function egoNetwork(graph: KnowledgeGraph, id: string, depth: number, edges?: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>([id]);
  let frontier = [id];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (edges && !edges.has(edge)) return;
        const other = source === node ? target : source;
        if (seen.has(other)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}
