/**
 * Compact index
 * =============
 *
 * Searches one compact index (a `SerializedLunrIndex`) as `lunr.Index.query` searches the lunr index of the same
 * postings: the same clauses and presence rules, the same scores (BM25 with k1 = 1.2 and b = 0.75 rounded to three
 * decimals, as lunr.Builder stores them, and lunr's cosine of the query and document vectors), the same order of
 * results and of their terms. It reads the gap-encoded postings into typed arrays, where lunr makes objects and
 * strings for every matching document and field: a query of twelve common words took 1.4 s with lunr on 55,000
 * passages. Fuzzy and wildcard words are expanded first into the index terms they stand for, the nearest and most
 * frequent `QUERY_LIMITS.expansions` of them, by `fuzzyTerms` and `wildcardTerms`, at a cost that does not grow with
 * the word's length as lunr's automata do.
 *
 * [Reference] https://github.com/olivernn/lunr.js/blob/v2.3.9/lib/index.js (query), lib/builder.js (createFieldVectors)
 */
import lunr from "lunr";
import { loadPipeline, createTermProcessor, type TermProcessor } from "../pipeline/swedish";
import type { SerializedLunrIndex } from "../types";
import { fuzzyTerms } from "./fuzzy-terms";
import { LazyTokenSet } from "./lazy-token-set";
import { QUERY_LIMITS } from "./parse-query";
import { wildcardTerms } from "./wildcard-terms";

const K1 = 1.2;
const B = 0.75;

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
  matches: Match[];
  termsOf(ref: number): string[];
}

interface Postings {
  docs: Int32Array;
  tfs: Int32Array;
}

/** One compact index, searchable. */
export class CompactIndex {
  readonly data: SerializedLunrIndex;
  /** The index's search pipeline. */
  readonly terms: TermProcessor;
  private readonly tokens: LazyTokenSet;
  private readonly positions = new Map<string, number>();
  private readonly averageLengths: number[];

  /** Throws a plain Error when the pipeline names an unknown step. */
  constructor(data: SerializedLunrIndex) {
    this.data = data;
    this.terms = createTermProcessor(loadPipeline(data.searchPipeline));
    this.tokens = new LazyTokenSet(data.terms);
    data.terms.forEach((term, position) => this.positions.set(term, position));
    this.averageLengths = data.lengths.map((lengths) => (data.count === 0 ? 0 : lengths.reduce((sum, length) => sum + length, 0) / data.count));
  }

  /** Whether `term` is a term of the index. */
  has(term: string): boolean {
    return this.positions.has(term);
  }

  /** Documents holding `term` in any field (a document counts once per field), read without decoding the postings. */
  documentCount(term: string): number {
    const position = this.positions.get(term);
    return position === undefined ? 0 : this.data.postings.reduce((count, lists) => count + documentsIn(lists[position]), 0);
  }

  /** Runs `clauses` as `lunr.Index.query` would; a query of prohibited clauses only (or none) gives every other document. */
  query(clauses: readonly Clause[]): QueryResult {
    const { PROHIBITED, REQUIRED } = lunr.Query.presence;
    const { fields, count } = this.data;
    const cache = new Map<number, Postings>();
    const postings = (field: number, term: number) => {
      const key = term * fields.length + field;
      let found = cache.get(key);
      if (!found) cache.set(key, (found = decode(this.data.postings[field]![term])));
      return found;
    };

    // The (term, field) pairs lunr visits, in its order; per field, the query vector (term → summed boosts).
    const visits: [term: number, field: number][] = [];
    const visited = new Set<number>();
    const vectors = fields.map(() => new Map<number, number>());
    const expanded = new Map<string, number[] | undefined>();
    const prohibited = new Uint8Array(count);
    let requiredClauses = 0;
    const requiredHits = new Int32Array(count);
    const lastRequired = new Int32Array(count).fill(-1);
    for (const clause of clauses) {
      const key = `${clause.usePipeline} ${clause.editDistance} ${clause.term}`;
      if (!expanded.has(key)) expanded.set(key, this.expand(clause));
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
              if (lastRequired[doc] === required) continue;
              lastRequired[doc] = required;
              requiredHits[doc]!++;
            }
          }
          if (clause.presence === PROHIBITED) {
            for (const doc of docs) prohibited[doc] = 1;
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
    const firstField = new Int8Array(count).fill(-1);
    const fieldBits = new Uint32Array(count);
    const meet = (doc: number, field: number) => {
      if (firstField[doc] === -1) {
        firstField[doc] = field;
        order.push(doc);
      }
      fieldBits[doc]! |= 1 << field;
    };
    // A document's fields in the order lunr meets them: its first, then the others (exact for our two fields at most).
    const fieldsOf = (doc: number) => {
      const first = firstField[doc]!;
      return first < 0 ? [] : [first, ...fields.flatMap((_, field) => (field !== first && fieldBits[doc]! & (1 << field) ? [field] : []))];
    };
    if (clauses.every((clause) => clause.presence === PROHIBITED)) {
      this.data.lengths.forEach((lengths, field) => lengths.forEach((length, doc) => length > 0 && meet(doc, field)));
    } else {
      for (const [term, field] of visits) for (const doc of postings(field, term).docs) meet(doc, field);
    }

    // Per field, the query vector's length and its dot product with each document's, summed in term order as
    // lunr.Vector does.
    const magnitudes: number[] = [];
    const dots = vectors.map((vector, field) => {
      const dot = new Float64Array(count);
      const terms = [...vector.keys()].sort((a, b) => a - b);
      let squares = 0;
      for (const term of terms) {
        const weight = vector.get(term)!;
        squares += weight * weight;
        const idf = this.idf(term);
        const { docs, tfs } = postings(field, term);
        for (let i = 0; i < docs.length; i++) dot[docs[i]!]! += weight * this.weight(field, idf, docs[i]!, tfs[i]!);
      }
      magnitudes.push(Math.sqrt(squares));
      return dot;
    });

    const matches: Match[] = [];
    for (const doc of order) {
      if (requiredHits[doc] !== requiredClauses || prohibited[doc]) continue;
      let score = 0;
      for (const field of fieldsOf(doc)) score += dots[field]![doc]! / magnitudes[field]! || 0;
      matches.push({ ref: doc, score });
    }
    matches.sort((a, b) => b.score - a.score);

    return {
      matches,
      termsOf: (doc) => {
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
        for (const field of fieldsOf(doc)) for (const term of byField.get(field) ?? []) keys[term] = true;
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
    if (clause.term.includes("*")) return this.mostFrequent(wildcardTerms(this.data.terms, clause.term));
    const words = clause.usePipeline ? this.terms(clause.term) : [clause.term];
    if (words.length === 0) return undefined;
    if (clause.editDistance === undefined) return words.flatMap((word) => this.positions.get(word) ?? []);
    const found = new Map<number, number>();
    for (const word of words) {
      const distance = Math.min(clause.editDistance, typoDistance(word.length));
      for (const [term, edits] of fuzzyTerms(this.tokens, word, distance)) {
        const position = this.positions.get(term)!;
        found.set(position, Math.min(edits, found.get(position) ?? edits));
      }
    }
    return [...found]
      .sort(([a, editsA], [b, editsB]) => editsA - editsB || this.frequency(b) - this.frequency(a) || a - b)
      .slice(0, QUERY_LIMITS.expansions)
      .map(([position]) => position);
  }

  /** The `QUERY_LIMITS.expansions` most frequent of some terms (positions), the first in the index's order on a tie. */
  private mostFrequent(terms: number[]): number[] {
    const limit = QUERY_LIMITS.expansions;
    if (terms.length > limit) {
      // One number per term, frequency then reversed position, so a plain numeric sort ranks them (a wildcard can
      // match every term of the index). Exact below 2^53: frequencies and term counts stay far under 2^26.
      const size = this.data.terms.length;
      const keys = Float64Array.from(terms, (term) => this.frequency(term) * size + (size - 1 - term)).sort();
      terms = Array.from(keys.subarray(keys.length - limit), (key) => size - 1 - (key % size));
    }
    return terms.sort((a, b) => this.frequency(b) - this.frequency(a) || a - b);
  }

  /** About a term's number of documents: the length of its posting lists. */
  private frequency(term: number): number {
    let length = 0;
    for (const lists of this.data.postings) length += lists[term]?.length ?? 0;
    return length;
  }

  /** A term's inverse document frequency, its documents counted once per field, as lunr.Builder counts them. */
  private idf(term: number): number {
    let df = 0;
    for (const lists of this.data.postings) df += documentsIn(lists[term]);
    return Math.log(1 + Math.abs((this.data.count - df + 0.5) / (df + 0.5)));
  }

  /** A document's BM25 weight for a term in a field, as lunr.Builder stores it in the field vector. */
  private weight(field: number, idf: number, doc: number, tf: number): number {
    const length = this.data.lengths[field]![doc]! / this.averageLengths[field]!;
    const score = ((idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * length) + tf)) * (this.data.boosts[field] ?? 1);
    return Math.round(score * 1000) / 1000;
  }
}

/** Number of documents of a gap-encoded posting list: an entry with tf >= 8 takes two numbers, the first a multiple of 8. */
function documentsIn(list: readonly number[] | undefined): number {
  let count = 0;
  for (let i = 0; list && i < list.length; i++, count++) if (list[i]! % 8 === 0) i++;
  return count;
}

/** Documents and term frequencies of a gap-encoded posting list (`gap * 8 + tf`, or `gap * 8` then tf when tf >= 8). */
function decode(list: readonly number[] | undefined): Postings {
  const size = documentsIn(list);
  const docs = new Int32Array(size);
  const tfs = new Int32Array(size);
  let doc = 0;
  for (let i = 0, n = 0; list && i < list.length; i++, n++) {
    const value = list[i]!;
    doc += Math.floor(value / 8);
    docs[n] = doc;
    tfs[n] = value % 8 === 0 ? list[++i]! : value % 8;
  }
  return { docs, tfs };
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
