/**
 * Fuzzy terms
 * ===========
 *
 * The terms of an index within an edit distance of a query word (insertions, deletions, substitutions and swaps of
 * two neighbouring letters, each one edit, as lunr counts them), found by walking the index's token set with one row
 * of the edit-distance table per node and leaving a branch as soon as every cell of its row is over the distance. The
 * cost is the number of nodes within reach times the word's length. lunr's `TokenSet.fromFuzzyString` instead builds
 * an automaton of every spelling within reach before it looks at the index, which grows with the fourth power of the
 * word's length at distance 2 (a 40-letter word took 0.3 s, a 400-letter one 24 s).
 *
 * [Reference] https://en.wikipedia.org/wiki/Damerau%E2%80%93Levenshtein_distance (optimal string alignment)
 */

/** A node of a token set (a `LazyTokenSet` or a `lunr.TokenSet`): whether its prefix is a term, and its children. */
export interface TermTrie {
  final: boolean;
  edges: Record<string, TermTrie>;
}

/** Terms of `root` within `maxDistance` edits of `word`, each with its distance. */
export function fuzzyTerms(root: TermTrie, word: string, maxDistance: number): Map<string, number> {
  const found = new Map<string, number>();
  const n = word.length;
  // row[j]: edits between the node's prefix and word.slice(0, j); previous: the same for the prefix's parent.
  const stack: { node: TermTrie; prefix: string; row: number[]; previous?: number[] }[] = [
    { node: root, prefix: "", row: Array.from({ length: n + 1 }, (_, j) => j) },
  ];
  while (stack.length > 0) {
    const { node, prefix, row, previous } = stack.pop()!;
    const last = prefix[prefix.length - 1];
    for (const char in node.edges) {
      const next = new Array<number>(n + 1);
      next[0] = row[0]! + 1;
      let best = next[0]!;
      for (let j = 1; j <= n; j++) {
        let edits = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (word[j - 1] === char ? 0 : 1));
        if (previous && j > 1 && word[j - 2] === char && word[j - 1] === last) edits = Math.min(edits, previous[j - 2]! + 1);
        next[j] = edits;
        if (edits < best) best = edits;
      }
      // Rows below cannot come back under the distance: a swap reaches back one row, whose cells are at most one less.
      if (best > maxDistance) continue;
      const child = node.edges[char]!;
      const term = prefix + char;
      if (child.final && next[n]! <= maxDistance) found.set(term, next[n]!);
      stack.push({ node: child, prefix: term, row: next, previous: row });
    }
  }
  return found;
}
