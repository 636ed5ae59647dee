/**
 * Tools
 * =====
 *
 * The toolbar's analysis tools, each opening its widget from `../analysis` in a drawer under the toolbar (one at a
 * time): a timeline that filters the map by year and replays it, colour and size by a metric with legends and
 * community members, the shortest path between two people with each step's evidence, node and link tables with CSV,
 * and an export menu (the screen as PNG, an SVG or a 3× PNG with legend). The widgets hold the logic; this file only
 * connects them to the map.
 */
import type { KnowledgeGraph } from "@samverkan/core";
import {
  downloadFile,
  edgeTable,
  findPath,
  metricStyle,
  mountMetricControls,
  mountPathFinder,
  mountTable,
  mountTimeline,
  nodeTable,
  presentYears,
  sceneFromSigma,
  sceneToSvg,
  svgToPng,
  type MetricSelection,
  type MetricStyle,
  type SceneSource,
} from "../analysis";
import type { TimeIndex } from "../state/dates";
import type { Visibility } from "../state/filters";
import type { YearRange } from "../types";
import { el } from "./el";

/** What the tools read from and do to the map. */
export interface ToolsContext {
  graph: KnowledgeGraph;
  time: TimeIndex;
  /** The graph of the current view (the knowledge graph or the works-with projection). */
  current(): KnowledgeGraph;
  worksWith(): KnowledgeGraph;
  visible(): Visibility;
  renderer: SceneSource;
  focus(id: string): void;
  setYears(range: YearRange | null): void;
  /** Colours and sizes by a metric; `null` goes back to kinds and links. */
  setStyle(style: MetricStyle | null): void;
  exportPng(): Promise<Blob>;
  title: string;
}

/** The mounted tools. */
export interface Tools {
  /** After the map changed (filters, view): tables and metrics follow what is shown. */
  update(): void;
  destroy(): void;
}

interface Tool {
  name: string;
  open(body: HTMLElement): { update?(): void; destroy(): void };
}

/** Adds the tool buttons to `bar` and opens their widgets in `drawer`. */
export function createTools(bar: HTMLElement, drawer: HTMLElement, context: ToolsContext): Tools {
  let selection: MetricSelection = { colorBy: null, sizeBy: null };
  const computeStyle = (): MetricStyle | null =>
    selection.colorBy || selection.sizeBy ? metricStyle(context.current(), selection, { nodes: context.visible().nodes, knowledgeGraph: context.graph }) : null;

  const colourAndSize: Tool = {
    name: "Colour & size",
    open(body) {
      const controls = mountMetricControls(body, {
        selection,
        onChange(next) {
          selection = next;
          const style = computeStyle();
          context.setStyle(style);
          if (style) controls.update(style);
        },
        onSelect: (id) => context.focus(id),
      });
      const style = computeStyle();
      if (style) controls.update(style);
      return {
        update() {
          const next = computeStyle();
          context.setStyle(next);
          if (next) controls.update(next);
        },
        destroy: () => controls.destroy(),
      };
    },
  };

  const tools: Tool[] = [
    {
      name: "Timeline",
      open(body) {
        const years = presentYears(context.time);
        if (years.length === 0) {
          body.append(el("p", { className: "sv-note", text: "Nothing in this graph is dated." }));
          return { destroy: () => context.setYears(null) };
        }
        const view = mountTimeline(body, { years, onChange: (range) => context.setYears(range) });
        return {
          destroy() {
            view.destroy();
            context.setYears(null);
          },
        };
      },
    },
    colourAndSize,
    {
      name: "Path",
      open(body) {
        const people: { id: string; label: string }[] = [];
        context.graph.forEachNode((id, attributes) => {
          if (attributes.kind === "person") people.push({ id, label: attributes.label || id });
        });
        const finder = mountPathFinder(body, {
          people,
          find: (from, to, over) => findPath(context.graph, from, to, { over, projection: over === "works-with" ? context.worksWith() : undefined }),
          onSelect: (id) => context.focus(id),
        });
        return { destroy: () => finder.destroy() };
      },
    },
    {
      name: "Table",
      open(body) {
        let which: "nodes" | "links" = "nodes";
        const build = () => {
          const { nodes, edges } = context.visible();
          const options = { nodes, edges, time: context.time, knowledgeGraph: context.graph };
          return which === "nodes" ? nodeTable(context.current(), options) : edgeTable(context.current(), options);
        };
        const choice = el("select", { attrs: { "aria-label": "Table of" } });
        choice.append(new Option("Nodes shown", "nodes"), new Option("Links shown", "links"));
        const holder = el("div");
        body.append(el("label", { className: "sv-table-choice" }, [document.createTextNode("Table of "), choice]), holder);
        let view = mountTable(holder, { table: build(), name: "samverkan-nodes", onSelect: (id) => context.focus(id) });
        choice.addEventListener("change", () => {
          which = choice.value === "links" ? "links" : "nodes";
          view.destroy();
          holder.replaceChildren();
          view = mountTable(holder, { table: build(), name: `samverkan-${which}`, onSelect: which === "nodes" ? (id) => context.focus(id) : undefined });
        });
        return { update: () => view.update(build()), destroy: () => view.destroy() };
      },
    },
    {
      name: "Export",
      open(body) {
        const svg = () => {
          const style = computeStyle();
          return sceneToSvg(sceneFromSigma(context.renderer), {
            title: context.title,
            ...(style?.colorLegend.length ? { nodeLegend: style.colorLegend, nodeLegendTitle: "Colour" } : {}),
          });
        };
        const action = (text: string, run: () => Promise<void> | void) => {
          const result = el("button", { className: "sv-button", text, attrs: { type: "button" } });
          result.addEventListener("click", () => void run());
          return result;
        };
        body.append(
          el("div", { className: "sv-export" }, [
            action("PNG of the screen", async () => downloadFile(await context.exportPng(), "samverkan-view.png", "image/png")),
            action("SVG with legend", () => downloadFile(svg(), "samverkan-map.svg", "image/svg+xml")),
            action("PNG 3× with legend", async () => downloadFile(await svgToPng(svg(), { scale: 3 }), "samverkan-map.png", "image/png")),
          ]),
        );
        return { destroy: () => undefined };
      },
    },
  ];

  let open: { tool: Tool; button: HTMLButtonElement; widget: ReturnType<Tool["open"]> } | null = null;
  // Switching tools keeps a colouring chosen in Colour & size (so that Export draws it, with its legend); closing the
  // drawer brings the kinds' colours, which the map's legend shows, back.
  const close = (switching: boolean) => {
    if (!open) return;
    open.widget.destroy();
    if (!switching && (selection.colorBy || selection.sizeBy)) {
      selection = { colorBy: null, sizeBy: null };
      context.setStyle(null);
    }
    open.button.setAttribute("aria-expanded", "false");
    open = null;
    drawer.replaceChildren();
    drawer.hidden = true;
  };
  const buttons = tools.map((tool) => {
    const button = el("button", { className: "sv-button", text: tool.name, attrs: { type: "button", "aria-expanded": "false", "aria-controls": drawer.id } });
    button.addEventListener("click", () => {
      const same = open?.tool === tool;
      close(!same);
      if (same) return;
      const body = el("div", { className: "sv-analysis", attrs: { "aria-label": tool.name, role: "region" } });
      drawer.append(body);
      drawer.hidden = false;
      open = { tool, button, widget: tool.open(body) };
      button.setAttribute("aria-expanded", "true");
    });
    return button;
  });
  bar.append(...buttons);
  return {
    update() {
      // A colouring kept while another tool is open follows the map too.
      if (open?.tool !== colourAndSize && (selection.colorBy || selection.sizeBy)) context.setStyle(computeStyle());
      open?.widget.update?.();
    },
    destroy() {
      close(false);
      for (const button of buttons) button.remove();
    },
  };
}
