/**
 * Word terms
 * ==========
 *
 * The index builder's map from a word of the text to its term numbers (the Swedish pipeline runs once per distinct
 * word), looked up straight from the text: while the scanner finds a word it hashes the word's lower-cased code units,
 * and an open-addressing table keyed by that hash compares its candidates with the text in place. The word's string
 * is made only when it is new. Before, each of the corpus's 5.6 million words was sliced, lower-cased and looked up
 * in a `Map` by that string: most of the build's time and garbage.
 *
 * Lower-casing code unit by code unit is `toLowerCase`'s only in Latin-1 (see `LATIN1_LOWER`); a word with any other
 * code unit (224 of the benchmark corpus's words) is sliced and lower-cased as before, and hashed and looked up by
 * that string, so it finds the same entry.
 */
import { LATIN1_LOWER, wordCharacterAt } from "../text/tokenize";

/** What the terms are counted into: `PostingsBuilder`. */
export interface TermCounter {
  addTerm(field: number, id: number): void;
}

/**
 * What gives the term numbers of a (lower-case) word. An object whose method is called, not a function: a build's two
 * indexes each have their own, and `add`, optimised calling the passages' closure, was deoptimised and compiled again
 * (20 ms, the stemmer inlined) when the entities' closure came; objects of one class call one method.
 */
export interface TermSource {
  termsOf(word: string): readonly number[];
}

// A local binding: read through the import, each use is a property load (a getter call when run by tsx).
const LOWER = LATIN1_LOWER;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
// A slot of the table is 4 integers, a word's record, so that finding a word usually reads one cache line of the table
// and one of `chars`: its hash; its length (0: a free slot); where its lower-cased code units start in `chars`; and
// its terms: a term number (≥ 0) for a word of one term, else -1 - where its terms start in `terms` (their count there,
// then the term numbers).
const SLOT = 4;
const LENGTH = 1;
const CHARS = 2;
const TERMS = 3;
// Words found before their slots are read (see `countWords`): about a passage's.
const BATCH = 256;

/** Words and their term numbers, found by their place in a text. */
export class WordTerms {
  private readonly source: TermSource;
  private readonly limit: number;
  // Set in the constructor, not by initialisers: V8 takes a field stored only once as a constant, and when the table
  // first grew, the optimised code that relied on it (`countWords`) was thrown away. A declared field is stored twice.
  // Open addressing, linear probing, at most half full.
  private table: Int32Array;
  private shift: number;
  private size = 0;
  private chars: Uint16Array;
  private charsLength = 0;
  private terms: Int32Array;
  private termsLength = 0;
  // The batch of `countWords`: where each word starts and ends, and its hash.
  private readonly starts = new Int32Array(BATCH);
  private readonly ends = new Int32Array(BATCH);
  private readonly hashes = new Int32Array(BATCH);
  private batchSize = 0;
  /** What `prefetch` last read: kept, as the optimising compiler drops a read whose value is not used. */
  prefetched = 0;

  /**
   * `source` gives the term numbers of a (lower-case) word. At most `limit` words are kept: the table starts again
   * empty when full, as a corpus's vocabulary keeps growing and nearly every word met again is one of the most
   * frequent, met again soon.
   */
  constructor(source: TermSource, limit: number) {
    this.source = source;
    this.limit = limit;
    this.table = new Int32Array(SLOT << 12);
    this.shift = 32 - 12;
    this.chars = new Uint16Array(1 << 14);
    this.terms = new Int32Array(1 << 10);
  }

  /**
   * A table that takes over this one's words with their term numbers, and asks `source` for the terms of new words
   * (in the same numbering); this one is not used again.
   */
  handOver(source: TermSource): WordTerms {
    const next = new WordTerms(source, this.limit);
    next.table = this.table;
    next.shift = this.shift;
    next.size = this.size;
    next.chars = this.chars;
    next.charsLength = this.charsLength;
    next.terms = this.terms;
    next.termsLength = this.termsLength;
    return next;
  }

  /**
   * Counts into `field` of `counter` the terms of each word of `text.slice(start, end)` (the words of `forEachWord`,
   * lower-cased), in order. Words are found and hashed a batch at a time, then their slots are read in a loop of
   * independent loads, which the processor overlaps, before they are looked up one by one: looked up as each was
   * found, nearly every word waited for its slot of the table (megabytes, evicted by the text and the postings), and
   * that wait was a third of the builder's time.
   */
  countWords(text: string, start: number, end: number, counter: TermCounter, field = 0): void {
    let at = start;
    while (at < end) {
      at = this.findWords(text, at, end);
      this.prefetch();
      this.countBatch(text, counter, field);
    }
  }

  /**
   * Finds up to `BATCH` words of `text` from `at` to `end` into the batch (their hashes, for a Latin-1 word; see
   * `countBatch`); returns where it stopped.
   */
  private findWords(text: string, at: number, end: number): number {
    const { starts, ends, hashes } = this;
    let count = 0;
    while (at < end && count < BATCH) {
      const first = text.charCodeAt(at);
      if (first < 0x100 ? LOWER[first] === 0 : wordCharacterAt(text, at, end) === 0) {
        at++;
        continue;
      }
      const wordStart = at;
      let hash = FNV_OFFSET;
      let latin1 = true;
      while (at < end) {
        const code = text.charCodeAt(at);
        if (code < 0x100) {
          const lower = LOWER[code]!;
          if (lower === 0) break;
          hash = Math.imul(hash ^ lower, FNV_PRIME);
          at++;
        } else {
          const size = wordCharacterAt(text, at, end);
          if (size === 0) break;
          latin1 = false;
          at += size;
        }
      }
      starts[count] = wordStart;
      ends[count] = latin1 ? at : ~at;
      hashes[count] = hash;
      count++;
    }
    this.batchSize = count;
    return at;
  }

  /**
   * Reads the first slot (and its first code unit) of each word of the batch, so that `countBatch` finds them in the
   * cache.
   */
  private prefetch(): void {
    const { table, chars, hashes } = this;
    let read = 0;
    for (let k = 0; k < this.batchSize; k++) {
      const hash = hashes[k]!;
      const slot = homeOf(hash, this.shift) * SLOT;
      if (table[slot] === hash) read ^= chars[table[slot + CHARS]!]!;
    }
    this.prefetched = read;
  }

  /**
   * Counts the terms of the batch's words. A word with a code unit beyond Latin-1 (marked by `~end`) is sliced and
   * lower-cased, and hashed and looked up by that string, so it finds the same entry (`findWide`).
   */
  private countBatch(text: string, counter: TermCounter, field: number): void {
    const { starts, ends, hashes } = this;
    for (let k = 0; k < this.batchSize; k++) {
      const wordEnd = ends[k]!;
      const slot = wordEnd >= 0 ? this.find(text, starts[k]!, wordEnd, hashes[k]!, true) : this.findWide(text, starts[k]!, ~wordEnd);
      const terms = this.table[slot + TERMS]!;
      if (terms >= 0) counter.addTerm(field, terms);
      else {
        const pool = this.terms;
        for (let t = -terms, last = t + pool[t - 1]!; t < last; t++) counter.addTerm(field, pool[t]!);
      }
    }
  }

  /**
   * The slot of the word at `text.slice(start, end)`, which has a code unit beyond Latin-1 (rare: kept out of
   * `countBatch`).
   */
  private findWide(text: string, start: number, end: number): number {
    const word = text.slice(start, end).toLowerCase();
    return this.find(word, 0, word.length, hashOf(word), false);
  }

  /**
   * The slot of the word at `source.slice(start, end)`, lower-cased through `LATIN1_LOWER` when `lower` (else it is
   * lower case already), whose code units hash to `hash`; added when new.
   */
  private find(source: string, start: number, end: number, hash: number, lower: boolean): number {
    const { table, chars } = this;
    const length = end - start;
    const mask = table.length - 1;
    for (let slot = homeOf(hash, this.shift) * SLOT; ; slot = (slot + SLOT) & mask) {
      const slotLength = table[slot + LENGTH]!;
      if (slotLength === 0) return this.add(slot, source.slice(start, end), hash, lower);
      if (table[slot]! !== hash || slotLength !== length) continue;
      const from = table[slot + CHARS]!;
      let i = 0;
      if (lower) while (i < length && chars[from + i] === LOWER[source.charCodeAt(start + i)]) i++;
      else while (i < length && chars[from + i] === source.charCodeAt(start + i)) i++;
      if (i === length) return slot;
    }
  }

  /** Adds a word in `slot` (a free one), asking `source` for its terms; returns its slot. */
  private add(slot: number, word: string, hash: number, lower: boolean): number {
    if (lower) word = word.toLowerCase();
    const terms = this.source.termsOf(word);
    if (this.size === this.limit) {
      this.table.fill(0);
      this.size = this.charsLength = this.termsLength = 0;
      slot = homeOf(hash, this.shift) * SLOT;
    }
    this.size++;
    if (this.charsLength + word.length > this.chars.length) {
      this.chars = grow(this.chars, new Uint16Array(Math.max(this.chars.length * 2, this.charsLength + word.length)));
    }
    const { table, chars } = this;
    for (let i = 0; i < word.length; i++) chars[this.charsLength + i] = word.charCodeAt(i);
    table[slot] = hash;
    table[slot + LENGTH] = word.length;
    table[slot + CHARS] = this.charsLength;
    this.charsLength += word.length;
    if (terms.length === 1) table[slot + TERMS] = terms[0]!;
    else {
      if (this.termsLength + 1 + terms.length > this.terms.length) {
        this.terms = grow(this.terms, new Int32Array(Math.max(this.terms.length * 2, this.termsLength + 1 + terms.length)));
      }
      this.terms[this.termsLength++] = terms.length;
      table[slot + TERMS] = -this.termsLength;
      for (const term of terms) this.terms[this.termsLength++] = term;
    }
    if (this.size * 2 * SLOT > table.length) return this.rehash(slot);
    return slot;
  }

  /** Doubles the table, placing every word again by its hash; returns where the word in `slot` went. */
  private rehash(slot: number): number {
    const old = this.table;
    const table = (this.table = new Int32Array(old.length * 2));
    this.shift--;
    const mask = table.length - 1;
    let moved = -1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + LENGTH] === 0) continue;
      let to = homeOf(old[from]!, this.shift) * SLOT;
      while (table[to + LENGTH] !== 0) to = (to + SLOT) & mask;
      for (let i = 0; i < SLOT; i++) table[to + i] = old[from + i]!;
      if (from === slot) moved = to;
    }
    return moved;
  }
}

/** The hash of a word's code units (as `WordTerms` hashes its words, lower-cased). */
export function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Where an entry of `hash` is first looked for in a table of 2^(32 - `shift`) entries. */
export function homeOf(hash: number, shift: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> shift;
}

/** `grown` with `values` copied to its start. */
function grow<T extends Int32Array | Uint16Array>(values: T, grown: T): T {
  grown.set(values);
  return grown;
}
