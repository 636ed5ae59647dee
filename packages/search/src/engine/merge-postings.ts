/**
 * Merge postings
 * ==============
 *
 * The passage index of an update (`updateSearchIndex`): the earlier index's posting lists carried over, list by list,
 * into the new passage numbers, with the added passages' postings merged in. A kept passage keeps its counts, so a
 * list changes only where passages were added or removed. A list that no added passage or compound change touches is
 * decoded and written again in the new numbers, in one pass (a sort first when `order` moved kept documents) and with
 * no table of counts per passage; the others are merged in passage order with the added passages' lists (which the
 * builder encodes as in a full build). Before, every list was decoded into each passage's own counts and the whole
 * index was counted and encoded again: most of an update's time.
 *
 * Compounds: a stored list holds a term's own counts plus those of the compounds it is a part of, and which terms are
 * parts follows from the vocabulary (`compoundParts`). Where the vocabulary changed, a compound can gain or lose
 * parts; then its own counts in the kept passages (its list less those of the compounds containing it, as the parts
 * of the earlier vocabulary say) are added to the lists of its new parts and taken from those of its former ones.
 * Likewise a term is dropped from the vocabulary when no kept or added passage has it of its own.
 */
import {
  compoundParts,
  splitsOf,
  decodeList,
  grow,
  readPostings,
  writePosting,
  type FieldPostings,
  type IndexData,
  type PostingsBuilder,
  type Postings,
} from "./postings-builder";
import { PASSAGE_PIPELINE } from "../pipeline/swedish";
import { splitCompound } from "../text/split-compound";

/**
 * The passage index of `previous`'s kept passages and `builder`'s added ones. `renumber[p]` is the new number of
 * `previous`'s passage p, or -1 when it is removed; `builder` holds the added passages at their new numbers and the
 * kept ones as placeholders (`PostingsBuilder.skip`). Throws a plain Error when a list does not read back as a build
 * writes it.
 */
export function mergePostings(previous: IndexData, renumber: Int32Array, builder: PostingsBuilder, compounds: boolean, keepSplits = false): IndexData {
  if (previous.postings.length !== 1) throw new Error("a passage index of more than one field");
  const old = previous.postings[0]!;
  const oldTerms = previous.terms;
  const { count } = previous;
  // Each list is decoded into these in turn (a list has at most `count` postings).
  const docs = new Int32Array(count);
  const tfs = new Int32Array(count);

  // Per earlier term, its parts by the earlier vocabulary (see `compoundParts`) and the compounds it is a part of.
  // With passages removed, terms can be gone, so the parts are worked out again; else they follow from the new ones
  // (`earlierParts`, once the builder has them).
  const removing = renumber.includes(-1);
  let oldParts: readonly (readonly number[] | undefined)[] = [];
  let position: Map<string, number> | undefined;
  const containers = new Map<number, number[]>();
  const contain = () =>
    oldParts.forEach((parts, compound) => {
      for (const part of parts ?? []) {
        const of = containers.get(part);
        if (of) of.push(compound);
        else containers.set(part, [compound]);
      }
    });
  if (compounds && removing) {
    oldParts =
      splitsOf(previous)?.closed ??
      compoundParts(oldTerms, (term) => {
        position ??= new Map(oldTerms.map((known, t) => [known, t]));
        return position.get(term);
      });
    contain();
  }
  const owned = new Map<number, Postings>();
  const ownOf = (t: number): Postings => {
    let own = owned.get(t);
    if (!own) owned.set(t, (own = ownPostings(old, t, count, containers.get(t) ?? [], ownOf)));
    return own;
  };

  // A term stays when a kept passage has it of its own (or an added one: the builder has it already).
  const stays = (t: number): boolean => {
    if (!removing) return true;
    let kept = 0;
    decodeList(old, t, count, docs, tfs);
    for (let i = 0; i < old.df[t]!; i++) if (renumber[docs[i]!]! >= 0) kept++;
    if (kept === 0 || kept === old.df[t]) return kept > 0;
    // A term's list holds the passages of the compounds containing it: when it has more kept passages than they have
    // passages, some kept passage has it of its own.
    let contained = 0;
    for (const compound of containers.get(t) ?? []) contained += old.df[compound]!;
    return kept > contained || ownOf(t).docs.some((doc) => renumber[doc]! >= 0);
  };
  const idOfOld = new Int32Array(oldTerms.length);
  oldTerms.forEach((term, t) => (idOfOld[t] = stays(t) ? builder.termId(term) : (builder.idOf(term) ?? -1)));

  const parts = compounds ? builder.splitCompounds() : [];
  if (compounds && !removing) {
    oldParts = earlierParts(oldTerms, idOfOld, parts, (term) => builder.idOf(term));
    contain();
  }
  const rank = builder.ranks();
  const added = builder.finish(PASSAGE_PIPELINE, PASSAGE_PIPELINE, keepSplits);
  const oldOfRank = new Int32Array(added.terms.length).fill(-1);
  idOfOld.forEach((id, t) => id >= 0 && (oldOfRank[rank[id]!] = t));

  // What compounds whose parts changed add to or take from their parts' lists, in new passage numbers.
  const deltas = new Map<number, Delta>();
  if (compounds) {
    const rankOfOld = (part: number) => (idOfOld[part]! < 0 ? -1 : rank[idOfOld[part]!]!);
    idOfOld.forEach((id, t) => {
      const was = oldParts[t];
      const now = parts[id];
      // Most terms have no parts, or the same ones in the same order.
      if (id < 0 || (!was && !now) || (was && now && was.length === now.length && was.every((part, i) => rankOfOld(part) === rank[now[i]!]))) return;
      const before = (was ?? []).map(rankOfOld).filter((r) => r >= 0);
      const after = (now ?? []).map((part) => rank[part]!);
      const gained = after.filter((r) => !before.includes(r));
      const lost = before.filter((r) => !after.includes(r));
      if (gained.length + lost.length === 0) return;
      const own = ownOf(t);
      for (const [list, sign] of [
        [gained, 1],
        [lost, -1],
      ] as const) {
        for (const r of list) {
          let delta = deltas.get(r);
          if (!delta) deltas.set(r, (delta = { docs: [], tfs: [] }));
          own.docs.forEach((doc, i) => {
            if (renumber[doc]! < 0) return;
            delta!.docs.push(renumber[doc]!);
            delta!.tfs.push(sign * own.tfs[i]!);
          });
        }
      }
    });
  }

  let monotone = true;
  for (let p = 0, last = -1; p < renumber.length; p++) {
    if (renumber[p]! < 0) continue;
    if (renumber[p]! < last) monotone = false;
    last = renumber[p]!;
  }
  const fresh = added.postings[0]!;
  const addedDocs = new Int32Array(added.count);
  const addedTfs = new Int32Array(added.count);
  const writer = new ListWriter(old.bytes.length + fresh.bytes.length);
  const terms = added.terms.length;
  const offsets = new Uint32Array(terms + 1);
  const df = new Uint32Array(terms);
  const kept = new Postings32();
  const next = (at: number, length: number, values: Int32Array) => (at < length ? values[at]! : Infinity);
  const changes = new Postings32();
  for (let r = 0; r < terms; r++) {
    const t = oldOfRank[r]!;
    const delta = deltas.get(r);
    const size = t < 0 ? 0 : old.df[t]!;
    if (t >= 0) decodeList(old, t, count, docs, tfs);
    writer.open(size + fresh.df[r]! + (delta?.docs.length ?? 0));
    if (monotone && !delta && fresh.df[r] === 0) {
      // The common case: the earlier list in new numbers.
      for (let i = 0; i < size; i++) if (renumber[docs[i]!]! >= 0) writer.put(renumber[docs[i]!]!, tfs[i]!);
    } else {
      // The earlier list in new numbers, the compounds' changes and the added passages (none of them kept ones),
      // merged in passage order.
      kept.clear();
      for (let i = 0; i < size; i++) if (renumber[docs[i]!]! >= 0) kept.push(renumber[docs[i]!]!, tfs[i]!);
      if (!monotone) kept.sort();
      changes.clear();
      if (delta) for (let i = 0; i < delta.docs.length; i++) changes.push(delta.docs[i]!, delta.tfs[i]!);
      changes.sort();
      decodeList(fresh, r, added.count, addedDocs, addedTfs);
      for (let i = 0, j = 0, k = 0; ;) {
        const doc = Math.min(next(i, kept.length, kept.docs), next(j, fresh.df[r]!, addedDocs), next(k, changes.length, changes.docs));
        if (doc === Infinity) break;
        let tf = 0;
        if (next(i, kept.length, kept.docs) === doc) tf += kept.tfs[i++]!;
        if (next(j, fresh.df[r]!, addedDocs) === doc) tf += addedTfs[j++]!;
        while (next(k, changes.length, changes.docs) === doc) tf += changes.tfs[k++]!;
        if (tf < 0) throw new Error(`a list of term ${t} that holds less than the compounds containing it`);
        if (tf > 0) writer.put(doc, tf);
      }
    }
    df[r] = writer.postings;
    offsets[r + 1] = writer.length;
  }
  // The builder's index with the merged lists: the splits it may keep stay with it.
  added.postings = [{ offsets, df, bytes: writer.toBytes() }];
  return added;
}

/**
 * The parts of each earlier term by the earlier vocabulary (as `compoundParts` gives them, in any order), when every
 * earlier term is still a term: `idOfOld[t]` is term t's number in the builder, whose terms have `parts` and are
 * numbered by `idOf`. With terms only added, a compound's parts change only to take in a new term (a new known tail or
 * head, or a part whose parts did), so a term whose new parts are all earlier terms has them as its earlier parts;
 * only the others are split again. (Splitting the whole earlier vocabulary again took a tenth of an update.)
 */
function earlierParts(
  oldTerms: readonly string[],
  idOfOld: Int32Array,
  parts: readonly (readonly number[] | undefined)[],
  idOf: (term: string) => number | undefined,
): (readonly number[] | undefined)[] {
  const oldOfId = new Int32Array(parts.length).fill(-1);
  idOfOld.forEach((id, t) => (oldOfId[id] = t));
  const oldOf = (word: string) => {
    const id = idOf(word);
    return id === undefined ? -1 : oldOfId[id]!;
  };
  const found: (readonly number[] | undefined | null)[] = new Array(oldTerms.length).fill(null);
  const partsOf = (t: number): readonly number[] | undefined => {
    let known = found[t];
    if (known !== null) return known;
    const now = parts[idOfOld[t]!];
    if (!now || now.every((part) => oldOfId[part]! >= 0)) known = now?.map((part) => oldOfId[part]!);
    else {
      const closure = new Set<number>();
      for (const part of splitCompound(oldTerms[t]!, (word) => oldOf(word) >= 0)) {
        const p = oldOf(part);
        closure.add(p);
        for (const inner of partsOf(p) ?? []) closure.add(inner);
      }
      known = closure.size > 0 ? [...closure] : undefined;
    }
    return (found[t] = known);
  };
  return oldTerms.map((_term, t) => partsOf(t));
}

/** Postings added to (tf > 0) or taken from (tf < 0) a list. */
interface Delta {
  docs: number[];
  tfs: number[];
}

/**
 * Term t's own counts: its list less the own counts of `containers`, the compounds it is a part of. Throws a plain
 * Error when the list does not hold them.
 */
export function ownPostings(
  postings: FieldPostings,
  t: number,
  count: number,
  containers: ArrayLike<number> & Iterable<number>,
  ownOf: (t: number) => Postings,
): Postings {
  const { docs, tfs } = readPostings(postings, t, count);
  if (containers.length === 0) return { docs, tfs };
  const less = new Map<number, number>();
  for (const compound of containers) {
    const own = ownOf(compound);
    own.docs.forEach((doc, i) => less.set(doc, (less.get(doc) ?? 0) + own.tfs[i]!));
  }
  let size = 0;
  for (let i = 0; i < docs.length; i++) {
    const own = tfs[i]! - (less.get(docs[i]!) ?? 0);
    less.delete(docs[i]!);
    if (own < 0) throw new Error(`a list of term ${t} that holds less than the compounds containing it`);
    if (own === 0) continue;
    docs[size] = docs[i]!;
    tfs[size++] = own;
  }
  if (less.size > 0) throw new Error(`a list of term ${t} that misses a compound's passage`);
  return { docs: docs.subarray(0, size), tfs: tfs.subarray(0, size) };
}

/** Writes lists one after the other. */
export class ListWriter {
  private bytes: Uint8Array;
  private size = 0;
  private last = 0;
  /** Postings of the open list. */
  postings = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.size;
  }

  /** Starts the next list, of at most `postings` postings. */
  open(postings: number): void {
    this.last = 0;
    this.postings = 0;
    // Room for the longest: two varints of 5 bytes a posting, so `put` need not look.
    const needed = this.size + postings * 10;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.size));
      this.bytes = grown;
    }
  }

  /** Appends document `doc` (after the list's previous one) with frequency `tf`, as `FieldPostings.bytes` says. */
  put(doc: number, tf: number): void {
    const gap = doc - this.last;
    this.last = doc;
    this.postings++;
    this.size = writePosting(this.bytes, this.size, gap, tf);
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.size);
  }
}

/** Postings gathered into growable typed arrays, reused from list to list. */
class Postings32 {
  docs: Int32Array = new Int32Array(1024);
  tfs: Int32Array = new Int32Array(1024);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(doc: number, tf: number): void {
    if (this.length === this.docs.length) {
      this.docs = grow(this.docs, this.docs.length * 2);
      this.tfs = grow(this.tfs, this.tfs.length * 2);
    }
    this.docs[this.length] = doc;
    this.tfs[this.length++] = tf;
  }

  /** Puts the postings in document order (a document's postings in the order pushed). */
  sort(): void {
    const docs = this.docs.slice(0, this.length);
    const tfs = this.tfs.slice(0, this.length);
    const order = Array.from(docs, (_doc, i) => i).sort((a, b) => docs[a]! - docs[b]! || a - b);
    order.forEach((from, to) => {
      this.docs[to] = docs[from]!;
      this.tfs[to] = tfs[from]!;
    });
  }
}
