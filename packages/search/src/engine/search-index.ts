/**
 * Search index
 * ============
 *
 * Two lunr indexes over one graph: a small entity index (names and context of the graph's nodes), searched with
 * prefixes and typo tolerance, and a passage index (the documents cut into passages), searched for the query's
 * stemmed words plus the names the entity search corrected them to. Entity hits rank first. Filters are applied to
 * the matches from tables kept beside the indexes, not as indexed fields, so they cost nothing at build time. The
 * queries are lunr's (parser, clauses, scores), run by `CompactIndex` on the compact postings.
 */
import lunr from "lunr";
import { SamverkanError, pageAt, type DocumentRecord } from "@samverkan/core";
import { makeSnippet } from "../text/make-snippet";
import { splitCompound } from "../text/split-compound";
import { overlapsRange } from "../text/dates";
import { foldDiacritics } from "../pipeline/fold-diacritics";
import { swedishLunr } from "../pipeline/swedish";
import { resolveSearchOptions, type ResolvedSearchOptions, type SearchOptions } from "../options";
import type { EntityHit, PassageHit, SearchResult, SerializedSearchIndex, Snippet } from "../types";
import { CompactIndex, typoDistance, type Clause, type PostingsSource, type QueryResult } from "./compact-index";
import { readSearchIndex, serializeSearchIndex, type SearchIndexData } from "./index-format";
import { jsonPieces } from "./json-pieces";
import { parseQuery, type ParsedClause } from "./parse-query";

/**
 * Version of the `index.json` format this library writes and reads. 3: the options hold the passage sizes, so an
 * update cuts new documents as the first build did. 2: postings, field lengths and passage tables as base64 varints,
 * terms as one string (1: JSON arrays of numbers).
 */
export const SEARCH_INDEX_VERSION = 3;

/** Fields of the entity index and their boosts. */
export const ENTITY_FIELDS = [
  { name: "name", boost: 3 },
  { name: "context", boost: 1 },
];
/** Fields of the passage index. */
export const PASSAGE_FIELDS = [{ name: "text", boost: 1 }];
const ENTITY_FIELD_NAMES = ENTITY_FIELDS.map((field) => field.name);
const QUERY_FIELDS = [...ENTITY_FIELD_NAMES, "text"];

// Relative weights of the clauses one query word becomes in the entity index.
const EXACT_BOOST = 3;
const PREFIX_BOOST = 1.5;
const FUZZY_BOOST = 1;
// Names corrected by the entity search and searched for in passages: from this many entity hits, at most this many,
// and none in more than this share of the passages (a typo can land on a common word: `andnor` → `andra`).
const EXPANSION_HITS = 3;
const MAX_EXPANSIONS = 4;
const MAX_EXPANSION_SHARE = 0.01;
const EXPANSION_BOOST = 0.5;
const COMPOUND_PART_BOOST = 0.5;

// Words whose snippet keys are kept (see wordKeys).
const KEYS_CACHE_LIMIT = 100_000;

type Facet = "municipality" | "organisation" | "party";
const FACETS: Facet[] = ["municipality", "organisation", "party"];

/** Options of `SearchIndex.load`. */
export interface LoadOptions {
  /** The documents the index was built from (from `loadGraph`), for snippets. */
  documents?: readonly DocumentRecord[];
  /** Name of the file the index came from, used in error messages. */
  source?: string;
}

/**
 * A searchable index of a graph's entities and its documents' passages. Build one with `buildSearchIndex` or a
 * `SearchIndexBuilder`; save it with `toJSON()` and read it back with `SearchIndex.load`.
 *
 * @example
 * const index = buildSearchIndex(graph, documents);
 * const { hits } = index.search("Östlin", { kind: "person" });
 * writeFileSync("index.json", JSON.stringify(index));
 * const loaded = SearchIndex.load(readFileSync("index.json", "utf8"), { documents });
 */
export class SearchIndex {
  private readonly data: SearchIndexData;
  private readonly source: string;
  private serialized?: SerializedSearchIndex;
  private readonly entities: CompactIndex;
  private readonly passages: CompactIndex;
  private readonly positions = new Map<string, number>();
  private names?: Map<string, number[]>;
  private readonly keysCache = new Map<string, readonly string[]>();
  private texts?: Map<string, string>;
  /** Where the pages of paged documents (PDF) start, so passage hits tell their page. */
  private pages?: Map<string, readonly number[]>;

  /**
   * Use `buildSearchIndex`, `SearchIndexBuilder`, `updateSearchIndexLive` or `SearchIndex.load`; this wraps checked
   * data. `segments`, when given, are what queries read instead of `data.passages.index` and `data.entities.index`
   * (a live index's segments).
   */
  constructor(
    data: SearchIndexData,
    documents?: readonly DocumentRecord[],
    source?: string,
    segments: { passages?: PostingsSource; entities?: PostingsSource } = {},
  ) {
    swedishLunr();
    this.data = data;
    this.source = source ?? "index";
    this.entities = new CompactIndex(segments.entities ?? data.entities.index, source);
    this.passages = new CompactIndex(segments.passages ?? data.passages.index, source);
    data.entities.ids.forEach((id, position) => this.positions.set(id, position));
    if (documents) this.attachDocuments(documents);
  }

  /**
   * Reads an index saved with `toJSON()` (the object or its JSON text). Throws `BAD_INDEX` for anything that is not
   * a samverkan index and `INDEX_VERSION` for an index of another format version.
   */
  static load(input: SerializedSearchIndex | string, options: LoadOptions = {}): SearchIndex {
    const source = options.source ?? "index";
    const fail = (message: string, cause?: unknown): never => {
      throw new SamverkanError("BAD_INDEX", `samverkan/SearchIndex.load: ${source} ${message}`, { file: source, cause });
    };
    let data: unknown = input;
    if (typeof input === "string") {
      try {
        data = JSON.parse(input);
      } catch (error) {
        fail(`is not valid JSON (${(error as Error).message})`, error);
      }
    }
    const record = data as Partial<SerializedSearchIndex> | null;
    if (!record || typeof record !== "object" || record.format !== "samverkan-search") {
      fail(`is not a samverkan search index (no "format": "samverkan-search")`);
    }
    if (record!.version !== SEARCH_INDEX_VERSION) {
      throw new SamverkanError(
        "INDEX_VERSION",
        `samverkan/SearchIndex.load: ${source} has format version ${String(record!.version)}, this library reads version ${SEARCH_INDEX_VERSION}; rebuild the index`,
        { file: source },
      );
    }
    let checked: SearchIndexData;
    try {
      checked = readSearchIndex(record as SerializedSearchIndex);
    } catch (error) {
      return fail((error as Error).message, error);
    }
    try {
      return new SearchIndex(checked, options.documents, source);
    } catch (error) {
      if (error instanceof SamverkanError) throw error;
      return fail(`cannot be loaded (${(error as Error).message})`, error);
    }
  }

  /** Numbers of entities, passages and documents indexed. */
  get size(): { entities: number; passages: number; documents: number } {
    const { entities, passages, documents } = this.data;
    return { entities: entities.ids.length, passages: passages.doc.length, documents: documents.length };
  }

  /** Gives the index the documents' texts (by reference) so passage hits get snippets, and pages where they have them. */
  attachDocuments(documents: Iterable<Pick<DocumentRecord, "id" | "text" | "pages">>): void {
    this.texts ??= new Map();
    for (const document of documents) {
      this.texts.set(document.id, document.text);
      if (document.pages) (this.pages ??= new Map()).set(document.id, document.pages);
    }
  }

  /**
   * The serializable form: `JSON.stringify(index)` writes `index.json`. Made on the first call and kept; the returned
   * object is shared, do not modify it.
   */
  toJSON(): SerializedSearchIndex {
    return (this.serialized ??= serializeSearchIndex(this.data, "samverkan-search", SEARCH_INDEX_VERSION));
  }

  /**
   * `JSON.stringify(index)` in pieces whose concatenation is the same text, for a writer that takes pieces
   * (`writeGraphFiles`' `index`): the long strings of the index go out as they are, and no string holds all of it.
   */
  toJSONPieces(): Iterable<string> {
    return jsonPieces(this);
  }

  /**
   * Searches entities and passages. An empty query finds nothing; a query lunr cannot parse, or one over
   * `QUERY_LIMITS` (256 characters, 12 words), throws a `QuerySyntaxError` (`BAD_QUERY`) with the offending offsets;
   * an unknown filter entity throws `UNKNOWN_ENTITY`. Lunr syntax works: `+must`, `-not`, `name:` / `context:` /
   * `text:`, `prefix*`, `word~1` (at most 1 typo from 4 letters, 2 from 5), `word^2`.
   */
  search(query: string, options?: SearchOptions): SearchResult {
    const resolved = resolveSearchOptions(options);
    const result: SearchResult = { hits: [], total: { entities: 0, passages: 0 } };
    if (query.trim() === "") return result;
    const clauses = parseQuery(query, QUERY_FIELDS);
    const filter = this.createFilter(resolved);
    const kinds = resolved.kinds;
    const capped: string[] = [];

    const entityHits: EntityHit[] = [];
    if (!kinds || [...kinds].some((kind) => kind !== "passage")) {
      const { ids, kinds: entityKinds, labels } = this.data.entities;
      const found = run(this.entities, this.entityClauses(clauses, resolved));
      capped.push(...found.capped);
      const { matches, total } = found.top(resolved.limit, filter.entity);
      result.total.entities = total;
      for (const { ref: entity, score } of matches) {
        const terms = found.termsOf(entity);
        entityHits.push({ type: "entity", id: ids[entity]!, kind: entityKinds[entity] as EntityHit["kind"], label: labels[entity]!, score, terms });
      }
    }

    const passageHits: PassageHit[] = [];
    if (!kinds || kinds.has("passage")) {
      const expansions = this.expansions(clauses, entityHits);
      const found = run(this.passages, this.passageClauses(clauses, expansions));
      capped.push(...found.capped);
      const { matches, total } = found.top(resolved.limit, filter.passage);
      result.total.passages = total;
      // Passages matched by the same terms share what is known of their words.
      const matchers = new Map<string, (word: string) => boolean>();
      for (const { ref: passage, score } of matches) {
        const terms = found.termsOf(passage);
        const key = terms.join(" ");
        let isMatch = matchers.get(key);
        if (!isMatch) matchers.set(key, (isMatch = this.wordMatcher(terms)));
        passageHits.push(this.passageHit(passage, score, terms, isMatch, resolved));
      }
    }
    result.hits = [...entityHits, ...passageHits];
    if (capped.length > 0) result.capped = [...new Set(capped)];
    return result;
  }

  /** The entity index's clauses: each plain word exactly, as a prefix and with typos. */
  private entityClauses(clauses: ParsedClause[], options: ResolvedSearchOptions): Clause[] {
    const optional = lunr.Query.presence.OPTIONAL;
    const out: Clause[] = [];
    clauses.forEach((clause, i) => {
      const fields = clause.fields.filter((field) => ENTITY_FIELD_NAMES.includes(field));
      if (fields.length === 0) return;
      const base = { ...clause, fields };
      if (!clause.usePipeline) {
        out.push({ ...base, term: foldDiacritics(clause.term) });
        return;
      }
      if (clause.presence !== optional || clause.editDistance !== undefined) {
        out.push(base);
        return;
      }
      out.push({ ...base, boost: clause.boost * EXACT_BOOST });
      const bare = foldDiacritics(clause.term.replace(/[^\p{L}\p{N}]+/gu, ""));
      // As you type, only the last word is unfinished; earlier words get a prefix match only when long.
      if (options.prefix && bare.length >= (i === clauses.length - 1 ? 2 : 4)) {
        out.push({ ...base, term: `${bare}*`, usePipeline: false, boost: clause.boost * PREFIX_BOOST });
      }
      const editDistance = typoDistance(bare.length);
      if (options.fuzzy && editDistance > 0) {
        out.push({ ...base, term: bare, usePipeline: false, editDistance, boost: clause.boost * FUZZY_BOOST });
      }
    });
    return out;
  }

  /**
   * When a typed word is in no passage (a typo or an unfinished word), the names the best entity hits matched it
   * with, to look for in passages instead: `Gerdo` → `gerdau`.
   */
  private expansions(clauses: ParsedClause[], hits: EntityHit[]): string[] {
    const typed = new Set<string>();
    for (const clause of clauses) for (const term of this.entities.terms(clause.term)) typed.add(term);
    if ([...typed].every((term) => this.passages.has(term))) return [];
    const maxDocuments = Math.max(100, MAX_EXPANSION_SHARE * this.data.passages.doc.length);
    const found: string[] = [];
    for (const hit of hits.slice(0, EXPANSION_HITS)) {
      for (const term of hit.terms) {
        if (typed.has(term) || found.includes(term) || found.length >= MAX_EXPANSIONS) continue;
        if (this.passages.documentCount(term) <= maxDocuments) found.push(term);
      }
    }
    return found;
  }

  /** The passage index's clauses: the words, unknown compounds by their known parts, and the corrected names. */
  private passageClauses(clauses: ParsedClause[], expansions: string[]): Clause[] {
    const optional = lunr.Query.presence.OPTIONAL;
    const isKnown = (part: string) => this.passages.has(part);
    const out: Clause[] = [];
    for (const clause of clauses) {
      if (!clause.fields.includes("text")) continue;
      const base = { ...clause, fields: ["text"] };
      if (!clause.usePipeline) {
        out.push({ ...base, term: foldDiacritics(clause.term) });
        continue;
      }
      out.push(base);
      // A compound the passages never contain is looked for by its known parts (`skolregionen` → skol, region).
      if (this.data.options.compounds && clause.presence === optional && clause.editDistance === undefined) {
        for (const term of this.passages.terms(clause.term)) {
          if (isKnown(term)) continue;
          for (const part of splitCompound(term, isKnown)) {
            out.push({ ...base, term: part, usePipeline: false, boost: clause.boost * COMPOUND_PART_BOOST });
          }
        }
      }
    }
    // A query whose words are all for other fields (`name:Gerdo`) gets no passages.
    if (out.length === 0) return out;
    for (const term of expansions) out.push({ term, fields: ["text"], usePipeline: false, boost: EXPANSION_BOOST, presence: optional });
    return out;
  }

  private passageHit(passage: number, score: number, terms: string[], isMatch: (word: string) => boolean, options: ResolvedSearchOptions): PassageHit {
    const { passages, documents, entities } = this.data;
    const [doc, date] = documents[passages.doc[passage]!]!;
    const start = passages.start[passage]!;
    const end = passages.end[passage]!;
    const mentioned: string[] = [];
    for (let i = passages.mentionStarts[passage]!; i < passages.mentionStarts[passage + 1]!; i++) mentioned.push(entities.ids[passages.mentions[i]!]!);
    const hit: PassageHit = { type: "passage", doc, start, end, score, terms, entities: mentioned };
    if (date) hit.date = date;
    const pages = this.pages?.get(doc);
    if (pages) hit.page = pageAt(pages, start);
    const text = this.texts?.get(doc);
    if (text !== undefined) {
      // Cut when first read, as the CLI does for each hit it prints: ten snippets took 60 % of a query, and a caller
      // that shows some hits only (the viewer's suggestions) should not pay for the others.
      const snippetLength = options.snippetLength;
      let snippet: Snippet | undefined;
      Object.defineProperty(hit, "snippet", {
        enumerable: true,
        get: () => (snippet ??= makeSnippet(text, { start, end }, isMatch, snippetLength)),
        set: (value: Snippet) => (snippet = value),
      });
    }
    return hit;
  }

  /**
   * Whether a word of passage text is one of `terms`, directly or as a part of a compound. Answers are kept for the
   * query's other snippets: the same words recur from passage to passage.
   */
  private wordMatcher(terms: string[]): (word: string) => boolean {
    const matched = new Set(terms);
    return (word) => this.wordKeys(word).some((key) => matched.has(key));
  }

  /**
   * The passage terms of a word and, with compounds, their known parts: what a word of a snippet is matched by. Kept
   * per word (snippets ask for every word of every hit) up to a bound.
   */
  private wordKeys(word: string): readonly string[] {
    let keys = this.keysCache.get(word);
    if (!keys) {
      const terms = this.passages.terms(word);
      const isKnown = (part: string) => this.passages.has(part);
      keys = this.data.options.compounds ? [...new Set(terms.flatMap((term) => [term, ...splitCompound(term, isKnown)]))] : terms;
      if (this.keysCache.size >= KEYS_CACHE_LIMIT) this.keysCache.clear();
      this.keysCache.set(word, keys);
    }
    return keys;
  }

  private createFilter(options: ResolvedSearchOptions): {
    entity?: (entity: number) => boolean;
    passage?: (passage: number) => boolean;
  } {
    const { entities, passages, documents } = this.data;
    const allowed: Set<number>[] = [];
    for (const facet of FACETS) {
      const values = options[facet];
      if (!values) continue;
      const targets = new Set(values.flatMap((value) => this.resolveEntity(value, facet)));
      const members = new Set<number>();
      entities[facet].forEach((of, entity) => {
        if (of.some((target) => targets.has(target))) members.add(entity);
      });
      allowed.push(members);
    }
    const { kinds, from, to } = options;
    const dated = from !== undefined || to !== undefined;
    // No filter: every match passes, and the matches are not looked at one by one.
    if (!kinds && allowed.length === 0 && !dated) return {};
    return {
      entity: (entity) => {
        if (kinds && !kinds.has(entities.kinds[entity] as EntityHit["kind"])) return false;
        if (!allowed.every((members) => members.has(entity))) return false;
        if (!dated) return true;
        const span = entities.dates[entity]!;
        return span.length === 2 && overlapsRange(span[0]!, span[1]!, from, to);
      },
      passage: (passage) => {
        if (allowed.length > 0) {
          const mentions = passages.mentions.subarray(passages.mentionStarts[passage], passages.mentionStarts[passage + 1]);
          if (!allowed.every((members) => mentions.some((entity) => members.has(entity)))) return false;
        }
        if (!dated) return true;
        const date = documents[passages.doc[passage]!]![1];
        return date !== "" && overlapsRange(date, date, from, to);
      },
    };
  }

  /** Positions of the entities a filter value names: a node id, or a name of an entity of that facet's kind. */
  private resolveEntity(value: string, facet: Facet): number[] {
    const { entities } = this.data;
    const byId = this.positions.get(value);
    if (byId !== undefined) return [byId];
    if (!this.names) {
      this.names = new Map();
      entities.labels.forEach((label, entity) => {
        for (const name of [label, ...entities.aliases[entity]!]) {
          const key = nameKey(name);
          const list = this.names!.get(key) ?? [];
          list.push(entity);
          this.names!.set(key, list);
        }
      });
    }
    const found = (this.names.get(nameKey(value)) ?? []).filter((entity) => entities.kinds[entity] === facet);
    if (found.length === 0) {
      throw new SamverkanError("UNKNOWN_ENTITY", `samverkan/search: no ${facet} "${value}" in the index (give its id or name)`);
    }
    return found;
  }
}

/**
 * What `updateSearchIndex` reads of an index: its data, the texts attached to it and the file it came from. Not part
 * of the package's API.
 */
export function indexInternals(index: SearchIndex): {
  data: SearchIndexData;
  source: string;
  documentOf: (id: string) => Pick<DocumentRecord, "id" | "text" | "pages"> | undefined;
} {
  // Element access reaches private members, which the class keeps out of its public type.
  const texts = index["texts"];
  const pages = index["pages"];
  return {
    data: index["data"],
    source: index["source"],
    documentOf: (id) => {
      const text = texts?.get(id);
      if (text === undefined) return undefined;
      const found = pages?.get(id);
      return found ? { id, text, pages: [...found] } : { id, text };
    },
  };
}

/** Runs a query's clauses on one index; none (a query with no word for this index's fields) finds nothing. */
function run(index: CompactIndex, clauses: Clause[]): QueryResult {
  return clauses.length === 0 ? { top: () => ({ matches: [], total: 0 }), termsOf: () => [], capped: [] } : index.query(clauses);
}

function nameKey(name: string): string {
  return foldDiacritics(name.trim().toLowerCase()).replace(/\s+/g, " ");
}
