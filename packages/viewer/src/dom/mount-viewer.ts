/**
 * Mount viewer
 * ============
 *
 * Puts a samverkan knowledge graph on a sigma v3 map inside a container of the host page, with a search box,
 * filters, legend, side panel and toolbar, and returns a controller. All view logic lives in `state/` (pure);
 * this file wires it to sigma's reducers and events and to the DOM.
 *
 * Large graphs stay responsive for two reasons. Sigma draws every node and edge of its graph on every frame, hidden
 * ones included, so it is given a display graph holding only what is visible (a hidden document costs nothing);
 * filters, views and explore steps rebuild it. And hovering and selecting restyle only what changes: the node, its
 * neighbours and their edges are reprocessed with sigma's `refresh({ partialGraph })` and nothing else is dimmed,
 * so the other items keep their processed data.
 */
import { SamverkanError, createKnowledgeGraph, loadGraph, worksWithProjection } from "@samverkan/core";
import type { DocumentRecord, EdgeAttributes, KnowledgeGraph, LoadedGraph, NodeKind, SerializedKnowledgeGraph } from "@samverkan/core";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { MetricStyle, SceneSource } from "../analysis";
import { resolveViewerSettings, type ViewerSettings } from "../settings";
import { worksWithReplay } from "../analysis/works-with-replay";
import { buildTimeIndex, type TimeIndex, type YearSpan } from "../state/dates";
import { describeEdge, describeEntity, weightInWords, type EvidenceView } from "../state/describe-entity";
import { describeAnswer, type AnswerModel } from "../state/describe-answer";
import { EDGE_COLORS, NODE_COLORS, edgeSize, nodeSize } from "../state/encoding";
import { ensurePositions } from "../state/ensure-positions";
import { DEFAULT_FILTERS, EDGE_KINDS, NODE_KINDS, OVERVIEW_NODE_KINDS, computeVisibility, resolveFilters, type Visibility } from "../state/filters";
import { DEFAULT_VIEW_STATE, encodeViewState, parseViewState } from "../state/hash";
import { distinctLabels } from "../state/distinct-labels";
import { labelSuggestions, searchIndexSuggestions } from "../state/suggest";
import type { SuggestionSource, ViewerController, ViewerFilters, ViewState } from "../types";
import { openDocumentView } from "./document-view";
import { el } from "./el";
import { exportPng } from "./export-png";
import { createFilterPanel } from "./filter-panel";
import { createLabelLayer, mapLabel } from "./labels";
import { createLegend } from "./legend";
import { renderAnswerPanel, renderEdgePanel, renderPanel } from "./panel";
import { createSearchBox } from "./search-box";
import type { Tools, createTools } from "./tools";
import { ensureStyles } from "./styles";

/**
 * What the viewer can open: a graph instance (copied), what `loadGraph` returned (taken over, not copied: the
 * caller hands it on), the contents of `graph.json`, or the URL of a `graph.json`.
 */
export type ViewerSource = KnowledgeGraph | Pick<LoadedGraph, "graph" | "documents"> | SerializedKnowledgeGraph | string | URL;

let instances = 0;

/** Loads a source into a graph the viewer owns (a copy when the caller passed an instance). */
async function openSource(source: ViewerSource, documents: readonly DocumentRecord[]): Promise<{ graph: KnowledgeGraph; documents: DocumentRecord[] }> {
  if (typeof source === "string" || source instanceof URL) {
    const response = await fetch(source);
    if (!response.ok) throw new SamverkanError("NOT_FOUND", `samverkan/mountViewer: ${String(source)} answered ${response.status} ${response.statusText}`);
    return loadGraph(await response.text(), String(source));
  }
  if (source && typeof source === "object" && "format" in source) return loadGraph(source);
  if (source && typeof source === "object" && "documents" in source && typeof source.graph?.forEachNode === "function") {
    return { graph: source.graph, documents: [...source.documents] };
  }
  if (source && typeof (source as KnowledgeGraph).forEachNode === "function") {
    const graph = createKnowledgeGraph();
    graph.import((source as KnowledgeGraph).export());
    return { graph, documents: [...documents] };
  }
  throw new SamverkanError("BAD_OPTION", "samverkan/mountViewer: source must be a graph, a serialized graph or a URL");
}

/**
 * Mounts the viewer in `container` (which should have a height) and resolves once the map is drawn.
 *
 * @example
 * ```ts
 * const viewer = await mountViewer(document.getElementById("map")!, "graph.json", { hash: true });
 * viewer.focus("person:mats-gerdau");
 * ```
 * @throws SamverkanError `BAD_OPTION` for bad options, `BAD_GRAPH`/`GRAPH_VERSION` for a bad graph, `NOT_FOUND`
 * when the URL cannot be fetched.
 */
export async function mountViewer(container: HTMLElement, source: ViewerSource, options: Partial<ViewerSettings> = {}): Promise<ViewerController> {
  if (!container || typeof container.appendChild !== "function") {
    throw new SamverkanError("BAD_OPTION", "samverkan/mountViewer: container must be an HTML element");
  }
  const settings = resolveViewerSettings(options);
  // Loaded here, not at the top: sigma touches WebGL globals when imported, and the package must import in Node.
  // The analysis tools too: their libraries (graphology-metrics' deep imports) are for the browser bundle.
  const [{ graph, documents }, { default: SigmaClass }, { drawDiscNodeLabel }, { default: LayoutClass }, tools] = await Promise.all([
    openSource(source, settings.documents),
    import("sigma"),
    import("sigma/rendering"),
    import("graphology-layout-forceatlas2/worker"),
    settings.ui.toolbar ? import("./tools") : null,
  ]);
  return createViewer(container, graph, documents, settings, {
    Sigma: SigmaClass,
    drawLabel: drawDiscNodeLabel,
    FA2Layout: LayoutClass,
    createTools: tools?.createTools ?? null,
  });
}

interface Renderers {
  Sigma: typeof Sigma;
  /** Sigma's own label drawer, which the label layer calls for the labels that fit. */
  drawLabel: NodeLabelDrawingFunction;
  FA2Layout: typeof FA2Layout;
  createTools: typeof createTools | null;
}

/** Neighbours of a selected or hovered node whose labels are forced on (those that fit are drawn); more would cover the map in text. */
const MAX_FORCED_LABELS = 30;
/** Milliseconds the pointer rests on a node before its neighbourhood is highlighted. */
const HOVER_REST_MS = 80;
/** Inferred links are drawn translucent (this alpha on the kind colour), so a stated link always stands out. */
const INFERRED_ALPHA = "66";

interface Emphasis {
  centres: Set<string>;
  nodes: Set<string>;
  labelled: Set<string>;
  edges: Set<string>;
}

const noEmphasis = (): Emphasis => ({ centres: new Set(), nodes: new Set(), labelled: new Set(), edges: new Set() });

function createViewer(
  container: HTMLElement,
  graph: KnowledgeGraph,
  documents: DocumentRecord[],
  settings: ViewerSettings,
  { Sigma, drawLabel, FA2Layout, createTools }: Renderers,
): Promise<ViewerController> {
  const uid = `sv${++instances}`;
  if (settings.injectStyles) ensureStyles(container.ownerDocument);
  const placed = ensurePositions(graph);
  const time = buildTimeIndex(graph, documents);
  const documentsById = new Map(documents.map((doc) => [doc.id, doc]));
  let projection: KnowledgeGraph | null = null;
  const worksWith = (): KnowledgeGraph => {
    if (!projection) {
      projection = (settings.projection ?? worksWithProjection)(graph);
      projection.forEachNode((node, attributes) => {
        if (graph.hasNode(node) && !Number.isFinite(attributes.x)) {
          const { x, y } = graph.getNodeAttributes(node);
          projection!.mergeNodeAttributes(node, { x, y });
        }
      });
      ensurePositions(projection);
    }
    return projection;
  };
  // The works-with ties' years (each from the dated meetings, boards and collaborations behind it), so the year
  // filter and the timeline's replay work in that view too; people are undated and show with their ties.
  let projectionTime: TimeIndex | null = null;
  const worksWithTime = (): TimeIndex => {
    if (!projectionTime) {
      const edges = new Map<string, YearSpan>();
      for (const [edge, years] of worksWithReplay(worksWith(), { documents, knowledgeGraph: graph }).tieYears)
        edges.set(edge, { from: years[0]!, to: years.at(-1)! });
      projectionTime = { nodes: new Map(), edges };
    }
    return projectionTime;
  };

  // ----- state -----
  // A large graph opens on its overview kinds; deep links record only what differs from that.
  const defaultFilters: ViewerFilters = graph.order > settings.overviewAbove ? { ...DEFAULT_FILTERS, nodeKinds: [...OVERVIEW_NODE_KINDS] } : DEFAULT_FILTERS;
  const exploreFirst = settings.startFromSearch === true || (settings.startFromSearch === "auto" && graph.order > settings.exploreAbove);
  const openingState: ViewState = { ...DEFAULT_VIEW_STATE, filters: defaultFilters, explore: exploreFirst ? [] : null };
  const problems: string[] = [];
  let state: ViewState = {
    ...openingState,
    ...settings.initialState,
    filters: { ...defaultFilters, ...settings.initialState?.filters },
  };
  if (settings.hash && location.hash) {
    const parsed = parseViewState(location.hash, defaultFilters);
    state = parsed.state;
    problems.push(...parsed.problems);
  }
  state = checkedState(state, problems);
  let current: KnowledgeGraph = state.view === "works-with" ? worksWith() : graph;
  let visibility: Visibility = { nodes: new Set(), edges: new Set() };
  // What sigma draws: the visible nodes and edges of `current`, sharing their attribute objects (so a layout run on
  // it moves the nodes of `current` too).
  let display: KnowledgeGraph = createKnowledgeGraph();
  let baseSize = new Map<string, number>();
  let hovered: string | null = null;
  let emphasis = noEmphasis();
  let selectedEdge: string | null = null;
  const exploring = () => Array.isArray(state.explore);

  /** Drops what names no node of the graph (a stale or hand-edited link), saying so in `problems`. */
  function checkedState(candidate: ViewState, found: string[]): ViewState {
    const known = (id: string | null | undefined) => !id || graph.hasNode(id);
    const unknown = (id: string) => found.push(`no node “${id}” in this graph`);
    const result: ViewState = { ...candidate, filters: { ...candidate.filters } };
    if (!known(result.focus)) {
      unknown(result.focus!);
      result.focus = null;
    }
    if (result.ego && !known(result.ego.id)) {
      if (result.ego.id !== candidate.focus) unknown(result.ego.id);
      result.ego = null;
    }
    if (result.filters.scope && !known(result.filters.scope)) {
      unknown(result.filters.scope);
      result.filters.scope = null;
    }
    if (result.explore) {
      for (const id of result.explore) if (!known(id)) unknown(id);
      result.explore = result.explore.filter((id) => known(id));
    }
    if (result.view === "works-with" && result.focus && graph.getNodeAttribute(result.focus, "kind") !== "person") result.view = "graph";
    result.filters = resolveFilters(result.filters);
    return result;
  }

  // ----- DOM -----
  const status = el("div", { className: "sv-status", attrs: { role: "status", "aria-live": "polite" } });
  const announce = (text: string) => {
    status.textContent = text;
  };
  const stage = el("div", { className: "sv-stage", attrs: { role: "img", "aria-label": "Map of the knowledge graph" } });
  const tooltip = el("div", { className: "sv-tooltip", attrs: { hidden: true, role: "tooltip" } });
  const panel = el("aside", { className: "sv-panel", attrs: { "aria-label": "Details", hidden: true, id: `${uid}-panel` } });
  const toolbar = el("div", { className: "sv-toolbar", attrs: { role: "toolbar", "aria-label": "Viewer" } });
  const notice = el("div", { className: "sv-notice", attrs: { role: "alert", hidden: true } });
  const explorePrompt = el("div", { className: "sv-explore-prompt", attrs: { hidden: true } }, [
    el("p", { text: "This graph is too large to draw whole. Search a name to start from its neighbourhood; “Expand” in the panel adds more." }),
  ]);
  const drawer = el("div", { className: "sv-drawer", attrs: { id: `${uid}-tools`, hidden: true } });
  const filterPanel = createFilterPanel(graph, time, `${uid}-filters`, (partial) => setState({ filters: resolveFilters(partial, state.filters) }));
  const root = el("div", { className: "sv-root" }, [
    toolbar,
    notice,
    settings.ui.filters ? filterPanel.element : null,
    drawer,
    el("div", { className: "sv-main" }, [stage, settings.ui.panel ? panel : null]),
    status,
  ]);
  stage.append(tooltip, explorePrompt);
  const kindsPresent = NODE_KINDS.filter((kind) => graph.someNode((_node, attributes) => attributes.kind === kind));
  /** Relation kinds on the map now, in legend order. */
  const drawnEdgeKinds = () => {
    const drawn = new Set<string>();
    display.forEachEdge((_edge, attributes) => {
      drawn.add(attributes.kind);
    });
    return EDGE_KINDS.filter((kind) => kind !== "works_with" && drawn.has(kind));
  };
  let legend: HTMLElement | null = null;
  const renderLegend = () => {
    legend?.remove();
    if (!settings.ui.legend) return;
    legend =
      state.view === "works-with"
        ? createLegend(["person"] as NodeKind[], [], ["Line width: how much two people work together (shared meetings and organisations)"])
        : createLegend(
            kindsPresent.filter((kind) => !state.filters.nodeKinds || state.filters.nodeKinds.includes(kind)),
            drawnEdgeKinds(),
            graph.someEdge((_edge, attributes) => attributes.inferred === true) ? ["Faint line: inferred, not stated (hover or click it for why)"] : [],
          );
    stage.append(legend);
  };
  const showNotice = (lines: string[]) => {
    if (lines.length === 0) return;
    const dismiss = el("button", { className: "sv-button", text: "Dismiss", attrs: { type: "button" } });
    dismiss.addEventListener("click", () => {
      notice.hidden = true;
    });
    notice.replaceChildren(el("span", { text: `This link could not be read in full (${lines.join("; ")}); the map shows the rest.` }), dismiss);
    notice.hidden = false;
  };

  // Suggestions go through one object whose source can change when the search index arrives after the map.
  // The label match is built once and shared with an index given later.
  const byLabel = labelSuggestions(graph);
  let suggestionSource: SuggestionSource =
    settings.suggestions ?? (settings.searchIndex ? searchIndexSuggestions(settings.searchIndex, graph, byLabel) : byLabel);
  const search = createSearchBox(
    { suggest: (query, limit) => suggestionSource.suggest(query, limit) },
    settings.maxSuggestions,
    (id) => pick(id),
    announce,
    (text) => showAnswer(text),
  );
  const button = (text: string, onClick: () => void, attrs: Record<string, string | boolean> = {}) => {
    const result = el("button", { className: "sv-button", text, attrs: { type: "button", ...attrs } });
    result.addEventListener("click", onClick);
    return result;
  };
  const filtersButton = button(
    "Filters",
    () => {
      filterPanel.element.hidden = !filterPanel.element.hidden;
      syncToolbar();
    },
    { "aria-expanded": "false", "aria-controls": `${uid}-filters` },
  );
  const mapButton = button("Map", () => controller.showGraph(), { "aria-pressed": "true" });
  const worksWithButton = button("Who works with whom", () => controller.showWorksWith(), { "aria-pressed": "false" });
  const exploreButton = button("Explore from search", () => controller.explore(exploring() ? null : []), {
    "aria-pressed": "false",
    title: "Start from an empty map: search a name, then expand step by step",
  });
  const zoomInButton = button("+", () => controller.zoom("in"), { "aria-label": "Zoom in", title: "Zoom in" });
  const zoomOutButton = button("−", () => controller.zoom("out"), { "aria-label": "Zoom out", title: "Zoom out" });
  const fitButton = button("Fit", () => controller.fit(), { title: "Show everything that is drawn" });
  const layoutButton = button("Refine layout", () => (controller.isLayoutRunning() ? controller.stopLayout() : controller.startLayout()), {
    "aria-pressed": "false",
  });
  const resetButton = button("Reset view", () => controller.reset());
  // Groups: what to draw, how to look at it, and the analysis tools (timeline, metrics, path, tables, export).
  const viewGroup = el("div", { className: "sv-group", attrs: { role: "group", "aria-label": "View" } });
  const cameraGroup = el("div", { className: "sv-group", attrs: { role: "group", "aria-label": "Camera" } });
  const toolsGroup = el("div", { className: "sv-group sv-tools", attrs: { role: "group", "aria-label": "Tools" } });
  if (settings.ui.search) toolbar.append(search.element);
  if (settings.ui.toolbar) {
    viewGroup.append(mapButton, worksWithButton, exploreButton);
    if (settings.ui.filters) viewGroup.append(filtersButton);
    cameraGroup.append(zoomInButton, zoomOutButton, fitButton, layoutButton, resetButton);
    toolbar.append(viewGroup, cameraGroup, toolsGroup);
  }
  container.append(root);

  // ----- sigma -----
  const distinct = distinctLabels(graph);
  const computeBase = () => {
    baseSize = new Map();
    current.forEachNode((node) => baseSize.set(node, nodeSize(current.degree(node))));
  };
  // Colour and size by a metric, when the reader chose one (the "Colour & size" tool).
  let metric: MetricStyle | null = null;
  const nodeReducer = (node: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const kind = data.kind as NodeKind;
    const result: Partial<NodeDisplayData> = {
      ...(data as Partial<NodeDisplayData>),
      label: typeof data.label === "string" ? mapLabel(distinct.get(node) ?? data.label) : (data.label as string | null | undefined),
      type: "circle",
      color: metric?.colorOf?.(node) ?? NODE_COLORS[kind] ?? "#6b6b6b",
      size: metric?.sizeOf?.(node) ?? baseSize.get(node) ?? 3,
    };
    if (emphasis.centres.has(node)) Object.assign(result, { highlighted: true, forceLabel: true });
    else if (emphasis.labelled.has(node)) result.forceLabel = true;
    return result;
  };
  const edgeReducer = (edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const attributes = data as unknown as EdgeAttributes;
    const color = EDGE_COLORS[attributes.kind] ?? "#cccccc";
    const size = edgeSize(attributes.weight);
    const result: Partial<EdgeDisplayData> = {
      ...(data as Partial<EdgeDisplayData>),
      type: "line",
      label: null,
      color: attributes.inferred && current === graph ? `${color}${INFERRED_ALPHA}` : color,
      size,
    };
    if (emphasis.edges.has(edge) || edge === selectedEdge) Object.assign(result, { size: size + 1.5, color: darker(color) });
    return result;
  };
  computeBase();
  const recomputeVisibility = () => {
    visibility = computeVisibility(current, {
      filters: current === graph ? state.filters : { ...state.filters, nodeKinds: null, edgeKinds: null },
      time: current === graph ? time : worksWithTime(),
      ego: state.ego,
      explore: state.explore,
      scopeGraph: current === graph ? undefined : graph,
    });
  };
  /** The answers to the question last asked in the search box, shown in the panel until a node is chosen or it is closed. */
  let answer: AnswerModel | null = null;
  /** The focused and hovered nodes, their visible neighbours (the biggest few labelled) and the edges between. */
  const computeEmphasis = (): Emphasis => {
    const result = noEmphasis();
    // The answers' nodes are highlighted and labelled while their panel is open.
    for (const item of answer?.items ?? [])
      if (item.target && current.hasNode(item.target) && visibility.nodes.has(item.target)) {
        result.centres.add(item.target);
        result.nodes.add(item.target);
      }
    for (const centre of [state.focus, hovered]) {
      if (!centre || !current.hasNode(centre) || !visibility.nodes.has(centre)) continue;
      result.centres.add(centre);
      result.nodes.add(centre);
      const neighbours: string[] = [];
      current.forEachEdge(centre, (edge, _attributes, source, target) => {
        if (!visibility.edges.has(edge)) return;
        result.edges.add(edge);
        const other = source === centre ? target : source;
        if (!result.nodes.has(other)) neighbours.push(other);
        result.nodes.add(other);
      });
      neighbours.sort((a, b) => (baseSize.get(b) ?? 0) - (baseSize.get(a) ?? 0));
      for (const node of neighbours.slice(0, MAX_FORCED_LABELS)) result.labelled.add(node);
    }
    return result;
  };
  const buildDisplay = () => {
    display = createKnowledgeGraph();
    for (const node of visibility.nodes) display.addNode(node, current.getNodeAttributes(node));
    for (const edge of visibility.edges) display.addEdgeWithKey(edge, current.source(edge), current.target(edge), current.getEdgeAttributes(edge));
  };
  /** The whole view's extent, so the map keeps its frame while filters change what is drawn. */
  const frame = () => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    current.forEachNode((_node, { x, y }) => {
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      x1 = Math.min(x1, x!);
      x2 = Math.max(x2, x!);
      y1 = Math.min(y1, y!);
      y2 = Math.max(y2, y!);
    });
    return Number.isFinite(x1) ? { x: [x1, x2] as [number, number], y: [y1, y2] as [number, number] } : null;
  };
  recomputeVisibility();
  buildDisplay();
  const labels = createLabelLayer(drawLabel);
  const renderer = new Sigma(display, stage, {
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    hideEdgesOnMove: display.size > settings.hideEdgesOnMoveAbove,
    hideLabelsOnMove: display.size > settings.hideEdgesOnMoveAbove,
    labelDensity: settings.labelDensity,
    labelGridCellSize: 150,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelColor: { color: "#1a1a1a" },
    defaultDrawNodeLabel: labels.collect,
    defaultEdgeType: "line",
    allowInvalidContainer: true,
  });
  renderer.on("beforeRender", labels.reset);
  renderer.on("afterRender", labels.draw);
  renderer.setCustomBBox(frame());
  emphasis = computeEmphasis();
  /** Reprocesses only the items whose emphasis changed, keeping the rest of the map as it was drawn. */
  const restyle = (extraEdges: (string | null)[] = []) => {
    const before = emphasis;
    emphasis = computeEmphasis();
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const set of [before.nodes, emphasis.nodes]) for (const node of set) if (display.hasNode(node)) nodes.add(node);
    for (const set of [before.edges, emphasis.edges]) for (const edge of set) if (display.hasEdge(edge)) edges.add(edge);
    for (const edge of extraEdges) if (edge && display.hasEdge(edge)) edges.add(edge);
    renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
    // The highlighted nodes, for scripts and tests that wait for the neighbourhood to be drawn.
    stage.dataset.emphasis = [...emphasis.centres].join(" ");
  };
  // The filter bar and the tools' drawer change the map's size: sigma must resize its canvases, or a blank strip
  // stays. (The side panel lies over the map, so selecting does not resize and redraw the whole map.)
  const resizeObserver = new ResizeObserver(() => {
    renderer.resize();
    renderer.scheduleRender();
  });
  resizeObserver.observe(stage);

  let tools: Tools | null = null;
  if (createTools) {
    tools = createTools(toolsGroup, drawer, {
      graph,
      time,
      current: () => current,
      worksWith,
      visible: () => visibility,
      renderer: renderer as unknown as SceneSource,
      focus: (id) => controller.focus(id),
      setYears: (years) => setState({ filters: resolveFilters({ years }, state.filters) }),
      setStyle(style) {
        metric = style;
        renderer.refresh();
      },
      exportPng: () => controller.exportPng(),
      title: container.ownerDocument.title || "samverkan",
    });
  }

  // ----- layout -----
  let layout: FA2Layout | null = null;
  let layoutTimer: ReturnType<typeof setTimeout> | undefined;
  const stopLayout = () => {
    clearTimeout(layoutTimer);
    layout?.kill();
    layout = null;
    layoutButton.setAttribute("aria-pressed", "false");
  };
  const startLayout = (duration?: number) => {
    stopLayout();
    if (display.order === 0) return;
    layout = new FA2Layout(display, { settings: { ...forceAtlas2.inferSettings(display), barnesHutOptimize: display.order > 1000 } });
    layout.start();
    layoutButton.setAttribute("aria-pressed", "true");
    if (duration) layoutTimer = setTimeout(stopLayout, duration);
  };

  // ----- state changes -----
  const describeOptions = () => ({ documents, projection: projection ?? undefined, maxEvidence: settings.maxEvidence });
  const openDocument = (evidence: EvidenceView) => {
    const doc = documentsById.get(evidence.doc);
    const read = settings.documentText ?? ((record: DocumentRecord) => Promise.resolve(record.text || null));
    openDocumentView(panel, evidence, doc, doc ? () => read(doc) : () => Promise.resolve(null), () => renderDetails());
  };
  const showAnswer = (text: string): boolean => {
    if (!settings.ui.panel) return false;
    const model = describeAnswer(graph, text, describeOptions());
    if (!model) return false;
    answer = model;
    renderDetails();
    restyle();
    announce(model.items.length ? `${model.items.length} answers` : (model.message ?? "No answers"));
    (panel.querySelector("h2") as HTMLElement | null)?.focus({ preventScroll: true });
    return true;
  };
  /** Closes the answers: the panel shows what is chosen again, and the map no longer highlights them. */
  const dropAnswer = () => {
    answer = null;
    renderDetails();
    restyle();
  };
  const panelActions = {
    navigate: (id: string) => {
      // The node already chosen behind the answers: the panel goes back to it.
      if (answer && state.focus === id) dropAnswer();
      else controller.focus(id);
    },
    showEgo: (id: string, depth: 1 | 2) => controller.showEgo(id, depth),
    showWorksWith: (id: string) => controller.showWorksWith(id),
    expand: (id: string) => controller.explore(id),
    selectEdge: (edge: string) => selectEdge(edge),
    openDocument,
    close: () => {
      if (answer) dropAnswer();
      else if (selectedEdge) selectEdge(null);
      else controller.focus(null);
      search.input.focus();
    },
  };
  const renderDetails = () => {
    if (!settings.ui.panel) return;
    if (answer) {
      panel.hidden = false;
      renderAnswerPanel(panel, answer, panelActions);
      return;
    }
    if (selectedEdge && current.hasEdge(selectedEdge)) {
      const model = describeEdge(current, selectedEdge, describeOptions());
      if (model) {
        panel.hidden = false;
        renderEdgePanel(panel, model, panelActions);
        return;
      }
    }
    const model = state.focus ? describeEntity(graph, state.focus, describeOptions()) : undefined;
    if (!model) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    panel.hidden = false;
    const inCurrent = current.hasNode(model.id);
    renderPanel(
      panel,
      model,
      {
        hidden: !inCurrent || !visibility.nodes.has(model.id),
        worksWith: state.view === "works-with",
        exploring: exploring(),
        explored: state.explore?.includes(model.id) ?? false,
      },
      panelActions,
    );
  };
  const selectEdge = (edge: string | null) => {
    const previous = selectedEdge;
    selectedEdge = edge;
    restyle([previous, edge]);
    renderDetails();
    if (edge) (panel.querySelector("h2") as HTMLElement | null)?.focus({ preventScroll: true });
  };
  const syncToolbar = () => {
    mapButton.setAttribute("aria-pressed", String(state.view === "graph"));
    worksWithButton.setAttribute("aria-pressed", String(state.view === "works-with"));
    exploreButton.setAttribute("aria-pressed", String(exploring()));
    const changed = encodeViewState({ ...DEFAULT_VIEW_STATE, filters: state.filters }, defaultFilters) !== "";
    filtersButton.textContent = changed ? "Filters (on)" : "Filters";
    filtersButton.setAttribute("aria-expanded", String(!filterPanel.element.hidden));
    explorePrompt.hidden = !(exploring() && state.explore!.length === 0);
  };
  const syncHash = (push: boolean) => {
    if (!settings.hash) return;
    const hash = encodeViewState(state, defaultFilters);
    if (hash === location.hash || (hash === "" && location.hash === "")) return;
    const url = hash || location.pathname + location.search;
    // A new selection is a step Back can return from; other changes rewrite the current step.
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };
  const setState = (patch: Partial<ViewState>, fromHistory = false) => {
    const previous = state;
    state = { ...state, ...patch };
    if (state.view !== previous.view) {
      stopLayout();
      current = state.view === "works-with" ? worksWith() : graph;
      hovered = null;
      computeBase();
    }
    if (state.view === "works-with") worksWith();
    if (selectedEdge && (state.focus !== previous.focus || !current.hasEdge(selectedEdge))) selectedEdge = null;
    // A node chosen on the map or in the panel takes the panel from the answers.
    if (state.focus !== previous.focus && state.focus !== null) answer = null;
    const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
    const drawnChanged =
      state.view !== previous.view || !same(state.ego, previous.ego) || !same(state.explore, previous.explore) || !same(state.filters, previous.filters);
    if (drawnChanged) {
      stopLayout();
      recomputeVisibility();
      buildDisplay();
      emphasis = computeEmphasis();
      stage.dataset.emphasis = [...emphasis.centres].join(" ");
      renderer.setSetting("hideEdgesOnMove", display.size > settings.hideEdgesOnMoveAbove);
      renderer.setSetting("hideLabelsOnMove", display.size > settings.hideEdgesOnMoveAbove);
      renderer.setGraph(display);
      if (state.view !== previous.view) renderer.setCustomBBox(frame());
      renderLegend();
      tools?.update();
    } else if (state.focus !== previous.focus) afterPaint(() => restyle());
    syncToolbar();
    filterPanel.update(state.filters);
    renderDetails();
    syncHash(!fromHistory && state.focus !== previous.focus && state.focus !== null);
    announce(`${visibility.nodes.size} of ${current.order} shown`);
    settings.onStateChange?.(controller.getState());
  };
  /**
   * Runs `work` once the next frame is painted. A selection's panel is painted first and the map redrawn after: a
   * frame of the map takes up to a few hundred milliseconds in software WebGL, and the panel would wait for it.
   */
  const afterPaint = (work: () => void) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!destroyed) work();
      }, 0),
    );
  const moveCamera = (id: string) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data) return;
    const camera = renderer.getCamera();
    // Zoom in only on graphs large enough that the node would otherwise be lost among others.
    const ratio = visibility.nodes.size > 300 ? Math.min(camera.ratio, 0.35) : camera.ratio;
    // The panel lies over the map's right side: the node goes to the middle of what is left uncovered.
    const { width } = renderer.getDimensions();
    const covered = panel.hidden ? 0 : panel.getBoundingClientRect().width;
    const perPixel = renderer.viewportToFramedGraph({ x: 1, y: 0 }).x - renderer.viewportToFramedGraph({ x: 0, y: 0 }).x;
    const shift = (covered / 2) * perPixel * (ratio / camera.ratio);
    void camera.animate({ x: data.x + (width > covered * 2 ? shift : 0), y: data.y, ratio }, { duration: 450 });
  };
  /** A search pick: in explore mode it starts (or joins) the explored set; otherwise it selects. */
  const pick = (id: string) => {
    if (exploring()) controller.explore(id);
    else controller.focus(id);
  };

  // ----- events -----
  // While dragging the map, nodes pass under the pointer; restyling for each would stall panning.
  let pointerDown = false;
  const onPointerDown = () => {
    pointerDown = true;
  };
  const onPointerUp = () => {
    pointerDown = false;
  };
  stage.addEventListener("pointerdown", onPointerDown);
  window.addEventListener("pointerup", onPointerUp);
  // Sigma draws the hovered node and its label on its hover layer at once; the neighbourhood (a redraw of the map)
  // follows when the pointer rests, so sweeping across a crowded map does not queue a redraw per node passed.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const restyleSoon = () => {
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(restyle, HOVER_REST_MS);
  };
  renderer.on("enterNode", ({ node }) => {
    if (pointerDown) return;
    hovered = node;
    stage.style.cursor = "pointer";
    // The hovered node, for scripts and tests (as data-emphasis names the highlighted ones).
    stage.dataset.hovered = node;
    restyleSoon();
  });
  renderer.on("leaveNode", () => {
    if (hovered === null) return;
    hovered = null;
    stage.style.cursor = "";
    delete stage.dataset.hovered;
    restyleSoon();
  });
  renderer.on("clickNode", ({ node }) => controller.focus(node));
  renderer.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    if (!exploring()) return;
    preventSigmaDefault();
    controller.explore(node);
  });
  renderer.on("clickStage", () => {
    if (selectedEdge) selectEdge(null);
    else controller.focus(null);
  });
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("enterEdge", ({ edge, event }) => {
    if (pointerDown) return;
    const attributes = current.getEdgeAttributes(edge);
    const [source, target] = current.extremities(edge);
    const label = (node: string) => current.getNodeAttribute(node, "label") || node;
    const inferredNote = attributes.inferred
      ? attributes.kind === "works_with"
        ? "derived from shared meetings and organisations"
        : "inferred, not stated"
      : null;
    tooltip.replaceChildren(
      el("strong", { text: `${label(source)} – ${label(target)}` }),
      el("div", { text: attributes.kind === "works_with" ? weightInWords(attributes.reasons ?? []) : attributes.kind.replace(/_/g, " ") }),
      inferredNote ? el("div", { className: "sv-inferred-note", text: inferredNote }) : document.createTextNode(""),
      el(
        "ul",
        {},
        (attributes.kind === "works_with" ? (attributes.reasons ?? []) : (attributes.chain ?? []).map((step) => step.statement))
          .slice(0, 6)
          .map((reason) => el("li", { text: reason })),
      ),
      el("div", { className: "sv-note", text: "Click the line for its evidence" }),
    );
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    tooltip.hidden = false;
    stage.style.cursor = "pointer";
  });
  renderer.on("leaveEdge", () => {
    tooltip.hidden = true;
    if (hovered === null) stage.style.cursor = "";
  });
  const onLocationChange = () => {
    const found: string[] = [];
    const parsed = parseViewState(location.hash, defaultFilters);
    found.push(...parsed.problems);
    const next = checkedState(parsed.state, found);
    showNotice(found);
    if (encodeViewState(next, defaultFilters) === encodeViewState(state, defaultFilters)) return;
    setState(next, true);
    if (next.focus && current.hasNode(next.focus)) moveCamera(next.focus);
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.key === "/" && !typing && settings.ui.search) {
      event.preventDefault();
      search.input.focus();
    } else if (event.key === "Escape" && !typing && (state.focus || selectedEdge)) {
      panelActions.close();
    }
  };
  if (settings.hash) {
    window.addEventListener("hashchange", onLocationChange);
    window.addEventListener("popstate", onLocationChange);
  }
  root.addEventListener("keydown", onKey);
  if (settings.ui.search) container.ownerDocument.addEventListener("keydown", onKeyGlobal);
  function onKeyGlobal(event: KeyboardEvent) {
    if (event.key === "/" && !root.contains(event.target as Node)) onKey(event);
  }

  // ----- controller -----
  const checkNode = (id: string, where: string) => {
    if (!graph.hasNode(id) && !(projection?.hasNode(id) ?? false)) {
      throw new SamverkanError("UNKNOWN_ENTITY", `samverkan/viewer.${where}: no node ${JSON.stringify(id)} in the graph`);
    }
  };
  const checkDepth = (depth: number, where: string) => {
    if (depth !== 1 && depth !== 2) throw new SamverkanError("BAD_OPTION", `samverkan/viewer.${where}: depth must be 1 or 2, got ${String(depth)}`);
  };
  let destroyed = false;
  const controller: ViewerController = {
    getState: () => structuredClone(state),
    focus(id) {
      if (id === null) {
        setState({ focus: null });
        return;
      }
      checkNode(id, "focus");
      const patch: Partial<ViewState> = { focus: id };
      if (!current.hasNode(id)) Object.assign(patch, { view: "graph", ego: null });
      setState(patch);
      afterPaint(() => moveCamera(id));
      announce(`Selected ${graph.getNodeAttribute(id, "label") ?? id}`);
      if (settings.ui.panel && !panel.hidden) (panel.querySelector("h2") as HTMLElement | null)?.focus({ preventScroll: true });
    },
    setFilters(filters) {
      setState({ filters: resolveFilters(filters, state.filters) });
    },
    showWorksWith(person, depth = 1) {
      if (person !== undefined) {
        checkNode(person, "showWorksWith");
        checkDepth(depth, "showWorksWith");
        if (!worksWith().hasNode(person)) throw new SamverkanError("BAD_OPTION", `samverkan/viewer.showWorksWith: ${JSON.stringify(person)} is not a person`);
        setState({ view: "works-with", focus: person, ego: { id: person, depth } });
        moveCamera(person);
      } else setState({ view: "works-with", ego: null });
    },
    showGraph() {
      setState({ view: "graph", ego: null });
    },
    showEgo(id, depth = 1) {
      if (id === null) {
        setState({ ego: null });
        return;
      }
      checkNode(id, "showEgo");
      checkDepth(depth, "showEgo");
      setState({ ego: { id, depth }, focus: id, ...(current.hasNode(id) ? {} : { view: "graph" as const }) });
      moveCamera(id);
    },
    explore(id) {
      if (id === null || Array.isArray(id)) {
        setState({ explore: id === null ? null : [], focus: id === null ? state.focus : null });
        if (id === null) void renderer.getCamera().animatedReset({ duration: 300 });
        return;
      }
      checkNode(id, "explore");
      const explored = state.explore ?? [];
      setState({
        explore: explored.includes(id) ? explored : [...explored, id],
        focus: id,
        ego: null,
        ...(current.hasNode(id) ? {} : { view: "graph" as const }),
      });
      controller.fit();
    },
    setSearchIndex(index) {
      if (!index || typeof index.search !== "function")
        throw new SamverkanError("BAD_OPTION", "samverkan/viewer.setSearchIndex: index must be an object with a search() method");
      suggestionSource = searchIndexSuggestions(index, graph, byLabel);
    },
    zoom(direction) {
      const camera = renderer.getCamera();
      void (direction === "in" ? camera.animatedZoom({ duration: 200 }) : camera.animatedUnzoom({ duration: 200 }));
    },
    fit() {
      const camera = renderer.getCamera();
      if (visibility.nodes.size === 0 || visibility.nodes.size === current.order) {
        void camera.animatedReset({ duration: 300 });
        return;
      }
      let x1 = Infinity;
      let y1 = Infinity;
      let x2 = -Infinity;
      let y2 = -Infinity;
      for (const node of visibility.nodes) {
        const data = renderer.getNodeDisplayData(node);
        if (!data) continue;
        x1 = Math.min(x1, data.x);
        y1 = Math.min(y1, data.y);
        x2 = Math.max(x2, data.x);
        y2 = Math.max(y2, data.y);
      }
      if (!Number.isFinite(x1)) return;
      // Display coordinates are normalised to the whole graph (ratio 1 shows it all), so the extent is the ratio.
      const ratio = Math.min(1.2, Math.max(0.03, Math.max(x2 - x1, y2 - y1) * 1.3));
      void camera.animate({ x: (x1 + x2) / 2, y: (y1 + y2) / 2, ratio }, { duration: 300 });
    },
    nodePosition(id) {
      const data = renderer.getNodeDisplayData(id);
      if (!data || data.hidden || !visibility.nodes.has(id)) return null;
      return renderer.framedGraphToViewport({ x: data.x, y: data.y });
    },
    reset() {
      stopLayout();
      selectedEdge = null;
      setState({ ...openingState, filters: resolveFilters(defaultFilters) });
      void renderer.getCamera().animatedReset({ duration: 300 });
    },
    startLayout: () => startLayout(),
    stopLayout,
    isLayoutRunning: () => layout?.isRunning() ?? false,
    exportPng: () => exportPng(renderer),
    drawnLabels: () => labels.drawn(),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(hoverTimer);
      stopLayout();
      tools?.destroy();
      search.destroy();
      resizeObserver.disconnect();
      window.removeEventListener("hashchange", onLocationChange);
      window.removeEventListener("popstate", onLocationChange);
      window.removeEventListener("pointerup", onPointerUp);
      container.ownerDocument.removeEventListener("keydown", onKeyGlobal);
      renderer.kill();
      root.remove();
    },
  };

  renderLegend();
  syncToolbar();
  filterPanel.update(state.filters);
  // A link that sets filters opens the filter bar, so the reader sees why the map looks as it does.
  if (settings.ui.filters && encodeViewState({ ...DEFAULT_VIEW_STATE, filters: state.filters }, defaultFilters) !== "") {
    filterPanel.element.hidden = false;
    syncToolbar();
  }
  showNotice(problems);
  renderDetails();
  syncHash(false);
  if (state.focus && current.hasNode(state.focus)) moveCamera(state.focus);
  else if (state.explore && state.explore.length > 0) controller.fit();
  if (settings.refineLayout === true || (settings.refineLayout === "auto" && placed > graph.order / 2)) startLayout(settings.refineDuration);

  // Resolve after the first frame so callers (and timing) see a drawn map.
  return new Promise((resolve) => {
    renderer.once("afterRender", () => resolve(controller));
    renderer.scheduleRender();
  });
}

/** A darker shade of a `#rrggbb` colour, for emphasised links. */
function darker(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color);
  if (!match) return color;
  return `#${match
    .slice(1, 4)
    .map((part) =>
      Math.round(parseInt(part, 16) * 0.55)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
