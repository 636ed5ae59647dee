/**
 * Minutes
 * =======
 *
 * The graph of one invented protocol, and its attendees as sorted lines, for the tests of minutes' layouts.
 */
// By path, not by package name: the core package's own tests use it, and a package does not resolve itself.
import { buildGraph, readDocument, type KnowledgeGraph } from "../../packages/core/src/index";

/** The graph of one protocol's text (no layout). */
export function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
}

/** A node's label. */
export const label = (g: KnowledgeGraph, n: string): string => String(g.getNodeAttribute(n, "label"));

/** Each attendee as `name: capacity` (`name: -` with none), sorted. */
export function attendees(g: KnowledgeGraph): string[] {
  return g
    .filterEdges((_, a) => a.kind === "attended")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "capacity") ?? "-"}`)
    .sort();
}
