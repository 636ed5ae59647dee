/**
 * Split compound
 * ==============
 *
 * Swedish writes compounds as one word (`gymnasieregionen`, `kommunstyrelsen`). A term is split where its tail is a
 * known term (`gymnasieregion` → `region`); the head is kept too when it is known itself, possibly after dropping a
 * linking `s` or `e` (`kommunstyrels` → `kommun` + `styrels`). "Known" is decided by the caller, normally the
 * vocabulary of the index itself, so no word list is needed. The longest known tail wins. Short tails split off too
 * much (`stockholm` → `holm`, `rapport` → `port`), so a tail of fewer than 6 letters needs a known head as well, and
 * one of fewer than 5 is never split off.
 */

/** Shortest term that is tried. */
export const MIN_COMPOUND_LENGTH = 8;
const MIN_HEAD = 3;
/** Shortest tail that is split off: a word shorter than this is only ever a head. */
export const MIN_TAIL = 5;
const MIN_LONE_TAIL = 6;

/** Returns the known parts of `term` (tail last), or an empty array when it does not split. */
export function splitCompound(term: string, isKnown: (part: string) => boolean): string[] {
  return splitCompoundAt(term, (start, end) => isKnown(term.slice(start, end)));
}

/**
 * `splitCompound` asking whether `term.slice(start, end)` is known by its offsets, so a caller can rule out most
 * candidates without making the string (see `compoundParts`).
 */
export function splitCompoundAt(term: string, isKnown: (start: number, end: number) => boolean): string[] {
  const n = term.length;
  if (n < MIN_COMPOUND_LENGTH) return [];
  for (let cut = MIN_HEAD; cut <= n - MIN_TAIL; cut++) {
    if (!isKnown(cut, n)) continue;
    const tail = term.slice(cut);
    if (isKnown(0, cut)) return [term.slice(0, cut), tail];
    const linked = term[cut - 1];
    if ((linked === "s" || linked === "e") && cut - 1 >= MIN_HEAD && isKnown(0, cut - 1)) return [term.slice(0, cut - 1), tail];
    if (n - cut >= MIN_LONE_TAIL) return [tail];
  }
  return [];
}
