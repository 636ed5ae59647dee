/**
 * Analysis
 * ========
 *
 * What map readers expect of a network viewer (Gephi Lite, Retina, Bloom, Aleph), as logic without a DOM and small
 * widgets over it: colour and size by a metric or attribute (degree, PageRank, betweenness, Louvain communities with
 * their members), the shortest path between two people with the evidence of every step, sortable node and edge tables
 * with CSV download, a timeline over the years with a replay of who worked with whom, and SVG or high-resolution PNG
 * export with a legend. The viewer mounts the widgets; everything here is exported for other front ends too.
 */
export type * from "./types";
export { METRICS, DEFAULT_BETWEENNESS_LIMIT, MIN_BETWEENNESS_SOURCES, attributeMetric, getMetric } from "./metrics";
export { sampledBetweenness } from "./sampled-betweenness";
export { metricStyle } from "./metric-style";
export type { MetricChoice, MetricGroup, MetricStyle } from "./metric-style";
export { detectCommunities } from "./detect-communities";
export type { Communities, Community, CommunityMember, CommunityOptions } from "./detect-communities";
export { colorMapping } from "./color-mapping";
export type { ColorMapping, ColorMappingOptions } from "./color-mapping";
export { sizeMapping } from "./size-mapping";
export type { SizeMapping, SizeMappingOptions } from "./size-mapping";
export { formatMetricValue, quantileClasses } from "./quantile-classes";
export type { ValueClass } from "./quantile-classes";
export { CATEGORY_COLORS, OTHER_COLOR, SEQUENTIAL_COLORS } from "./palettes";
export { toSimpleGraph } from "./simple-graph";
export type { SimpleEdgeAttributes, SimpleGraphOptions } from "./simple-graph";
export { findPath } from "./find-path";
export type { CitedEvidence, FindPathOptions, PathFact, PathResult, PathStep } from "./find-path";
export { edgeTable, nodeTable } from "./build-tables";
export type { CellValue, MetricColumn, Table, TableColumn, TableOptions, TableRow } from "./build-tables";
export { sortRows } from "./sort-rows";
export { tableToCsv } from "./table-csv";
export { createYearSlider, moveSliderTo, presentYears, sliderRange, stepSlider } from "./year-slider";
export type { SliderMode, YearSlider } from "./year-slider";
export { worksWithReplay } from "./works-with-replay";
export type { ReplayFrame, ReplayOptions, WorksWithReplay } from "./works-with-replay";
export { sceneToSvg } from "./export-svg";
export type { Scene, SceneEdge, SceneNode, SvgOptions } from "./export-svg";
export { sceneFromSigma } from "./scene-from-sigma";
export type { SceneOptions, SceneSource } from "./scene-from-sigma";
export { svgToPng } from "./svg-to-png";
export type { PngOptions } from "./svg-to-png";
export { downloadFile } from "./download-file";
export { ANALYSIS_CSS } from "./analysis-styles";
export { mountMetricControls } from "./mount-metric-controls";
export type { MetricControls, MetricControlsOptions, MetricSelection } from "./mount-metric-controls";
export { mountPathFinder } from "./mount-path-finder";
export type { PathFinder, PathFinderOptions, PathPerson } from "./mount-path-finder";
export { mountTable } from "./mount-table";
export type { TableView, TableViewOptions } from "./mount-table";
export { mountTimeline } from "./mount-timeline";
export type { TimelineOptions, TimelineView } from "./mount-timeline";
