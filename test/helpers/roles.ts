/**
 * Roles
 * =====
 *
 * The graph of one invented text, and its people's roles as sorted lines, for the tables of the role tests.
 */
// By path, not by package name: the core package's own tests use it, and a package does not resolve itself.
import { buildGraph, readDocument, type KnowledgeGraph } from "../../packages/core/src/index";

/** The graph of one text (no layout). */
export function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;
}

export interface RoleLines {
  /** The role as written (default false). */
  written?: boolean;
  /** The normalised role, in brackets after the written one (default true). */
  normalised?: boolean;
  /** ` @ <label>` of where a `holds_role` edge holds it (default true). */
  where?: boolean;
}

/** Each person's roles, their own and their `holds_role` edges, as `label: written [normalised] @ where`, sorted. */
export function personRoles(g: KnowledgeGraph, { written = false, normalised = true, where = true }: RoleLines = {}): string[] {
  const role = (r: { role?: string; roleNormalised?: string }) =>
    written && normalised ? `${r.role} [${r.roleNormalised}]` : written ? `${r.role}` : `${r.roleNormalised}`;
  const out: string[] = [];
  g.forEachNode((key, a) => {
    if (a.kind !== "person") return;
    for (const r of (a as { roles?: { role: string; roleNormalised: string }[] }).roles ?? []) out.push(`${a.label}: ${role(r)}`);
    g.forEachOutEdge(key, (_, e, _s, target) => {
      if (e.kind === "holds_role") out.push(`${a.label}: ${role(e)}${where ? ` @ ${g.getNodeAttribute(target, "label")}` : ""}`);
    });
  });
  return out.sort();
}

/** Each attendee's capacity at the meeting of one text, by label (`member`, `nonserving`, `staff`, …). */
export function attendanceCapacities(text: string): Record<string, string> {
  const g = graphOf(text);
  const out: Record<string, string> = {};
  for (const e of g.filterEdges((_, a) => a.kind === "attended")) out[g.getNodeAttribute(g.source(e), "label")] = String(g.getEdgeAttribute(e, "capacity"));
  return out;
}
