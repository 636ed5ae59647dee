/**
 * Update index
 * ============
 *
 * A new index from an earlier one and the documents removed and added since, equal to a full build of the final
 * documents (the same `index.json`, byte for byte) without tokenising the documents that stayed: their passages keep
 * their offsets and their postings, which `mergePostings` carries over from the earlier lists into the new passage
 * numbers, merging in the new documents' postings (and, where the vocabulary changed, the compounds' counts that
 * moved between parts). The entity index and the passages' mentions are read from the new graph.
 */
import { SamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { resolveBuildOptions } from "../options";
import { PASSAGE_PIPELINE } from "../pipeline/swedish";
import type { EntityTable } from "./collect-entities";
import { indexInternals, type SearchIndex } from "./search-index";
import { IndexAssembler } from "./search-index-builder";

/** What changed since an index was built, for `updateSearchIndex`. */
export interface SearchIndexChanges {
  /** Ids of the documents to take out: gone, or changed (a changed document is removed and added again). */
  removed?: Iterable<string>;
  /** Documents to index: new ones, and the new versions of changed ones. */
  added?: Iterable<DocumentRecord>;
  /**
   * The ids of the final documents in the order a full build would be given them, each once. Default: the kept
   * documents in their earlier order, then the added ones in theirs.
   */
  order?: Iterable<string>;
  /** Keep a reference to each added document's text for snippets, as `BuildOptions.keepText`. Default true. */
  keepText?: boolean;
  /** Keep with the new index what a live update reads, as `BuildOptions.forLiveUpdates`. Default false. */
  forLiveUpdates?: boolean;
  /**
   * Ids of the graph's nodes added, removed, or whose attributes or edges changed since the graph the previous index
   * was made for (`LiveUpdate.nodesChanged`; `changesOfUpdate` passes it on). `updateSearchIndexLive` reads only these
   * nodes' entities again and keeps the others' rows, when the previous index was built with `forLiveUpdates` (or is
   * a live index); absent, or with `updateSearchIndex`, the whole graph is read.
   */
  nodesChanged?: readonly string[];
}

/**
 * A new index of the documents of `previous` less `removed`, plus `added`, for `graph` (the graph of the final
 * documents). The result equals `buildSearchIndex(graph, finalDocuments, options)` with the options `previous` was
 * built with (its `index.json` is the same, byte for byte), but the kept documents are not read again: their counts
 * come from `previous`'s postings, so no text is needed for them. Throws `BAD_OPTION` for a removed id that is not in
 * `previous`, an added id that is still there (remove it first) or twice, or an `order` that is not the final ids
 * once each; `BAD_INDEX` when `previous`'s postings do not read back (a damaged file; the kept passages' lengths
 * are carried over as stored, not counted again) or were built by another version's word pipeline (whose terms new
 * documents' would not meet).
 *
 * @example
 * const previous = SearchIndex.load(readFileSync("index.json", "utf8"), { source: "index.json" });
 * const index = updateSearchIndex(previous, graph, { removed: ["old", "changed"], added: [changedDoc, newDoc], order: documents.map((d) => d.id) });
 */
export function updateSearchIndex(previous: SearchIndex, graph: KnowledgeGraph, changes: SearchIndexChanges): SearchIndex {
  return updateIndex(previous, graph, changes);
}

/** `updateSearchIndex`, given the new graph's `entities` when the caller has them (a live update read them already). */
export function updateIndex(previous: SearchIndex, graph: KnowledgeGraph, changes: SearchIndexChanges, entities?: EntityTable): SearchIndex {
  const fail = (message: string): never => {
    throw new SamverkanError("BAD_OPTION", `samverkan/updateSearchIndex: ${message}`);
  };
  const { data, documentOf, source } = indexInternals(previous);
  const { documents, passages, options } = data;
  // Kept postings hold the terms of the pipeline they were built with; new documents' must be the same terms.
  if (passages.index.pipeline.join(" ") !== PASSAGE_PIPELINE.join(" "))
    throw new SamverkanError(
      "BAD_INDEX",
      `samverkan/updateSearchIndex: ${source ?? "the index"} was built by another version's word pipeline (${passages.index.pipeline.join(", ")}); build it again with buildSearchIndex`,
    );
  const numberOf = new Map(documents.map(([id], doc) => [id, doc]));
  const { added, order } = checkChanges(
    documents.map(([id]) => id),
    changes,
    fail,
  );

  // Where each earlier document's passages are: passages are in document order.
  const firstPassage = new Uint32Array(documents.length + 1);
  for (let p = 0; p < passages.doc.length; p++) firstPassage[passages.doc[p]! + 1] = p + 1;
  for (let doc = 1; doc <= documents.length; doc++) firstPassage[doc] = Math.max(firstPassage[doc]!, firstPassage[doc - 1]!);

  const keepText = changes.keepText ?? true;
  const assembler = new IndexAssembler(graph, resolveBuildOptions({ ...options, keepText, forLiveUpdates: changes.forLiveUpdates ?? false }), entities);
  const lengths = passages.index.lengths[0]!;
  const renumber = new Int32Array(passages.doc.length).fill(-1);
  for (const id of order) {
    const document = added.get(id);
    if (document) {
      assembler.addDocument(document);
      continue;
    }
    const doc = numberOf.get(id)!;
    const from = firstPassage[doc]!;
    const to = firstPassage[doc + 1]!;
    const first = assembler.addKept(id, documents[doc]![1], passages, lengths, from, to);
    for (let p = from; p < to; p++) renumber[p] = first + p - from;
    const text = keepText && documentOf(id);
    if (text) assembler.keepText(text);
  }
  return assembler.finish({ index: passages.index, renumber, source });
}

/**
 * Checks `changes` against an index's documents (`ids`, in its order): the removed ids as a set, the added documents
 * by id, and the final order. Calls `fail` (which throws) for a removed id that is not there, an added id that is and
 * is not removed, or twice, or an `order` that is not the final ids once each.
 */
export function checkChanges(
  ids: readonly string[],
  changes: SearchIndexChanges,
  fail: (message: string) => never,
): { removed: Set<string>; added: Map<string, DocumentRecord>; order: string[] } {
  const present = new Set(ids);
  const removed = new Set<string>();
  for (const id of changes.removed ?? []) {
    if (!present.has(id)) fail(`document "${id}" is to be removed but is not in the index`);
    removed.add(id);
  }
  const added = new Map<string, DocumentRecord>();
  for (const document of changes.added ?? []) {
    if (present.has(document.id) && !removed.has(document.id))
      fail(`document "${document.id}" is added but is in the index already (remove it too when it changed)`);
    if (added.has(document.id)) fail(`document "${document.id}" is added twice`);
    added.set(document.id, document);
  }
  const kept = ids.filter((id) => !removed.has(id));
  const order = changes.order ? [...changes.order] : [...kept, ...added.keys()];
  const seen = new Set<string>();
  for (const id of order) {
    if (seen.has(id)) fail(`order names document "${id}" twice`);
    if (!added.has(id) && (!present.has(id) || removed.has(id))) fail(`order names document "${id}", which is neither kept nor added`);
    seen.add(id);
  }
  if (seen.size !== kept.length + added.size) {
    const missing = [...kept, ...added.keys()].find((id) => !seen.has(id));
    fail(`order leaves out document "${missing}"`);
  }
  return { removed, added, order };
}

/**
 * The changes of an index from what a live build's update (`LiveUpdate` of `@samverkan/core/node`) says: its added
 * and changed documents indexed, its removed and changed ones taken out, in its documents' order, and the nodes it
 * says changed (`nodesChanged`) when it says.
 * @example
 * const update = await live.update();
 * if (update) index = updateSearchIndexLive(index, update.graph, changesOfUpdate(update));
 */
export function changesOfUpdate(update: {
  documents: readonly DocumentRecord[];
  added: readonly string[];
  removed: readonly string[];
  changed: readonly string[];
  nodesChanged?: readonly string[];
}): SearchIndexChanges {
  const put = new Set([...update.added, ...update.changed]);
  const changes: SearchIndexChanges = {
    removed: [...update.removed, ...update.changed],
    added: update.documents.filter((doc) => put.has(doc.id)),
    order: update.documents.map((doc) => doc.id),
  };
  if (update.nodesChanged) changes.nodesChanged = update.nodesChanged;
  return changes;
}
