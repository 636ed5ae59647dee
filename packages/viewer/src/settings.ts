/**
 * Settings
 * ========
 *
 * Options of `mountViewer`: an interface, its defaults, and `resolveViewerSettings`, which fills in defaults and
 * rejects bad values with a `SamverkanError` (`BAD_OPTION`) naming the option.
 */
import { SamverkanError } from "@samverkan/core";
import type { DocumentRecord, KnowledgeGraph } from "@samverkan/core";
import type { SearchIndexLike, SuggestionSource, ViewState } from "./types";

/** Options of `mountViewer`. */
export interface ViewerSettings {
  /** Documents the evidence points into, when the source is a graph instance (serialized sources carry their own). */
  documents: readonly DocumentRecord[];
  /** Where search-box suggestions come from. Default: `searchIndex` when given, else labels and aliases. */
  suggestions: SuggestionSource | null;
  /** A prebuilt search index (e.g. `@samverkan/search`), adapted with `searchIndexSuggestions`. Default: none. */
  searchIndex: SearchIndexLike | null;
  /** Builds the person-to-person `works_with` graph. Default (null): core's `worksWithProjection`. */
  projection: ((graph: KnowledgeGraph) => KnowledgeGraph) | null;
  /** State to open with (merged over the default state, then over the URL hash when `hash` is on). Default: none. */
  initialState: Partial<ViewState> | null;
  /** Keep the view state in `location.hash` (deep links) and follow its changes. Default: `false`. */
  hash: boolean;
  /** Refine the layout with ForceAtlas2 in a worker on open: `"auto"` when most nodes had no position. Default: `"auto"`. */
  refineLayout: boolean | "auto";
  /** Milliseconds the start-up refinement runs before stopping by itself. Default: `4000`. */
  refineDuration: number;
  /** Hide edges and labels while panning or zooming when the view has more edges than this. Default: `5000`. */
  hideEdgesOnMoveAbove: number;
  /** Sigma's label density: higher shows more labels. Default: `0.4`. */
  labelDensity: number;
  /** Smallest rendered node size, in pixels, that gets a label. Default: `4`. */
  labelRenderedSizeThreshold: number;
  /**
   * Graphs with more nodes than this open on the overview: people, organisations, municipalities and meetings
   * (documents, parties and topics one click away in the filters). Default: `5000`.
   */
  overviewAbove: number;
  /**
   * Open in explore mode — an empty map, a search, then the picked node's neighbourhood, expanded step by step — for
   * graphs too big to draw whole: `"auto"` above `exploreAbove` nodes. Default: `"auto"`.
   */
  startFromSearch: boolean | "auto";
  /** Node count above which `startFromSearch: "auto"` opens in explore mode. Default: `60000`. */
  exploreAbove: number;
  /**
   * Reads a document's full text for the document view (the quote in its passage). Default: the document's own
   * `text` when it has one. The site passes a reader of the per-document text files `samverkan view` writes.
   */
  documentText: ((doc: DocumentRecord) => Promise<string | null>) | null;
  /** Suggestions shown under the search box. Default: `8`. */
  maxSuggestions: number;
  /** Quotes shown per fact in the side panel. Default: `3`. */
  maxEvidence: number;
  /** Parts of the interface to build: search box, filter panel, legend, side panel, toolbar. Default: all on. */
  ui: { search: boolean; filters: boolean; legend: boolean; panel: boolean; toolbar: boolean };
  /** Insert the viewer's stylesheet into the document. Default: `true`. */
  injectStyles: boolean;
  /** Called after every state change (focus, filters, view). Default: none. */
  onStateChange: ((state: ViewState) => void) | null;
}

/** Defaults of every viewer option. */
export const DEFAULT_VIEWER_SETTINGS: Readonly<ViewerSettings> = Object.freeze({
  documents: [],
  suggestions: null,
  searchIndex: null,
  projection: null,
  initialState: null,
  hash: false,
  refineLayout: "auto",
  refineDuration: 4000,
  hideEdgesOnMoveAbove: 5000,
  labelDensity: 0.4,
  labelRenderedSizeThreshold: 4,
  overviewAbove: 5000,
  startFromSearch: "auto",
  exploreAbove: 60_000,
  documentText: null,
  maxSuggestions: 8,
  maxEvidence: 3,
  ui: { search: true, filters: true, legend: true, panel: true, toolbar: true },
  injectStyles: true,
  onStateChange: null,
});

function bad(option: string, value: unknown, expected: string): SamverkanError {
  return new SamverkanError("BAD_OPTION", `samverkan/mountViewer: option ${option} must be ${expected}, got ${JSON.stringify(value) ?? String(value)}`);
}

/**
 * Fills in defaults and checks option values.
 * @throws SamverkanError `BAD_OPTION` for a value of the wrong type or range.
 */
export function resolveViewerSettings(options: Partial<ViewerSettings> = {}): ViewerSettings {
  const settings: ViewerSettings = { ...DEFAULT_VIEWER_SETTINGS, ...options, ui: { ...DEFAULT_VIEWER_SETTINGS.ui, ...options.ui } };
  const nonNegative = ["refineDuration", "hideEdgesOnMoveAbove", "labelDensity", "labelRenderedSizeThreshold", "overviewAbove", "exploreAbove"] as const;
  for (const key of nonNegative) {
    const value = settings[key];
    if (typeof value !== "number" || !(value >= 0)) throw bad(key, value, "a number ≥ 0");
  }
  for (const key of ["maxSuggestions", "maxEvidence"] as const) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < 1) throw bad(key, value, "a whole number ≥ 1");
  }
  if (settings.refineLayout !== "auto" && typeof settings.refineLayout !== "boolean") throw bad("refineLayout", settings.refineLayout, 'true, false or "auto"');
  if (settings.startFromSearch !== "auto" && typeof settings.startFromSearch !== "boolean")
    throw bad("startFromSearch", settings.startFromSearch, 'true, false or "auto"');
  if (settings.documentText !== null && typeof settings.documentText !== "function") throw bad("documentText", "(value)", "a function or null");
  if (!Array.isArray(settings.documents)) throw bad("documents", settings.documents, "an array of documents");
  if (settings.searchIndex !== null && typeof settings.searchIndex.search !== "function")
    throw bad("searchIndex", "(object)", "an object with a search() method");
  if (settings.suggestions !== null && typeof settings.suggestions.suggest !== "function")
    throw bad("suggestions", "(object)", "an object with a suggest() method");
  return settings;
}
