/**
 * Wildcard terms
 * ==============
 *
 * The terms of an index a wildcard pattern matches (`*` for any characters, as in lunr): the terms that start with the
 * pattern's letters before its first `*` are a run of the sorted term list, found by binary search, and each is
 * matched against the pattern in time linear in their lengths' product. lunr intersects the pattern's automaton with
 * the index's token set instead, following every path through a pattern with several `*` (`*a*a*a*a*a*a*a*a*a*a*`
 * took 2.8 s on 92,000 terms) and unfolding the whole token set for a leading `*` (4 s).
 */

/** Positions in `terms` (sorted by UTF-16 code units) of the terms `pattern` matches, in order. */
export function wildcardTerms(terms: readonly string[], pattern: string): number[] {
  const star = pattern.indexOf("*");
  const head = star < 0 ? pattern : pattern.slice(0, star);
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < head) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let i = low; i < terms.length && terms[i]!.startsWith(head); i++) if (matchesPattern(pattern, terms[i]!)) found.push(i);
  return found;
}

/** Whether `pattern` matches all of `text`: on a mismatch, the last `*` takes one more character and matching resumes. */
function matchesPattern(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (pattern[p] === "*") {
      star = p++;
      resume = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
