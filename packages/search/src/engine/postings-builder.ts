/**
 * Postings builder
 * ================
 *
 * Collects term frequencies document by document into flat arrays, in place of `lunr.Builder`, which keeps an
 * object per posting and a term-frequency object per document and field while building. The result is the compact
 * form that is both serialized and searched (see `compact-index.ts`), so building holds the postings once, as
 * numbers.
 */
import { MIN_COMPOUND_LENGTH, splitCompound } from "../text/split-compound";
import type { SerializedLunrIndex } from "../types";

/** Definition of one indexed field. */
export interface FieldDefinition {
  name: string;
  boost: number;
}

export class PostingsBuilder {
  private readonly fields: FieldDefinition[];
  // term → per field: flat [doc, tf, doc, tf, …] in document order.
  private readonly postings = new Map<string, number[][]>();
  private readonly lengths: number[][];
  private count = 0;

  constructor(fields: FieldDefinition[]) {
    this.fields = fields;
    this.lengths = fields.map(() => []);
  }

  /** Number of documents added so far; the next document gets this number. */
  get size(): number {
    return this.count;
  }

  /** Adds the next document: per field, its terms in any order (repeats count). Returns its number. */
  add(termsByField: readonly (readonly string[])[]): number {
    const doc = this.count++;
    const frequencies = new Map<string, number>();
    for (let field = 0; field < this.fields.length; field++) {
      const terms = termsByField[field] ?? [];
      this.lengths[field]!.push(terms.length);
      frequencies.clear();
      for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      for (const [term, tf] of frequencies) {
        let byField = this.postings.get(term);
        if (!byField) {
          byField = this.fields.map(() => []);
          this.postings.set(term, byField);
        }
        byField[field]!.push(doc, tf);
      }
    }
    return doc;
  }

  /**
   * Adds each compound's postings to its known parts, so `region` finds `gymnasieregionen`. Known parts are the
   * terms of this index; splits are decided on the vocabulary as it was before any was applied.
   */
  splitCompounds(): void {
    const vocabulary = this.postings;
    const isKnown = (part: string) => vocabulary.has(part);
    const additions: [string, number[][]][] = [];
    for (const [term, byField] of vocabulary) {
      if (term.length < MIN_COMPOUND_LENGTH) continue;
      for (const part of splitCompound(term, isKnown)) additions.push([part, byField]);
    }
    for (const [part, byField] of additions) {
      const target = vocabulary.get(part)!;
      for (let field = 0; field < this.fields.length; field++) {
        if (byField[field]!.length > 0) target[field] = mergePostings(target[field]!, byField[field]!);
      }
    }
  }

  /** Returns the compact index and empties the builder. */
  finish(pipeline: string[], searchPipeline: string[]): SerializedLunrIndex {
    const terms = [...this.postings.keys()].sort();
    const postings: number[][][] = this.fields.map(() => new Array<number[]>(terms.length));
    terms.forEach((term, t) => {
      const byField = this.postings.get(term)!;
      for (let field = 0; field < this.fields.length; field++) postings[field]![t] = encodePostings(byField[field]!);
      this.postings.delete(term);
    });
    return {
      fields: this.fields.map((field) => field.name),
      boosts: this.fields.map((field) => field.boost),
      pipeline,
      searchPipeline,
      count: this.count,
      terms,
      postings,
      lengths: this.lengths,
    };
  }
}

/** Merges two flat `[doc, tf, …]` lists sorted by doc, adding the frequencies of shared documents. */
function mergePostings(a: number[], b: number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      merged.push(a[i]!, a[i + 1]!);
      i += 2;
    } else if (i >= a.length || b[j]! < a[i]!) {
      merged.push(b[j]!, b[j + 1]!);
      j += 2;
    } else {
      merged.push(a[i]!, a[i + 1]! + b[j + 1]!);
      i += 2;
      j += 2;
    }
  }
  return merged;
}

/** Encodes a flat `[doc, tf, …]` list as gaps with the frequency in the low three bits (see `SerializedLunrIndex`). */
export function encodePostings(flat: number[]): number[] {
  const encoded: number[] = [];
  let previous = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const gap = flat[i]! - previous;
    const tf = flat[i + 1]!;
    previous = flat[i]!;
    if (tf < 8) encoded.push(gap * 8 + tf);
    else encoded.push(gap * 8, tf);
  }
  return encoded;
}

/** Calls `visit(doc, tf)` for each posting of an encoded list. */
export function decodePostings(encoded: readonly number[], visit: (doc: number, tf: number) => void): void {
  let doc = 0;
  for (let i = 0; i < encoded.length; i++) {
    const value = encoded[i]!;
    doc += Math.floor(value / 8);
    let tf = value % 8;
    if (tf === 0) tf = encoded[++i]!;
    visit(doc, tf);
  }
}
