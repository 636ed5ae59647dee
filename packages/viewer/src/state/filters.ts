/**
 * Filters
 * =======
 *
 * Which nodes and edges pass the viewer's filters and ego selection. Pure: the map applies the result through sigma's
 * reducers, and tests check it without a browser.
 */
import { SamverkanError } from "@samverkan/core";
import type { EdgeKind, KnowledgeGraph, NodeKind } from "@samverkan/core";
import type { EgoSelection, ViewerFilters } from "../types";
import { overlaps, type TimeIndex } from "./dates";
import { egoNetwork } from "./ego";

/** Every node kind, in legend order. */
export const NODE_KINDS: readonly NodeKind[] = ["person", "organisation", "municipality", "party", "meeting", "topic", "document"];

/** Every relation kind, in legend order. */
export const EDGE_KINDS: readonly EdgeKind[] = [
  "holds_role",
  "member_of",
  "represents",
  "attended",
  "chaired",
  "spoke_at",
  "organised_by",
  "discussed",
  "mentions",
  "collaborates_with",
  "works_with",
];

/**
 * The kinds a large graph opens on: the actors and where they meet. Documents are reached from the side panel
 * instead of being drawn as hubs, and parties and topics (a few nodes linked to thousands) are one click away in
 * the filters.
 */
export const OVERVIEW_NODE_KINDS: readonly NodeKind[] = ["person", "organisation", "municipality", "meeting"];

/** No restriction: everything visible. */
export const DEFAULT_FILTERS: ViewerFilters = { nodeKinds: null, edgeKinds: null, years: null, scope: null };

/**
 * Checks and completes partial filters: unknown kinds and reversed year ranges are programmer errors.
 * @throws SamverkanError `BAD_OPTION`
 */
export function resolveFilters(filters: Partial<ViewerFilters> = {}, base: ViewerFilters = DEFAULT_FILTERS): ViewerFilters {
  const result: ViewerFilters = { ...base, ...filters };
  for (const kind of result.nodeKinds ?? []) {
    if (!NODE_KINDS.includes(kind)) throw new SamverkanError("BAD_OPTION", `samverkan/viewer.setFilters: unknown node kind ${JSON.stringify(kind)}`);
  }
  for (const kind of result.edgeKinds ?? []) {
    if (!EDGE_KINDS.includes(kind)) throw new SamverkanError("BAD_OPTION", `samverkan/viewer.setFilters: unknown relation kind ${JSON.stringify(kind)}`);
  }
  const years = result.years;
  if (years) {
    for (const bound of [years.from, years.to]) {
      if (bound !== undefined && !Number.isInteger(bound))
        throw new SamverkanError("BAD_OPTION", `samverkan/viewer.setFilters: year ${String(bound)} is not a whole number`);
    }
    if (years.from !== undefined && years.to !== undefined && years.from > years.to) {
      throw new SamverkanError("BAD_OPTION", `samverkan/viewer.setFilters: year range ${years.from}–${years.to} ends before it starts`);
    }
    if (years.from === undefined && years.to === undefined) result.years = null;
  }
  return result;
}

/** The nodes and edges to draw. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** What `computeVisibility` needs besides the graph. */
export interface VisibilityContext {
  filters: ViewerFilters;
  time?: TimeIndex;
  ego?: EgoSelection | null;
  /** Explore mode: only these nodes and their neighbours (over visible edges); `[]` shows nothing yet. */
  explore?: readonly string[] | null;
  /**
   * Graph the scope entity lives in, when `graph` is a projection without it (the works-with view): nodes of
   * `graph` are kept when they are linked to the scope there.
   */
  scopeGraph?: KnowledgeGraph;
}

/**
 * Decides what is visible. A node passes when its kind is selected, its date (meetings, documents) is in the year
 * range, and it is the scope entity or linked to it. An edge passes when its kind is selected, it is in the year range
 * or undated, and both ends pass. With a year range, undated nodes (people, organisations…) stay only when
 * one of their edges does, so "2016" shows who was active in 2016. The ego selection then keeps only what lies within
 * its depth over visible edges, and explore mode only the explored nodes and their direct neighbours.
 */
export function computeVisibility(graph: KnowledgeGraph, context: VisibilityContext): Visibility {
  const { filters, time } = context;
  const nodeKinds = filters.nodeKinds ? new Set(filters.nodeKinds) : null;
  const edgeKinds = filters.edgeKinds ? new Set(filters.edgeKinds) : null;
  const from = filters.years?.from;
  const to = filters.years?.to;
  const scopeGraph = context.scopeGraph ?? graph;
  let scope: Set<string> | null = null;
  if (filters.scope !== null && scopeGraph.hasNode(filters.scope)) {
    scope = new Set(scopeGraph.neighbors(filters.scope));
    scope.add(filters.scope);
  }

  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (nodeKinds && !nodeKinds.has(attributes.kind)) return;
    if (scope && !scope.has(node)) return;
    const years = time?.nodes.get(node);
    if (filters.years && years && !overlaps(years, from, to)) return;
    nodes.add(node);
  });

  const edges = new Set<string>();
  const linked = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (edgeKinds && !edgeKinds.has(attributes.kind)) return;
    if (!nodes.has(source) || !nodes.has(target)) return;
    const years = time?.edges.get(edge);
    if (filters.years && years && !overlaps(years, from, to)) return;
    edges.add(edge);
    linked.add(source);
    linked.add(target);
  });

  if (filters.years) {
    for (const node of nodes) {
      const dated = time?.nodes.has(node) ?? false;
      if (!dated && !linked.has(node) && node !== filters.scope) nodes.delete(node);
    }
  }

  if (context.ego && graph.hasNode(context.ego.id)) {
    const keep = egoNetwork(graph, context.ego.id, context.ego.depth, edges);
    for (const node of nodes) if (!keep.has(node)) nodes.delete(node);
    nodes.add(context.ego.id);
    keepEdgesBetween(graph, nodes, edges);
  }
  if (context.explore) {
    const keep = new Set<string>();
    for (const seed of context.explore) {
      if (!graph.hasNode(seed)) continue;
      for (const node of egoNetwork(graph, seed, 1, edges)) keep.add(node);
    }
    for (const node of nodes) if (!keep.has(node)) nodes.delete(node);
    for (const seed of context.explore) if (graph.hasNode(seed)) nodes.add(seed);
    keepEdgesBetween(graph, nodes, edges);
  }
  return { nodes, edges };
}

function keepEdgesBetween(graph: KnowledgeGraph, nodes: ReadonlySet<string>, edges: Set<string>): void {
  for (const edge of edges) {
    if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
  }
}
