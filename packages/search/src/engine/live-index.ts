/**
 * Live index
 * ==========
 *
 * An update of a search index whose cost follows the change, as Lucene's segments do: the index it started from (the
 * base) is kept as it is, shared and never copied; the documents added since go into a small segment of their own
 * (the tail, counted by the builder's code), and the base's passages of documents removed or changed since are marked
 * deleted. Queries read each term's list as a full build of the final documents would have it: the base's list less
 * its deleted passages and the tail's list, both renumbered into the final passage numbers, so the counts, lengths and
 * order that scores and ties depend on are the full build's.
 *
 * Compounds are indexed under their parts known to the whole vocabulary, so a word that comes or goes changes the lists
 * of kept passages too: the base compounds that have it as a prefix or suffix (found by the sorted terms and a table of
 * their endings), and those containing them, get their parts worked out again, and the parts they gained or lost get
 * the compound's own counts added or taken (their lists are patched once per update). The deleted passages are tokenised again, from the
 * texts the index keeps, to know the terms whose counts they take.
 *
 * The tail and the deleted passages are worked out again at each update from the base, so an update costs what changed
 * since the base; once that is more than `MERGE_SHARE` of the base's documents, the update is a merge instead
 * (`updateSearchIndex` of the base: the result is a plain index, the next base). Saving writes a full build's bytes:
 * the lists are made from the segments when first asked for.
 *
 * The entity index is kept likewise: entities whose names and context read as when it was last counted whole keep
 * their postings, the others are counted in a tail. The entities themselves are read again only where the update
 * changed nodes (`updateEntities`, given the table an index built `forLiveUpdates` or a live index keeps; a merge
 * takes them too); their dates and the passages' mentions are worked out again from them.
 *
 * [Reference] https://lucene.apache.org/core/9_0_0/core/org/apache/lucene/index/package-summary.html (segments)
 */
import { SamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { resolveBuildOptions } from "../options";
import { ENTITY_PIPELINE, loadPipeline, PASSAGE_PIPELINE, runPipeline } from "../pipeline/swedish";
import { cutPassages } from "../text/cut-passages";
import { MIN_COMPOUND_LENGTH, MIN_TAIL, splitCompound } from "../text/split-compound";
import type { PostingsSource } from "./compact-index";
import { lowerBound } from "./lower-bound";
import { ListWriter, ownPostings } from "./merge-postings";
import { compoundSplits, decodeList, PostingsBuilder, readPostings, splitsOf, type IndexData, type Postings } from "./postings-builder";
import { indexInternals, PASSAGE_FIELDS, type SearchIndex } from "./search-index";
import { collectEntities, updateEntities, type EntityTable } from "./collect-entities";
import {
  countedEntities,
  countEntities,
  entityTableOf,
  IndexAssembler,
  takeWordTable,
  type CountedEntities,
  type SegmentedIndex,
} from "./search-index-builder";
import { checkChanges, updateIndex, type SearchIndexChanges } from "./update-index";
import { TermIds } from "./term-ids";
import { WordTerms, type TermCounter, type TermSource } from "./word-terms";

/**
 * An update merges into a new base once the documents added and deleted since the base are more than this share of
 * the base's documents, and more than `MERGE_MIN` (a small index merges seldom: all of it is cheap).
 */
export const MERGE_SHARE = 0.05;
const MERGE_MIN = 50;
const WORD_CACHE_LIMIT = 200_000;

/** What a live index keeps besides what it searches: its base and what changed since. */
interface LiveState {
  base: SearchIndex;
  /** Base documents removed or changed since the base, by number. */
  deleted: ReadonlySet<number>;
  /** Documents added since the base (new ones and new versions of changed ones), by id. */
  tail: ReadonlyMap<string, DocumentRecord>;
  /** The entity index last counted whole, and the text it counted of each entity (none before the first update). */
  entities?: EntityBase;
}

/** An entity index counted whole: what later updates keep of it, for the entities whose text is the same. */
interface EntityBase extends CountedEntities {
  /** Entity by id, and term by spelling: made on first need. */
  positions?: Map<string, number>;
  terms?: Map<string, number>;
}

const LIVE = new WeakMap<SearchIndex, LiveState>();

/** A removed document's text holds a word the base does not: not the text the base was built from. */
class StaleText extends Error {}

/** What is worked out once per base: where its documents' passages are, and its terms' compound parts. */
interface BaseTables {
  numberOf: Map<string, number>;
  /**
   * Base term → its position, -1 for none: compound splitting asks about many words (a binary search cost 17 string
   * comparisons).
   */
  positionOf: (term: string) => number;
  firstPassage: Uint32Array;
  /** Per base term, its parts (`compoundParts`) and those it is a direct part of; made on first need. */
  parts?: { closed: (readonly number[] | undefined)[]; containers: Containers; directContainers: Containers };
  /** Base terms that may split (positions) by their last `MIN_TAIL` letters, to find those ending with a word. */
  bySuffix?: Map<string, number[]>;
}

const TABLES = new WeakMap<SearchIndex, BaseTables>();
/**
 * The passage pipeline's terms of the words counted so far, numbered, and a word table giving those numbers, kept from
 * update to update: a table started afresh made a string, ran the stemmer and filled a slot for each distinct word
 * of the changed documents, most of what counting them cost. It starts as the build's when the base was built for
 * live updates (`takeWordTable`), else empty; started again once it has `WORD_CACHE_LIMIT` terms more (`limit`).
 */
interface WordRegistry {
  ids: TermIds;
  words: WordTerms;
  limit: number;
}
let registry: WordRegistry | undefined;

/** The registry of a vocabulary's terms, and a table of words that gives its numbers (an empty one by default). */
function startRegistry(ids = new TermIds(), words?: WordTerms): WordRegistry {
  const pipeline = loadPipeline(PASSAGE_PIPELINE);
  const source: TermSource = { termsOf: (word) => runPipeline(pipeline, word).map((term) => ids.add(term)) };
  return { ids, words: words?.handOver(source) ?? new WordTerms(source, WORD_CACHE_LIMIT), limit: ids.terms.length + WORD_CACHE_LIMIT };
}

function wordRegistry(): WordRegistry {
  if (!registry || registry.ids.terms.length >= registry.limit) registry = startRegistry();
  return registry;
}

/**
 * `updateSearchIndex` for a process that keeps its index: the result answers every query as a full build of the final
 * documents does (the same hits, scores and order, snippets and filters), and saves as the same bytes, but it shares
 * `previous`'s base and keeps only the changes beside it, so an update costs about what changed since the base (see
 * `MERGE_SHARE`). Feed each update's result to the next. `previous` is any index, built, loaded or returned here;
 * an update that cannot read the texts of removed base documents (an index loaded without them) is made by
 * `updateSearchIndex`. Throws as `updateSearchIndex` does.
 *
 * @example
 * let index = buildSearchIndex(graph, documents);
 * const update = await live.update();
 * if (update) index = updateSearchIndexLive(index, update.graph, changesOfUpdate(update));
 */
export function updateSearchIndexLive(previous: SearchIndex, graph: KnowledgeGraph, changes: SearchIndexChanges): SearchIndex {
  const fail = (message: string): never => {
    throw new SamverkanError("BAD_OPTION", `samverkan/updateSearchIndexLive: ${message}`);
  };
  const state = LIVE.get(previous) ?? {
    base: previous,
    deleted: new Set<number>(),
    tail: new Map<string, DocumentRecord>(),
    entities: countedEntities(previous),
  };
  const { removed, added, order } = checkChanges(
    indexInternals(previous).data.documents.map(([id]) => id),
    changes,
    fail,
  );
  const base = indexInternals(state.base);
  const tables = tablesOf(state.base);
  const deleted = new Set(state.deleted);
  const tail = new Map(state.tail);
  for (const id of removed) {
    if (tail.has(id)) tail.delete(id);
    else deleted.add(tables.numberOf.get(id)!);
  }
  for (const [id, document] of added) tail.set(id, document);

  const keepText = changes.keepText ?? true;
  // The entities: those of the graph before, renumbered, with the nodes the update changed read again (a merge too
  // takes them, rather than reading the whole graph).
  const before = entityTableOf(previous);
  const table = (before && changes.nodesChanged && updateEntities(before, graph, changes.nodesChanged)) || collectEntities(graph);
  const merge = () => {
    const ids = [...deleted].map((doc) => base.data.documents[doc]![0]);
    return updateIndex(state.base, graph, { removed: ids, added: [...tail.values()], order, keepText, forLiveUpdates: true }, table);
  };
  const baseDocuments = base.data.documents.length;
  const changed = deleted.size + tail.size;
  if ((changed > MERGE_SHARE * baseDocuments && changed > MERGE_MIN) || base.data.passages.index.pipeline.join(" ") !== PASSAGE_PIPELINE.join(" "))
    return merge();
  const texts = [...deleted].map((doc) => base.documentOf(base.data.documents[doc]![0]));
  if (texts.some((text) => text === undefined)) return merge();

  let built: { index: SearchIndex; entities: EntityBase };
  try {
    built = buildLive(
      state.base,
      tables,
      graph,
      table,
      { deleted, deletedTexts: texts as Pick<DocumentRecord, "text">[], tail, order, keepText },
      state.entities,
    );
  } catch (error) {
    // Texts that are not the ones the base was built from: the update reads the base's postings alone.
    if (error instanceof StaleText) return merge();
    throw error;
  }
  LIVE.set(built.index, { base: state.base, deleted, tail, entities: built.entities });
  return built.index;
}

/**
 * Where the base's documents and passages are (see `BaseTables`), worked out on its first update; the build's
 * vocabulary gives its terms' positions, and its word table is the registry's start, when the base was built for live
 * updates.
 */
function tablesOf(base: SearchIndex): BaseTables {
  let tables = TABLES.get(base);
  if (!tables) {
    const { documents, passages } = indexInternals(base).data;
    const firstPassage = new Uint32Array(documents.length + 1);
    for (let p = 0; p < passages.doc.length; p++) firstPassage[passages.doc[p]! + 1] = p + 1;
    for (let doc = 1; doc <= documents.length; doc++) firstPassage[doc] = Math.max(firstPassage[doc]!, firstPassage[doc - 1]!);
    let positionOf: BaseTables["positionOf"];
    const built = takeWordTable(base);
    if (built) {
      const { ids, rank } = built.vocabulary;
      // The registry numbers its new terms on from the build's, past the base's ranks.
      positionOf = (term) => {
        const id = ids.idOf(term);
        return id !== undefined && id < rank.length ? rank[id]! : -1;
      };
      registry = startRegistry(ids, built.words);
    } else {
      const positions = new Map<string, number>();
      passages.index.terms.forEach((term, t) => positions.set(term, t));
      positionOf = (term) => positions.get(term) ?? -1;
    }
    tables = { numberOf: new Map(documents.map(([id], doc) => [id, doc])), positionOf, firstPassage };
    TABLES.set(base, tables);
  }
  return tables;
}

/**
 * The base terms' compound parts (those the build counted by, when it was made in this process), the compounds
 * containing each and those it is a direct part of.
 */
function partsOf(tables: BaseTables, index: IndexData): NonNullable<BaseTables["parts"]> {
  if (!tables.parts) {
    const { direct, closed } =
      splitsOf(index) ??
      compoundSplits(index.terms, (term) => {
        const t = tables.positionOf(term);
        return t < 0 ? undefined : t;
      });
    const size = index.terms.length;
    tables.parts = { closed, containers: new Containers(closed, size), directContainers: new Containers(direct, size) };
  }
  return tables.parts;
}

/**
 * Per term, the terms whose parts (`lists`) hold it, in increasing order, all in one array: an array per term, made
 * by pushing, was a sparse array of a million slots (0.03–0.1 CPU-s of a server's first update).
 */
class Containers {
  private readonly offsets: Uint32Array;
  private readonly items: Uint32Array;

  constructor(lists: readonly (readonly number[] | undefined)[], size: number) {
    const offsets = new Uint32Array(size + 1);
    lists.forEach((parts) => parts?.forEach((part) => offsets[part + 1]!++));
    for (let t = 0; t < size; t++) offsets[t + 1]! += offsets[t]!;
    const items = new Uint32Array(offsets[size]!);
    const next = offsets.slice(0, size);
    lists.forEach((parts, compound) => parts?.forEach((part) => (items[next[part]!++] = compound)));
    this.offsets = offsets;
    this.items = items;
  }

  of(t: number): Uint32Array {
    return this.items.subarray(this.offsets[t]!, this.offsets[t + 1]!);
  }
}

/** The base terms by their last letters (see `BaseTables.bySuffix`), made on first need: when a long word comes or goes. */
function suffixesOf(tables: BaseTables, terms: readonly string[]): NonNullable<BaseTables["bySuffix"]> {
  if (!tables.bySuffix) {
    const bySuffix = new Map<string, number[]>();
    terms.forEach((term, t) => {
      if (term.length < MIN_COMPOUND_LENGTH) return;
      const key = term.slice(-MIN_TAIL);
      const list = bySuffix.get(key);
      if (list) list.push(t);
      else bySuffix.set(key, [t]);
    });
    tables.bySuffix = bySuffix;
  }
  return tables.bySuffix;
}

interface LiveChanges {
  deleted: ReadonlySet<number>;
  deletedTexts: readonly Pick<DocumentRecord, "text">[];
  tail: ReadonlyMap<string, DocumentRecord>;
  order: readonly string[];
  keepText: boolean;
}

/** The live index of the base less `deleted` plus `tail`, in `order`. */
function buildLive(
  baseIndex: SearchIndex,
  tables: BaseTables,
  graph: KnowledgeGraph,
  entityTable: EntityTable,
  changes: LiveChanges,
  entityBase: EntityBase | undefined,
): { index: SearchIndex; entities: EntityBase } {
  const { data: baseData, documentOf } = indexInternals(baseIndex);
  const { options } = baseData;
  const basePassages = baseData.passages;
  const baseIndexData = basePassages.index;
  const baseTerms = baseIndexData.terms;
  const basePostings = baseIndexData.postings[0]!;
  const baseLengths = baseIndexData.lengths[0]!;
  const { numberOf, firstPassage } = tables;
  const {
    ids: { terms: registered },
    words,
  } = wordRegistry();

  // The tail: its passages counted in the final order, numbered from 0; the tables of every passage in the final order.
  const assembler = new IndexAssembler(graph, resolveBuildOptions({ ...options, keepText: changes.keepText, forLiveUpdates: true }), entityTable);
  const tail = new PostingsBuilder(PASSAGE_FIELDS);
  const tailOwn = new Set<string>();
  // Registered term → the tail's term number + 1 (0: none yet); typed, as a sparse array's far indices made it a
  // dictionary, and left zeroed rather than filled, as the registry starts with the build's million terms.
  let tailIds: Int32Array = new Int32Array(registered.length + 4096);
  let length = 0;
  const counter: TermCounter = {
    addTerm: (field, registeredId) => {
      length++;
      if (registeredId >= tailIds.length) tailIds = zeroGrown(tailIds, 2 * registeredId);
      let id = tailIds[registeredId]! - 1;
      if (id < 0) {
        const term = registered[registeredId]!;
        tailOwn.add(term);
        id = tail.termId(term);
        tailIds[registeredId] = id + 1;
      }
      tail.addTerm(field, id);
    },
  };
  const baseToFinal = new Int32Array(basePassages.doc.length).fill(-1);
  const tailToFinal: number[] = [];
  for (const id of changes.order) {
    const document = changes.tail.get(id);
    if (document) {
      const passages = cutPassages(document.text, options.passageSize, options.maxPassageSize);
      const lengths = passages.map((passage) => {
        length = 0;
        words.countWords(document.text, passage.start, passage.end, counter);
        tail.endDocument();
        return length;
      });
      const starts = Uint32Array.from(passages, (passage) => passage.start);
      const ends = Uint32Array.from(passages, (passage) => passage.end);
      const first = assembler.addKept(id, document.date ?? "", { start: starts, end: ends }, lengths, 0, passages.length);
      for (let p = 0; p < passages.length; p++) tailToFinal.push(first + p);
      if (changes.keepText) assembler.keepText(document);
      continue;
    }
    const doc = numberOf.get(id)!;
    const from = firstPassage[doc]!;
    const to = firstPassage[doc + 1]!;
    const first = assembler.addKept(id, baseData.documents[doc]![1], basePassages, baseLengths, from, to);
    for (let p = from; p < to; p++) baseToFinal[p] = first + p - from;
    const text = changes.keepText && documentOf(id);
    if (text) assembler.keepText(text);
  }
  const count = baseToFinal.reduce((sum, final) => sum + (final >= 0 ? 1 : 0), 0) + tailToFinal.length;

  // The base terms the deleted passages hold of their own, and how many deleted passages each base list loses.
  const { positionOf } = tables;
  const parts = options.compounds ? partsOf(tables, baseIndexData) : undefined;
  const deletedCount = new Map<number, number>();
  const ownDeleted = new Set<number>();
  {
    const ownStamp = new Int32Array(baseTerms.length).fill(-1);
    const stamp = new Int32Array(baseTerms.length).fill(-1);
    let passage = -1;
    const mark = (t: number) => {
      if (stamp[t] === passage) return;
      stamp[t] = passage;
      deletedCount.set(t, (deletedCount.get(t) ?? 0) + 1);
    };
    // Registered term → its base position + 1 (0: not looked up yet; a term not in the base stops the update).
    let positions: Int32Array = new Int32Array(registered.length + 4096);
    const own: TermCounter = {
      addTerm: (_field, registeredId) => {
        if (registeredId >= positions.length) positions = zeroGrown(positions, 2 * registeredId);
        let t = positions[registeredId]! - 1;
        if (t < 0) {
          t = positionOf(registered[registeredId]!);
          if (t < 0) throw new StaleText();
          positions[registeredId] = t + 1;
        }
        if (ownStamp[t] === passage) return;
        ownStamp[t] = passage;
        ownDeleted.add(t);
        mark(t);
        for (const part of parts?.closed[t] ?? []) mark(part);
      },
    };
    [...changes.deleted].forEach((doc, d) => {
      const { text } = changes.deletedTexts[d]!;
      for (passage = firstPassage[doc]!; passage < firstPassage[doc + 1]!; passage++)
        words.countWords(text, basePassages.start[passage]!, basePassages.end[passage]!, own);
    });
  }
  const liveDf = (t: number) => basePostings.df[t]! - (deletedCount.get(t) ?? 0);
  const owned = new Map<number, Postings>();
  const ownOf = (t: number): Postings => {
    let found = owned.get(t);
    if (!found) owned.set(t, (found = ownPostings(basePostings, t, baseIndexData.count, parts?.containers.of(t) ?? [], ownOf)));
    return found;
  };

  // Base terms no live passage holds of its own any more: gone from the vocabulary, and from the compounds' parts.
  const gone = new Set<number>();
  for (const t of ownDeleted) {
    if (tailOwn.has(baseTerms[t]!)) continue;
    const live = liveDf(t);
    if (live === 0) {
      gone.add(t);
      continue;
    }
    const containers = parts?.containers.of(t) ?? [];
    if (containers.length === 0) continue;
    // Passages of its list beyond those its compounds can account for hold it of their own.
    let contained = 0;
    for (const compound of containers) contained += liveDf(compound);
    if (live > contained) continue;
    if (!ownOf(t).docs.some((doc) => baseToFinal[doc]! >= 0)) gone.add(t);
  }
  const isKnown = (term: string) => {
    if (tailOwn.has(term)) return true;
    const t = positionOf(term);
    return t >= 0 && !gone.has(t);
  };

  // Compound parts by the final vocabulary, for the tail's terms and the base's compounds whose parts changed.
  const finalParts = new Map<string, readonly string[] | undefined>();
  const partsByFinal = (term: string): readonly string[] | undefined => {
    if (finalParts.has(term)) return finalParts.get(term);
    const found = new Set<string>();
    for (const part of splitCompound(term, isKnown)) {
      found.add(part);
      for (const inner of partsByFinal(part) ?? []) found.add(inner);
    }
    const result = found.size > 0 ? [...found] : undefined;
    finalParts.set(term, result);
    return result;
  };
  const patches = new Map<string, Map<number, number>>();
  if (parts) {
    tail.splitCompoundsBy(partsByFinal);
    const changedWords = [...tailOwn].filter((term) => positionOf(term) < 0);
    for (const t of gone) changedWords.push(baseTerms[t]!);
    const endingWith = (word: string) => suffixesOf(tables, baseTerms).get(word.slice(-MIN_TAIL)) ?? [];
    const candidates = compoundsAffectedBy(changedWords, baseTerms, endingWith, parts.directContainers);
    for (const compound of candidates) {
      if (gone.has(compound)) continue;
      const before = new Set((parts.closed[compound] ?? []).map((part) => baseTerms[part]!));
      const after = new Set(partsByFinal(baseTerms[compound]!) ?? []);
      const gained = [...after].filter((part) => !before.has(part));
      const lost = [...before].filter((part) => !after.has(part));
      if (gained.length + lost.length === 0) continue;
      const own = ownOf(compound);
      for (const [list, sign] of [
        [gained, 1],
        [lost, -1],
      ] as const) {
        for (const part of list) {
          let patch = patches.get(part);
          if (!patch) patches.set(part, (patch = new Map()));
          own.docs.forEach((doc, i) => {
            if (baseToFinal[doc]! < 0) return;
            const tf = (patch!.get(doc) ?? 0) + sign * own.tfs[i]!;
            if (tf === 0) patch!.delete(doc);
            else patch!.set(doc, tf);
          });
        }
      }
    }
  }
  const tailData = tail.finish(PASSAGE_PIPELINE, PASSAGE_PIPELINE);

  // The base part of a patched term's list: its live postings with the compounds' counts added or taken.
  const patched = new Map<string, Postings>();
  for (const [term, patch] of patches) {
    const t = positionOf(term);
    const { docs, tfs } = t >= 0 ? readPostings(basePostings, t, baseIndexData.count) : { docs: new Int32Array(0), tfs: new Int32Array(0) };
    const changes = [...patch].sort(([a], [b]) => a - b);
    const list = { docs: new Int32Array(docs.length + changes.length), tfs: new Int32Array(docs.length + changes.length) };
    let size = 0;
    const put = (doc: number, tf: number) => {
      if (tf < 0) throw new Error(`a list of term "${term}" that holds less than its compounds`);
      if (tf === 0) return;
      list.docs[size] = doc;
      list.tfs[size++] = tf;
    };
    // Both in passage order: the live postings, with the changes merged in (changes are of live passages only).
    let c = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      for (; c < changes.length && changes[c]![0] < doc; c++) put(changes[c]![0], changes[c]![1]);
      if (baseToFinal[doc]! < 0) continue;
      put(doc, tfs[i]! + (c < changes.length && changes[c]![0] === doc ? changes[c++]![1] : 0));
    }
    for (; c < changes.length; c++) put(changes[c]![0], changes[c]![1]);
    patched.set(term, { docs: list.docs.subarray(0, size), tfs: list.tfs.subarray(0, size) });
  }

  const passageIndex = segmentSource(baseIndexData, tailData, { baseToFinal, tailToFinal, count, deletedCount: [deletedCount], patched: [patched] });
  const entities = entitySegments(assembler.entityTable, entityBase);
  return { index: assembler.complete(passageIndex, entities.index), entities: entities.base };
}

/**
 * The entity index of `table` from `base`: the base's postings for the entities whose text (names and context) is
 * the same, a tail counted for the others, the base's entities gone or changed deleted. Counted whole, and the next
 * base, at first and once the changes are more than `MERGE_SHARE` of the base.
 */
function entitySegments(table: EntityTable, base: EntityBase | undefined): { index: SegmentedIndex; base: EntityBase } {
  const whole = () => {
    const index = countEntities(table);
    return { index, base: { index, ids: table.ids, names: table.names, context: table.context } };
  };
  if (!base) return whole();
  const positions = (base.positions ??= new Map(base.ids.map((id, entity) => [id, entity])));
  const baseToFinal = new Int32Array(base.ids.length).fill(-1);
  const tail: number[] = [];
  table.ids.forEach((id, entity) => {
    const b = positions.get(id);
    if (b !== undefined && base.names[b] === table.names[entity] && base.context[b] === table.context[entity]) baseToFinal[b] = entity;
    else tail.push(entity);
  });
  const deleted = base.ids.length - (table.ids.length - tail.length);
  if (tail.length + deleted > Math.max(MERGE_SHARE * base.ids.length, MERGE_MIN)) return whole();

  // How many deleted entities each base term's list loses, per field: their text counted again.
  const terms = (base.terms ??= new Map(base.index.terms.map((term, t) => [term, t])));
  const pipeline = loadPipeline(ENTITY_PIPELINE);
  const deletedCount = [new Map<number, number>(), new Map<number, number>()];
  const stamp = [new Int32Array(base.index.terms.length).fill(-1), new Int32Array(base.index.terms.length).fill(-1)];
  let entity = -1;
  const counter: TermCounter = {
    addTerm: (field, t) => {
      if (stamp[field]![t] === entity) return;
      stamp[field]![t] = entity;
      deletedCount[field]!.set(t, (deletedCount[field]!.get(t) ?? 0) + 1);
    },
  };
  let stale = false;
  const words = new WordTerms(
    {
      termsOf: (word) =>
        runPipeline(pipeline, word).flatMap((term) => {
          const t = terms.get(term);
          if (t === undefined) stale = true;
          return t === undefined ? [] : [t];
        }),
    },
    WORD_CACHE_LIMIT,
  );
  for (entity = 0; entity < base.ids.length; entity++) {
    if (baseToFinal[entity]! >= 0) continue;
    words.countWords(base.names[entity]!, 0, base.names[entity]!.length, counter, 0);
    words.countWords(base.context[entity]!, 0, base.context[entity]!.length, counter, 1);
  }
  if (stale) return whole();
  const index = segmentSource(base.index, countEntities(table, tail), {
    baseToFinal,
    tailToFinal: tail,
    count: table.ids.length,
    deletedCount,
    patched: [new Map(), new Map()],
  });
  return { index, base };
}

/**
 * The base compounds (positions) whose parts may differ by the final vocabulary: those with one of `words` (come or
 * gone) as a prefix or a suffix (`splitCompound` asks about nothing else, and a suffix shorter than `MIN_TAIL` never
 * splits off), and those that have such a compound as a direct part, and so on. `endingWith` gives the base terms that
 * may end with a word of `MIN_TAIL` letters or more.
 */
function compoundsAffectedBy(
  words: readonly string[],
  terms: readonly string[],
  endingWith: (word: string) => readonly number[],
  directContainers: Containers,
): Set<number> {
  const found = new Set<number>();
  const queue: number[] = [];
  const add = (t: number, word: string) => {
    if (terms[t]!.length > word.length && terms[t]!.length >= MIN_COMPOUND_LENGTH && !found.has(t)) {
      found.add(t);
      queue.push(t);
    }
  };
  for (const word of words) {
    for (let t = lowerBound(terms, word); t < terms.length && terms[t]!.startsWith(word); t++) add(t, word);
    if (word.length >= MIN_TAIL) for (const t of endingWith(word)) if (terms[t]!.endsWith(word)) add(t, word);
  }
  while (queue.length > 0) for (const compound of directContainers.of(queue.pop()!)) add(compound, "");
  return found;
}

/** `values` in a zeroed array of `size`. */
function zeroGrown(values: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(values);
  return grown;
}

/** How a base and a tail segment make one index (see `segmentSource`). */
export interface SegmentMaps {
  /** Per base document (a passage or an entity), its final number, or -1 when deleted. */
  baseToFinal: Int32Array;
  /** Per tail document, its final number (increasing). */
  tailToFinal: readonly number[];
  count: number;
  /** Per field, per base term (position), how many of its list's documents are deleted. */
  deletedCount: Map<number, number>[];
  /** Per field, terms whose base part is a patched list (in base numbers, live documents only), by spelling. */
  patched: Map<string, Postings>[];
}

/**
 * The base and the tail seen as one index in the final numbers (`PostingsSource`), and the same made into postings
 * (`materialize`), as a full build writes them.
 */
export function segmentSource(base: IndexData, tail: IndexData, maps: SegmentMaps): { source: PostingsSource; materialize: () => IndexData } {
  const { baseToFinal, tailToFinal, count, deletedCount, patched } = maps;
  const fields = base.fields.map((_name, field) => field);
  const patching = patched.some((patches) => patches.size > 0);
  // The final vocabulary: both segments' terms that some live document holds, merged in order.
  const terms: string[] = [];
  const baseOf: number[] = [];
  const tailOf: number[] = [];
  const patchOf = fields.map(() => new Map<number, Postings>());
  const df = fields.map((): number[] => []);
  for (let b = 0, t = 0; b < base.terms.length || t < tail.terms.length;) {
    const baseTerm = base.terms[b];
    const tailTerm = tail.terms[t];
    const term = tailTerm === undefined || (baseTerm !== undefined && baseTerm < tailTerm) ? baseTerm! : tailTerm;
    const inBase = baseTerm === term ? b++ : -1;
    const inTail = tailTerm === term ? t++ : -1;
    // Per field, written in place and taken back when no live document holds the term (no array per term: there
    // are 100,000 of them).
    const u = terms.length;
    let total = 0;
    for (const field of fields) {
      const patch = patching ? patched[field]!.get(term) : undefined;
      let frequency = inTail >= 0 ? tail.postings[field]!.df[inTail]! : 0;
      if (patch) {
        frequency += patch.docs.length;
        patchOf[field]!.set(u, patch);
      } else if (inBase >= 0) frequency += base.postings[field]!.df[inBase]! - (deletedCount[field]!.get(inBase) ?? 0);
      df[field]![u] = frequency;
      total += frequency;
    }
    if (total === 0) {
      for (const field of fields) {
        df[field]!.length = u;
        patchOf[field]!.delete(u);
      }
      continue;
    }
    terms.push(term);
    baseOf.push(inBase);
    tailOf.push(inTail);
  }
  const lengths = fields.map((field) => {
    const values = new Uint32Array(count);
    baseToFinal.forEach((final, p) => final >= 0 && (values[final] = base.lengths[field]![p]!));
    tailToFinal.forEach((final, p) => (values[final] = tail.lengths[field]![p]!));
    return values;
  });

  const scratch = { docs: new Int32Array(base.count), tfs: new Int32Array(base.count) };
  const read = (field: number, u: number): Postings => {
    const size = df[field]![u]!;
    const docs = new Int32Array(size);
    const tfs = new Int32Array(size);
    let n = 0;
    let sorted = true;
    const put = (doc: number, tf: number) => {
      if (n > 0 && docs[n - 1]! > doc) sorted = false;
      docs[n] = doc;
      tfs[n++] = tf;
    };
    const patch = patchOf[field]!.get(u);
    const b = baseOf[u]!;
    if (patch) patch.docs.forEach((doc, i) => put(baseToFinal[doc]!, patch.tfs[i]!));
    else if (b >= 0) {
      const list = base.postings[field]!;
      decodeList(list, b, base.count, scratch.docs, scratch.tfs);
      for (let i = 0; i < list.df[b]!; i++) {
        const final = baseToFinal[scratch.docs[i]!]!;
        if (final >= 0) put(final, scratch.tfs[i]!);
      }
    }
    if (tailOf[u]! >= 0) {
      const { docs: tailDocs, tfs: tailTfs } = readPostings(tail.postings[field]!, tailOf[u]!, tail.count);
      tailDocs.forEach((doc, i) => put(tailToFinal[doc]!, tailTfs[i]!));
    }
    if (n !== size) throw new Error(`a list of term "${terms[u]}" of ${n} documents where ${size} were counted`);
    if (!sorted) {
      // Base documents renumbered in another order, or tail ones among them: one sort by final number.
      const order = Array.from(docs, (_doc, i) => i).sort((a, c) => docs[a]! - docs[c]!);
      const [d, f] = [docs.slice(), tfs.slice()];
      order.forEach((from, to) => {
        docs[to] = d[from]!;
        tfs[to] = f[from]!;
      });
    }
    return { docs, tfs };
  };

  const dfs = df.map((values) => Uint32Array.from(values));
  const source: PostingsSource = { fields: base.fields, boosts: base.boosts, searchPipeline: base.searchPipeline, count, terms, df: dfs, lengths, read };
  const materialize = (): IndexData => ({
    fields: base.fields,
    boosts: base.boosts,
    pipeline: base.pipeline,
    searchPipeline: base.searchPipeline,
    count,
    terms,
    postings: fields.map((field) => {
      const offsets = new Uint32Array(terms.length + 1);
      const writer = new ListWriter(base.postings[field]!.bytes.length + tail.postings[field]!.bytes.length);
      for (let u = 0; u < terms.length; u++) {
        const { docs, tfs } = read(field, u);
        writer.open(docs.length);
        for (let i = 0; i < docs.length; i++) writer.put(docs[i]!, tfs[i]!);
        offsets[u + 1] = writer.length;
      }
      return { offsets, df: dfs[field]!, bytes: writer.toBytes() };
    }),
    lengths,
  });
  return { source, materialize };
}
