/**
 * Prose
 * =====
 *
 * The graph of one invented text read by its file name (a newsletter, an e-mail, a report), and its meetings and edges
 * as sorted lines, for the tests of events told in prose and seminars; its roles and speakers likewise.
 */
// By path, not by package name, as minutes.ts does.
import { buildGraph, readDocument, type KnowledgeGraph, type PersonAttributes } from "../../packages/core/src/index";

/** The graph of one text read as the file `source` (no layout). */
export const graphOf = (source: string, content: string): KnowledgeGraph => buildGraph([readDocument({ source, content })], { layout: false }).graph;

/** Each meeting as `label @ place` (`-` with none), sorted. */
export const meetings = (g: KnowledgeGraph): string[] =>
  g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => `${g.getNodeAttribute(n, "label")} @ ${(g.getNodeAttributes(n) as { place?: string }).place ?? "-"}`)
    .sort();

/** Each meeting's label, sorted. */
export const meetingLabels = (g: KnowledgeGraph): string[] =>
  g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();

/** Each edge of the given kinds as `kind source -> target` (labels), sorted. */
export const edges = (g: KnowledgeGraph, ...kinds: string[]): string[] =>
  g
    .filterEdges((_, a) => kinds.includes(a.kind))
    .map((e) => `${g.getEdgeAttribute(e, "kind")} ${g.getNodeAttribute(g.source(e), "label")} -> ${g.getNodeAttribute(g.target(e), "label")}`)
    .sort();

/** Each role held in a body, as `name: role @ body`, and each role held in none, as `name: role`, sorted. */
export function heldRoles(g: KnowledgeGraph): string[] {
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  const held = g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g.source(e))}: ${g.getEdgeAttribute(e, "roleNormalised")} @ ${label(g.target(e))}`);
  const bare = g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => `${label(n)}: ${r.roleNormalised}`));
  return [...held, ...bare].sort();
}

/** Each role held in no body, as written, of a news text's people: `name: role`, sorted. */
export function writtenTitles(text: string): string[] {
  const g = graphOf("nyhet.txt", text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => `${g.getNodeAttribute(n, "label")}: ${r.role}`))
    .sort();
}

/** Who spoke at the events of a graph (`spoke_at`), sorted. */
export const speakers = (g: KnowledgeGraph): string[] =>
  g
    .filterEdges((_, a) => a.kind === "spoke_at")
    .map((e) => String(g.getNodeAttribute(g.source(e), "label")))
    .sort();
