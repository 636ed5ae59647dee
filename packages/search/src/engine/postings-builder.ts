/**
 * Postings builder
 * ================
 *
 * Collects term frequencies document by document, in place of `lunr.Builder` (an object per posting, a
 * term-frequency object per document and field). Terms are numbered as they are first seen; each document's distinct
 * terms and their frequencies are appended to one stream of typed arrays, in document order. `finish` sorts the
 * stream by term with a counting sort (stable, so every term's documents stay in order) and writes each term's list as
 * varint bytes: time linear in the number of postings, and no object per term or posting.
 *
 * Compounds (`gymnasieregionen`) are also indexed under their known parts (`region`): the parts of each vocabulary
 * term are worked out once, and the counting sort copies a compound's postings to its parts as it places them. (The
 * previous builder merged a part's whole posting list once per compound containing it: n^1.7 in the corpus size.)
 */
import { MIN_COMPOUND_LENGTH, splitCompoundAt } from "../text/split-compound";
import { ByteWriter } from "./varint";

/** Definition of one indexed field. */
export interface FieldDefinition {
  name: string;
  boost: number;
}

/** One field's postings: per term (in the order of `IndexData.terms`) its documents and frequencies as varints. */
export interface FieldPostings {
  /** `offsets[t]` … `offsets[t + 1]`: the bytes of term t's list. */
  offsets: Uint32Array;
  /** Documents holding each term in this field. */
  df: Uint32Array;
  /**
   * Each term's documents in order, one varint per document: `gap * 8 + tf` (gap = document number minus the
   * previous one, the first counted from 0) when tf < 8, else `gap * 8` followed by a varint of tf.
   */
  bytes: Uint8Array;
}

/** A compact index as held in memory: what `CompactIndex` searches and `index.json` stores. */
export interface IndexData {
  /** Field names, in order. */
  fields: string[];
  /** Boost of each field. */
  boosts: number[];
  /** Index pipeline (registered lunr function names), as run at build time. */
  pipeline: string[];
  /** Search pipeline run on query terms. */
  searchPipeline: string[];
  /** Number of documents. */
  count: number;
  /** All terms, sorted by UTF-16 code units. */
  terms: string[];
  /** Per field. */
  postings: FieldPostings[];
  /** `lengths[field][doc]`: number of terms in that field of that document. */
  lengths: Uint32Array[];
}

/** A growable column of 32-bit integers. */
class IntColumn {
  values: Int32Array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length * 2);
    this.values[this.length++] = value;
  }
}

function grow(values: Int32Array, size: number, fill = 0): Int32Array {
  const grown = new Int32Array(size);
  grown.set(values);
  if (fill !== 0) grown.fill(fill, values.length);
  return grown;
}

/**
 * Per field: the stream of postings in document order, document d's distinct terms at `terms[ends[d - 1]]` …
 * `terms[ends[d] - 1]` (from 0 for d = 0) with their frequencies in `tfs`, the open document's last.
 */
interface FieldState {
  terms: IntColumn;
  tfs: IntColumn;
  ends: IntColumn;
  lengths: IntColumn;
  /**
   * Per term: where in the stream its last posting is. The open document counts a term in place when that is at or
   * after `openStart`, so a word costs one look at this array and a document needs no list of its own.
   */
  last: Int32Array;
  openStart: number;
  openLength: number;
}

/** Counts the terms of documents, one document at a time, into the postings of an `IndexData`. */
export class PostingsBuilder {
  private readonly fields: FieldDefinition[];
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly state: FieldState[];
  private capacity = 1024;
  private count = 0;
  private parts?: (readonly number[] | undefined)[];

  constructor(fields: FieldDefinition[]) {
    this.fields = fields;
    this.state = fields.map(() => ({
      terms: new IntColumn(),
      tfs: new IntColumn(),
      ends: new IntColumn(),
      lengths: new IntColumn(),
      last: new Int32Array(this.capacity).fill(-1),
      openStart: 0,
      openLength: 0,
    }));
  }

  /** Number of documents added so far; the next document gets this number. */
  get size(): number {
    return this.count;
  }

  /** The number of terms in the first field of document `doc`. */
  lengthOf(doc: number): number {
    return this.state[0]!.lengths.values[doc]!;
  }

  /** The number of a term, given on first sight. */
  termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id === this.capacity) {
        this.capacity *= 2;
        for (const field of this.state) field.last = grow(field.last, this.capacity, -1);
      }
    }
    return id;
  }

  /** Counts one occurrence of a term (a `termId`) in a field of the open document. */
  addTerm(field: number, id: number): void {
    const state = this.state[field]!;
    state.openLength++;
    const at = state.last[id]!;
    if (at >= state.openStart) state.tfs.values[at]!++;
    else {
      state.last[id] = state.terms.length;
      state.terms.push(id);
      state.tfs.push(1);
    }
  }

  /**
   * Adds a one-field document whose terms are counted already (read back from an index, not tokenised again):
   * `terms[i]` (mapped by `termOf` to a `termId`) occurs `tfs[i]` times, for i from `from` to `to`, each term once.
   * Returns its number.
   */
  addCounted(terms: ArrayLike<number>, tfs: ArrayLike<number>, from: number, to: number, termOf: (term: number) => number): number {
    const state = this.state[0]!;
    let length = 0;
    for (let i = from; i < to; i++) {
      state.terms.push(termOf(terms[i]!));
      state.tfs.push(tfs[i]!);
      length += tfs[i]!;
    }
    state.ends.push(state.terms.length);
    state.openStart = state.terms.length;
    state.lengths.push(length);
    return this.count++;
  }

  /** Closes the open document (what `addTerm` counted since the last call) and returns its number. */
  endDocument(): number {
    for (const state of this.state) {
      state.ends.push(state.terms.length);
      state.openStart = state.terms.length;
      state.lengths.push(state.openLength);
      state.openLength = 0;
    }
    return this.count++;
  }

  /** Adds a document given per field its terms in any order (repeats count). Returns its number. */
  add(termsByField: readonly (readonly string[])[]): number {
    for (let field = 0; field < this.fields.length; field++) {
      for (const term of termsByField[field] ?? []) this.addTerm(field, this.termId(term));
    }
    return this.endDocument();
  }

  /**
   * Indexes each compound also under its known parts, so `region` finds `gymnasieregionen` (see `compoundParts`).
   * Applied by `finish`, to the documents added until then.
   */
  splitCompounds(): void {
    this.parts = compoundParts(this.terms, (part) => this.ids.get(part));
  }

  /** Returns the compact index and empties the builder. */
  finish(pipeline: string[], searchPipeline: string[]): IndexData {
    const terms = [...this.terms].sort();
    const rank = new Int32Array(terms.length);
    terms.forEach((term, r) => (rank[this.ids.get(term)!] = r));
    const parts = this.parts ?? [];
    const postings = this.state.map((state) => encodeField(state, rank, parts, terms.length));
    const lengths = this.state.map((state) => Uint32Array.from(state.lengths.values.subarray(0, state.lengths.length)));
    this.ids.clear();
    this.terms.length = 0;
    return {
      fields: this.fields.map((field) => field.name),
      boosts: this.fields.map((field) => field.boost),
      pipeline,
      searchPipeline,
      count: this.count,
      terms,
      postings,
      lengths,
    };
  }
}

/**
 * Per term, the known parts it is also indexed under (undefined for none): known parts are terms of the index, split
 * by `splitCompound`, and the parts of parts too (`kommunstyrelseordförand` → `kommun`, `styrelseordförand`,
 * `styrels`, `ordförand`), each once. Every part is shorter than its compound. `idOf` gives a term's position in
 * `terms`, or undefined for a word that is not a term.
 */
export function compoundParts(terms: readonly string[], idOf: (term: string) => number | undefined): (readonly number[] | undefined)[] {
  // Each term's hash sets a bit of this table, so most pieces of a word are ruled out without making their string and
  // looking it up (which was most of the cost of splitting). The hash of any piece comes from the word's prefix
  // hashes in constant time: h(start, end) = prefix[end] - prefix[start] * BASE^(end - start), modulo 2^32.
  const longest = terms.reduce((max, term) => Math.max(max, term.length), 0);
  const powers = new Int32Array(longest + 1);
  powers[0] = 1;
  for (let i = 1; i <= longest; i++) powers[i] = Math.imul(powers[i - 1]!, HASH_BASE);
  const prefix = new Int32Array(longest + 1);
  let term = "";
  const prepare = (next: string) => {
    term = next;
    for (let i = 0; i < term.length; i++) prefix[i + 1] = (Math.imul(prefix[i]!, HASH_BASE) + term.charCodeAt(i)) | 0;
  };
  const bit = (start: number, end: number) => {
    const hash = (prefix[end]! - Math.imul(prefix[start]!, powers[end - start]!)) | 0;
    return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> (32 - SPAN_BITS);
  };
  const seen = new Uint8Array(1 << (SPAN_BITS - 3));
  for (const each of terms) {
    prepare(each);
    const key = bit(0, term.length);
    seen[key >>> 3]! |= 1 << (key & 7);
  }
  const isKnown = (start: number, end: number) => {
    const key = bit(start, end);
    return (seen[key >>> 3]! & (1 << (key & 7))) !== 0 && idOf(term.slice(start, end)) !== undefined;
  };
  const direct: (number[] | undefined)[] = new Array(terms.length);
  for (let id = 0; id < terms.length; id++) {
    if (terms[id]!.length < MIN_COMPOUND_LENGTH) continue;
    prepare(terms[id]!);
    const parts = splitCompoundAt(term, isKnown);
    if (parts.length > 0) direct[id] = parts.map((part) => idOf(part)!);
  }
  // Parts are shorter than their compound, so following them ends; memoised, each term is resolved once.
  const closed: (readonly number[] | undefined)[] = new Array(terms.length);
  const close = (id: number): readonly number[] => {
    let parts = closed[id];
    if (parts) return parts;
    const own = direct[id];
    if (!own) parts = NO_PARTS;
    // Parts without parts of their own are the closure, unless head and tail are the same term (`ssssss` twice).
    else if (own.every((part) => !direct[part]) && own[0] !== own[1]) parts = own;
    else {
      const found = new Set<number>();
      for (const part of own) {
        found.add(part);
        for (const inner of close(part)) found.add(inner);
      }
      parts = [...found];
    }
    return (closed[id] = parts);
  };
  return terms.map((_term, id) => (direct[id] ? close(id) : undefined));
}

const NO_PARTS: readonly number[] = [];
const SPAN_BITS = 21;
const HASH_BASE = 0x01000193;

/** Sorts one field's posting stream by term (counting sort over the terms' ranks) and writes each list as varints. */
function encodeField(state: FieldState, rank: Int32Array, parts: readonly (readonly number[] | undefined)[], size: number): FieldPostings {
  const n = state.terms.length;
  const streamTerms = state.terms.values;
  const streamTfs = state.tfs.values;
  const ends = state.ends.values;
  // Slots per term: its own postings and those of the compounds it is a part of.
  const starts = new Uint32Array(size + 1);
  for (let i = 0; i < n; i++) {
    const id = streamTerms[i]!;
    starts[rank[id]! + 1]!++;
    const of = parts[id];
    if (of) for (const part of of) starts[rank[part]! + 1]!++;
  }
  for (let r = 0; r < size; r++) starts[r + 1]! += starts[r]!;
  const docs = new Int32Array(starts[size]!);
  const tfs = new Int32Array(starts[size]!);
  const next = starts.slice(0, size);
  for (let doc = 0, i = 0; i < n; doc++) {
    for (const end = ends[doc]!; i < end; i++) {
      const id = streamTerms[i]!;
      const tf = streamTfs[i]!;
      let at = next[rank[id]!]!++;
      docs[at] = doc;
      tfs[at] = tf;
      const of = parts[id];
      if (!of) continue;
      for (const part of of) {
        at = next[rank[part]!]!++;
        docs[at] = doc;
        tfs[at] = tf;
      }
    }
  }
  // The stream is in document order, so a term's slots are too; a document met through several compounds (or as
  // itself and a compound) fills adjacent slots, whose frequencies add up.
  const writer = new ByteWriter(docs.length * 2 + 16);
  const offsets = new Uint32Array(size + 1);
  const df = new Uint32Array(size);
  for (let r = 0; r < size; r++) {
    offsets[r] = writer.length;
    let previous = 0;
    let documents = 0;
    const end = starts[r + 1]!;
    for (let i = starts[r]!; i < end;) {
      const doc = docs[i]!;
      let tf = 0;
      while (i < end && docs[i] === doc) tf += tfs[i++]!;
      const gap = doc - previous;
      previous = doc;
      documents++;
      if (tf < 8) writer.write(gap * 8 + tf);
      else {
        writer.write(gap * 8);
        writer.write(tf);
      }
    }
    df[r] = documents;
  }
  offsets[size] = writer.length;
  return { offsets, df, bytes: writer.toBytes() };
}

/** A term's documents and their frequencies, decoded. */
export interface Postings {
  docs: Int32Array;
  tfs: Int32Array;
}

/**
 * Decodes term t's list in a field (see `FieldPostings.bytes`), checking it as it goes: `df` documents in increasing
 * order below `count`, each with a frequency, ending where the next list begins. Throws a plain Error saying what is
 * wrong. Lists are checked here, as queries first read them, rather than all on load: decoding every list of a
 * 50,000-passage index took half of its load time.
 */
export function readPostings(postings: FieldPostings, t: number, count: number): Postings {
  const docs = new Int32Array(postings.df[t]!);
  const tfs = new Int32Array(postings.df[t]!);
  decodePostings(postings, t, count, docs, tfs, 0);
  return { docs, tfs };
}

/**
 * Every term's list of a field, decoded and checked as `readPostings` does, into two flat arrays: term t's documents
 * and frequencies are at `from[t]` … `from[t + 1] - 1`.
 */
export function readAllPostings(postings: FieldPostings, count: number): Postings & { from: Uint32Array } {
  const terms = postings.df.length;
  const from = new Uint32Array(terms + 1);
  for (let t = 0; t < terms; t++) from[t + 1] = from[t]! + postings.df[t]!;
  const docs = new Int32Array(from[terms]!);
  const tfs = new Int32Array(from[terms]!);
  for (let t = 0; t < terms; t++) decodePostings(postings, t, count, docs, tfs, from[t]!);
  return { from, docs, tfs };
}

// Where `varint` reads next, and where the list it reads ends.
let cursor = 0;
let listEnd = 0;

/** Decodes term t's list into `docs` and `tfs` from `at` on; throws a plain Error saying what is wrong. */
function decodePostings(postings: FieldPostings, t: number, count: number, docs: Int32Array, tfs: Int32Array, at: number): void {
  const size = postings.df[t]!;
  const { bytes } = postings;
  cursor = postings.offsets[t]!;
  listEnd = postings.offsets[t + 1]!;
  let doc = 0;
  for (let n = 0; n < size; n++) {
    // Most are one byte: a gap under 16 with tf under 8.
    let value = cursor < listEnd ? bytes[cursor]! : 0x80;
    if (value < 0x80) cursor++;
    else value = varint(bytes, t);
    const gap = Math.floor(value / 8);
    if ((n > 0 && gap === 0) || doc + gap >= count) throw damaged(t, "a posting of no document");
    doc += gap;
    docs[at + n] = doc;
    const tf = value % 8 === 0 ? varint(bytes, t) : value % 8;
    if (tf === 0) throw damaged(t, "a posting without a frequency");
    tfs[at + n] = tf;
  }
  if (cursor !== listEnd) throw damaged(t, "bytes left after its documents");
}

/** The varint at `cursor`, not past `listEnd`. */
function varint(bytes: Uint8Array, t: number): number {
  let value = 0;
  for (let shift = 0; shift <= 28; shift += 7) {
    if (cursor >= listEnd) throw damaged(t, "it ends inside a number");
    const byte = bytes[cursor++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  throw damaged(t, "a number over 32 bits");
}

function damaged(t: number, problem: string): Error {
  return new Error(`a damaged posting list (term ${t}: ${problem})`);
}
