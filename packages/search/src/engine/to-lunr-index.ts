/**
 * To lunr index
 * =============
 *
 * Turns the compact form into a `lunr.Index`, computing the field vectors exactly as `lunr.Builder` does (BM25 with
 * k1 = 1.2, b = 0.75, scores rounded to three decimals), so scores equal those of an index lunr built itself. What
 * differs is the memory layout, which lunr's query code does not see:
 * - the vectors of a field are views into one `Float64Array` (lunr reads `elements` by index only), not an array
 *   per document grown term by term;
 * - a term's postings are decoded into lunr's `{docRef: metadata}` object the first time a query reads them;
 *   postings carry no metadata (no positions: snippets are computed from the text), so all share one empty object;
 * - the token set is a `LazyTokenSet` that unfolds as queries walk it.
 *
 * [Reference] https://github.com/olivernn/lunr.js/blob/v2.3.9/lib/builder.js (createFieldVectors)
 */
import lunr from "lunr";
import type { SerializedLunrIndex } from "../types";
import { LazyTokenSet } from "./lazy-token-set";
import { loadPipeline } from "../pipeline/swedish";

const K1 = 1.2;
const B = 0.75;
const NO_METADATA = Object.freeze(Object.create(null)) as object;

/** Builds the lunr index of a compact index. Throws a plain Error when the pipeline names an unknown step. */
export function toLunrIndex(compact: SerializedLunrIndex): lunr.Index {
  const { fields, boosts, terms, postings, lengths, count } = compact;
  const termCount = terms.length;

  // Pass 1: documents per term (over all fields, as lunr.idf counts them) and terms per document and field.
  const documentsWithTerm = new Int32Array(termCount);
  const termsPerDoc = fields.map(() => new Int32Array(count));
  for (let f = 0; f < fields.length; f++) {
    const perDoc = termsPerDoc[f]!;
    const lists = postings[f]!;
    for (let t = 0; t < termCount; t++) {
      const list = lists[t];
      if (!list) continue;
      let doc = 0;
      for (let i = 0; i < list.length; i++) {
        const value = list[i]!;
        doc += Math.floor(value / 8);
        if (value % 8 === 0) i++;
        perDoc[doc]!++;
        documentsWithTerm[t]!++;
      }
    }
  }

  // Pass 2: the vectors, `[termIndex, score, …]` per document, in term order as lunr.Vector requires.
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (let f = 0; f < fields.length; f++) {
    const perDoc = termsPerDoc[f]!;
    const offsets = new Int32Array(count + 1);
    for (let doc = 0; doc < count; doc++) offsets[doc + 1] = offsets[doc]! + 2 * perDoc[doc]!;
    const elements = new Float64Array(offsets[count]!);
    const cursor = offsets.slice(0, count);
    const fieldLengths = lengths[f]!;
    let total = 0;
    for (let doc = 0; doc < count; doc++) total += fieldLengths[doc]!;
    const average = count === 0 ? 0 : total / count;
    const boost = boosts[f] ?? 1;
    const lists = postings[f]!;
    for (let t = 0; t < termCount; t++) {
      const list = lists[t];
      if (!list) continue;
      const df = documentsWithTerm[t]!;
      const idf = Math.log(1 + Math.abs((count - df + 0.5) / (df + 0.5)));
      let doc = 0;
      for (let i = 0; i < list.length; i++) {
        const value = list[i]!;
        doc += Math.floor(value / 8);
        let tf = value % 8;
        if (tf === 0) tf = list[++i]!;
        const score = ((idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLengths[doc]! / average)) + tf)) * boost;
        const at = cursor[doc]!;
        elements[at] = t;
        elements[at + 1] = Math.round(score * 1000) / 1000;
        cursor[doc] = at + 2;
      }
    }
    for (let doc = 0; doc < count; doc++) {
      if (perDoc[doc]! > 0) {
        const vector = elements.subarray(offsets[doc]!, offsets[doc + 1]!) as unknown as number[];
        fieldVectors[`${fields[f]}/${doc}`] = new lunr.Vector(vector);
      }
    }
  }

  const Posting = postingClass(fields, postings);
  const invertedIndex: Record<string, object> = Object.create(null);
  for (let t = 0; t < termCount; t++) invertedIndex[terms[t]!] = new Posting(t);

  // @types/lunr 2.3 misnames these attributes (documentVectors) and knows no other token set.
  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet: new LazyTokenSet(terms),
    fields,
    pipeline: loadPipeline(compact.searchPipeline),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

/** A class whose instances are lunr postings: `_index` and, per field, a getter decoding that field's postings once. */
function postingClass(fields: string[], postings: number[][][]): new (term: number) => { _index: number } {
  class Posting {
    readonly _index: number;
    constructor(term: number) {
      this._index = term;
    }
  }
  fields.forEach((field, f) => {
    Object.defineProperty(Posting.prototype, field, {
      configurable: true,
      enumerable: true,
      get(this: Posting) {
        const documents: Record<number, object> = Object.create(null);
        const list = postings[f]![this._index] ?? [];
        let doc = 0;
        for (let i = 0; i < list.length; i++) {
          const value = list[i]!;
          doc += Math.floor(value / 8);
          if (value % 8 === 0) i++;
          documents[doc] = NO_METADATA;
        }
        Object.defineProperty(this, field, { value: documents, enumerable: true });
        return documents;
      },
    });
  });
  return Posting;
}
