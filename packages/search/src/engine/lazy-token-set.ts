/**
 * Lazy token set
 * ==============
 *
 * A stand-in for the index's `lunr.TokenSet` that unfolds on demand from the sorted term list. lunr only uses the
 * index's token set through `intersect`, with the query term's automaton (exact, wildcard or fuzzy), so a node can
 * work out its edges the first time they are read: the terms under a prefix are a contiguous run of the sorted list.
 * `intersect` is lunr's algorithm, looking up a query edge directly instead of scanning all edges. Loading
 * then skips `TokenSet.fromArray`, which builds and minimises the whole automaton (about 110 ms for 37,000 terms),
 * and a query unfolds only the nodes along its terms.
 *
 * [Reference] https://github.com/olivernn/lunr.js/blob/v2.3.9/lib/token_set.js (intersect)
 */

import lunr from "lunr";

// The parts of lunr.TokenSet that intersect reads and writes (@types/lunr declares neither).
interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
}

/** One node: the terms `terms[from, to)` share its prefix of length `depth`. */
export class LazyTokenSet {
  /** True when the prefix itself is a term. */
  readonly final: boolean;
  private readonly terms: readonly string[];
  private readonly from: number;
  private readonly to: number;
  private readonly depth: number;
  private unfolded?: Record<string, LazyTokenSet>;

  constructor(terms: readonly string[], from = 0, to = terms.length, depth = 0) {
    this.terms = terms;
    this.from = from;
    this.to = to;
    this.depth = depth;
    this.final = from < to && terms[from]!.length === depth;
  }

  /** Children by next character, as in `lunr.TokenSet`. */
  get edges(): Record<string, LazyTokenSet> {
    if (this.unfolded) return this.unfolded;
    const edges: Record<string, LazyTokenSet> = Object.create(null);
    const { terms, depth } = this;
    let i = this.final ? this.from + 1 : this.from;
    while (i < this.to) {
      // Terms are sorted by UTF-16 code units, so one character's run ends where the next begins.
      const char = terms[i]![depth]!;
      let end = i + 1;
      while (end < this.to && terms[end]![depth] === char) end++;
      edges[char] = new LazyTokenSet(terms, i, end, depth + 1);
      i = end;
    }
    this.unfolded = edges;
    return edges;
  }

  /** The terms accepted by both this set and `query` (a `lunr.TokenSet`), as a `lunr.TokenSet`. */
  intersect(query: lunr.TokenSet): lunr.TokenSet {
    const output = new lunr.TokenSet();
    const stack: { node: TokenSetNode; query: TokenSetNode; output: TokenSetNode }[] = [
      { node: this, query: query as unknown as TokenSetNode, output: output as unknown as TokenSetNode },
    ];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const nodeEdges = frame.node.edges;
      for (const queryEdge of Object.keys(frame.query.edges)) {
        const chars = queryEdge === "*" ? Object.keys(nodeEdges) : queryEdge in nodeEdges ? [queryEdge] : [];
        for (const char of chars) {
          const node = nodeEdges[char]!;
          const queryNode = frame.query.edges[queryEdge]!;
          const final = node.final && queryNode.final;
          let next = frame.output.edges[char];
          if (next) {
            next.final = next.final || final;
          } else {
            next = new lunr.TokenSet() as unknown as TokenSetNode;
            next.final = final;
            frame.output.edges[char] = next;
          }
          stack.push({ node, query: queryNode, output: next });
        }
      }
    }
    return output;
  }
}
