/**
 * Options
 * =======
 *
 * Build and search options: each an interface, a DEFAULT_* constant and a resolve* function that fills in defaults
 * and rejects bad values with `BAD_OPTION`.
 */
import { SamverkanError } from "@samverkan/core";
import type { SearchKind } from "./types";

/** Options for building an index. */
export interface BuildOptions {
  /** Characters a passage aims at; passages end at a line end once they reach it. Default 600. */
  passageSize?: number;
  /** Longest passage; longer lines are cut at a sentence end. Default 1200. */
  maxPassageSize?: number;
  /**
   * Index compounds also under their known parts (`gymnasieregionen` under `region`), known meaning present in the
   * index's own vocabulary. Default true.
   */
  compounds?: boolean;
  /**
   * Keep a reference to each document's text for snippets (the text is not copied). Turn off when streaming a
   * corpus too large to hold, and pass the documents to `attachDocuments` later if snippets are wanted. Default true.
   */
  keepText?: boolean;
  /**
   * Keep with the index what `updateSearchIndexLive` would otherwise work out again at its first update: the graph's
   * entity table, the text its entity index was counted from and the compound splits the build counted by (about
   * 11 MB more on the 39.5 MB benchmark corpus, whose first live update they make 0.3–0.5 CPU-s cheaper). For a process that keeps its index and updates it
   * (`samverkan serve --watch`). Default false.
   */
  forLiveUpdates?: boolean;
}

/** Defaults of `BuildOptions`. */
export const DEFAULT_BUILD_OPTIONS: Required<BuildOptions> = {
  passageSize: 600,
  maxPassageSize: 1200,
  compounds: true,
  keepText: true,
  forLiveUpdates: false,
};

/** Options for one search. */
export interface SearchOptions {
  /** Most hits of each type: at most `limit` entity hits, then at most `limit` passage hits. Default 10. */
  limit?: number;
  /** Only these kinds of hit; `passage` stands for passage hits. Default: all. */
  kind?: SearchKind | SearchKind[];
  /**
   * Only entities of these municipalities (id or name), and passages mentioning such an entity. An entity belongs
   * to a municipality it is, represents or holds a role in.
   */
  municipality?: string | string[];
  /** As `municipality`, for organisations an entity is, holds a role in, is a member of or is organised by. */
  organisation?: string | string[];
  /** As `municipality`, for parties an entity is or is a member of. */
  party?: string | string[];
  /**
   * Earliest date, ISO 8601 (`2019`, `2019-04`, `2019-04-11`). Passages keep their document's date; entities the
   * span of the dates they are evidenced at. Items without a date are left out when a date range is given.
   */
  from?: string;
  /** Latest date, ISO 8601, inclusive (`2019` means up to 2019-12-31). */
  to?: string;
  /** Match the last word of the query as a prefix of entity names (search as you type). Default true. */
  prefix?: boolean;
  /** Tolerate typos in entity names: edit distance 1 for words of 4 letters, 2 from 5 letters. Default true. */
  fuzzy?: boolean;
  /** Characters of passage text around the matched words in a snippet. Default 160. */
  snippetLength?: number;
}

/** Defaults of `SearchOptions` that have one. */
export const DEFAULT_SEARCH_OPTIONS = {
  limit: 10,
  prefix: true,
  fuzzy: true,
  snippetLength: 160,
} as const;

/** Search options with defaults filled in and lists normalised. */
export interface ResolvedSearchOptions {
  limit: number;
  kinds?: Set<SearchKind>;
  municipality?: string[];
  organisation?: string[];
  party?: string[];
  from?: string;
  to?: string;
  prefix: boolean;
  fuzzy: boolean;
  snippetLength: number;
}

const KINDS: readonly SearchKind[] = ["person", "organisation", "municipality", "party", "meeting", "topic", "document", "passage"];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Fills in build defaults; throws `BAD_OPTION` on a bad value. */
export function resolveBuildOptions(options: BuildOptions = {}): Required<BuildOptions> {
  const resolved = { ...DEFAULT_BUILD_OPTIONS, ...stripUndefined(options) };
  const problem = validateBuildOptions(resolved);
  if (problem) throw new SamverkanError("BAD_OPTION", `samverkan/buildSearchIndex: ${problem.message}`);
  return resolved;
}

function validateBuildOptions(options: Required<BuildOptions>): { message: string } | undefined {
  if (!Number.isInteger(options.passageSize) || options.passageSize < 50) {
    return { message: `passageSize must be an integer of at least 50, got ${String(options.passageSize)}` };
  }
  if (!Number.isInteger(options.maxPassageSize) || options.maxPassageSize < options.passageSize) {
    return { message: `maxPassageSize must be an integer >= passageSize, got ${String(options.maxPassageSize)}` };
  }
  return undefined;
}

/** Fills in search defaults and normalises lists; throws `BAD_OPTION` on a bad value. */
export function resolveSearchOptions(options: SearchOptions = {}): ResolvedSearchOptions {
  const fail = (message: string): never => {
    throw new SamverkanError("BAD_OPTION", `samverkan/search: ${message}`);
  };
  const limit = options.limit ?? DEFAULT_SEARCH_OPTIONS.limit;
  if (!Number.isInteger(limit) || limit < 0) fail(`limit must be a non-negative integer, got ${String(limit)}`);
  const snippetLength = options.snippetLength ?? DEFAULT_SEARCH_OPTIONS.snippetLength;
  if (!Number.isInteger(snippetLength) || snippetLength < 20) {
    fail(`snippetLength must be an integer of at least 20, got ${String(snippetLength)}`);
  }
  let kinds: Set<SearchKind> | undefined;
  if (options.kind !== undefined) {
    const list = toList(options.kind) as SearchKind[];
    for (const kind of list) if (!KINDS.includes(kind)) fail(`unknown kind "${kind}" (one of ${KINDS.join(", ")})`);
    kinds = new Set(list);
  }
  for (const key of ["from", "to"] as const) {
    const value = options[key];
    if (value !== undefined && !ISO_DATE.test(value)) fail(`${key} must be an ISO date (2019, 2019-04, 2019-04-11), got "${value}"`);
  }
  return {
    limit,
    kinds,
    municipality: options.municipality === undefined ? undefined : toList(options.municipality),
    organisation: options.organisation === undefined ? undefined : toList(options.organisation),
    party: options.party === undefined ? undefined : toList(options.party),
    from: options.from,
    to: options.to,
    prefix: options.prefix ?? DEFAULT_SEARCH_OPTIONS.prefix,
    fuzzy: options.fuzzy ?? DEFAULT_SEARCH_OPTIONS.fuzzy,
    snippetLength,
  };
}

function toList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
