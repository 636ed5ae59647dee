/**
 * Lazy token set
 * ==============
 *
 * The terms of an index as a trie, in the shape of a `lunr.TokenSet` (`final`, `edges`), that unfolds on demand from
 * the sorted term list: the terms under a prefix are a contiguous run of the list, so a node works out its edges the
 * first time they are read. `fuzzyTerms` walks it; a query unfolds only the nodes within reach of its words, and
 * loading skips `TokenSet.fromArray`, which builds and minimises the whole automaton (about 110 ms for 37,000 terms).
 */

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
}
