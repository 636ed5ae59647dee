/**
 * Minutes
 * =======
 *
 * The graph of one invented protocol, and its attendees and roles as sorted lines, for the tests of minutes' layouts.
 */
// By path, not by package name: the core package's own tests use it, and a package does not resolve itself.
import { buildGraph, readDocument, type KnowledgeGraph } from "../../packages/core/src/index";

/** The graph of one protocol's text (no layout). */
export function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
}

/** A node's label. */
export const label = (g: KnowledgeGraph, n: string): string => String(g.getNodeAttribute(n, "label"));

/** Each person's name, sorted. */
export function persons(g: KnowledgeGraph): string[] {
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => label(g, n))
    .sort();
}

/** Each attendee as `name: capacity` (`name: -` with none), sorted. */
export function attendees(g: KnowledgeGraph): string[] {
  return g
    .filterEdges((_, a) => a.kind === "attended")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "capacity") ?? "-"}`)
    .sort();
}

/** Who chaired a meeting, sorted. */
export function chairs(g: KnowledgeGraph): string[] {
  return g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => label(g, g.source(e)))
    .sort();
}

/** Each role as `name: role`, held in a body (edges) or as a title (on the person), sorted. */
export function roles(g: KnowledgeGraph): string[] {
  const held = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")}`);
  const titles = g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) => ((g.getNodeAttributes(n) as { roles?: { role: string }[] }).roles ?? []).map((r) => `${label(g, n)}: ${r.role}`));
  return [...held, ...titles].sort();
}

/** Each party membership as `name: party`, sorted. */
export function parties(g: KnowledgeGraph): string[] {
  return g
    .filterEdges((_, a) => a.kind === "member_of")
    .map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`)
    .sort();
}
