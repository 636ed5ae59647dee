/**
 * Update index
 * ============
 *
 * A new index from an earlier one and the documents removed and added since, equal to a full build of the final
 * documents (the same `index.json`, byte for byte) without tokenising the documents that stayed. The earlier index's
 * posting lists are read back into each kept passage's own term counts, and those counts go through the builder's
 * last steps again with the new documents' words: compounds split over the final vocabulary, lists sorted and
 * written, the entity index and the passages' mentions read from the new graph.
 *
 * Reading back: a stored list holds a term's own counts plus those of every compound it is a part of (the builder
 * copies a compound's postings to its parts). The parts follow from the vocabulary alone (`compoundParts`), and a
 * part is shorter than its compounds, so going from the longest terms to the shortest, each term's own counts are its
 * list minus the own counts of the compounds that contain it, already known.
 */
import { SamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { resolveBuildOptions } from "../options";
import { compoundParts, readAllPostings, type IndexData } from "./postings-builder";
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
}

/**
 * A new index of the documents of `previous` less `removed`, plus `added`, for `graph` (the graph of the final
 * documents). The result equals `buildSearchIndex(graph, finalDocuments, options)` with the options `previous` was
 * built with (its `index.json` is the same, byte for byte), but the kept documents are not read again: their counts
 * come from `previous`'s postings, so no text is needed for them. Throws `BAD_OPTION` for a removed id that is not in
 * `previous`, an added id that is still there (remove it first) or twice, or an `order` that is not the final ids
 * once each; `BAD_INDEX` when `previous`'s postings do not read back (a damaged file).
 *
 * @example
 * const previous = SearchIndex.load(readFileSync("index.json", "utf8"), { source: "index.json" });
 * const index = updateSearchIndex(previous, graph, { removed: ["old", "changed"], added: [changedDoc, newDoc], order: documents.map((d) => d.id) });
 */
export function updateSearchIndex(previous: SearchIndex, graph: KnowledgeGraph, changes: SearchIndexChanges): SearchIndex {
  const fail = (message: string): never => {
    throw new SamverkanError("BAD_OPTION", `samverkan/updateSearchIndex: ${message}`);
  };
  const { data, documentOf, source } = indexInternals(previous);
  const { documents, passages, options } = data;
  const numberOf = new Map(documents.map(([id], doc) => [id, doc]));
  const removed = new Set<number>();
  for (const id of changes.removed ?? []) {
    const doc = numberOf.get(id);
    if (doc === undefined) fail(`document "${id}" is to be removed but is not in the index`);
    removed.add(doc!);
  }
  const added = new Map<string, DocumentRecord>();
  for (const document of changes.added ?? []) {
    const doc = numberOf.get(document.id);
    if (doc !== undefined && !removed.has(doc)) fail(`document "${document.id}" is added but is in the index already (remove it too when it changed)`);
    if (added.has(document.id)) fail(`document "${document.id}" is added twice`);
    added.set(document.id, document);
  }
  const kept = documents.flatMap(([id], doc) => (removed.has(doc) ? [] : [id]));
  const order = changes.order ? [...changes.order] : [...kept, ...added.keys()];
  const seen = new Set<string>();
  for (const id of order) {
    if (seen.has(id)) fail(`order names document "${id}" twice`);
    if (!added.has(id) && (!numberOf.has(id) || removed.has(numberOf.get(id)!))) fail(`order names document "${id}", which is neither kept nor added`);
    seen.add(id);
  }
  if (seen.size !== kept.length + added.size) {
    const missing = [...kept, ...added.keys()].find((id) => !seen.has(id));
    fail(`order leaves out document "${missing}"`);
  }

  // The earlier index's lists do not read back as a build writes them: a damaged file.
  const damaged = (error: unknown) =>
    new SamverkanError("BAD_INDEX", `samverkan/updateSearchIndex: ${source} has ${(error as Error).message}; rebuild it`, { file: source, cause: error });
  let counts: PassageCounts;
  try {
    counts = ownCounts(passages.index, options.compounds);
  } catch (error) {
    throw damaged(error);
  }
  // Where each earlier document's passages are: passages are in document order.
  const firstPassage = new Uint32Array(documents.length + 1);
  for (let p = 0; p < passages.doc.length; p++) firstPassage[passages.doc[p]! + 1] = p + 1;
  for (let doc = 1; doc <= documents.length; doc++) firstPassage[doc] = Math.max(firstPassage[doc]!, firstPassage[doc - 1]!);

  const keepText = changes.keepText ?? true;
  const assembler = new IndexAssembler(graph, resolveBuildOptions({ ...options, keepText }));
  const termOf = assembler.termsOf(passages.index.terms);
  const lengths = passages.index.lengths[0]!;
  for (const id of order) {
    const document = added.get(id);
    if (document) {
      assembler.addDocument(document);
      continue;
    }
    const doc = numberOf.get(id)!;
    const from = firstPassage[doc]!;
    const to = firstPassage[doc + 1]!;
    const indexed = {
      start: passages.start.subarray(from, to),
      end: passages.end.subarray(from, to),
      from: counts.from.subarray(from, to + 1),
      terms: counts.terms,
      tfs: counts.tfs,
    };
    try {
      assembler.addIndexed(id, documents[doc]![1], indexed, termOf, lengths.subarray(from, to));
    } catch (error) {
      throw damaged(error);
    }
    const text = keepText && documentOf(id);
    if (text) assembler.keepText(text);
  }
  return assembler.finish();
}

/** Every passage's own terms (positions in the index's terms) and frequencies, passage after passage. */
interface PassageCounts {
  /** Passage p's entries are `from[p]` … `from[p + 1] - 1`, in the order of the terms. */
  from: Uint32Array;
  terms: Int32Array;
  tfs: Int32Array;
}

/**
 * Reads a passage index's lists back into each passage's own term counts (see the module comment), with compounds
 * when the index was built with them. Throws a plain Error when the lists do not read back as a build writes them.
 */
function ownCounts(index: IndexData, compounds: boolean): PassageCounts {
  if (index.postings.length !== 1) throw new Error("a passage index of more than one field");
  const { terms, count } = index;
  const { from, docs, tfs } = readAllPostings(index.postings[0]!, count);
  // Term t's own counts end at `to[t]`: the lists shrink in place as compounds' counts are taken out.
  const to = from.slice(1);
  if (compounds) {
    const position = new Map(terms.map((term, t) => [term, t]));
    const parts = compoundParts(terms, (term) => position.get(term));
    // Per part, the compounds that contain it.
    const containers: number[][] = terms.map(() => []);
    parts.forEach((of, compound) => of?.forEach((part) => containers[part]!.push(compound)));
    const byLength = terms.map((_term, t) => t).sort((a, b) => terms[b]!.length - terms[a]!.length);
    const sum = new Int32Array(count);
    for (const part of byLength) {
      const of = containers[part]!;
      if (of.length === 0) continue;
      for (const compound of of) for (let i = from[compound]!; i < to[compound]!; i++) sum[docs[i]!]! += tfs[i]!;
      let size = from[part]!;
      for (let i = from[part]!; i < to[part]!; i++) {
        const doc = docs[i]!;
        const own = tfs[i]! - sum[doc]!;
        if (own < 0) throw new Error(`a list of term ${part} that holds less than the compounds containing it`);
        sum[doc] = 0;
        if (own === 0) continue;
        docs[size] = doc;
        tfs[size++] = own;
      }
      to[part] = size;
      // Whatever is left was counted in a compound but is missing from the part's list.
      for (const compound of of)
        for (let i = from[compound]!; i < to[compound]!; i++)
          if (sum[docs[i]!] !== 0) throw new Error(`a list of term ${part} that misses a compound's passage`);
    }
  }
  // Transposed: per passage, its terms in order (a counting sort by passage).
  const starts = new Uint32Array(count + 1);
  for (let t = 0; t < terms.length; t++) {
    if (to[t] === from[t]) throw new Error(`term ${t} in no passage of its own`);
    for (let i = from[t]!; i < to[t]!; i++) starts[docs[i]! + 1]!++;
  }
  for (let p = 0; p < count; p++) starts[p + 1]! += starts[p]!;
  const next = starts.slice(0, count);
  const termsOut = new Int32Array(starts[count]!);
  const tfsOut = new Int32Array(starts[count]!);
  for (let t = 0; t < terms.length; t++) {
    for (let i = from[t]!; i < to[t]!; i++) {
      const at = next[docs[i]!]!++;
      termsOut[at] = t;
      tfsOut[at] = tfs[i]!;
    }
  }
  return { from: starts, terms: termsOut, tfs: tfsOut };
}
