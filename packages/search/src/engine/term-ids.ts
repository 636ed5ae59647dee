/**
 * Term ids
 * ========
 *
 * Terms numbered as they are first seen, found by their strings in an open-addressing table of typed arrays (hashed
 * as `WordTerms` hashes its words), in place of a `Map`: the benchmark corpus's 157,000 numberings and 164,000
 * lookups of compound parts, replayed, cost 45–60 ms instead of 117 (fastest of 7), the `Map` growing and chasing
 * its entries over the heap.
 */
import { hashOf, homeOf } from "./word-terms";

// A slot is 2 integers: the term's hash, and its number plus 1 (0: a free slot).
const SLOT = 2;
const ID = 1;

/** Terms by number, and each one's number. */
export class TermIds {
  /** The terms, by number. */
  readonly terms: string[] = [];
  // Set in the constructor, as they are replaced when the table grows (see `WordTerms`' fields). At most half full.
  private table: Int32Array;
  private shift: number;

  constructor() {
    this.table = new Int32Array(SLOT << 10);
    this.shift = 32 - 10;
  }

  /** The number of `term`, else undefined. */
  idOf(term: string): number | undefined {
    const slot = this.find(term, hashOf(term));
    return this.table[slot + ID]! > 0 ? this.table[slot + ID]! - 1 : undefined;
  }

  /** The number of `term`, the next one when it is new. */
  add(term: string): number {
    const hash = hashOf(term);
    const slot = this.find(term, hash);
    const { table } = this;
    if (table[slot + ID]! > 0) return table[slot + ID]! - 1;
    const id = this.terms.push(term) - 1;
    table[slot] = hash;
    table[slot + ID] = id + 1;
    if (this.terms.length * 2 * SLOT > table.length) this.rehash();
    return id;
  }

  /** The slot of `term` (of `hash`), or the free slot where it would go. */
  private find(term: string, hash: number): number {
    const { table, terms } = this;
    const mask = table.length - 1;
    for (let slot = homeOf(hash, this.shift) * SLOT; ; slot = (slot + SLOT) & mask) {
      const id = table[slot + ID]!;
      if (id === 0 || (table[slot] === hash && terms[id - 1] === term)) return slot;
    }
  }

  /** Doubles the table, placing every term again by its hash. */
  private rehash(): void {
    const old = this.table;
    const table = (this.table = new Int32Array(old.length * 2));
    this.shift--;
    const mask = table.length - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + ID] === 0) continue;
      let to = homeOf(old[from]!, this.shift) * SLOT;
      while (table[to + ID] !== 0) to = (to + SLOT) & mask;
      table[to] = old[from]!;
      table[to + ID] = old[from + ID]!;
    }
  }
}
