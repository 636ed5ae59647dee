/**
 * Types
 * =====
 *
 * The public shapes of the viewer: what it shows (view state and filters), where search suggestions come from, and
 * the controller `mountViewer` hands back. Everything here is plain data so a view state survives a round trip
 * through the URL hash.
 */
import type { EdgeKind, NodeKind } from "@samverkan/core";

/** An inclusive range of calendar years; a missing bound is open. */
export interface YearRange {
  from?: number;
  to?: number;
}

/** What the map shows. `null` in a field means "no restriction". */
export interface ViewerFilters {
  /** Node kinds to show; `null` shows every kind. */
  nodeKinds: NodeKind[] | null;
  /** Relation kinds to show; `null` shows every kind. */
  edgeKinds: EdgeKind[] | null;
  /** Only facts dated within these years (undated facts stay visible). */
  years: YearRange | null;
  /** Id of an organisation or municipality: show it and what it is directly linked to. */
  scope: string | null;
}

/** Which graph the map draws: the whole knowledge graph, or the person-to-person `works_with` projection. */
export type ViewMode = "graph" | "works-with";

/** The ego network of one node: the node and everything within `depth` steps. */
export interface EgoSelection {
  id: string;
  depth: 1 | 2;
}

/** Everything that decides what the viewer shows; serializable to and from the URL hash. */
export interface ViewState {
  /** Focused (selected) node, whose details the side panel shows. */
  focus: string | null;
  view: ViewMode;
  ego: EgoSelection | null;
  /**
   * Explore mode, for graphs too big to draw whole: only these nodes and their direct neighbours are drawn, and each
   * search pick or "Expand" adds one. `[]` is the empty map waiting for a search; `null` or absent is off.
   */
  explore?: string[] | null;
  filters: ViewerFilters;
}

/** One suggestion under the search box. */
export interface Suggestion {
  /** Node id in the knowledge graph. */
  id: string;
  label: string;
  kind: NodeKind;
  /** A second line, e.g. the alias that matched. */
  detail?: string;
}

/** Anything that turns typed text into suggestions; `@samverkan/search` is adapted to it by `searchIndexSuggestions`. */
export interface SuggestionSource {
  /** Suggestions for `query`, best first, at most `limit`. An empty query gives none. */
  suggest(query: string, limit: number): Suggestion[];
}

/**
 * The part of a search index the viewer needs: a `search` returning hits that name an entity. Matches the index of
 * `@samverkan/search` without depending on its classes.
 */
export interface SearchIndexLike {
  /** Hits best first, as an array or as `{hits}`; hits without an entity id (passages) are skipped. */
  search(query: string, options?: { limit?: number }): ReadonlyArray<SearchHitLike> | { hits: ReadonlyArray<SearchHitLike> };
}

/** A hit from a `SearchIndexLike`; the entity id is read from `id`, else `ref`, else `entity`. */
export interface SearchHitLike {
  /** `"entity"` or absent; other types (passages) are skipped. */
  type?: string;
  id?: string;
  ref?: string;
  entity?: string | { id: string };
  label?: string;
  kind?: string;
  score?: number;
}

/** A label drawn on the map: its text and where it was drawn, in CSS pixels from the map's top-left corner. */
export interface DrawnLabel {
  /** The node's id. */
  id: string;
  text: string;
  /** Where the text starts (its left end). */
  x: number;
  /** The text's baseline. */
  y: number;
  /** The CSS font it was drawn with (`context.font`). */
  font: string;
}

/** Returned by `mountViewer`: drives the viewer from code. */
export interface ViewerController {
  /** The current view state (a copy). */
  getState(): ViewState;
  /**
   * Selects a node, opens its panel and moves the camera to it; `null` clears the selection.
   * @throws SamverkanError `UNKNOWN_ENTITY` when the id is not in the graph.
   */
  focus(id: string | null): void;
  /** Replaces the given filter fields, keeping the others. */
  setFilters(filters: Partial<ViewerFilters>): void;
  /**
   * Switches to the person-to-person "who works with whom" view; with a person id, shows that person's ego network
   * (`depth` steps, default 1) and selects them.
   */
  showWorksWith(person?: string, depth?: 1 | 2): void;
  /** Switches back to the whole knowledge graph. */
  showGraph(): void;
  /** Shows only the ego network of a node in the current view; `null` shows everything again. */
  showEgo(id: string | null, depth?: 1 | 2): void;
  /** Clears selection, ego network and filters, returns to the whole graph and resets the camera. */
  reset(): void;
  /** Starts refining the layout with ForceAtlas2 in a web worker. */
  startLayout(): void;
  stopLayout(): void;
  isLayoutRunning(): boolean;
  /** The current view as a PNG image (white background, what is on screen). */
  exportPng(): Promise<Blob>;
  /**
   * Explore mode: `explore(id)` adds a node and its neighbours to the map (starting the mode when it is off),
   * `explore([])` starts from an empty map, `explore(null)` leaves the mode and draws the whole view again.
   * @throws SamverkanError `UNKNOWN_ENTITY` when the id is not in the graph.
   */
  explore(id: string | [] | null): void;
  /** Uses a search index for suggestions from now on (the site loads the index while the map is already drawn). */
  setSearchIndex(index: SearchIndexLike): void;
  /** Zooms the camera in or out by one step around the middle of the map. */
  zoom(direction: "in" | "out"): void;
  /** Moves the camera so every visible node is in view. */
  fit(): void;
  /** Where a node is drawn, in CSS pixels from the map's top-left corner; `null` when it is not drawn. */
  nodePosition(id: string): { x: number; y: number } | null;
  /**
   * The labels of the last frame drawn: text, font and where each starts (left end, baseline), in CSS pixels from the
   * map's top-left corner. Read-only, for tests and scripts that check what a reader sees (labels never overlap).
   */
  drawnLabels(): DrawnLabel[];
  /** Removes the viewer from the page and frees its WebGL contexts and worker. */
  destroy(): void;
}
