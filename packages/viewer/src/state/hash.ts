/**
 * Deep links
 * ==========
 *
 * The view state as a URL hash and back: `#focus=person%3Amats-gerdau&view=works-with&ego=1&kinds=person,meeting
 * &rels=chaired&years=2015-2019&scope=municipality%3Anacka`. Decoding is lenient: a hand-edited or stale link drops
 * what it cannot read instead of failing.
 */
import type { EdgeKind, NodeKind } from "@samverkan/core";
import type { ViewState } from "../types";
import { DEFAULT_FILTERS, EDGE_KINDS, NODE_KINDS } from "./filters";

/** The state shown when nothing is selected or filtered. */
export const DEFAULT_VIEW_STATE: ViewState = { focus: null, view: "graph", ego: null, filters: DEFAULT_FILTERS };

/** Encodes a view state as a URL hash (with the leading `#`, or `""` for the default state). */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set("focus", state.focus);
  if (state.view !== "graph") params.set("view", state.view);
  if (state.ego) {
    params.set("ego", String(state.ego.depth));
    if (state.ego.id !== state.focus) params.set("egoOf", state.ego.id);
  }
  const { nodeKinds, edgeKinds, years, scope } = state.filters;
  if (nodeKinds) params.set("kinds", nodeKinds.join(","));
  if (edgeKinds) params.set("rels", edgeKinds.join(","));
  if (years) params.set("years", `${years.from ?? ""}-${years.to ?? ""}`);
  if (scope) params.set("scope", scope);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Decodes a URL hash (with or without `#`) into a view state; unreadable parts fall back to the defaults. */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const focus = params.get("focus") || null;
  const view = params.get("view") === "works-with" ? "works-with" : "graph";
  const depth = params.get("ego");
  const egoId = params.get("egoOf") || focus;
  const ego = (depth === "1" || depth === "2") && egoId ? { id: egoId, depth: Number(depth) as 1 | 2 } : null;
  const list = <T extends string>(name: string, known: readonly T[]): T[] | null => {
    const value = params.get(name);
    if (value === null) return null;
    return value.split(",").filter((item): item is T => (known as readonly string[]).includes(item));
  };
  let years: ViewState["filters"]["years"] = null;
  const match = /^(\d{4})?-(\d{4})?$/.exec(params.get("years") ?? "");
  if (match && (match[1] || match[2])) {
    const from = match[1] ? Number(match[1]) : undefined;
    const to = match[2] ? Number(match[2]) : undefined;
    if (from === undefined || to === undefined || from <= to) years = { from, to };
  }
  return {
    focus,
    view,
    ego,
    filters: {
      nodeKinds: list<NodeKind>("kinds", NODE_KINDS),
      edgeKinds: list<EdgeKind>("rels", EDGE_KINDS),
      years,
      scope: params.get("scope") || null,
    },
  };
}
