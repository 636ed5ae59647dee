/**
 * Search index builder
 * ====================
 *
 * Builds a `SearchIndex` one document at a time: each document is cut into passages (offsets, no copies), its words
 * run through the Swedish pipeline and counted into compact postings, and the document can be dropped before the
 * next is read. The entities come from the graph, which is read once up front.
 */
import { SamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { resolveBuildOptions, type BuildOptions } from "../options";
import { createTermProcessor, ENTITY_PIPELINE, loadPipeline, PASSAGE_PIPELINE, swedishLunr, type TermProcessor } from "../pipeline/swedish";
import { cutPassages } from "../text/cut-passages";
import { dateEnd, dateStart } from "../text/dates";
import { forEachWord } from "../text/tokenize";
import type { SerializedSearchIndex } from "../types";
import { collectEntities, type EntityTable } from "./collect-entities";
import { PostingsBuilder } from "./postings-builder";
import { ENTITY_FIELDS, PASSAGE_FIELDS, SEARCH_INDEX_VERSION, SearchIndex } from "./search-index";

/**
 * Builds a search index incrementally, for corpora read as a stream.
 *
 * @example
 * const builder = new SearchIndexBuilder(graph);
 * for await (const document of readDocumentsOneByOne(paths)) builder.addDocument(document);
 * const index = builder.build();
 */
export class SearchIndexBuilder {
  private readonly options: Required<BuildOptions>;
  private readonly entities: EntityTable;
  private readonly passageTerms: TermProcessor;
  private readonly postings = new PostingsBuilder(PASSAGE_FIELDS);
  private readonly documents: [string, string][] = [];
  private readonly documentIds = new Set<string>();
  private readonly passages: SerializedSearchIndex["passages"] = {
    doc: [],
    start: [],
    end: [],
    mentions: [],
    index: undefined as never,
  };
  private readonly texts: DocumentRecord[] = [];
  private built = false;

  constructor(graph: KnowledgeGraph, options?: BuildOptions) {
    this.options = resolveBuildOptions(options);
    swedishLunr();
    this.entities = collectEntities(graph);
    this.passageTerms = createTermProcessor(loadPipeline(PASSAGE_PIPELINE));
  }

  /** Cuts a document into passages and indexes them. Throws `BAD_OPTION` for a document id seen before. */
  addDocument(document: DocumentRecord): void {
    if (this.built) throw new SamverkanError("BAD_OPTION", "samverkan/SearchIndexBuilder.addDocument: build() was already called");
    if (this.documentIds.has(document.id)) {
      throw new SamverkanError("BAD_OPTION", `samverkan/SearchIndexBuilder.addDocument: document "${document.id}" was added twice`);
    }
    this.documentIds.add(document.id);
    const docNumber = this.documents.length;
    this.documents.push([document.id, document.date ?? ""]);
    if (this.options.keepText) this.texts.push(document);
    const evidence = this.entities.evidenceByDoc.get(document.id) ?? [];
    let next = 0;
    const terms: string[] = [];
    const { text } = document;
    for (const passage of cutPassages(text, this.options.passageSize, this.options.maxPassageSize)) {
      terms.length = 0;
      forEachWord(text, passage.start, passage.end, (word) => {
        for (const term of this.passageTerms(word)) terms.push(term);
      });
      while (next < evidence.length && evidence[next]![0] < passage.start) next++;
      const mentions: number[] = [];
      for (let i = next; i < evidence.length && evidence[i]![0] < passage.end; i++) {
        const entity = evidence[i]![1];
        if (!mentions.includes(entity)) mentions.push(entity);
      }
      this.postings.add([terms]);
      this.passages.doc.push(docNumber);
      this.passages.start.push(passage.start);
      this.passages.end.push(passage.end);
      this.passages.mentions.push(mentions);
    }
  }

  /** Finishes the index. The builder cannot be used afterwards. */
  build(): SearchIndex {
    if (this.built) throw new SamverkanError("BAD_OPTION", "samverkan/SearchIndexBuilder.build: build() was already called");
    this.built = true;
    if (this.options.compounds) this.postings.splitCompounds();
    const passageIndex = this.postings.finish(PASSAGE_PIPELINE, PASSAGE_PIPELINE);

    const { entities } = this;
    const entityTerms = createTermProcessor(loadPipeline(ENTITY_PIPELINE));
    const toTerms = (text: string) => {
      const terms: string[] = [];
      forEachWord(text, 0, text.length, (word) => terms.push(...entityTerms(word)));
      return terms;
    };
    const entityPostings = new PostingsBuilder(ENTITY_FIELDS);
    entities.ids.forEach((_id, entity) => entityPostings.add([toTerms(entities.names[entity]!), toTerms(entities.context[entity]!)]));
    const entityIndex = entityPostings.finish(ENTITY_PIPELINE, ENTITY_PIPELINE);

    const dateOf = new Map(this.documents);
    const dates = entities.ids.map((_id, entity) => {
      const known = [...entities.ownDates[entity]!];
      for (const doc of entities.evidenceDocs[entity]!) {
        const date = dateOf.get(doc);
        if (date) known.push(date);
      }
      if (known.length === 0) return [];
      let first = known[0]!;
      let last = known[0]!;
      for (const date of known) {
        if (dateStart(date) < dateStart(first)) first = date;
        if (dateEnd(date) > dateEnd(last)) last = date;
      }
      return [first, last];
    });

    const data: SerializedSearchIndex = {
      format: "samverkan-search",
      version: SEARCH_INDEX_VERSION,
      options: { compounds: this.options.compounds },
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
        index: entityIndex,
      },
      passages: { ...this.passages, index: passageIndex },
    };
    const index = new SearchIndex(data);
    if (this.options.keepText) index.attachDocuments(this.texts);
    this.texts.length = 0;
    return index;
  }
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
