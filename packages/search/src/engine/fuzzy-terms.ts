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

/** A node of a trie of terms (a `LazyTokenSet`): whether its prefix is a term, and its children by code unit. */
export interface TermTrie {
  final: boolean;
  children: { codes: readonly number[]; nodes: readonly TermTrie[] };
}

/** Terms of `root` within `maxDistance` edits of `word`, each with its distance. */
export function fuzzyTerms(root: TermTrie, word: string, maxDistance: number): Map<string, number> {
  const found = new Map<string, number>();
  const n = word.length;
  const k = maxDistance;
  const codes = Int32Array.from(word, (char) => char.charCodeAt(0));
  // rows[d][j]: edits between the prefix of depth d and word.slice(0, j), exact within the band |d - j| <= k and
  // k + 1 ("over") beside it; cells farther out are never read. A branch ends once its row is over k everywhere, so
  // no prefix is deeper than n + k; one row per depth is reused by every branch.
  const rows = Array.from({ length: n + k + 2 }, () => new Int32Array(n + 2).fill(k + 1));
  for (let j = 0; j <= Math.min(n, k); j++) rows[0]![j] = j;
  const path: number[] = [];
  const visit = (node: TermTrie, depth: number) => {
    const row = rows[depth]!;
    const next = rows[depth + 1]!;
    const previous = depth > 0 ? rows[depth - 1]! : undefined;
    const last = path[depth - 1] ?? -1;
    const from = Math.max(1, depth + 1 - k);
    const to = Math.min(n, depth + 1 + k);
    const { codes: edges, nodes } = node.children;
    for (let edge = 0; edge < edges.length; edge++) {
      const code = edges[edge]!;
      next[0] = depth + 1 <= k ? depth + 1 : k + 1;
      if (from > 1) next[from - 1] = k + 1;
      let best = next[0]!;
      for (let j = from; j <= to; j++) {
        let edits = row[j]! + 1;
        if (next[j - 1]! + 1 < edits) edits = next[j - 1]! + 1;
        const substitution = row[j - 1]! + (codes[j - 1] === code ? 0 : 1);
        if (substitution < edits) edits = substitution;
        if (previous && j > 1 && codes[j - 2] === code && codes[j - 1] === last && previous[j - 2]! + 1 < edits) edits = previous[j - 2]! + 1;
        next[j] = edits;
        if (edits < best) best = edits;
      }
      if (to < n) next[to + 1] = k + 1;
      // Rows below cannot come back under the distance: a swap reaches back one row, whose cells are at most one less.
      if (best > k) continue;
      const child = nodes[edge]!;
      path[depth] = code;
      if (child.final && to === n && next[n]! <= k) found.set(String.fromCharCode(...path.slice(0, depth + 1)), next[n]!);
      visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}
