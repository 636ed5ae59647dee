/**
 * Sampled betweenness
 * ===================
 *
 * Betweenness estimated from some of the nodes as sources, for graphs where computing it from all of them (Brandes:
 * time in nodes × edges) would hold the page for minutes. The shortest paths from each source come from
 * `graphology-shortest-path`'s indexed Brandes; the accumulation of dependencies is Brandes' own, as
 * `graphology-metrics` does it for every node — that package has no way to pick the sources, hence these lines. Sources
 * are spread evenly over the node order, and the sums scaled by nodes / sources (Brandes and Pich's pivot estimate),
 * then normalised as `graphology-metrics` normalises (0 to 1, networkx's convention). With every node as a source the
 * result is the exact betweenness.
 *
 * [Reference] Brandes & Pich, "Centrality estimation in large networks", 2007.
 */
import type { UndirectedGraph } from "graphology";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes.js";

/** What the indexed Brandes function carries at run time (its type declaration puts `index` on the factory). */
interface IndexedBrandes {
  (source: number): [{ size: number; items: ArrayLike<number>; pop(): number | undefined }, number[][], Uint32Array];
  index: { nodes: string[] };
}

/** Normalised betweenness of every node, estimated from `sources` source nodes (all nodes when at least the order). */
export function sampledBetweenness(graph: UndirectedGraph, sources: number): Map<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const n = graph.order;
  const k = Math.max(1, Math.min(n, Math.floor(sources)));
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const source = Math.floor(((j + 0.5) * n) / k);
    const [stack, predecessors, sigma] = brandes(source);
    for (let i = 0; i < stack.size; i++) delta[stack.items[i]] = 0;
    while (stack.size > 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of predecessors[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  return new Map(brandes.index.nodes.map((node, i) => [node, centrality[i] * scale]));
}
