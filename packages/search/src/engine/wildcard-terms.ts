/**
 * Wildcard terms
 * ==============
 *
 * The terms of an index a wildcard pattern matches (`*` for any characters, as in lunr): the terms that start with the
 * pattern's letters before its first `*` are a run of the sorted term list, found by binary search, and each is
 * matched against the pattern's pieces in time linear in its length. lunr intersects the pattern's automaton with
 * the index's token set instead, following every path through a pattern with several `*` (`*a*a*a*a*a*a*a*a*a*a*`
 * took 2.8 s on 92,000 terms) and unfolding the whole token set for a leading `*` (4 s).
 */
import { lowerBound } from "./lower-bound";

/** Positions in `terms` (sorted by UTF-16 code units) of the terms `pattern` matches, in order. */
export function wildcardTerms(terms: readonly string[], pattern: string): number[] {
  const star = pattern.indexOf("*");
  const head = star < 0 ? pattern : pattern.slice(0, star);
  const low = lowerBound(terms, head);
  const matches = compilePattern(pattern);
  const found: number[] = [];
  for (let i = low; i < terms.length && terms[i]!.startsWith(head); i++) if (matches(terms[i]!)) found.push(i);
  return found;
}

/**
 * The first `limit` terms, in the order `order` gives (positions in `terms`), that `pattern` matches. For a pattern
 * that starts with `*`, whose terms are not a run of the sorted list: in order of frequency, the most frequent
 * matches are found without testing every term (`*a*` stops after a few dozen instead of 92,000 tests).
 */
export function firstMatches(terms: readonly string[], order: ArrayLike<number>, pattern: string, limit: number): number[] {
  const matches = compilePattern(pattern);
  const found: number[] = [];
  for (let i = 0; i < order.length && found.length < limit; i++) if (matches(terms[order[i]!]!)) found.push(order[i]!);
  return found;
}

/**
 * A test of whether `pattern` matches all of a text. The pattern is its literal pieces between the `*`s: the first
 * must start the text, the last end it, and the others follow in order between them, each placed as early as it can
 * be (which leaves the most room for the rest, so a match is never missed). Each piece is found with `indexOf`, in
 * time linear in the text; a character-by-character matcher took 37 ms for `*a*` over 85,000 terms.
 */
function compilePattern(pattern: string): (text: string) => boolean {
  const pieces = pattern.split("*");
  if (pieces.length === 1) return (text) => text === pattern;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const inner = pieces.slice(1, -1).filter((piece) => piece !== "");
  const shortest = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return (text) => {
    if (text.length < shortest || !text.startsWith(first) || !text.endsWith(last)) return false;
    const end = text.length - last.length;
    let at = first.length;
    for (const piece of inner) {
      const found = text.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}
