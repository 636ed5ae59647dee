/**
 * @samverkan/core
 * ===============
 *
 * Reads Swedish regional-government documents and builds a graphology knowledge graph of people, roles,
 * municipalities, organisations, parties, meetings and topics, each fact tied to the words that state it.
 * Runs in Node and in the browser: file access lives in `@samverkan/core/node`.
 */
export type * from "./types";
export { SamverkanError, isSamverkanError } from "./errors";
export type { ErrorCode } from "./errors";
export { GRAPH_FORMAT_VERSION, createKnowledgeGraph, serializeGraph, loadGraph } from "./graph/serialize";
export type { LoadedGraph } from "./graph/serialize";
