/**
 * Postings builder
 * ================
 *
 * Collects term frequencies document by document, in place of `lunr.Builder` (an object per posting, a
 * term-frequency object per document and field). Terms are numbered as they are first seen; each document's distinct
 * terms and their frequencies are appended to one stream of typed arrays, in document order. `finish` reads the
 * stream twice, sizing then writing each term's list of varint bytes in place (see `encodeField`): time linear in the
 * number of postings, and no object per term or posting.
 *
 * Compounds (`gymnasieregionen`) are also indexed under their known parts (`region`): the parts of each vocabulary
 * term are worked out once, and `encodeField` counts a compound's postings to its parts too as it reads them. (An
 * earlier builder merged a part's whole posting list once per compound containing it: n^1.7 in the corpus size.)
 */
import { MIN_COMPOUND_LENGTH, splitCompoundAt } from "../text/split-compound";
import { TermIds } from "./term-ids";

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

/**
 * A growable column of 32-bit integers, in chunks: growing copies nothing. Fresh memory is dear (each page is faulted
 * in on first touch: 64 MB cost 0.3 CPU-s here), and doubling an array touches twice the final size.
 */
class IntColumn {
  // Made with its first chunk: an empty `[]` has another map (of small integers) than an array of chunks, and `push`
  // was deoptimised at each new builder's columns.
  private readonly chunks: Int32Array[] = [new Int32Array(CHUNK_MASK + 1)];
  // The last chunk, set in the constructor (see `WordTerms`' fields).
  private chunk: Int32Array;
  length = 0;

  constructor() {
    this.chunk = this.chunks[0]!;
  }

  push(value: number): void {
    const at = this.length & CHUNK_MASK;
    if (at === 0 && this.length > 0) this.chunks.push((this.chunk = new Int32Array(CHUNK_MASK + 1)));
    this.chunk[at] = value;
    this.length++;
  }

  get(at: number): number {
    return this.chunks[at >>> CHUNK_BITS]![at & CHUNK_MASK]!;
  }

  /** Adds 1 to the value at `at`. */
  increment(at: number): void {
    this.chunks[at >>> CHUNK_BITS]![at & CHUNK_MASK]!++;
  }

  toUint32Array(): Uint32Array {
    const values = new Uint32Array(this.length);
    this.chunks.forEach((chunk, c) => values.set(chunk.subarray(0, Math.min(CHUNK_MASK + 1, this.length - (c << CHUNK_BITS))), c << CHUNK_BITS));
    return values;
  }
}

const CHUNK_BITS = 15;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/** `values` copied into an array of `size`, the rest -1. */
export function grow(values: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size).fill(-1);
  grown.set(values);
  return grown;
}

/**
 * Per field: the stream of postings in document order, document d's distinct terms at `terms[ends[d - 1]]` …
 * `terms[ends[d] - 1]` (from 0 for d = 0) with their frequencies in `tfs`, the open document's last.
 */
class FieldState {
  readonly terms = new IntColumn();
  readonly tfs = new IntColumn();
  readonly ends = new IntColumn();
  readonly lengths = new IntColumn();
  /**
   * Per term: where in the stream its last posting is. The open document counts a term in place when that is at or
   * after `openStart`, so a word costs one look at this array and a document needs no list of its own. Set in the
   * constructor, as it is replaced when the terms outgrow it (see `WordTerms`' fields).
   */
  last: Int32Array;
  openStart = 0;
  openLength = 0;

  constructor(capacity: number) {
    this.last = new Int32Array(capacity).fill(-1);
  }
}

/** A builder's terms (see `PostingsBuilder.vocabulary`). */
export interface Vocabulary {
  ids: TermIds;
  rank: Int32Array;
}

/** Counts the terms of documents, one document at a time, into the postings of an `IndexData`. */
export class PostingsBuilder {
  private readonly fields: FieldDefinition[];
  // Fields that are replaced are set in the constructor (see `WordTerms`' fields).
  private ids: TermIds;
  private readonly state: FieldState[];
  private capacity: number;
  private count = 0;
  private parts?: (readonly number[] | undefined)[];
  private splits?: CompoundSplits;
  private rank?: Int32Array;

  constructor(fields: FieldDefinition[]) {
    this.fields = fields;
    this.ids = new TermIds();
    this.capacity = 1024;
    this.state = fields.map(() => new FieldState(this.capacity));
  }

  /** Number of documents added so far; the next document gets this number. */
  get size(): number {
    return this.count;
  }

  /** The number of a term, given on first sight. */
  termId(term: string): number {
    const id = this.ids.add(term);
    if (id === this.capacity) {
      this.capacity *= 2;
      for (const field of this.state) field.last = grow(field.last, this.capacity);
    }
    return id;
  }

  /** The number of a term seen before, else undefined. */
  idOf(term: string): number | undefined {
    return this.ids.idOf(term);
  }

  /** Counts one occurrence of a term (a `termId`) in a field of the open document. */
  addTerm(field: number, id: number): void {
    const state = this.state[field]!;
    state.openLength++;
    const at = state.last[id]!;
    if (at >= state.openStart) state.tfs.increment(at);
    else {
      state.last[id] = state.terms.length;
      state.terms.push(id);
      state.tfs.push(1);
    }
  }

  /**
   * Adds an empty one-field document in place of one of `length` terms whose postings are merged in after `finish`
   * (see `mergePostings`). Returns its number.
   */
  skip(length: number): number {
    if (this.state.length !== 1) throw new Error("PostingsBuilder.skip: a builder of more than one field");
    this.state[0]!.openLength = length;
    return this.endDocument();
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

  /**
   * Indexes each compound also under its known parts, so `region` finds `gymnasieregionen` (see `compoundParts`).
   * Applied by `finish`, to the documents added until then. Returns each term's parts (by term number).
   */
  splitCompounds(): readonly (readonly number[] | undefined)[] {
    this.splits = compoundSplits(this.ids.terms, (part) => this.ids.idOf(part));
    return (this.parts = this.splits.closed);
  }

  /**
   * As `splitCompounds`, with each term's parts given by `partsOf` (known parts by another vocabulary: a live index's
   * segment splits by the words of all its segments); parts that are no term yet become terms.
   */
  splitCompoundsBy(partsOf: (term: string) => readonly string[] | undefined): void {
    const parts: (readonly number[] | undefined)[] = [];
    const { terms } = this.ids;
    for (let id = 0, own = terms.length; id < own; id++) parts[id] = partsOf(terms[id]!)?.map((part) => this.termId(part));
    this.parts = parts;
  }

  /** Per term number, the term's place in the sorted terms of `finish` (worked out once). */
  ranks(): Int32Array {
    return (this.rank ??= sortedRanks(this.ids.terms));
  }

  /**
   * The terms so far: by number, each one's number, and (`ranks`) its place in the sorted terms of `finish`. Taken
   * before `finish`, they stay as they are: `finish` lets go of them rather than emptying them.
   */
  vocabulary(): Vocabulary {
    return { ids: this.ids, rank: this.ranks() };
  }

  /**
   * Returns the compact index and empties the builder; with `keepSplits`, leaves with it the splits `splitCompounds`
   * made (see `splitsOf`).
   */
  finish(pipeline: string[], searchPipeline: string[], keepSplits = false): IndexData {
    const rank = this.ranks();
    const terms = new Array<string>(rank.length);
    rank.forEach((r, id) => (terms[r] = this.ids.terms[id]!));
    const parts = partTable(this.parts ?? [], rank.length);
    const postings = this.state.map((state) => encodeField(state, rank, parts));
    const lengths = this.state.map((state) => state.lengths.toUint32Array());
    const data: IndexData = {
      fields: this.fields.map((field) => field.name),
      boosts: this.fields.map((field) => field.boost),
      pipeline,
      searchPipeline,
      count: this.count,
      terms,
      postings,
      lengths,
    };
    if (this.splits && keepSplits) {
      const { direct, closed } = this.splits;
      const sorted = (lists: readonly (readonly number[] | undefined)[]) => {
        const byRank: (readonly number[] | undefined)[] = new Array(rank.length);
        lists.forEach((list, id) => {
          if (list) byRank[rank[id]!] = list.map((part) => rank[part]!);
        });
        return byRank;
      };
      SPLITS.set(data, { direct: sorted(direct), closed: sorted(closed) });
    }
    this.ids = new TermIds();
    this.rank = undefined;
    this.splits = undefined;
    return data;
  }
}

/**
 * Per term, its place among `terms` (distinct) sorted by UTF-16 code units. The terms are sorted by numbers that
 * hold the first code units of each (see `prefixKey`) and its index, in a typed array (no call per comparison), and
 * then by the strings themselves only where terms share that prefix: the benchmark corpus's 89,000 passage terms took
 * 0.13 CPU-s sorted by a comparator alone, 0.06–0.09 so.
 */
export function sortedRanks(terms: readonly string[]): Int32Array {
  const size = terms.length;
  const idBits = 32 - Math.clz32(size);
  const idScale = 2 ** idBits;
  // The numbers stay below 2^53, exact in a double.
  const prefixLength = Math.floor((53 - idBits) / 8);
  const keys = new Float64Array(size);
  for (let id = 0; id < size; id++) keys[id] = prefixKey(terms[id]!, prefixLength) * idScale + id;
  keys.sort();
  const order = new Int32Array(size);
  for (let r = 0; r < size; r++) order[r] = keys[r]! % idScale;
  const byString = (a: number, b: number) => (terms[a]! < terms[b]! ? -1 : 1);
  for (let from = 0; from < size;) {
    const prefix = Math.floor(keys[from]! / idScale);
    let to = from + 1;
    while (to < size && Math.floor(keys[to]! / idScale) === prefix) to++;
    if (to - from > 1) order.subarray(from, to).sort(byString);
    from = to;
  }
  const rank = new Int32Array(size);
  for (let r = 0; r < size; r++) rank[order[r]!] = r;
  return rank;
}

/**
 * The first `length` code units of `term` as a number of 8 bits each (0 past its end), ordered as the terms: a code
 * unit below 254 is itself plus 1; a higher one is 255 and ends the number (its terms are then told apart by their
 * strings), so terms whose numbers differ compare as their numbers.
 */
function prefixKey(term: string, length: number): number {
  let key = 0;
  let i = 0;
  for (; i < length && i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code >= 254) {
      key = key * 256 + 255;
      i++;
      break;
    }
    key = key * 256 + code + 1;
  }
  for (; i < length; i++) key *= 256;
  return key;
}

/**
 * Per term, the known parts it is also indexed under (undefined for none): known parts are terms of the index, split
 * by `splitCompound`, and the parts of parts too (`kommunstyrelseordförand` → `kommun`, `styrelseordförand`,
 * `styrels`, `ordförand`), each once. Every part is shorter than its compound. `idOf` gives a term's position in
 * `terms`, or undefined for a word that is not a term.
 */
export function compoundParts(terms: readonly string[], idOf: (term: string) => number | undefined): (readonly number[] | undefined)[] {
  return compoundSplits(terms, idOf).closed;
}

/** Per term, its `direct` parts (what `splitCompound` gives it) and its `closed` ones (`compoundParts`). */
export interface CompoundSplits {
  direct: (readonly number[] | undefined)[];
  closed: (readonly number[] | undefined)[];
}

// The splits `finish` counted compounds by, in its terms' positions: a live index's first update reads them instead of
// splitting its base's vocabulary again (0.1–0.2 CPU-s on the benchmark corpus).
const SPLITS = new WeakMap<IndexData, CompoundSplits>();

/** The compound splits `data`'s terms were counted by, when `PostingsBuilder.finish` was told to keep them. */
export function splitsOf(data: IndexData): CompoundSplits | undefined {
  return SPLITS.get(data);
}

/**
 * `compoundParts` (`closed`), and each term's `direct` parts: what `splitCompound` gives it, without the parts of its
 * parts.
 */
export function compoundSplits(terms: readonly string[], idOf: (term: string) => number | undefined): CompoundSplits {
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
  return { direct, closed: terms.map((_term, id) => (direct[id] ? close(id) : undefined)) };
}

const NO_PARTS: readonly number[] = [];
const SPAN_BITS = 21;
const HASH_BASE = 0x01000193;

/**
 * Writes one field's posting lists (see `FieldPostings`) from its stream, in two passes over it: the first sizes each
 * term's list, the second writes it in place. As a document's postings go by, each term keeps the document it last
 * met and the frequency gathered there (its own, plus its compounds'), written out when a later document meets the
 * term, or at the end. The stream is in document order, so every list is too. (Before, the stream was first sorted
 * by term into arrays of documents and frequencies, four times the size of the bytes; fresh memory is dear, see
 * `IntColumn`.) Byte positions fit 31 bits: the base64 of 2 GB would be longer than a string can be.
 */
function encodeField(state: FieldState, rank: Int32Array, parts: PartTable): FieldPostings {
  const size = rank.length;
  const open = new Int32Array(size * OPEN);
  const df = new Uint32Array(size);
  encodePass(state, parts, open, df);
  const { offsets, dfByRank } = placeLists(rank, open, df);
  const bytes = new Uint8Array(offsets[size]!);
  encodePass(state, parts, open, df, bytes);
  return { offsets, df: dfByRank, bytes };
}

/**
 * Lays the lists sized by `encodeField`'s first pass out in the order of the sorted terms: their offsets, and their
 * `df` in that order; sets each term's `OPEN_BYTES` to where its list starts. (A function of its own: its loops, run
 * in `encodeField`, were optimised on the stack and deoptimised at the untried code after them.)
 */
function placeLists(rank: Int32Array, open: Int32Array, df: Uint32Array): { offsets: Uint32Array; dfByRank: Uint32Array } {
  const size = rank.length;
  const offsets = new Uint32Array(size + 1);
  const byRank = new Int32Array(size);
  const dfByRank = new Uint32Array(size);
  for (let id = 0; id < size; id++) byRank[rank[id]!] = id;
  for (let r = 0; r < size; r++) {
    const id = byRank[r]!;
    dfByRank[r] = df[id]!;
    offsets[r + 1] = offsets[r]! + open[id * OPEN + OPEN_BYTES]!;
    open[id * OPEN + OPEN_BYTES] = offsets[r]!;
  }
  return { offsets, dfByRank };
}

/**
 * Each term's parts (see `compoundParts`), by number: term t's are `list[start[t]]` … `list[start[t + 1] - 1]`.
 * `encodeField` reads them at every posting: from an array of arrays that cost a third of its time (a load from
 * another place in memory, and an iterator, even for the many terms without parts).
 */
interface PartTable {
  start: Int32Array;
  list: Int32Array;
}

/** The part table of `size` terms whose parts are `parts` (undefined, or past its end, for none). */
function partTable(parts: readonly (readonly number[] | undefined)[], size: number): PartTable {
  const start = new Int32Array(size + 1);
  for (let id = 0; id < size; id++) start[id + 1] = start[id]! + (parts[id]?.length ?? 0);
  const list = new Int32Array(start[size]!);
  parts.forEach((of, id) => {
    if (of) list.set(of, start[id]!);
  });
  return { start, list };
}

// Per term (by number) in `encodeField`, OPEN integers: the document it last met (-1: none yet), its frequency there,
// the document written before it (gaps count from it), and its list's size in bytes (first pass) or where its next
// bytes go (second).
const OPEN = 4;
const OPEN_TF = 1;
const OPEN_WRITTEN = 2;
const OPEN_BYTES = 3;

/** A pass of `encodeField` over a field's stream: sizes the lists and counts `df` without `bytes`, else writes them. */
function encodePass(state: FieldState, parts: PartTable, open: Int32Array, df: Uint32Array, bytes?: Uint8Array): void {
  const { terms, tfs, ends } = state;
  const { start, list } = parts;
  resetOpen(open);
  for (let doc = 0, i = 0; i < terms.length; doc++) {
    for (const end = ends.get(doc); i < end; i++) {
      const id = terms.get(i);
      const tf = tfs.get(i);
      meet(open, id, doc, tf, df, bytes);
      for (let p = start[id]!, last = start[id + 1]!; p < last; p++) meet(open, list[p]!, doc, tf, df, bytes);
    }
  }
  for (let id = 0; id < df.length; id++) if (open[id * OPEN]! >= 0) flush(open, id, df, bytes);
}

/**
 * Marks every term of `open` as having met no document and written none. (A function of its own: run in `encodePass`,
 * its loop was optimised on the stack and deoptimised at the untried code after it.)
 */
function resetOpen(open: Int32Array): void {
  for (let at = 0; at < open.length; at += OPEN) {
    open[at] = -1;
    open[at + OPEN_WRITTEN] = 0;
  }
}

/** Term `id` met in `doc` `tf` times: gathered, or what it gathered in the document before written out. */
function meet(open: Int32Array, id: number, doc: number, tf: number, df: Uint32Array, bytes: Uint8Array | undefined): void {
  const at = id * OPEN;
  if (open[at] === doc) open[at + OPEN_TF]! += tf;
  else {
    if (open[at]! >= 0) flush(open, id, df, bytes);
    open[at] = doc;
    open[at + OPEN_TF] = tf;
  }
}

/** Writes out (or, without `bytes`, sizes and counts) the posting term `id` gathered. */
function flush(open: Int32Array, id: number, df: Uint32Array, bytes: Uint8Array | undefined): void {
  const at = id * OPEN;
  const doc = open[at]!;
  const tf = open[at + OPEN_TF]!;
  const gap = doc - open[at + OPEN_WRITTEN]!;
  open[at + OPEN_WRITTEN] = doc;
  if (!bytes) {
    open[at + OPEN_BYTES]! += tf < 8 ? varintSize(gap * 8 + tf) : varintSize(gap * 8) + varintSize(tf);
    df[id]!++;
  } else open[at + OPEN_BYTES] = writePosting(bytes, open[at + OPEN_BYTES]!, gap, tf);
}

/**
 * Writes a posting at `at` as `FieldPostings.bytes` holds it (`gap * 8 + tf`, or `gap * 8` then `tf` from 8 up);
 * returns where it ends.
 */
export function writePosting(bytes: Uint8Array, at: number, gap: number, tf: number): number {
  return tf < 8 ? writeVarint(bytes, at, gap * 8 + tf) : writeVarint(bytes, writeVarint(bytes, at, gap * 8), tf);
}

/** Bytes of the varint of a non-negative integer below 2^32. */
function varintSize(value: number): number {
  // 7 bits a byte, counted from the highest bit set (`| 1`: one byte for 0), without a branch per size: the rare sizes'
  // branches, first met after optimisation, deoptimised it and the passes it was inlined in.
  return (((31 - Math.clz32(value | 1)) / 7) | 0) + 1;
}

/** Writes the varint of a non-negative integer below 2^32 at `at`; returns where it ends. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  bytes[at] = value;
  return at + 1;
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
  decodeList(postings, t, count, docs, tfs);
  return { docs, tfs };
}

/**
 * Decodes term t's list into `docs` and `tfs` (from 0: `df[t]` postings), checking it as `readPostings` says. Throws a
 * plain Error saying what is wrong. The varints are read in place, in one loop: with a function call per varint,
 * decoding every list of the benchmark index took five times as long.
 */
export function decodeList(postings: FieldPostings, t: number, count: number, docs: Int32Array, tfs: Int32Array): void {
  const { bytes } = postings;
  const size = postings.df[t]!;
  const end = postings.offsets[t + 1]!;
  const damaged = (problem: string) => new Error(`a damaged posting list (term ${t}: ${problem})`);
  let at = postings.offsets[t]!;
  let doc = 0;
  for (let n = 0; n < size; n++) {
    // One varint, `gap * 8 + tf`, or when tf is 8 or more two: `gap * 8`, then tf.
    let gap = -1;
    let tf: number;
    do {
      let value = 0;
      for (let scale = 1; ; scale *= 128) {
        if (at >= end) throw damaged("it ends inside a number");
        if (scale > 2 ** 28) throw damaged("a number over 32 bits");
        const byte = bytes[at++]!;
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) break;
      }
      if (gap >= 0) {
        if ((tf = value) === 0) throw damaged("a posting without a frequency");
      } else {
        gap = Math.floor(value / 8);
        tf = value % 8;
      }
    } while (tf === 0);
    // Gaps count from the previous document, the first from 0.
    if ((n > 0 && gap === 0) || doc + gap >= count) throw damaged("a posting of no document");
    doc += gap;
    docs[n] = doc;
    tfs[n] = tf;
  }
  if (at !== end) throw damaged("bytes left after its documents");
}
