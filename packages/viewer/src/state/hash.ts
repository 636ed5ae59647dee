/**
 * Deep links
 * ==========
 *
 * The view state as a URL hash and back: `#focus=person%3Amats-gerdau&view=works-with&ego=1&kinds=person,meeting
 * &rels=chaired&years=2015-2019&scope=municipality%3Anacka&explore=person%3Aa,person%3Ab`. Kinds are written only
 * where they differ from the graph's default (`kinds=all` when every kind is shown over a large graph's overview).
 * Decoding is lenient — a hand-edited or stale link drops what it cannot read — and `parseViewState` says what it
 * dropped, so the page can tell the reader instead of showing a silently different map.
 */
import type { EdgeKind, NodeKind } from "@samverkan/core";
import type { ViewerFilters, ViewState } from "../types";
import { DEFAULT_FILTERS, EDGE_KINDS, NODE_KINDS } from "./filters";

/** The state shown when nothing is selected or filtered. */
export const DEFAULT_VIEW_STATE: ViewState = { focus: null, view: "graph", ego: null, filters: DEFAULT_FILTERS };

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((item, index) => item === b[index]));

/**
 * Encodes a view state as a URL hash (with the leading `#`, or `""` for the default state).
 * @param defaults - The filters the graph opens with (a large graph's overview kinds); only differences are written.
 */
export function encodeViewState(state: ViewState, defaults: ViewerFilters = DEFAULT_FILTERS): string {
  const params = new URLSearchParams();
  if (state.focus) params.set("focus", state.focus);
  if (state.view !== "graph") params.set("view", state.view);
  if (state.ego) {
    params.set("ego", String(state.ego.depth));
    if (state.ego.id !== state.focus) params.set("egoOf", state.ego.id);
  }
  const { nodeKinds, edgeKinds, years, scope } = state.filters;
  if (!sameList(nodeKinds, defaults.nodeKinds)) params.set("kinds", nodeKinds ? nodeKinds.join(",") : "all");
  if (edgeKinds) params.set("rels", edgeKinds.join(","));
  if (years) params.set("years", `${years.from ?? ""}-${years.to ?? ""}`);
  if (scope) params.set("scope", scope);
  if (state.explore) params.set("explore", state.explore.join(","));
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Decodes a URL hash (with or without `#`) into a view state; unreadable parts fall back to the defaults. */
export function decodeViewState(hash: string, defaults: ViewerFilters = DEFAULT_FILTERS): ViewState {
  return parseViewState(hash, defaults).state;
}

/** A decoded hash and, in words, what it held that could not be read (empty when all of it was). */
export interface ParsedViewState {
  state: ViewState;
  problems: string[];
}

const KNOWN_PARAMS = new Set(["focus", "view", "ego", "egoOf", "kinds", "rels", "years", "scope", "explore"]);

/** Like `decodeViewState`, and lists the parts it dropped: unknown parameters, kinds, views and unreadable years. */
export function parseViewState(hash: string, defaults: ViewerFilters = DEFAULT_FILTERS): ParsedViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const problems: string[] = [];
  for (const name of new Set(params.keys())) if (!KNOWN_PARAMS.has(name)) problems.push(`unknown part “${name}”`);
  const viewText = params.get("view");
  if (viewText !== null && viewText !== "works-with" && viewText !== "graph") problems.push(`unknown view “${viewText}”`);
  const depthText = params.get("ego");
  if (depthText !== null && depthText !== "1" && depthText !== "2") problems.push(`ego depth “${depthText}” (1 or 2)`);
  const focus = params.get("focus") || null;
  const view = params.get("view") === "works-with" ? "works-with" : "graph";
  const depth = params.get("ego");
  const egoId = params.get("egoOf") || focus;
  const ego = (depth === "1" || depth === "2") && egoId ? { id: egoId, depth: Number(depth) as 1 | 2 } : null;
  const list = <T extends string>(name: string, known: readonly T[], fallback: T[] | null): T[] | null => {
    const value = params.get(name);
    if (value === null) return fallback;
    if (value === "all") return null;
    const items = value.split(",").filter((item) => item !== "");
    for (const item of items) if (!(known as readonly string[]).includes(item)) problems.push(`unknown kind “${item}”`);
    return items.filter((item): item is T => (known as readonly string[]).includes(item));
  };
  let years: ViewState["filters"]["years"] = null;
  const match = /^(\d{4})?-(\d{4})?$/.exec(params.get("years") ?? "");
  if (match && (match[1] || match[2])) {
    const from = match[1] ? Number(match[1]) : undefined;
    const to = match[2] ? Number(match[2]) : undefined;
    if (from === undefined || to === undefined || from <= to) years = { from, to };
    else problems.push(`year range “${params.get("years")}” ends before it starts`);
  } else if (params.get("years")) problems.push(`years “${params.get("years")}”`);
  const exploreText = params.get("explore");
  const explore = exploreText === null ? null : exploreText.split(",").filter((item) => item !== "");
  const state: ViewState = {
    focus,
    view,
    ego,
    ...(explore ? { explore } : {}),
    filters: {
      nodeKinds: list<NodeKind>("kinds", NODE_KINDS, defaults.nodeKinds),
      edgeKinds: list<EdgeKind>("rels", EDGE_KINDS, defaults.edgeKinds),
      years,
      scope: params.get("scope") || null,
    },
  };
  return { state, problems };
}
