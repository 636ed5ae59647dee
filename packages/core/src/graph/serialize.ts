/**
 * Serialize
 * =========
 *
 * `graph.json` is graphology's `Graph.export()` plus a format tag, a version, the documents that evidence offsets
 * point into and, when `samverkan build` wrote a search index with it, the index's SHA-256 (so a reader can tell an
 * `index.json` that belongs to this graph from a stale one). The documents' texts are either inside their records
 * (`serializeGraph`, for graphs kept in memory or sent to a browser) or in a texts file beside the graph that the
 * graph names with its SHA-256 (`documents.jsonl`, written by `writeGraphFiles` in `@samverkan/core/node`), so the
 * graph itself stays small for the readers that need no texts. Loading checks the tag, the version and the whole
 * structure (every node a key and attributes of a known kind, every edge between nodes that exist, no key twice,
 * every field of the type the format gives it), so a broken or foreign file fails with one clear message instead of
 * a crash somewhere later.
 */
import { MultiDirectedGraph } from "graphology";
import { SamverkanError } from "../errors";
import type {
  DocumentRecord,
  EdgeAttributes,
  GraphAttributes,
  GraphIndexLink,
  GraphTextsLink,
  KnowledgeGraph,
  NodeAttributes,
  NodeKind,
  SerializedKnowledgeGraph,
} from "../types";
import { EDGE_KIND_LABELS, NODE_KIND_LABELS } from "./encoding";

/**
 * Version of the `graph.json` format this library writes and reads. Version 2 lets the documents' texts live in a
 * file beside the graph (`texts`); version 1 files, which held every text, are refused with a note to rebuild.
 */
export const GRAPH_FORMAT_VERSION = 2;

/** A graph with the documents its evidence points into. */
export interface LoadedGraph {
  graph: KnowledgeGraph;
  /**
   * The documents, sorted as written. Their `text` is empty when the graph keeps its texts in a file beside it and
   * they were not given to `loadGraph` (see `textsLoaded`).
   */
  documents: DocumentRecord[];
  /** False when the documents' texts are in a texts file that was not read: their `text` is then `""`. */
  textsLoaded: boolean;
  /** The search index written with the graph (see `GraphIndexLink`); `undefined` when the file does not say. */
  index?: GraphIndexLink;
  /** The texts file beside the graph that holds the documents' texts; `undefined` when they are inside the graph. */
  texts?: GraphTextsLink;
}

/** Options of `serializeGraph`. */
export interface SerializeOptions {
  /** The search index written with the graph, or `null` for none; left out, the graph names no index. */
  index?: GraphIndexLink;
}

/** Options of `loadGraph`. */
export interface LoadGraphOptions {
  /**
   * The documents' texts by document id, from the texts file the graph names (`LoadedGraph.texts`), or a function
   * that reads them given that link (called once the graph is checked, only when it names one). Node callers use
   * `readGraphFiles` of `@samverkan/core/node`, which reads and checks that file. Every document the graph lists must
   * be there, with the length the graph gives it.
   */
  texts?: ReadonlyMap<string, string> | ((link: GraphTextsLink) => ReadonlyMap<string, string>);
}

/** Creates an empty knowledge graph of the right type. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

/**
 * Serializes a graph and its documents, texts included, to the `graph.json` structure (one object, for graphs of a
 * size a string holds; `writeGraphFiles` of `@samverkan/core/node` streams a graph of any size, texts beside it).
 */
export function serializeGraph(graph: KnowledgeGraph, documents: DocumentRecord[], options: SerializeOptions = {}): SerializedKnowledgeGraph {
  const head = { format: "samverkan-graph" as const, version: GRAPH_FORMAT_VERSION };
  return { ...head, ...(options.index === undefined ? {} : { index: options.index }), documents, graph: graph.export() };
}

/**
 * Loads a serialized graph (object or JSON text), checking format, version and structure. A graph whose texts are in
 * a file beside it loads without them (`textsLoaded: false`) unless `options.texts` gives them.
 * @param source - Name of the file it came from, used in error messages.
 * @throws SamverkanError BAD_GRAPH for anything that is not a well-formed samverkan graph (or texts that do not fit
 * it), GRAPH_VERSION for another format version.
 */
export function loadGraph(input: SerializedKnowledgeGraph | string, source = "graph", options: LoadGraphOptions = {}): LoadedGraph {
  const fail = (message: string): never => {
    throw new SamverkanError("BAD_GRAPH", `samverkan/loadGraph: ${source} ${message}`, { file: source });
  };
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      fail(`is not valid JSON (${(error as Error).message})`);
    }
  }
  const record = data as Partial<SerializedKnowledgeGraph> | null;
  if (!isObject(record) || record.format !== "samverkan-graph") fail(`is not a samverkan graph (no "format": "samverkan-graph")`);
  if (record!.version !== GRAPH_FORMAT_VERSION) {
    const found = typeof record!.version === "number" ? String(record!.version) : `${show(record!.version)} (not a number)`;
    const why = record!.version === 1 ? " (version 1 held every document's text; version 2 keeps them in documents.jsonl beside the graph)" : "";
    throw new SamverkanError(
      "GRAPH_VERSION",
      `samverkan/loadGraph: ${source} has format version ${found}, this library reads version ${GRAPH_FORMAT_VERSION}${why}; rebuild the graph with samverkan build`,
      { file: source },
    );
  }
  const problem = graphProblem(record!);
  if (problem) fail(`is not a valid samverkan graph: ${problem.message}; rebuild it with samverkan build`);
  const graph = createKnowledgeGraph();
  try {
    graph.import(record!.graph!);
  } catch (error) {
    // The checks above leave graphology nothing to refuse; this keeps a future gap a user error, not a crash.
    fail(`is not a valid samverkan graph (${(error as Error).message})`);
  }
  const texts = typeof options.texts === "function" ? (record!.texts ? options.texts(record!.texts) : undefined) : options.texts;
  const { documents, textsLoaded } = withTexts(record!, texts, fail);
  const loaded: LoadedGraph = { graph, documents, textsLoaded };
  if ("index" in record!) loaded.index = record!.index as GraphIndexLink;
  if (record!.texts) loaded.texts = record!.texts;
  return loaded;
}

/** The documents with their texts: their own, the given ones, or `""` each when the texts file was not read. */
function withTexts(
  record: Partial<SerializedKnowledgeGraph>,
  texts: ReadonlyMap<string, string> | undefined,
  fail: (message: string) => never,
): { documents: DocumentRecord[]; textsLoaded: boolean } {
  const stored = record.documents ?? [];
  let textsLoaded = true;
  const documents = stored.map((doc) => {
    if (doc.text !== undefined) return doc as DocumentRecord;
    const text = texts?.get(doc.id);
    if (texts && text === undefined) fail(`names document ${show(doc.id)}, which its texts file does not hold; rebuild it with samverkan build`);
    if (text !== undefined && doc.length !== undefined && text.length !== doc.length)
      fail(`gives document ${show(doc.id)} ${doc.length} characters, its texts file ${text.length}; rebuild it with samverkan build`);
    if (text === undefined) textsLoaded = false;
    return { ...doc, text: text ?? "" } as DocumentRecord;
  });
  return { documents, textsLoaded };
}

// Shapes of the format's parts, checked field by field. Fields not listed are let through (later additions).
type Shape = "string" | "number" | "integer" | "boolean" | { list: Shape } | { fields: Record<string, Shape>; required?: string[] };

const STRINGS: Shape = { list: "string" };
const EVIDENCE: Shape = {
  list: {
    fields: { doc: "string", start: "integer", end: "integer", quote: "string", page: "integer", ocr: "boolean" },
    required: ["doc", "start", "end", "quote"],
  },
};
const NODE_FIELDS: Record<string, Shape> = {
  label: "string",
  aliases: STRINGS,
  evidence: EVIDENCE,
  merges: { list: { fields: { form: "string", reason: "string" } } },
  x: "number",
  y: "number",
};
const KIND_FIELDS: Record<NodeKind, { fields: Record<string, Shape>; required: string[] }> = {
  person: {
    fields: {
      roles: { list: { fields: { role: "string", roleNormalised: "string", former: "boolean", evidence: EVIDENCE }, required: ["role", "evidence"] } },
    },
    required: [],
  },
  organisation: { fields: { type: "string", partOf: "string", renames: { list: { fields: { from: "string", to: "string", date: "string" } } } }, required: [] },
  municipality: { fields: { county: "string", code: "string" }, required: [] },
  party: { fields: { abbreviation: "string" }, required: [] },
  meeting: { fields: { title: "string", date: "string", place: "string", type: "string", doc: "string" }, required: ["title"] },
  topic: { fields: {}, required: [] },
  document: { fields: { title: "string", date: "string", genre: "string", language: "string", source: "string" }, required: [] },
};
const EDGE_ATTRIBUTES: Shape = {
  fields: {
    evidence: EVIDENCE,
    inferred: "boolean",
    chain: { list: { fields: { statement: "string", ref: "string", evidence: EVIDENCE }, required: ["statement", "evidence"] } },
    rule: "string",
    role: "string",
    roleNormalised: "string",
    roleCategory: "string",
    former: "boolean",
    start: "string",
    end: "string",
    items: "string",
    capacity: "string",
    weight: "number",
    reasons: STRINGS,
  },
  required: ["evidence"],
};
const DOCUMENT: Shape = {
  fields: {
    id: "string",
    source: "string",
    title: "string",
    date: "string",
    url: "string",
    genre: "string",
    language: "string",
    format: "string",
    encoding: "string",
    text: "string",
    sha256: "string",
    length: "integer",
    pages: { list: "integer" },
    ocrPages: { list: "integer" },
  },
  required: ["id"],
};

/** A file name beside the graph: no folder part, so a graph file cannot send a reader elsewhere on the disk. */
function safeName(name: unknown): boolean {
  return typeof name === "string" && /^[^/\\]+$/.test(name) && name !== "." && name !== "..";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value for a message: JSON, cut short. */
function show(value: unknown): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Where `value` does not have `shape`, as `{message}` naming the path; undefined when it does. */
function shapeProblem(value: unknown, shape: Shape, path: string): { message: string } | undefined {
  const wrong = (expected: string) => ({ message: `${path} should be ${expected}, not ${show(value)}` });
  if (shape === "string") return typeof value === "string" ? undefined : wrong("a string");
  if (shape === "boolean") return typeof value === "boolean" ? undefined : wrong("true or false");
  if (shape === "number") return Number.isFinite(value) ? undefined : wrong("a number");
  if (shape === "integer") return Number.isInteger(value) && (value as number) >= 0 ? undefined : wrong("a whole number, 0 or more");
  if ("list" in shape) {
    if (!Array.isArray(value)) return wrong("a list");
    for (let i = 0; i < value.length; i++) {
      const problem = shapeProblem(value[i], shape.list, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isObject(value)) return wrong("an object");
  return fieldsProblem(value, shape.fields, shape.required ?? [], path);
}

function fieldsProblem(
  value: Record<string, unknown>,
  fields: Record<string, Shape>,
  required: readonly string[],
  path: string,
): { message: string } | undefined {
  for (const name of required) if (value[name] === undefined) return { message: `${path} has no "${name}"` };
  for (const name in fields) {
    if (value[name] === undefined) continue;
    const problem = shapeProblem(value[name], fields[name], `${path}.${name}`);
    if (problem) return problem;
  }
  return undefined;
}

/** What is wrong with the structure of a parsed `graph.json` (format and version already checked), or undefined. */
function graphProblem(record: Partial<SerializedKnowledgeGraph>): { message: string } | undefined {
  const { graph } = record;
  if (!isObject(graph)) return { message: `"graph" should be an object, not ${show(graph)}` };
  if (!Array.isArray(graph.nodes)) return { message: `graph.nodes should be a list, not ${show(graph.nodes)}` };
  if (!Array.isArray(graph.edges)) return { message: `graph.edges should be a list, not ${show(graph.edges)}` };
  if (graph.attributes !== undefined && !isObject(graph.attributes)) return { message: `graph.attributes should be an object, not ${show(graph.attributes)}` };
  const keys = new Set<string>();
  for (let i = 0; i < graph.nodes.length; i++) {
    const node = graph.nodes[i] as unknown;
    const path = `graph.nodes[${i}]`;
    if (!isObject(node)) return { message: `${path} should be an object, not ${show(node)}` };
    if (typeof node.key !== "string") return { message: `${path}.key should be a string, not ${show(node.key)}` };
    if (keys.has(node.key)) return { message: `node ${show(node.key)} is there twice` };
    keys.add(node.key);
    const attributes = node.attributes;
    const at = `node ${show(node.key)}`;
    if (!isObject(attributes)) return { message: `${at} has no attributes object` };
    const kind = attributes.kind;
    if (typeof kind !== "string" || !Object.hasOwn(NODE_KIND_LABELS, kind))
      return { message: `${at} has kind ${show(kind)}, not one of ${Object.keys(NODE_KIND_LABELS).join(", ")}` };
    const own = KIND_FIELDS[kind as NodeKind];
    const problem = fieldsProblem(attributes, NODE_FIELDS, ["label"], at) ?? fieldsProblem(attributes, own.fields, own.required, at);
    if (problem) return problem;
  }
  const edgeKeys = new Set<string>();
  for (let i = 0; i < graph.edges.length; i++) {
    const edge = graph.edges[i] as unknown;
    const path = `graph.edges[${i}]`;
    if (!isObject(edge)) return { message: `${path} should be an object, not ${show(edge)}` };
    if (edge.key !== undefined) {
      if (typeof edge.key !== "string") return { message: `${path}.key should be a string, not ${show(edge.key)}` };
      if (edgeKeys.has(edge.key)) return { message: `edge ${show(edge.key)} is there twice` };
      edgeKeys.add(edge.key);
    }
    const at = edge.key === undefined ? path : `edge ${show(edge.key)}`;
    for (const end of ["source", "target"] as const) {
      if (typeof edge[end] !== "string" || !keys.has(edge[end] as string))
        return { message: `${at} has ${end} ${show(edge[end])}, which is no node of the graph` };
    }
    if (edge.undirected) return { message: `${at} is undirected; samverkan graphs are directed` };
    const attributes = edge.attributes;
    if (!isObject(attributes)) return { message: `${at} has no attributes object` };
    const kind = attributes.kind;
    if (typeof kind !== "string" || !Object.hasOwn(EDGE_KIND_LABELS, kind))
      return { message: `${at} has kind ${show(kind)}, not one of ${Object.keys(EDGE_KIND_LABELS).join(", ")}` };
    const problem = shapeProblem(attributes, EDGE_ATTRIBUTES, at);
    if (problem) return problem;
  }
  const texts = record.texts as unknown;
  if (texts !== undefined && !(isObject(texts) && typeof texts.file === "string" && typeof texts.sha256 === "string" && safeName(texts.file))) {
    return { message: `"texts" should be {"file": "<name beside the graph>", "sha256": "…"}, not ${show(texts)}` };
  }
  if (record.documents !== undefined) {
    const problem = shapeProblem(record.documents, { list: DOCUMENT }, "documents");
    if (problem) return problem;
    for (let i = 0; i < record.documents.length; i++) {
      const doc = record.documents[i];
      if (doc.text === undefined && texts === undefined) return { message: `documents[${i}] has no "text", and the graph names no texts file` };
    }
  }
  const index = record.index as unknown;
  if (index !== undefined && index !== null && !(isObject(index) && typeof index.sha256 === "string" && (index.file === undefined || safeName(index.file)))) {
    return { message: `"index" should be {"sha256": "…"} or null, not ${show(index)}` };
  }
  return undefined;
}
