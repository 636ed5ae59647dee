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
const MIN_TAIL = 5;
const MIN_LONE_TAIL = 6;

/** Returns the known parts of `term` (tail last), or an empty array when it does not split. */
export function splitCompound(term: string, isKnown: (part: string) => boolean): string[] {
  if (term.length < MIN_COMPOUND_LENGTH) return [];
  for (let cut = MIN_HEAD; cut <= term.length - MIN_TAIL; cut++) {
    const tail = term.slice(cut);
    if (!isKnown(tail)) continue;
    const head = term.slice(0, cut);
    if (isKnown(head)) return [head, tail];
    const unlinked = head.slice(0, -1);
    if ((head.endsWith("s") || head.endsWith("e")) && unlinked.length >= MIN_HEAD && isKnown(unlinked)) {
      return [unlinked, tail];
    }
    if (tail.length >= MIN_LONE_TAIL) return [tail];
  }
  return [];
}
