/**
 * Lazy token set
 * ==============
 *
 * The terms of an index as a trie that unfolds on demand from the sorted term list: the terms under a prefix are a contiguous run of the list, so a node works out its edges the
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
  private unfolded?: { codes: number[]; nodes: LazyTokenSet[] };

  constructor(terms: readonly string[], from = 0, to = terms.length, depth = 0) {
    this.terms = terms;
    this.from = from;
    this.to = to;
    this.depth = depth;
    this.final = from < to && terms[from]!.length === depth;
  }

  /**
   * Children: the UTF-16 code unit that follows the prefix in each, in order, and the child. Arrays rather than
   * lunr.TokenSet's `edges` object, whose `for…in` was most of the cost of a fuzzy word.
   */
  get children(): { codes: number[]; nodes: LazyTokenSet[] } {
    if (this.unfolded) return this.unfolded;
    const codes: number[] = [];
    const nodes: LazyTokenSet[] = [];
    const { terms, depth } = this;
    let i = this.final ? this.from + 1 : this.from;
    while (i < this.to) {
      // Terms are sorted by UTF-16 code units, so one code unit's run ends where the next begins.
      const code = terms[i]!.charCodeAt(depth);
      let end = i + 1;
      while (end < this.to && terms[end]!.charCodeAt(depth) === code) end++;
      codes.push(code);
      nodes.push(new LazyTokenSet(terms, i, end, depth + 1));
      i = end;
    }
    return (this.unfolded = { codes, nodes });
  }
}
