/**
 * Prose
 * =====
 *
 * The graph of one invented text read by its file name (a newsletter, an e-mail, a report), and its meetings and edges
 * as sorted lines, for the tests of events told in prose and seminars.
 */
// By path, not by package name, as minutes.ts does.
import { buildGraph, readDocument, type KnowledgeGraph } from "../../packages/core/src/index";

/** The graph of one text read as the file `source` (no layout). */
export const graphOf = (source: string, content: string): KnowledgeGraph => buildGraph([readDocument({ source, content })], { layout: false }).graph;

/** Each meeting as `label @ place` (`-` with none), sorted. */
export const meetings = (g: KnowledgeGraph): string[] =>
  g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => `${g.getNodeAttribute(n, "label")} @ ${g.getNodeAttribute(n, "place") ?? "-"}`)
    .sort();

/** Each edge of the given kinds as `kind source -> target` (labels), sorted. */
export const edges = (g: KnowledgeGraph, ...kinds: string[]): string[] =>
  g
    .filterEdges((_, a) => kinds.includes(a.kind))
    .map((e) => `${g.getEdgeAttribute(e, "kind")} ${g.getNodeAttribute(g.source(e), "label")} -> ${g.getNodeAttribute(g.target(e), "label")}`)
    .sort();
