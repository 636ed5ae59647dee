/**
 * Types
 * =====
 *
 * The public shapes of `@samverkan/search`: hits, snippets, the serialized index and the facets a search filters on.
 */
import type { NodeKind } from "@samverkan/core";

/** What a hit is: a graph entity or a passage of a document. */
export type HitType = "entity" | "passage";

/** Kinds a search can be limited to: the node kinds, plus `passage` for passage hits. */
export type SearchKind = NodeKind | "passage";

/** A span of characters in a document's text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** An excerpt of a passage around its matched words. All offsets point into the document's text. */
export interface Snippet extends Span {
  /** `text.slice(start, end)` of the document. */
  text: string;
  /** Where the matched words are, in document offsets, in order. */
  highlights: Span[];
}

/** A graph node whose name, aliases or context matched. */
export interface EntityHit {
  type: "entity";
  /** Node id in the graph. */
  id: string;
  kind: NodeKind;
  label: string;
  score: number;
  /** Index terms that matched (stemmed, folded), for explaining the hit. */
  terms: string[];
}

/** A passage of a document whose text matched. */
export interface PassageHit extends Span {
  type: "passage";
  /** Document id (`DocumentRecord.id`); `start`/`end` are offsets into its text. */
  doc: string;
  /** Document date, when known. */
  date?: string;
  /** Page of a paged document (PDF) the passage starts on; known when the index has the documents. */
  page?: number;
  score: number;
  terms: string[];
  /** Ids of the graph nodes whose evidence lies in the passage, so a hit can jump to them. */
  entities: string[];
  /**
   * Absent when the index was loaded without the documents. Cut from the text when first read (and kept), so a hit
   * that is not shown costs nothing for it; `JSON.stringify` of a hit reads it.
   */
  snippet?: Snippet;
}

/** One search hit. */
export type SearchHit = EntityHit | PassageHit;

/** What `SearchIndex.search` returns. */
export interface SearchResult {
  /** Entity hits first (best first), then passage hits (best first). */
  hits: SearchHit[];
  /** Matches before `limit` was applied, after filters. */
  total: { entities: number; passages: number };
  /**
   * Present when some wildcard or fuzzy words were searched by only some of the index terms they match, to keep the
   * query within `QUERY_LIMITS.postings`: those words, as the query's clauses have them.
   */
  capped?: string[];
}

/**
 * One compact index as `index.json` stores it: terms, postings and field lengths, the long runs of integers as base64
 * of LEB128 varints (see `encodeIntegers`); lunr's vectors are recomputed by queries.
 */
export interface SerializedLunrIndex {
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
  /** All terms, sorted by UTF-16 code units, joined by single spaces (a term holds no white space). */
  terms: string;
  /**
   * Per field: `df`, the number of documents of each term; `sizes`, the byte length of each term's list; `bytes`, the
   * lists one after the other, each document a varint `gap * 8 + tf` (gap = document number minus the previous
   * one, the first counted from 0) when tf < 8, else `gap * 8` followed by a varint of tf. Each base64.
   */
  postings: { df: string; sizes: string; bytes: string }[];
  /** Per field, the number of terms in each document's field (varints in base64). */
  lengths: string[];
}

/** `index.json`: the entity index, the passage index and the tables their hits point into. */
export interface SerializedSearchIndex {
  format: "samverkan-search";
  version: number;
  /** Build options the search side needs to know, and the passage sizes `updateSearchIndex` cuts new documents by. */
  options: { compounds: boolean; passageSize: number; maxPassageSize: number };
  /** Documents: `[id, date]` (`date` is "" when unknown); passages refer to them by position. */
  documents: [string, string][];
  entities: {
    ids: string[];
    kinds: string[];
    labels: string[];
    /** Other names of municipalities, organisations and parties (for filters by name); `[]` for other kinds. */
    aliases: string[][];
    /** Per entity, positions (in `ids`) of its municipalities, organisations and parties; itself included. */
    municipality: number[][];
    organisation: number[][];
    party: number[][];
    /** Per entity, `[first, last]` date it is evidenced at, or `[]`. */
    dates: string[][];
    index: SerializedLunrIndex;
  };
  /** Per passage, as varints in base64 (`count` of each, except `mentions`). */
  passages: {
    count: number;
    /** Position of its document in `documents`, as the difference from the previous passage's. */
    doc: string;
    /** Offsets in its document's text: the start, and the length (end − start). */
    start: string;
    length: string;
    /** How many entities have evidence in it, and their positions in `entities.ids`, passage after passage. */
    mentionCounts: string;
    mentions: string;
    index: SerializedLunrIndex;
  };
}
