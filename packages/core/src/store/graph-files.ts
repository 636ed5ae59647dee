/**
 * Graph files
 * ===========
 *
 * Writing and reading a built graph as the files `samverkan build` leaves: `graph.json` (metadata, evidence and the
 * graph), `documents.jsonl` beside it (one `{"id", "text"}` a line, in the graph's document order) and, when given,
 * the search index `index.json`. The texts are one file rather than a folder of one file per document: a build
 * writes and a reader reads them in one sequential pass (15,668 small files cost a create or an open each, and the
 * set could not be swapped atomically), and the graph names the file's SHA-256, as it names its index's, so a graph
 * never meets texts of another build. Every file is streamed (one line per document, node and edge; no single string
 * of the whole graph, which V8 cannot hold past about 512 MB) into a temporary file renamed into place, the texts and
 * the index first and the graph, which names them, last. `gzip` compresses all three (`.gz` names); readers tell a
 * compressed file by its first bytes, whatever its name.
 */
import { hash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { SamverkanError } from "../errors";
import { GRAPH_FORMAT_VERSION, loadGraph, type LoadedGraph } from "../graph/serialize";
import { writeFileAtomicStream } from "./atomic";
import type { DocumentRecord, GraphIndexLink, GraphTextsLink, KnowledgeGraph, SerializedDocument } from "../types";

/** Options of `writeGraphFiles`. */
export interface WriteGraphFilesOptions {
  /**
   * The search index to write beside the graph (its serialized text, or that text in pieces), or `null` to write
   * none and have the graph say so. Left out, the graph names no index.
   */
  index?: string | Iterable<string> | null;
  /** Compress the graph, texts and index with gzip (`documents.jsonl.gz`, `index.json.gz`). Default false. */
  gzip?: boolean;
}

/** The files `writeGraphFiles` wrote (absolute paths), and the SHA-256 (hex) of each as stored. */
export interface WrittenGraphFiles {
  graph: string;
  graphSha256: string;
  texts: string;
  /** Named by the graph. */
  textsSha256: string;
  index?: string;
  /** Named by the graph. */
  indexSha256?: string;
}

/** Where the texts and the index of a graph file go: beside it, under fixed names. */
export function graphCompanionPaths(graphFile: string, gzip = false): { texts: string; index: string } {
  const dir = path.dirname(path.resolve(graphFile));
  const gz = gzip ? ".gz" : "";
  return { texts: path.join(dir, `documents.jsonl${gz}`), index: path.join(dir, `index.json${gz}`) };
}

/**
 * SHA-256 of some bytes, in hex: how a graph names the texts and the search index written with it. One call, no `Hash`
 * object: the benchmark corpus's 15,668 texts are hashed in 65–77 ms rather than 75–136.
 */
export const sha256Hex = (data: string | Uint8Array): string => hash("sha256", data);

/**
 * Each document's text hash, kept while its text stays the same: an incremental build hashes every text once to find
 * the unchanged documents and then writes them (0.25 CPU-s each time for the benchmark corpus).
 */
const textHashes = new WeakMap<DocumentRecord, { text: string; sha256: string }>();

/**
 * A document as the graph stores it: the record without its text, with the text's hash and length. Copied key by key:
 * `{ text, ...rest }` copies through a runtime call (a key left out), and made the benchmark corpus's 15,668 document
 * lines cost 110 instead of 76 ms (medians of 6 alternating cold runs).
 */
function storedDocument(doc: DocumentRecord): SerializedDocument {
  const text = doc.text;
  let hashed = textHashes.get(doc);
  if (hashed?.text !== text) textHashes.set(doc, (hashed = { text, sha256: sha256Hex(text) }));
  const stored: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== "text") stored[key] = doc[key as keyof DocumentRecord];
  stored.sha256 = hashed.sha256;
  stored.length = text.length;
  return stored as unknown as SerializedDocument;
}

/** What an earlier build wrote about its documents (`readBuiltDocuments`). */
export interface BuiltDocuments {
  /** The index the graph names (`null`: built without one; undefined: names none). */
  index?: GraphIndexLink;
  /** Its documents' ids, in its order. */
  ids: string[];
  /** Of `documents`, the ids of those stored exactly as the earlier build stored them: same text, same metadata. */
  unchanged: Set<string>;
}

/**
 * Which of `documents` a graph file written by `writeGraphFiles` already holds unchanged, read from the file's head
 * (its document lines; the graph after them is not read or parsed), so a build can update what it derived from the
 * documents (the search index) instead of deriving it again. Undefined when there is no such file or it is not one
 * `writeGraphFiles` wrote in this format: the caller then builds from scratch.
 */
export async function readBuiltDocuments(graphFile: string, documents: readonly DocumentRecord[]): Promise<BuiltDocuments | undefined> {
  const lines = await headLines(graphFile).catch(() => undefined);
  if (!lines || lines.length === 0) return undefined;
  let head: { format?: unknown; version?: unknown; index?: GraphIndexLink };
  try {
    head = JSON.parse(`${lines[0]}]}`) as typeof head;
  } catch {
    return undefined;
  }
  if (head.format !== "samverkan-graph" || head.version !== GRAPH_FORMAT_VERSION) return undefined;
  // Each document line is `storedDocument`'s JSON (and a comma but on the last): the same line means the same text
  // (by its SHA-256) and the same metadata. A line that is a document's own is not parsed (15,668 parses were a third
  // of this); the others (changed or gone) are, for their ids.
  const lineOf = new Map<string, string>();
  for (const doc of documents) lineOf.set(JSON.stringify(storedDocument(doc)), doc.id);
  const ids: string[] = [];
  const unchanged = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const json = line.endsWith(",") ? line.slice(0, -1) : line;
    let id: unknown = lineOf.get(json);
    if (id !== undefined) unchanged.add(id as string);
    else {
      try {
        id = (JSON.parse(json) as { id?: unknown }).id;
      } catch {
        return undefined;
      }
      if (typeof id !== "string") return undefined;
    }
    ids.push(id as string);
  }
  return { ...("index" in head ? { index: head.index } : {}), ids, unchanged };
}

/** The lines of a graph file up to its graph (its head line, then one line per document), gzip or not. */
async function headLines(graphFile: string): Promise<string[] | undefined> {
  const file = createReadStream(graphFile);
  const magic = await new Promise<Buffer | undefined>((resolve, reject) => {
    file.once("readable", () => resolve((file.read(2) as Buffer | null) ?? undefined));
    file.once("error", reject);
  });
  if (!magic) return undefined;
  file.unshift(magic);
  const input: Readable = magic[0] === 0x1f && magic[1] === 0x8b ? file.pipe(createGunzip()) : file;
  const lines: string[] = [];
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) {
      if (line.startsWith('],"graph":')) return lines;
      lines.push(line);
    }
    return undefined;
  } finally {
    reader.close();
    file.destroy();
  }
}

/** The lines of `documents.jsonl`. */
function* textLines(documents: readonly DocumentRecord[]): Generator<string> {
  for (const doc of documents) yield `${JSON.stringify({ id: doc.id, text: doc.text })}\n`;
}

/** Whether a plain object has a key: `Object.keys(o).length > 0` without the array, for every node and edge. */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * `graph.json` in pieces: a head, then one line per document, node and edge (what `serializeGraph` gives, as JSON).
 * Each list is a generator of its own, joined by one loop that is the same for all, so V8 optimises each list's loop
 * alone: one generator of them all (or one joining them with a `yield*` each), compiled in the documents' loop, was
 * deoptimised on reaching the nodes' and again at the edges'.
 */
function graphLines(graph: KnowledgeGraph, documents: readonly DocumentRecord[], index: GraphIndexLink | undefined, texts: GraphTextsLink): Iterable<string> {
  const head = { format: "samverkan-graph", version: GRAPH_FORMAT_VERSION, ...(index === undefined ? {} : { index }), texts };
  const exported = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  return joined([
    [`${JSON.stringify(head).slice(0, -1)},"documents":[\n`],
    documentLines(documents),
    [`],"graph":{"options":${JSON.stringify(exported)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[\n`],
    nodeLines(graph),
    [`\n],"edges":[\n`],
    edgeLines(graph),
    ["\n]}}\n"],
  ]);
}

/** The pieces of each part in turn. */
function* joined(parts: Iterable<string>[]): Generator<string> {
  for (const part of parts) yield* part;
}

/** The documents of `graph.json`, a line each. */
function* documentLines(documents: readonly DocumentRecord[]): Generator<string> {
  for (let i = 0; i < documents.length; i++) yield `${JSON.stringify(storedDocument(documents[i]))}${i < documents.length - 1 ? "," : ""}\n`;
}

// A node and an edge are written as graphology exports them: empty attributes are left out, as is `undirected` when
// false. Each item has every key (`undefined` ones are not written), in one order, so all have one shape.

/** The nodes of `graph.json`, a line each, lines apart. */
function* nodeLines(graph: KnowledgeGraph): Generator<string> {
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const item = { key: node, attributes: hasKeys(attributes) ? attributes : undefined };
    yield `${first ? "" : ",\n"}${JSON.stringify(item)}`;
    first = false;
  }
}

/** The edges of `graph.json`, a line each, lines apart. */
function* edgeLines(graph: KnowledgeGraph): Generator<string> {
  let first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const item = { key: edge, source, target, attributes: hasKeys(attributes) ? attributes : undefined, undirected: undirected ? true : undefined };
    yield `${first ? "" : ",\n"}${JSON.stringify(item)}`;
    first = false;
  }
}

/**
 * Writes a graph, its documents' texts and optionally its search index beside it, each streamed and atomic, texts
 * and index first and the graph (naming both by SHA-256) last: a run stopped anywhere leaves the previous graph, which
 * refuses the new texts or index, never a pair that silently disagrees.
 * @example
 * await writeGraphFiles("out/graph.json", graph, documents, { index: JSON.stringify(buildSearchIndex(graph, documents)) });
 */
export async function writeGraphFiles(
  graphFile: string,
  graph: KnowledgeGraph,
  documents: readonly DocumentRecord[],
  options: WriteGraphFilesOptions = {},
): Promise<WrittenGraphFiles> {
  const out = path.resolve(graphFile);
  const gzip = options.gzip ?? false;
  const paths = graphCompanionPaths(out, gzip);
  const texts: GraphTextsLink = { file: path.basename(paths.texts), sha256: (await writeFileAtomicStream(paths.texts, textLines(documents), { gzip })).sha256 };
  const written: Omit<WrittenGraphFiles, "graphSha256"> = { graph: out, texts: paths.texts, textsSha256: texts.sha256 };
  let index: GraphIndexLink | undefined = options.index === null ? null : undefined;
  if (options.index !== undefined && options.index !== null) {
    const pieces = typeof options.index === "string" ? [options.index] : options.index;
    const { sha256 } = await writeFileAtomicStream(paths.index, pieces, { gzip });
    index = gzip ? { sha256, file: path.basename(paths.index) } : { sha256 };
    written.index = paths.index;
    written.indexSha256 = sha256;
  }
  const { sha256 } = await writeFileAtomicStream(out, graphLines(graph, documents, index, texts), { gzip });
  return { ...written, graphSha256: sha256 };
}

/** Options of `readGraphFiles`. */
export interface ReadGraphFilesOptions {
  /**
   * Which documents' texts to read from the texts file: all (`true`, the default), none (`false`: the documents'
   * `text` is `""`, for callers that need only the graph), or those of the given ids (the others get `""`).
   */
  texts?: boolean | ReadonlySet<string>;
}

/**
 * A file's bytes, decompressed when they are gzip's (told by the first two bytes, whatever the name).
 * @param code - The error code of a broken gzip file: BAD_GRAPH (default) or BAD_INDEX.
 */
export function readMaybeGzip(bytes: Uint8Array, file: string, code: "BAD_GRAPH" | "BAD_INDEX" = "BAD_GRAPH"): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new SamverkanError(code, `samverkan/read: ${file} is a broken gzip file (${(error as Error).message})`, { file });
  }
}

/** Reads a file for `readGraphFiles`: NOT_FOUND when absent, READ_FAILED for any other failure. */
function readFileOf(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SamverkanError("NOT_FOUND", `samverkan/read: no ${what} ${file}`, { file });
    throw new SamverkanError("READ_FAILED", `samverkan/read: cannot read the ${what} ${file} (${code ?? (error as Error).message})`, { file, cause: error });
  }
}

/**
 * The texts of a texts file (`documents.jsonl`, maybe gzip-compressed), by document id; with `ids`, only those (the
 * other lines are not parsed). Lines are decoded one at a time, so no string holds the whole file.
 */
export function parseTexts(bytes: Uint8Array, file: string, ids?: ReadonlySet<string>): Map<string, string> {
  const plain = readMaybeGzip(bytes, file);
  const data = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
  const texts = new Map<string, string>();
  const fail = (line: number, why: string): never => {
    throw new SamverkanError("BAD_GRAPH", `samverkan/read: ${file} line ${line} ${why}; rebuild it with samverkan build`, { file });
  };
  const idEnd = Buffer.from('","text":');
  for (let start = 0, line = 1; start < data.length; line++) {
    let end = data.indexOf(10, start);
    if (end < 0) end = data.length;
    if (ids) {
      // A line is `{"id":"…","text":…}`: the id's JSON ends at the first `","text":` (a quote inside an id is escaped).
      const at = data.indexOf(idEnd, start);
      const id = at > start && at < end ? (JSON.parse(data.toString("utf8", start + 6, at + 1)) as unknown) : undefined;
      if (typeof id === "string" && !ids.has(id)) {
        start = end + 1;
        continue;
      }
    }
    let record: unknown;
    try {
      record = JSON.parse(data.toString("utf8", start, end));
    } catch (error) {
      fail(line, `is not valid JSON (${(error as Error).message})`);
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== "string" || typeof text !== "string") fail(line, `should be {"id": "…", "text": "…"}`);
    texts.set(id as string, text as string);
    start = end + 1;
  }
  return texts;
}

/**
 * Reads a graph file written by `writeGraphFiles` (or a `serializeGraph` object saved as JSON), with its documents'
 * texts from the texts file it names, checked against the SHA-256 the graph gives it. `text` is the graph file's JSON
 * text (decompressed).
 * @throws SamverkanError NOT_FOUND for a missing file, READ_FAILED for an unreadable one, BAD_GRAPH for a broken
 * graph or texts file or one of another build, GRAPH_VERSION for a graph of another format version.
 */
export function readGraphFiles(graphFile: string, options: ReadGraphFilesOptions = {}): LoadedGraph & { text: string } {
  const text = new TextDecoder().decode(readMaybeGzip(readFileOf(graphFile, "graph"), graphFile));
  const wanted = options.texts ?? true;
  if (wanted === true) return { ...loadGraph(text, graphFile, { texts: (link) => readGraphTexts(graphFile, link) }), text };
  const loaded = loadGraph(text, graphFile);
  if (wanted !== false && loaded.texts) {
    const texts = readGraphTexts(graphFile, loaded.texts, wanted);
    // The documents are the loader's own copies, their text "": the wanted ones get theirs.
    for (const doc of loaded.documents) {
      const found = texts.get(doc.id);
      if (found !== undefined) doc.text = found;
    }
  }
  return { ...loaded, text };
}

/**
 * Reads the texts file a graph names (`LoadedGraph.texts`), checked against its SHA-256: the texts by document id,
 * all or those of `ids`. For a caller that loaded the graph without texts and finds it needs some.
 * @throws SamverkanError NOT_FOUND, READ_FAILED, or BAD_GRAPH for a broken file or one of another build.
 */
export function readGraphTexts(graphFile: string, link: GraphTextsLink, ids?: ReadonlySet<string>): Map<string, string> {
  const textsFile = path.join(path.dirname(graphFile), link.file);
  const bytes = readFileOf(textsFile, "texts file");
  if (sha256Hex(bytes) !== link.sha256) {
    throw new SamverkanError(
      "BAD_GRAPH",
      `samverkan/read: ${textsFile} does not belong to ${graphFile} (they are not from the same build); rebuild both with samverkan build`,
      { file: textsFile },
    );
  }
  return parseTexts(bytes, textsFile, ids);
}
