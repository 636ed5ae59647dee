/**
 * Search index builder
 * ====================
 *
 * Builds a `SearchIndex` one document at a time: each document is cut into passages (offsets, no copies), its words
 * mapped to term numbers (the Swedish pipeline runs once per distinct word) and counted into compact postings, and the
 * document can be dropped before the next is read. The entities come from the graph, which is read once up front.
 * Time is linear in the corpus: nothing is merged or sorted per document or per term, except the vocabulary.
 */
import type lunr from "lunr";
import { SamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { resolveBuildOptions, type BuildOptions } from "../options";
import { ENTITY_PIPELINE, loadPipeline, PASSAGE_PIPELINE, runPipeline, swedishLunr } from "../pipeline/swedish";
import { cutPassages } from "../text/cut-passages";
import { collectEntities, entityDates, type EntityTable } from "./collect-entities";
import type { PassageTable, SearchIndexData } from "./index-format";
import { mergePostings } from "./merge-postings";
import type { PostingsSource } from "./compact-index";
import { PostingsBuilder, type IndexData, type Vocabulary } from "./postings-builder";
import { WordTerms, type TermSource } from "./word-terms";
import { ENTITY_FIELDS, PASSAGE_FIELDS, SearchIndex } from "./search-index";

/** Distinct words whose term numbers the builder keeps at a time (see `wordTerms`). */
const WORD_CACHE_LIMIT = 500_000;

/**
 * Builds a search index incrementally, for corpora read as a stream.
 *
 * @example
 * const builder = new SearchIndexBuilder(graph);
 * for await (const document of readDocumentsOneByOne(paths)) builder.addDocument(document);
 * const index = builder.build();
 */
export class SearchIndexBuilder {
  private readonly assembler: IndexAssembler;
  private built = false;

  constructor(graph: KnowledgeGraph, options?: BuildOptions) {
    this.assembler = new IndexAssembler(graph, resolveBuildOptions(options));
  }

  /** Cuts a document into passages and indexes them. Throws `BAD_OPTION` for a document id seen before. */
  addDocument(document: DocumentRecord): void {
    if (this.built) throw new SamverkanError("BAD_OPTION", "samverkan/SearchIndexBuilder.addDocument: build() was already called");
    if (this.assembler.has(document.id)) {
      throw new SamverkanError("BAD_OPTION", `samverkan/SearchIndexBuilder.addDocument: document "${document.id}" was added twice`);
    }
    this.assembler.addDocument(document);
  }

  /** Finishes the index. The builder cannot be used afterwards. */
  build(): SearchIndex {
    if (this.built) throw new SamverkanError("BAD_OPTION", "samverkan/SearchIndexBuilder.build: build() was already called");
    this.built = true;
    return this.assembler.finish();
  }
}

/**
 * What `SearchIndexBuilder` and `updateSearchIndex` share: documents in, by their text (cut and tokenised) or as
 * placeholders for the passages of an earlier index, whose lists `finish` merges in; the index out. Entities, mentions and compounds are worked out from the graph
 * and the final vocabulary at the end, so both ways give the same index for the same documents.
 */
export class IndexAssembler {
  private readonly options: Required<BuildOptions>;
  private readonly entities: EntityTable;
  private readonly postings = new PostingsBuilder(PASSAGE_FIELDS);
  // Word → its term numbers in `postings`, so the pipeline runs once per distinct word.
  private readonly wordTerms: WordTerms;
  private readonly documents: [string, string][] = [];
  private readonly documentIds = new Set<string>();
  private readonly passageDocs: number[] = [];
  private readonly passageStarts: number[] = [];
  private readonly passageEnds: number[] = [];
  private readonly mentionStarts: number[] = [0];
  private readonly mentions: number[] = [];
  private readonly texts: Pick<DocumentRecord, "id" | "text" | "pages">[] = [];

  /** `entities`: the graph's, when the caller has them (a live update reads only the nodes that changed). */
  constructor(graph: KnowledgeGraph, options: Required<BuildOptions>, entities?: EntityTable) {
    this.options = options;
    swedishLunr();
    this.entities = entities ?? collectEntities(graph);
    const pipeline = loadPipeline(PASSAGE_PIPELINE);
    this.wordTerms = new WordTerms(new PipelineTerms(pipeline, this.postings), WORD_CACHE_LIMIT);
  }

  /** The graph's entities, as the index will number them. */
  get entityTable(): EntityTable {
    return this.entities;
  }

  /** Whether a document of this id was added. */
  has(id: string): boolean {
    return this.documentIds.has(id);
  }

  /** Cuts a document into passages and counts their words. */
  addDocument(document: DocumentRecord): void {
    const { text } = document;
    const { postings, wordTerms } = this;
    const passages = cutPassages(text, this.options.passageSize, this.options.maxPassageSize);
    for (const passage of passages) {
      wordTerms.countWords(text, passage.start, passage.end, postings);
      postings.endDocument();
    }
    const starts = passages.map((passage) => passage.start);
    this.addPassages(
      document.id,
      document.date ?? "",
      starts,
      passages.map((passage) => passage.end),
      0,
      passages.length,
    );
    if (this.options.keepText) this.texts.push(document);
  }

  /**
   * Adds a document an earlier index holds: its passages are `previous`'s from `from` to `to` (offsets, and numbers of
   * terms in `lengths`); their postings are merged in by `finish`. Returns the new number of its first passage.
   */
  addKept(id: string, date: string, previous: Pick<PassageTable, "start" | "end">, lengths: ArrayLike<number>, from: number, to: number): number {
    const first = this.passageDocs.length;
    for (let p = from; p < to; p++) this.postings.skip(lengths[p]!);
    this.addPassages(id, date, previous.start, previous.end, from, to);
    return first;
  }

  /** Gives the index being built the text of a document added by `addKept`, for snippets. */
  keepText(document: Pick<DocumentRecord, "id" | "text" | "pages">): void {
    this.texts.push(document);
  }

  /**
   * The passage table's rows of a document whose passages were just counted (`starts[p]`, `ends[p]` for p from `from`
   * to `to`), with the entities each mentions.
   */
  private addPassages(id: string, date: string, starts: ArrayLike<number>, ends: ArrayLike<number>, from: number, to: number): void {
    this.documentIds.add(id);
    const docNumber = this.documents.length;
    this.documents.push([id, date]);
    const evidence = this.entities.evidence;
    const d = evidence.docs.get(id);
    let next = d === undefined ? 0 : evidence.offsets[d]!;
    const last = d === undefined ? 0 : evidence.offsets[d + 1]!;
    for (let p = from; p < to; p++) {
      const start = starts[p]!;
      const end = ends[p]!;
      while (next < last && evidence.starts[next]! < start) next++;
      const first = this.mentions.length;
      for (let i = next; i < last && evidence.starts[i]! < end; i++) {
        const entity = evidence.entities[i]!;
        if (this.mentions.indexOf(entity, first) < 0) this.mentions.push(entity);
      }
      this.mentionStarts.push(this.mentions.length);
      this.passageDocs.push(docNumber);
      this.passageStarts.push(start);
      this.passageEnds.push(end);
    }
  }

  /**
   * Finishes the index; the assembler cannot be used afterwards. With `previous`, the passage index (read from
   * `source`) whose passages were added by `addKept` (`renumber[p]`: the new number of its passage p, -1 for one left
   * out) and whose lists are merged in; BAD_INDEX naming `source` when they do not read back.
   */
  finish(previous?: { index: IndexData; renumber: Int32Array; source: string }): SearchIndex {
    const { compounds } = this.options;
    let passageIndex: IndexData;
    if (previous) {
      try {
        passageIndex = mergePostings(previous.index, previous.renumber, this.postings, compounds, this.options.forLiveUpdates);
      } catch (error) {
        throw new SamverkanError("BAD_INDEX", `samverkan/updateSearchIndex: ${previous.source} has ${(error as Error).message}; rebuild it`, {
          file: previous.source,
          cause: error,
        });
      }
    } else {
      if (compounds) this.postings.splitCompounds();
      const vocabulary = this.options.forLiveUpdates ? this.postings.vocabulary() : undefined;
      passageIndex = this.postings.finish(PASSAGE_PIPELINE, PASSAGE_PIPELINE, this.options.forLiveUpdates);
      const index = this.complete(passageIndex);
      // A copy of the word table whose lookup is not this builder's (which would keep its columns alive until the
      // first update): the update hands it over to its own.
      if (vocabulary) WORD_TABLES.set(index, { words: this.wordTerms.handOver(handedOverOnly), vocabulary });
      return index;
    }

    return this.complete(passageIndex);
  }

  /**
   * The index of the documents added, with `passages` as its passage index: postings, or (a live index's) a source of
   * them searched as they are and made into postings only when the index is saved.
   */
  complete(passages: SegmentedIndex, entityIndex?: SegmentedIndex): SearchIndex {
    const { compounds } = this.options;
    const { entities } = this;

    const dateOf = new Map(this.documents);
    const dates = entityDates(entities, (doc) => dateOf.get(doc));

    const { passageSize, maxPassageSize } = this.options;
    const data: SearchIndexData = {
      options: { compounds, passageSize, maxPassageSize },
      documents: this.documents,
      entities: {
        ids: entities.ids,
        kinds: entities.kinds,
        labels: entities.labels,
        aliases: entities.aliases,
        municipality: entities.municipality,
        organisation: entities.organisation,
        party: entities.party,
        dates,
        index: undefined as unknown as IndexData,
      },
      passages: {
        doc: Uint32Array.from(this.passageDocs),
        start: Uint32Array.from(this.passageStarts),
        end: Uint32Array.from(this.passageEnds),
        mentionStarts: Uint32Array.from(this.mentionStarts),
        mentions: Uint32Array.from(this.mentions),
        index: undefined as unknown as IndexData,
      },
    };
    const passageSource = place(data.passages, passages);
    const counted = entityIndex ? undefined : countEntities(entities);
    const entitySource = place(data.entities, entityIndex ?? counted!);
    const index = new SearchIndex(data, undefined, undefined, { passages: passageSource, entities: entitySource });
    if (counted && this.options.forLiveUpdates)
      COUNTED_ENTITIES.set(index, { index: counted, ids: entities.ids, names: entities.names, context: entities.context });
    if (this.options.forLiveUpdates) ENTITY_TABLES.set(index, entities);
    if (this.texts.length > 0) index.attachDocuments(this.texts);
    this.texts.length = 0;
    return index;
  }
}

/** An entity index counted whole, and the text it counted of each entity (see `countedEntities`). */
export interface CountedEntities {
  index: IndexData;
  ids: string[];
  names: string[];
  context: string[];
}

// The entity text of an index built for live updates (`BuildOptions.forLiveUpdates`), so that an update counts again
// only the entities whose text changed. Held as long as the index (names and context: 4 MB on the benchmark corpus).
const COUNTED_ENTITIES = new WeakMap<SearchIndex, CountedEntities>();

/** The entity index `index` was built with, counted whole, and each entity's text, for an index built for live updates. */
export function countedEntities(index: SearchIndex): CountedEntities | undefined {
  return COUNTED_ENTITIES.get(index);
}

// The entities of an index made for live updates (`BuildOptions.forLiveUpdates`, and every live update's), which the
// next update renumbers rather than reads again (`updateEntities`).
const ENTITY_TABLES = new WeakMap<SearchIndex, EntityTable>();

/** The entities `index` was made from, for an index made for live updates; none for others. */
export function entityTableOf(index: SearchIndex): EntityTable | undefined {
  return ENTITY_TABLES.get(index);
}

/** The words a build counted its passages by, their terms numbered as in its vocabulary (see `takeWordTable`). */
export interface WordTable {
  words: WordTerms;
  vocabulary: Vocabulary;
}

// The word table and vocabulary of an index built for live updates, until its first update takes them: that update
// ran the stemmer on each distinct word of the documents it counted, and made a map of the 1.09 million terms of the
// benchmark corpus, which the build had (0.05 and 0.05 CPU-s).
const WORD_TABLES = new WeakMap<SearchIndex, WordTable>();

/** The source of a word table kept for a live update, which hands the table over to its own before it looks a word up. */
const handedOverOnly: TermSource = {
  termsOf: (word) => {
    throw new Error(`a kept word table looked up "${word}" before it was handed over`);
  },
};

/** The word table `index` was built with, for an index built (not updated) for live updates; given once. */
export function takeWordTable(index: SearchIndex): WordTable | undefined {
  const table = WORD_TABLES.get(index);
  WORD_TABLES.delete(index);
  return table;
}

/** An index's postings, or (a live index's) a source of them searched as they are and made into postings when saved. */
export type SegmentedIndex = IndexData | { source: PostingsSource; materialize: () => IndexData };

/** Sets `table.index` to `index`'s postings, made when first read for a source; returns the source, if any. */
function place(table: { index: IndexData }, index: SegmentedIndex): PostingsSource | undefined {
  if (!("materialize" in index)) {
    table.index = index;
    return undefined;
  }
  const { materialize } = index;
  let made: IndexData | undefined;
  Object.defineProperty(table, "index", { enumerable: true, get: () => (made ??= materialize()) });
  return index.source;
}

/** A word's terms by `pipeline`, numbered by `postings`: a `WordTerms` source. */
class PipelineTerms implements TermSource {
  constructor(
    private readonly pipeline: lunr.Pipeline,
    private readonly postings: PostingsBuilder,
  ) {}

  termsOf(word: string): number[] {
    // Pushed, not mapped: `map` makes arrays of one map run by the builtin and of another (holey) inlined by TurboFan,
    // and `WordTerms.add` was deoptimised when the second reached it.
    const ids: number[] = [];
    for (const term of runPipeline(this.pipeline, word)) ids.push(this.postings.termId(term));
    return ids;
  }
}

/** The entity index of `entities`' entities `which` (default all), numbered in that order. */
export function countEntities(entities: Pick<EntityTable, "names" | "context">, which?: readonly number[]): IndexData {
  // Words are looked up in place, as in passages: most of the entities' text is the titles of document nodes.
  const postings = new PostingsBuilder(ENTITY_FIELDS);
  const pipeline = loadPipeline(ENTITY_PIPELINE);
  const words = new WordTerms(new PipelineTerms(pipeline, postings), WORD_CACHE_LIMIT);
  const count = (entity: number) => {
    const names = entities.names[entity]!;
    const context = entities.context[entity]!;
    words.countWords(names, 0, names.length, postings, 0);
    words.countWords(context, 0, context.length, postings, 1);
    postings.endDocument();
  };
  if (which) which.forEach(count);
  else for (let entity = 0; entity < entities.names.length; entity++) count(entity);
  return postings.finish(ENTITY_PIPELINE, ENTITY_PIPELINE);
}

/**
 * Builds the search index of a graph and the documents it was built from. Documents are read one at a time (an
 * iterable works), and their texts are kept by reference for snippets, never copied.
 *
 * @example
 * const { graph, documents } = loadGraph(readFileSync("graph.json", "utf8"));
 * const index = buildSearchIndex(graph, documents);
 * writeFileSync("index.json", JSON.stringify(index));
 */
export function buildSearchIndex(graph: KnowledgeGraph, documents: Iterable<DocumentRecord>, options?: BuildOptions): SearchIndex {
  const builder = new SearchIndexBuilder(graph, options);
  for (const document of documents) builder.addDocument(document);
  return builder.build();
}
