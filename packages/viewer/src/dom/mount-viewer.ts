/**
 * Mount viewer
 * ============
 *
 * Puts a samverkan knowledge graph on a sigma v3 map inside a container of the host page, with a search box,
 * filters, legend, side panel and toolbar, and returns a controller. All view logic lives in `state/` (pure);
 * this file wires it to sigma's reducers and events and to the DOM.
 */
import { SamverkanError, createKnowledgeGraph, loadGraph, worksWithProjection } from "@samverkan/core";
import type { DocumentRecord, KnowledgeGraph, NodeKind, SerializedKnowledgeGraph } from "@samverkan/core";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { resolveViewerSettings, type ViewerSettings } from "../settings";
import { buildTimeIndex } from "../state/dates";
import { describeEntity } from "../state/describe-entity";
import { DIMMED_COLOR, EDGE_COLORS, NODE_COLORS, edgeSize, nodeSize } from "../state/encoding";
import { ensurePositions } from "../state/ensure-positions";
import { NODE_KINDS, computeVisibility, resolveFilters, type Visibility } from "../state/filters";
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState } from "../state/hash";
import { labelSuggestions, searchIndexSuggestions } from "../state/suggest";
import type { ViewerController, ViewState } from "../types";
import { el } from "./el";
import { exportPng } from "./export-png";
import { createFilterPanel } from "./filter-panel";
import { createLegend } from "./legend";
import { renderPanel } from "./panel";
import { createSearchBox } from "./search-box";
import { ensureStyles } from "./styles";

/** What the viewer can open: a graph instance, the contents of `graph.json`, or the URL of a `graph.json`. */
export type ViewerSource = KnowledgeGraph | SerializedKnowledgeGraph | string | URL;

let instances = 0;

/** Loads a source into a graph the viewer owns (a copy when the caller passed an instance). */
async function openSource(source: ViewerSource, documents: readonly DocumentRecord[]): Promise<{ graph: KnowledgeGraph; documents: DocumentRecord[] }> {
  if (typeof source === "string" || source instanceof URL) {
    const response = await fetch(source);
    if (!response.ok) throw new SamverkanError("NOT_FOUND", `samverkan/mountViewer: ${String(source)} answered ${response.status} ${response.statusText}`);
    return loadGraph(await response.text(), String(source));
  }
  if (source && typeof source === "object" && "format" in source) return loadGraph(source);
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
  const [{ graph, documents }, { default: SigmaClass }, { default: LayoutClass }] = await Promise.all([
    openSource(source, settings.documents),
    import("sigma"),
    import("graphology-layout-forceatlas2/worker"),
  ]);
  return createViewer(container, graph, documents, settings, { Sigma: SigmaClass, FA2Layout: LayoutClass });
}

interface Renderers {
  Sigma: typeof Sigma;
  FA2Layout: typeof FA2Layout;
}

function createViewer(
  container: HTMLElement,
  graph: KnowledgeGraph,
  documents: DocumentRecord[],
  settings: ViewerSettings,
  { Sigma, FA2Layout }: Renderers,
): Promise<ViewerController> {
  const uid = `sv${++instances}`;
  if (settings.injectStyles) ensureStyles(container.ownerDocument);
  const placed = ensurePositions(graph);
  const time = buildTimeIndex(graph, documents);
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

  // ----- state -----
  let state: ViewState = { ...DEFAULT_VIEW_STATE, ...settings.initialState };
  if (settings.hash && location.hash) state = decodeViewState(location.hash);
  state = { ...state, filters: resolveFilters(state.filters) };
  let current: KnowledgeGraph = state.view === "works-with" ? worksWith() : graph;
  let visibility: Visibility = { nodes: new Set(), edges: new Set() };
  let baseSize = new Map<string, number>();
  let hovered: string | null = null;
  let hoverSet = new Set<string>();

  // ----- DOM -----
  const status = el("div", { className: "sv-status", attrs: { role: "status", "aria-live": "polite" } });
  const announce = (text: string) => {
    status.textContent = text;
  };
  const stage = el("div", { className: "sv-stage", attrs: { role: "img", "aria-label": "Map of the knowledge graph" } });
  const tooltip = el("div", { className: "sv-tooltip", attrs: { hidden: true, role: "tooltip" } });
  const panel = el("aside", { className: "sv-panel", attrs: { "aria-label": "Details", hidden: true, id: `${uid}-panel` } });
  const toolbar = el("div", { className: "sv-toolbar", attrs: { role: "toolbar", "aria-label": "Viewer" } });
  const filterPanel = createFilterPanel(graph, time, `${uid}-filters`, (partial) => setState({ filters: resolveFilters(partial, state.filters) }));
  const root = el("div", { className: "sv-root" }, [
    toolbar,
    settings.ui.filters ? filterPanel.element : null,
    el("div", { className: "sv-main" }, [stage, settings.ui.panel ? panel : null]),
    status,
  ]);
  stage.append(tooltip);
  const kindsPresent = NODE_KINDS.filter((kind) => graph.someNode((_node, attributes) => attributes.kind === kind));
  let legend: HTMLElement | null = null;
  const renderLegend = () => {
    legend?.remove();
    if (!settings.ui.legend) return;
    legend = state.view === "works-with" ? createLegend(["person"] as NodeKind[], ["Line width: how much they work together"]) : createLegend(kindsPresent);
    stage.append(legend);
  };

  const suggestions = settings.suggestions ?? (settings.searchIndex ? searchIndexSuggestions(settings.searchIndex, graph) : labelSuggestions(graph));
  const search = createSearchBox(suggestions, settings.maxSuggestions, (id) => controller.focus(id), announce);
  const button = (text: string, onClick: () => void, attrs: Record<string, string | boolean> = {}) => {
    const result = el("button", { className: "sv-button", text, attrs: { type: "button", ...attrs } });
    result.addEventListener("click", onClick);
    return result;
  };
  const filtersButton = button(
    "Filters",
    () => {
      filterPanel.element.hidden = !filterPanel.element.hidden;
      filtersButton.setAttribute("aria-expanded", String(!filterPanel.element.hidden));
    },
    { "aria-expanded": "false", "aria-controls": `${uid}-filters` },
  );
  const mapButton = button("Map", () => controller.showGraph(), { "aria-pressed": "true" });
  const worksWithButton = button("Who works with whom", () => controller.showWorksWith(), { "aria-pressed": "false" });
  const layoutButton = button("Refine layout", () => (controller.isLayoutRunning() ? controller.stopLayout() : controller.startLayout()), {
    "aria-pressed": "false",
  });
  const resetButton = button("Reset view", () => controller.reset());
  const exportButton = button("Export PNG", () => {
    void controller.exportPng().then((blob) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = "samverkan-view.png";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  });
  if (settings.ui.search) toolbar.append(search.element);
  if (settings.ui.toolbar) {
    toolbar.append(mapButton, worksWithButton);
    if (settings.ui.filters) toolbar.append(filtersButton);
    toolbar.append(layoutButton, resetButton, exportButton);
  }
  container.append(root);

  // ----- sigma -----
  const computeBase = () => {
    baseSize = new Map();
    current.forEachNode((node) => baseSize.set(node, nodeSize(current.degree(node))));
  };
  const nodeReducer = (node: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const kind = data.kind as NodeKind;
    const result: Partial<NodeDisplayData> = {
      ...(data as Partial<NodeDisplayData>),
      type: "circle",
      color: NODE_COLORS[kind] ?? "#6b6b6b",
      size: baseSize.get(node) ?? 3,
      zIndex: 1,
    };
    if (!visibility.nodes.has(node)) return { ...result, hidden: true };
    if (hovered !== null && !hoverSet.has(node)) Object.assign(result, { color: DIMMED_COLOR, label: "", zIndex: 0 });
    if (node === state.focus || node === hovered) Object.assign(result, { highlighted: true, forceLabel: true, zIndex: 2 });
    return result;
  };
  const edgeReducer = (edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const kind = data.kind as keyof typeof EDGE_COLORS;
    const result: Partial<EdgeDisplayData> = {
      ...(data as Partial<EdgeDisplayData>),
      type: "line",
      label: null,
      color: EDGE_COLORS[kind] ?? "#cccccc",
      size: edgeSize(data.weight as number | undefined),
    };
    if (!visibility.edges.has(edge)) return { ...result, hidden: true };
    if (hovered !== null) {
      const [source, target] = current.extremities(edge);
      if (source !== hovered && target !== hovered) return { ...result, hidden: true };
      result.zIndex = 1;
    }
    return result;
  };
  computeBase();
  const recomputeVisibility = () => {
    visibility = computeVisibility(current, {
      filters: current === graph ? state.filters : { ...state.filters, nodeKinds: null, edgeKinds: null },
      time: current === graph ? time : undefined,
      ego: state.ego,
      scopeGraph: current === graph ? undefined : graph,
    });
  };
  recomputeVisibility();
  const renderer = new Sigma(current, stage, {
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    zIndex: true,
    renderEdgeLabels: false,
    enableEdgeEvents: state.view === "works-with",
    hideEdgesOnMove: current.size > settings.hideEdgesOnMoveAbove,
    hideLabelsOnMove: current.size > settings.hideEdgesOnMoveAbove,
    labelDensity: settings.labelDensity,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelColor: { color: "#1a1a1a" },
    defaultEdgeType: "line",
    allowInvalidContainer: true,
  });

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
    if (current.order === 0) return;
    layout = new FA2Layout(current, { settings: { ...forceAtlas2.inferSettings(current), barnesHutOptimize: current.order > 1000 } });
    layout.start();
    layoutButton.setAttribute("aria-pressed", "true");
    if (duration) layoutTimer = setTimeout(stopLayout, duration);
  };

  // ----- state changes -----
  const renderDetails = () => {
    if (!settings.ui.panel) return;
    const model = state.focus
      ? describeEntity(graph, state.focus, { documents, projection: projection ?? undefined, maxEvidence: settings.maxEvidence })
      : undefined;
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
      { hidden: !inCurrent || !visibility.nodes.has(model.id), worksWith: state.view === "works-with" },
      {
        navigate: (id) => controller.focus(id),
        showEgo: (id, depth) => controller.showEgo(id, depth),
        showWorksWith: (id) => controller.showWorksWith(id),
        close: () => {
          controller.focus(null);
          search.input.focus();
        },
      },
    );
  };
  const syncHash = () => {
    if (!settings.hash) return;
    const hash = encodeViewState(state);
    if (hash !== location.hash && !(hash === "" && location.hash === "")) history.replaceState(null, "", hash || location.pathname + location.search);
  };
  const setState = (patch: Partial<ViewState>) => {
    const previous = state;
    state = { ...state, ...patch };
    if (state.view !== previous.view) {
      stopLayout();
      current = state.view === "works-with" ? worksWith() : graph;
      hovered = null;
      computeBase();
      renderer.setGraph(current);
      renderer.setSetting("enableEdgeEvents", state.view === "works-with");
      renderer.setSetting("hideEdgesOnMove", current.size > settings.hideEdgesOnMoveAbove);
      renderer.setSetting("hideLabelsOnMove", current.size > settings.hideEdgesOnMoveAbove);
      renderLegend();
    }
    if (state.view === "works-with") worksWith();
    recomputeVisibility();
    renderer.refresh({ skipIndexation: false });
    mapButton.setAttribute("aria-pressed", String(state.view === "graph"));
    worksWithButton.setAttribute("aria-pressed", String(state.view === "works-with"));
    filterPanel.update(state.filters);
    renderDetails();
    syncHash();
    announce(`${visibility.nodes.size} of ${current.order} shown`);
    settings.onStateChange?.(controller.getState());
  };
  const moveCamera = (id: string) => {
    const data = renderer.getNodeDisplayData(id);
    if (!data) return;
    const camera = renderer.getCamera();
    // Zoom in only on graphs large enough that the node would otherwise be lost among others.
    const ratio = current.order > 300 ? Math.min(camera.ratio, 0.35) : camera.ratio;
    void camera.animate({ x: data.x, y: data.y, ratio }, { duration: 450 });
  };

  // ----- events -----
  // While dragging the map, nodes pass under the pointer; re-running the reducers for each would stall panning.
  let pointerDown = false;
  const onPointerDown = () => {
    pointerDown = true;
  };
  const onPointerUp = () => {
    pointerDown = false;
  };
  stage.addEventListener("pointerdown", onPointerDown);
  window.addEventListener("pointerup", onPointerUp);
  renderer.on("enterNode", ({ node }) => {
    if (pointerDown) return;
    hovered = node;
    hoverSet = new Set([node]);
    current.forEachEdge(node, (edge, _attributes, source, target) => {
      if (visibility.edges.has(edge)) hoverSet.add(source === node ? target : source);
    });
    stage.style.cursor = "pointer";
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    if (hovered === null) return;
    hovered = null;
    hoverSet = new Set();
    stage.style.cursor = "";
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("clickNode", ({ node }) => controller.focus(node));
  renderer.on("clickStage", () => controller.focus(null));
  renderer.on("enterEdge", ({ edge, event }) => {
    const attributes = current.getEdgeAttributes(edge);
    if (attributes.kind !== "works_with") return;
    const [source, target] = current.extremities(edge);
    tooltip.replaceChildren(
      el("strong", { text: `${current.getNodeAttribute(source, "label")} – ${current.getNodeAttribute(target, "label")}` }),
      el("div", { text: `Weight ${attributes.weight ?? 1}` }),
      el(
        "ul",
        {},
        (attributes.reasons ?? []).slice(0, 6).map((reason) => el("li", { text: reason })),
      ),
    );
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    tooltip.hidden = false;
  });
  renderer.on("leaveEdge", () => {
    tooltip.hidden = true;
  });
  const onHashChange = () => {
    const next = decodeViewState(location.hash);
    if (encodeViewState(next) === encodeViewState(state)) return;
    try {
      next.filters = resolveFilters(next.filters);
      setState(next);
      if (next.focus && current.hasNode(next.focus)) moveCamera(next.focus);
    } catch {
      // A hand-edited hash that names an unknown node or kind leaves the view as it is.
    }
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.key === "/" && !typing && settings.ui.search) {
      event.preventDefault();
      search.input.focus();
    } else if (event.key === "Escape" && !typing && state.focus) {
      controller.focus(null);
    }
  };
  if (settings.hash) window.addEventListener("hashchange", onHashChange);
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
      moveCamera(id);
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
    reset() {
      stopLayout();
      setState({ ...DEFAULT_VIEW_STATE, filters: resolveFilters({}) });
      void renderer.getCamera().animatedReset({ duration: 300 });
    },
    startLayout: () => startLayout(),
    stopLayout,
    isLayoutRunning: () => layout?.isRunning() ?? false,
    exportPng: () => exportPng(renderer),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopLayout();
      search.destroy();
      window.removeEventListener("hashchange", onHashChange);
      window.removeEventListener("pointerup", onPointerUp);
      container.ownerDocument.removeEventListener("keydown", onKeyGlobal);
      renderer.kill();
      root.remove();
    },
  };

  renderLegend();
  filterPanel.update(state.filters);
  renderDetails();
  syncHash();
  if (state.focus && current.hasNode(state.focus)) moveCamera(state.focus);
  if (settings.refineLayout === true || (settings.refineLayout === "auto" && placed > graph.order / 2)) startLayout(settings.refineDuration);

  // Resolve after the first frame so callers (and timing) see a drawn map.
  return new Promise((resolve) => {
    renderer.once("afterRender", () => resolve(controller));
    renderer.scheduleRender();
  });
}
