/**
 * Hash
 * ====
 *
 * FNV-1a hashes of words folded to lower case, and bitmaps over them: the tokenizer hashes every word while scanning,
 * so lexicon lookups and word-list tests start with one integer compare instead of a string cut.
 * [Reference] http://www.isthe.com/chongo/tech/comp/fnv/
 */

/** Folds one UTF-16 code unit to lower case for hashing: ASCII and Latin-1 capitals; others as they are. */
export const foldCode = (c: number) => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

/** The bits of an FNV-1a state kept as the hash. */
export const HASH_MASK = 0x3fffffff;
/** FNV-1a's starting state and prime. */
export const HASH_START = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/** Continues an FNV-1a state over a string, folded to lower case the way the tokenizer folds it. */
export function continueFoldHash(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ foldCode(text.charCodeAt(i)), HASH_PRIME);
  return h;
}

/**
 * An FNV-1a hash of a string folded to lower case the way the tokenizer folds it, cut to 30 bits: a small integer,
 * which V8 stores and looks up without allocating a number.
 */
export function foldHash(text: string): number {
  return continueFoldHash(HASH_START, text) & HASH_MASK;
}

/** A bitmap of 2^bits over hashes: a one-read first test for a set of words (false positives, never false negatives). */
export function hashBitmap(hashes: Iterable<number>, bits: number): Uint32Array {
  const map = new Uint32Array(1 << Math.max(0, bits - 5));
  for (const h of hashes) map[(h >>> 5) & (map.length - 1)] |= 1 << (h & 31);
  return map;
}

/** May the hash be in the bitmap's set? */
export const inHashBitmap = (map: Uint32Array, h: number) => ((map[(h >>> 5) & (map.length - 1)] >>> (h & 31)) & 1) === 1;

/**
 * Exact flags (two bits) by 30-bit hash in an open-addressed table, a slot holding `flags << 30 | hash` (0 when empty): a lookup
 * is a multiply and a read or two where `Set#has` is a call, and the lexicon's `matchAt` makes millions of them in a
 * build.
 */
export function hashFlagTable(flags: Map<number, number>): (h: number) => number {
  const bits = Math.ceil(Math.log2(2 * flags.size + 2));
  const slots = new Int32Array(1 << bits);
  const mask = slots.length - 1;
  const home = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - bits);
  for (const [h, f] of flags) {
    let s = home(h);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = (f << 30) | h;
  }
  return (h) => {
    for (let s = home(h); slots[s] !== 0; s = (s + 1) & mask) if ((slots[s] & HASH_MASK) === h) return slots[s] >>> 30;
    return 0;
  };
}
