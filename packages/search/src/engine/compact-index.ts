/**
 * Compact index
 * =============
 *
 * Searches one compact index (`IndexData`) as `lunr.Index.query` searches the lunr index of the same postings: the
 * same clauses and presence rules, the same scores (BM25 with k1 = 1.2 and b = 0.75 rounded to three decimals, as
 * lunr.Builder stores them, and lunr's cosine of the query and document vectors), the same order of results and of
 * their terms. It reads the varint postings of the terms a query needs into typed arrays, where lunr makes objects and
 * strings for every matching document and field (a query of twelve common words took 1.4 s with lunr on 55,000
 * passages), keeps what it knows of each document in arrays reused from query to query (a document's entries count
 * for the current query only when its stamp says so, so nothing is cleared or allocated per document), and selects
 * the best `k` matches with a heap instead of sorting them all. Fuzzy and wildcard words are expanded first into the index terms they stand for, the nearest and most
 * frequent `QUERY_LIMITS.expansions` of them, by `fuzzyTerms` and `wildcardTerms`, at a cost that does not grow with
 * the word's length as lunr's automata do.
 *
 * [Reference] https://github.com/olivernn/lunr.js/blob/v2.3.9/lib/index.js (query), lib/builder.js (createFieldVectors)
 */
import lunr from "lunr";
import { SamverkanError } from "@samverkan/core";
import { loadPipeline, createTermProcessor, type TermProcessor } from "../pipeline/swedish";
import { fuzzyTerms } from "./fuzzy-terms";
import { LazyTokenSet } from "./lazy-token-set";
import { lowerBound } from "./lower-bound";
import { QUERY_LIMITS } from "./parse-query";
import { readPostings, type IndexData, type Postings } from "./postings-builder";
import { firstMatches, wildcardTerms } from "./wildcard-terms";

const K1 = 1.2;
const B = 0.75;
/** Postings kept decoded between queries, at most (12 bytes each: 1.2 million, about 14 MB). */
const CACHE_POSTINGS = 1_200_000;

/** A term's documents in a field and their BM25 weights. */
interface WeightedPostings {
  docs: Int32Array;
  weights: Float64Array;
}

/** Most typos a word is searched with: none under 4 letters, 1 at 4, 2 from 5 (a `~N` asks for at most N). */
export const typoDistance = (length: number): number => (length >= 5 ? 2 : length >= 4 ? 1 : 0);

/** One clause of a query, as lunr's `Query.Clause`: a `*` in `term` is a wildcard. */
export interface Clause {
  term: string;
  fields: string[];
  boost: number;
  /** `lunr.Query.presence`: optional, required (any of its terms) or prohibited. */
  presence: number;
  /** Run the term through the index's search pipeline first. */
  usePipeline: boolean;
  /** Typos allowed, capped by `typoDistance`. */
  editDistance?: number;
}

/** A matching document: its number and score, best first. */
export interface Match {
  ref: number;
  score: number;
}

/** What a query found, with the index terms each match was found by (lunr's `matchData` terms, in lunr's order). */
export interface QueryResult {
  /**
   * The best `k` matches that `keep` accepts, best first (ties in the order lunr meets them, as its stable sort
   * leaves them), and how many matches `keep` accepts in all.
   */
  top(k: number, keep?: (ref: number) => boolean): { matches: Match[]; total: number };
  termsOf(ref: number): string[];
  /** Wildcard and fuzzy words searched by fewer of their terms than they match, to stay in the postings budget. */
  capped: string[];
}

/**
 * What the current query knows of each document, in arrays kept from query to query: a document's entries hold for
 * the current query only when its `stamp` is the query's generation, so a query touches only the documents its terms
 * name (a query on 50,000 passages no longer allocates and clears seven arrays of 50,000 entries).
 */
class Scratch {
  private generation = 0;
  private readonly stamp: Int32Array;
  readonly prohibited: Uint8Array;
  readonly requiredHits: Int32Array;
  readonly lastRequired: Int32Array;
  readonly firstField: Int8Array;
  readonly fieldBits: Uint32Array;
  readonly dots: Float64Array[];

  constructor(count: number, fields: number) {
    this.stamp = new Int32Array(count);
    this.prohibited = new Uint8Array(count);
    this.requiredHits = new Int32Array(count);
    this.lastRequired = new Int32Array(count);
    this.firstField = new Int8Array(count);
    this.fieldBits = new Uint32Array(count);
    this.dots = Array.from({ length: fields }, () => new Float64Array(count));
  }

  /** Starts a query: every document's entries become stale. */
  begin(): void {
    if (this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    this.generation++;
  }

  /** Gives a document fresh entries the first time the current query names it. */
  touch(doc: number): void {
    if (this.stamp[doc] === this.generation) return;
    this.stamp[doc] = this.generation;
    this.prohibited[doc] = 0;
    this.requiredHits[doc] = 0;
    this.lastRequired[doc] = -1;
    this.firstField[doc] = -1;
    this.fieldBits[doc] = 0;
    for (const dot of this.dots) dot[doc] = 0;
  }
}

/**
 * What a `CompactIndex` searches: an `IndexData`'s terms, counts and lengths, with its lists read by `read`. A live
 * index (`updateSearchIndexLive`) gives its segments seen as one, numbered as a full build would number them.
 */
export interface PostingsSource extends Pick<IndexData, "fields" | "boosts" | "searchPipeline" | "count" | "terms"> {
  /** Per field, the documents holding each term. */
  df: ArrayLike<number>[];
  /** `lengths[field][doc]`: number of terms in that field of that document. */
  lengths: ArrayLike<number>[];
  /** Term t's documents (in increasing order) and frequencies in a field; throws a plain Error for a damaged list. */
  read(field: number, term: number): Postings;
}

/** The `PostingsSource` of an `IndexData`: its lists decoded (and checked) as read. */
export function sourceOf(data: IndexData): PostingsSource {
  const { fields, boosts, searchPipeline, count, terms, lengths, postings } = data;
  const df = postings.map((field) => field.df);
  return { fields, boosts, searchPipeline, count, terms, lengths, df, read: (field, term) => readPostings(postings[field]!, term, count) };
}

/** One compact index, searchable. */
export class CompactIndex {
  readonly data: PostingsSource;
  /** The index's search pipeline. */
  readonly terms: TermProcessor;
  private readonly tokens: LazyTokenSet;
  private readonly averageLengths: number[];
  private scratch?: Scratch;
  private frequencyOrder?: Int32Array;
  // Decoded postings of the terms queries read, at most CACHE_POSTINGS of them in all (emptied when a list would not
  // fit).
  private readonly cache = new Map<number, WeightedPostings>();
  private cached = 0;

  private readonly source: string;

  /**
   * Throws a plain Error when the pipeline names an unknown step. `source` names the file the index came from, for
   * the `BAD_INDEX` error of a damaged posting list.
   */
  constructor(data: IndexData | PostingsSource, source = "index") {
    this.data = "read" in data ? data : sourceOf(data);
    this.source = source;
    this.terms = createTermProcessor(loadPipeline(data.searchPipeline));
    this.tokens = new LazyTokenSet(data.terms);
    this.averageLengths = this.data.lengths.map((lengths) => {
      let sum = 0;
      for (let doc = 0; doc < lengths.length; doc++) sum += lengths[doc]!;
      return data.count === 0 ? 0 : sum / data.count;
    });
  }

  /**
   * A term's documents in a field with the BM25 weight of each (as lunr.Builder stores it in the field vector),
   * decoded on first use and kept until the cache is full: queries keep reading the same common words.
   */
  private postings(field: number, term: number): WeightedPostings {
    const key = term * this.data.fields.length + field;
    let found = this.cache.get(key);
    if (!found) {
      let decoded: Postings;
      try {
        decoded = this.data.read(field, term);
      } catch (error) {
        const message = `samverkan/search: ${this.source} has ${(error as Error).message}; rebuild it`;
        throw new SamverkanError("BAD_INDEX", message, { file: this.source, cause: error });
      }
      const { docs, tfs } = decoded;
      const idf = this.idf(term);
      const weights = new Float64Array(docs.length);
      for (let i = 0; i < docs.length; i++) weights[i] = this.weight(field, idf, docs[i]!, tfs[i]!);
      found = { docs, weights };
      // Emptied when full rather than trimmed from its oldest end: a Map walked from the start after deletions
      // walks their holes again, and trimming entry by entry cost 0.4 s in a query of twelve wildcards.
      if (this.cached + docs.length > CACHE_POSTINGS) {
        this.cache.clear();
        this.cached = 0;
      }
      this.cached += docs.length;
      this.cache.set(key, found);
    }
    return found;
  }

  /** Whether `term` is a term of the index. */
  has(term: string): boolean {
    return this.position(term) >= 0;
  }

  /** Position of `term` in the sorted terms, or -1 (a binary search: no table of the terms is built on load). */
  position(term: string): number {
    const { terms } = this.data;
    const at = lowerBound(terms, term);
    return terms[at] === term ? at : -1;
  }

  /** Documents holding `term` in any field (a document counts once per field). */
  documentCount(term: string): number {
    const position = this.position(term);
    return position < 0 ? 0 : this.frequency(position);
  }

  /**
   * Runs `clauses` as `lunr.Index.query` would; a query of prohibited clauses only (or none) gives every other document.
   * The terms its wildcard and fuzzy words stand for read at most `budget` postings in all, shared equally by those
   * words (see `QUERY_LIMITS.postings`).
   */
  query(clauses: readonly Clause[], budget: number = QUERY_LIMITS.postings): QueryResult {
    const { PROHIBITED, REQUIRED } = lunr.Query.presence;
    const { fields, count } = this.data;
    // Each list once per query, whatever the cache between queries keeps: a query of twelve wildcards reads more
    // postings than it holds, and read them again for each pass below (3 s instead of 1 s of CPU).
    const read = new Map<number, WeightedPostings>();
    const postings = (field: number, term: number) => {
      const key = term * fields.length + field;
      let found = read.get(key);
      if (!found) read.set(key, (found = this.postings(field, term)));
      return found;
    };
    const scratch = (this.scratch ??= new Scratch(count, fields.length));
    scratch.begin();
    const { prohibited, requiredHits, lastRequired, firstField, fieldBits, dots } = scratch;

    // The (term, field) pairs lunr visits, in its order; per field, the query vector (term → summed boosts).
    const visits: [term: number, field: number][] = [];
    const visited = new Set<number>();
    const vectors = fields.map(() => new Map<number, number>());
    const expanded = new Map<string, number[] | undefined>();
    const widening = new Set(clauses.filter(isWidening).map(clauseKey)).size;
    const share = widening > 0 ? budget / widening : Infinity;
    const capped: string[] = [];
    let requiredClauses = 0;
    for (const clause of clauses) {
      const key = clauseKey(clause);
      if (!expanded.has(key)) {
        const terms = this.expand(clause);
        const kept = isWidening(clause) && terms ? this.withinBudget(terms, share) : terms;
        if (kept !== terms) capped.push(clause.term);
        expanded.set(key, kept);
      }
      const terms = expanded.get(key);
      // A word the pipeline drops (a stop word) is not searched, even when required (`+och` made lunr throw).
      if (!terms) continue;
      const clauseFields = clause.fields.map((name) => fields.indexOf(name)).filter((field) => field >= 0);
      const required = clause.presence === REQUIRED ? requiredClauses++ : -1;
      for (const term of terms) {
        for (const field of clauseFields) {
          const { docs } = postings(field, term);
          if (required >= 0) {
            for (const doc of docs) {
              scratch.touch(doc);
              if (lastRequired[doc] === required) continue;
              lastRequired[doc] = required;
              requiredHits[doc]!++;
            }
          }
          if (clause.presence === PROHIBITED) {
            for (const doc of docs) {
              scratch.touch(doc);
              prohibited[doc] = 1;
            }
            continue;
          }
          vectors[field]!.set(term, (vectors[field]!.get(term) ?? 0) + clause.boost);
          // Only a pair's first visit can meet a document first or add a term to its matches.
          if (visited.has(term * fields.length + field)) continue;
          visited.add(term * fields.length + field);
          visits.push([term, field]);
        }
      }
    }

    // Documents in the order lunr first meets them; per document its first field and all its fields (a bit each).
    const order: number[] = [];
    const meet = (doc: number, field: number) => {
      scratch.touch(doc);
      if (firstField[doc] === -1) {
        firstField[doc] = field;
        order.push(doc);
      }
      fieldBits[doc]! |= 1 << field;
    };
    if (clauses.every((clause) => clause.presence === PROHIBITED)) {
      this.data.lengths.forEach((lengths, field) => {
        for (let doc = 0; doc < lengths.length; doc++) if (lengths[doc]! > 0) meet(doc, field);
      });
    } else {
      for (const [term, field] of visits) for (const doc of postings(field, term).docs) meet(doc, field);
    }

    // Per field, the query vector's length and its dot product with each document's, summed in term order as
    // lunr.Vector does. Every document of these postings was met above.
    const magnitudes = vectors.map((vector, field) => {
      const dot = dots[field]!;
      const terms = [...vector.keys()].sort((a, b) => a - b);
      let squares = 0;
      for (const term of terms) {
        const weight = vector.get(term)!;
        squares += weight * weight;
        const { docs, weights } = postings(field, term);
        for (let i = 0; i < docs.length; i++) dot[docs[i]!]! += weight * weights[i]!;
      }
      return Math.sqrt(squares);
    });

    // The matches, in the order met, with their score (the scratch arrays belong to the next query).
    const refs: number[] = [];
    const scores: number[] = [];
    const firstFields: number[] = [];
    const allFields: number[] = [];
    for (const doc of order) {
      if (requiredHits[doc] !== requiredClauses || prohibited[doc]) continue;
      // A document's fields in the order lunr meets them: its first, then the others.
      const first = firstField[doc]!;
      let score = dots[first]![doc]! / magnitudes[first]! || 0;
      const bits = fieldBits[doc]!;
      for (let field = 0; field < fields.length; field++) if (field !== first && bits & (1 << field)) score += dots[field]![doc]! / magnitudes[field]! || 0;
      refs.push(doc);
      scores.push(score);
      firstFields.push(first);
      allFields.push(bits);
    }
    const fieldsOf = (i: number) => {
      const first = firstFields[i]!;
      return [first, ...fields.flatMap((_name, field) => (field !== first && allFields[i]! & (1 << field) ? [field] : []))];
    };

    const selectedAt = new Map<number, number>();
    return {
      capped,
      top: (k, keep) => {
        const { selected, total } = selectTop(scores, k, keep && ((i) => keep(refs[i]!)));
        for (const i of selected) selectedAt.set(refs[i]!, i);
        return { matches: selected.map((i) => ({ ref: refs[i]!, score: scores[i]! })), total };
      },
      termsOf: (doc) => {
        const at = selectedAt.get(doc) ?? refs.indexOf(doc);
        if (at < 0) return [];
        // lunr's matchData: per field the terms in the order met, the document's fields in the order met; the terms
        // are keys of an object, so in the order Object.keys gives them.
        const byField = new Map<number, string[]>();
        for (const [term, field] of visits) {
          if (binarySearch(postings(field, term).docs, doc) < 0) continue;
          const terms = byField.get(field) ?? [];
          if (!terms.includes(this.data.terms[term]!)) terms.push(this.data.terms[term]!);
          byField.set(field, terms);
        }
        const keys: Record<string, true> = Object.create(null);
        for (const field of fieldsOf(at)) for (const term of byField.get(field) ?? []) keys[term] = true;
        return Object.keys(keys);
      },
    };
  }

  /**
   * The index terms a clause stands for: its pipeline's terms that are in the index; for a wildcard or fuzzy word
   * those it matches, nearest and most frequent first, at most `QUERY_LIMITS.expansions`. Undefined when the
   * pipeline leaves no word.
   */
  private expand(clause: Clause): number[] | undefined {
    if (clause.term.startsWith("*")) return firstMatches(this.data.terms, this.byFrequency(), clause.term, QUERY_LIMITS.expansions);
    if (clause.term.includes("*")) return this.mostFrequent(wildcardTerms(this.data.terms, clause.term));
    const words = clause.usePipeline ? this.terms(clause.term) : [clause.term];
    if (words.length === 0) return undefined;
    if (clause.editDistance === undefined) return words.map((word) => this.position(word)).filter((position) => position >= 0);
    const found = new Map<number, number>();
    for (const word of words) {
      const distance = Math.min(clause.editDistance, typoDistance(word.length));
      for (const [term, edits] of fuzzyTerms(this.tokens, word, distance)) {
        const position = this.position(term);
        found.set(position, Math.min(edits, found.get(position) ?? edits));
      }
    }
    return [...found]
      .sort(([a, editsA], [b, editsB]) => editsA - editsB || this.frequency(b) - this.frequency(a) || a - b)
      .slice(0, QUERY_LIMITS.expansions)
      .map(([position]) => position);
  }

  /**
   * The first of `terms` (a wildcard or fuzzy word's, best first) whose postings add up to at most `share`, and at least
   * the first; `terms` itself when all fit.
   */
  private withinBudget(terms: number[], share: number): number[] {
    let read = 0;
    for (let i = 0; i < terms.length; i++) {
      read += this.frequency(terms[i]!);
      if (read > share && i > 0) return terms.slice(0, i);
    }
    return terms;
  }

  /** All terms (positions), most frequent first, the first in the index's order on a tie; made on first use. */
  private byFrequency(): Int32Array {
    if (!this.frequencyOrder) {
      const terms = Int32Array.from(this.data.terms, (_term, t) => t);
      this.frequencyOrder = terms.sort((a, b) => this.frequency(b) - this.frequency(a) || a - b);
    }
    return this.frequencyOrder;
  }

  /** The `QUERY_LIMITS.expansions` most frequent of some terms (positions), the first in the index's order on a tie. */
  private mostFrequent(terms: number[]): number[] {
    const limit = QUERY_LIMITS.expansions;
    if (terms.length > limit) {
      // One number per term, frequency then reversed position, so a plain numeric sort ranks them (a wildcard can
      // match every term of the index). Exact below 2^53: frequencies and term counts stay far under 2^26.
      const size = this.data.terms.length;
      const keys = new Float64Array(terms.length);
      for (let i = 0; i < terms.length; i++) keys[i] = this.frequency(terms[i]!) * size + (size - 1 - terms[i]!);
      keys.sort();
      terms = Array.from(keys.subarray(keys.length - limit), (key) => size - 1 - (key % size));
    }
    return terms.sort((a, b) => this.frequency(b) - this.frequency(a) || a - b);
  }

  /** A term's documents, counted once per field. */
  private frequency(term: number): number {
    let df = 0;
    for (const field of this.data.df) df += field[term]!;
    return df;
  }

  /** A term's inverse document frequency, its documents counted once per field, as lunr.Builder counts them. */
  private idf(term: number): number {
    const df = this.frequency(term);
    return Math.log(1 + Math.abs((this.data.count - df + 0.5) / (df + 0.5)));
  }

  /** A document's BM25 weight for a term in a field, as lunr.Builder stores it in the field vector. */
  private weight(field: number, idf: number, doc: number, tf: number): number {
    const length = this.data.lengths[field]![doc]! / this.averageLengths[field]!;
    const score = ((idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * length) + tf)) * (this.data.boosts[field] ?? 1);
    return Math.round(score * 1000) / 1000;
  }
}

/** Whether a clause stands for several index terms: a wildcard or fuzzy word. */
const isWidening = (clause: Clause) => clause.term.includes("*") || clause.editDistance !== undefined;
const clauseKey = (clause: Clause) => `${clause.usePipeline} ${clause.editDistance} ${clause.term}`;

/**
 * Positions (in `scores`) of the best `k` scores that `keep` accepts, best first, the earlier first on a tie, and how
 * many `keep` accepts: a heap of the `k` best so far, its root the worst of them, so n matches cost n log k (and most
 * cost one comparison with the root).
 */
export function selectTop(scores: ArrayLike<number>, k: number, keep?: (i: number) => boolean): { selected: number[]; total: number } {
  // Whether i ranks below j.
  const worse = (i: number, j: number) => scores[i]! < scores[j]! || (scores[i] === scores[j] && i > j);
  const heap: number[] = [];
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    if (keep && !keep(i)) continue;
    total++;
    if (heap.length < k) {
      // Sift up: the new entry rises above better ones.
      let at = heap.push(i) - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (k > 0 && scores[i]! > scores[heap[0]!]!) {
      // Sift down: the new entry replaces the worst kept and sinks below worse ones. (A later entry with an equal
      // score ranks below the root, so only a higher one gets in.)
      heap[0] = i;
      for (let at = 0; ;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let worst = at;
        if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
        if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
        if (worst === at) break;
        [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
        at = worst;
      }
    }
  }
  return { selected: heap.sort((i, j) => (worse(i, j) ? 1 : worse(j, i) ? -1 : 0)), total };
}

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else if (sorted[middle]! > value) high = middle - 1;
    else return middle;
  }
  return -1;
}
