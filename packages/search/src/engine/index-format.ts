/**
 * Index format
 * ============
 *
 * The search index as held in memory (`SearchIndexData`: typed arrays for the passages and the postings) and as
 * `index.json` stores it (`SerializedSearchIndex`: the same runs of integers as base64 varints), both ways. Reading
 * checks the shapes and lengths of the tables, every reference into another table and where each posting list lies,
 * so a damaged or foreign file is refused on load; each posting list is checked when a query first decodes it (a
 * damaged one is `BAD_INDEX` then), since decoding every list took half the load time.
 */
import type { SerializedLunrIndex, SerializedSearchIndex } from "../types";
import type { IndexData } from "./postings-builder";
import { decodeIntegers, encodeIntegers, fromBase64, toBase64 } from "./varint";

/** The passages: per passage its document (a position in `documents`), offsets and the entities it mentions. */
export interface PassageTable {
  doc: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  /** Passage p mentions the entities `mentions[mentionStarts[p]]` … `mentions[mentionStarts[p + 1] - 1]`. */
  mentionStarts: Uint32Array;
  mentions: Uint32Array;
}

/** A search index in memory. */
export interface SearchIndexData {
  options: SerializedSearchIndex["options"];
  documents: SerializedSearchIndex["documents"];
  entities: Omit<SerializedSearchIndex["entities"], "index"> & { index: IndexData };
  passages: PassageTable & { index: IndexData };
}

/** The `index.json` form of an index. */
export function serializeSearchIndex(data: SearchIndexData, format: SerializedSearchIndex["format"], version: number): SerializedSearchIndex {
  const { passages } = data;
  const count = passages.doc.length;
  const docGaps = passages.doc.map((doc, p) => (p === 0 ? doc : doc - passages.doc[p - 1]!));
  const lengths = passages.end.map((end, p) => end - passages.start[p]!);
  const mentionCounts = passages.doc.map((_doc, p) => passages.mentionStarts[p + 1]! - passages.mentionStarts[p]!);
  return {
    format,
    version,
    options: data.options,
    documents: data.documents,
    entities: { ...data.entities, index: serializeIndexData(data.entities.index) },
    passages: {
      count,
      doc: encodeIntegers(docGaps),
      start: encodeIntegers(passages.start),
      length: encodeIntegers(lengths),
      mentionCounts: encodeIntegers(mentionCounts),
      mentions: encodeIntegers(passages.mentions),
      index: serializeIndexData(passages.index),
    },
  };
}

function serializeIndexData(index: IndexData): SerializedLunrIndex {
  return {
    fields: index.fields,
    boosts: index.boosts,
    pipeline: index.pipeline,
    searchPipeline: index.searchPipeline,
    count: index.count,
    terms: index.terms.join(" "),
    postings: index.postings.map(({ df, offsets, bytes }) => ({
      df: encodeIntegers(df),
      sizes: encodeIntegers(offsets.subarray(1).map((end, t) => end - offsets[t]!)),
      bytes: toBase64(bytes),
    })),
    lengths: index.lengths.map((lengths) => encodeIntegers(lengths)),
  };
}

/**
 * Reads and checks the parts of a parsed `index.json` past its format and version. Throws a plain Error saying what
 * is wrong (the caller names the file).
 */
export function readSearchIndex(data: SerializedSearchIndex): SearchIndexData {
  const { entities, passages, documents, options } = data;
  if (!options || typeof options.compounds !== "boolean" || !Number.isInteger(options.passageSize) || !Number.isInteger(options.maxPassageSize)) {
    throw new Error("has no options");
  }
  if (!Array.isArray(documents)) throw new Error("has no documents table");
  if (!entities || !Array.isArray(entities.ids)) throw new Error("has no entities table");
  const e = entities.ids.length;
  for (const key of ["kinds", "labels", "aliases", "municipality", "organisation", "party", "dates"] as const) {
    if (!Array.isArray(entities[key]) || entities[key].length !== e) throw new Error(`has a bad entities.${key} (expected ${e} entries)`);
  }
  if (!passages || !Number.isInteger(passages.count) || passages.count < 0) throw new Error("has no passages table");
  const p = passages.count;
  const column = (key: "doc" | "start" | "length" | "mentionCounts" | "mentions", size?: number) => {
    let values: Uint32Array;
    try {
      values = decodeIntegers(String(passages[key]));
    } catch (error) {
      throw new Error(`has a bad passages.${key} (${(error as Error).message})`, { cause: error });
    }
    if (size !== undefined && values.length !== size) throw new Error(`has a bad passages.${key} (expected ${size} entries)`);
    return values;
  };
  const doc = column("doc", p);
  for (let i = 1; i < p; i++) doc[i]! += doc[i - 1]!;
  if (p > 0 && doc[p - 1]! >= documents.length) throw new Error("has a passage of no document");
  const start = column("start", p);
  const end = column("length", p).map((length, i) => start[i]! + length);
  const mentionStarts = new Uint32Array(p + 1);
  column("mentionCounts", p).forEach((mentions, i) => (mentionStarts[i + 1] = mentionStarts[i]! + mentions));
  const mentions = column("mentions", mentionStarts[p]!);
  if (mentions.some((entity) => entity >= e)) throw new Error("has a passage mentioning no entity");
  return {
    options,
    documents,
    entities: { ...entities, index: readIndexData(entities.index, e, "entities") },
    passages: { doc, start, end, mentionStarts, mentions, index: readIndexData(passages.index, p, "passages") },
  };
}

function readIndexData(index: SerializedLunrIndex | undefined, count: number, name: string): IndexData {
  if (!index || !Array.isArray(index.fields) || typeof index.terms !== "string" || !Array.isArray(index.postings) || !Array.isArray(index.lengths)) {
    throw new Error(`has no ${name}.index`);
  }
  const fields = index.fields.length;
  if (index.count !== count || index.postings.length !== fields || index.lengths.length !== fields || index.boosts?.length !== fields) {
    throw new Error(`has a ${name}.index that does not fit its table`);
  }
  if (!Array.isArray(index.pipeline) || !Array.isArray(index.searchPipeline)) throw new Error(`has no ${name}.index pipeline`);
  const terms = index.terms === "" ? [] : index.terms.split(" ");
  for (let t = 1; t < terms.length; t++) if (!(terms[t - 1]! < terms[t]!)) throw new Error(`has ${name}.index terms out of order`);
  try {
    const postings = index.postings.map((field) => {
      const df = decodeIntegers(field.df);
      const sizes = decodeIntegers(field.sizes);
      const bytes = fromBase64(field.bytes);
      if (df.length !== terms.length || sizes.length !== terms.length) throw new Error("postings for another number of terms");
      const offsets = new Uint32Array(terms.length + 1);
      sizes.forEach((size, t) => (offsets[t + 1] = offsets[t]! + size));
      if (offsets[terms.length] !== bytes.length) throw new Error("postings of another length");
      if (df.some((documents) => documents > count)) throw new Error("a term in more documents than there are");
      // Each list is checked as a query first reads it (readPostings).
      return { df, offsets, bytes };
    });
    const lengths = index.lengths.map((text) => decodeIntegers(text));
    if (lengths.some((values) => values.length !== count)) throw new Error("field lengths for another number of documents");
    return { fields: index.fields, boosts: index.boosts, pipeline: index.pipeline, searchPipeline: index.searchPipeline, count, terms, postings, lengths };
  } catch (error) {
    throw new Error(`has a bad ${name}.index (${(error as Error).message})`, { cause: error });
  }
}
