/**
 * @samverkan/viewer
 * =================
 *
 * A sigma.js v3 map of a samverkan knowledge graph — who works with whom — with search, filters, a person-to-person
 * view and the evidence behind every link one click away. `mountViewer` is the entry point; the pure view logic
 * (filters, projection, deep links, panel contents) is exported too, for tests and other front ends.
 */
export type * from "./types";
export { mountViewer } from "./dom/mount-viewer";
export type { ViewerSource } from "./dom/mount-viewer";
export { DEFAULT_VIEWER_SETTINGS, resolveViewerSettings } from "./settings";
export type { ViewerSettings } from "./settings";
export { DEFAULT_FILTERS, EDGE_KINDS, NODE_KINDS, OVERVIEW_NODE_KINDS, computeVisibility, resolveFilters } from "./state/filters";
export type { Visibility, VisibilityContext } from "./state/filters";
export { buildTimeIndex, overlaps, yearOf } from "./state/dates";
export type { TimeIndex, YearSpan } from "./state/dates";
export { egoNetwork } from "./state/ego";
export { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, parseViewState } from "./state/hash";
export type { ParsedViewState } from "./state/hash";
export { describeEdge, describeEntity, safeUrl, weightInWords } from "./state/describe-entity";
export { describeAnswer } from "./state/describe-answer";
export type { AnswerModel } from "./state/describe-answer";
export type { ChainStepView, DescribeOptions, EdgeModel, EvidenceView, PanelItem, PanelModel, PanelSection } from "./state/describe-entity";
export { hitId, labelSuggestions, searchIndexSuggestions } from "./state/suggest";
export { distinctLabels } from "./state/distinct-labels";
export { EDGE_COLORS, EDGE_KIND_LABELS, NODE_COLORS, NODE_KIND_LABELS, edgeSize, nodeSize } from "./state/encoding";
export { ensurePositions, hashString } from "./state/ensure-positions";
