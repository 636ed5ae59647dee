/**
 * Mount metric controls
 * =====================
 *
 * "Colour by" and "Size by" choices over the registered metrics, and what the choice gives once the map has computed
 * it (`metricStyle`): the colour and size legends, what the values rest on, what was refused and why (betweenness on a
 * big graph), and the members of each coloured group — a community's people — as buttons that select them.
 */
import { el } from "../dom/el";
import type { MetricStyle } from "./metric-style";
import { METRICS } from "./metrics";
import type { LegendEntry, MetricDescriptor } from "./types";

/** The choice of metrics, by id; `null` keeps the viewer's kind colours or degree sizes. */
export interface MetricSelection {
  colorBy: string | null;
  sizeBy: string | null;
}

/** Options of `mountMetricControls`. */
export interface MetricControlsOptions {
  /** Metrics offered (default `METRICS`); only numeric ones (or `any`) are offered for the size. */
  metrics?: readonly MetricDescriptor[];
  /** Initial choice (default none: kind colours, degree sizes). */
  selection?: Partial<MetricSelection>;
  /** Called when the reader picks another metric; compute `metricStyle` and pass it to `update`. */
  onChange: (selection: MetricSelection) => void;
  /** Called with a node id when a group member is clicked. */
  onSelect?: (id: string) => void;
  /** Members listed per group before "and N more" (default 50). */
  maxMembers?: number;
}

/** Mounted metric controls. */
export interface MetricControls {
  getSelection(): MetricSelection;
  /** Shows the legends, notes, refusals and groups of the computed style. */
  update(style: MetricStyle): void;
  destroy(): void;
}

function swatch(entry: LegendEntry): HTMLElement {
  const dot = el("span", { className: "sv-swatch", attrs: { "aria-hidden": "true" } });
  if (entry.color) dot.style.backgroundColor = entry.color;
  else dot.style.backgroundColor = "#767676";
  if (entry.size !== undefined) {
    const side = `${Math.max(4, Math.min(32, Math.round(entry.size * 2)))}px`;
    dot.style.width = side;
    dot.style.height = side;
  }
  return dot;
}

const entryText = (entry: LegendEntry) => (entry.count === undefined ? entry.label : `${entry.label} (${entry.count.toLocaleString("en")})`);

/** Mounts the colour and size choices and their legends into `container`. */
export function mountMetricControls(container: HTMLElement, options: MetricControlsOptions): MetricControls {
  const metrics = options.metrics ?? METRICS;
  const maxMembers = options.maxMembers ?? 50;
  const select = (label: string, none: string, offered: readonly MetricDescriptor[], value: string | null | undefined) => {
    const element = el("select", { attrs: { "aria-label": label } }, [
      el("option", { text: none, attrs: { value: "" } }),
      ...offered.map((metric) => el("option", { text: metric.label, attrs: { value: metric.id, title: metric.description } })),
    ]);
    element.value = value ?? "";
    return element;
  };
  const colorSelect = select("Colour by", "Kind (default)", metrics, options.selection?.colorBy);
  const sizeSelect = select(
    "Size by",
    "Links (default)",
    metrics.filter((metric) => metric.type !== "categorical"),
    options.selection?.sizeBy,
  );
  const messages = el("div", { attrs: { role: "status" } });
  const colorLegend = el("div");
  const sizeLegend = el("div");
  const root = el("section", { className: "sv-analysis sv-metric-controls", attrs: { "aria-label": "Colour and size" } }, [
    el("div", { className: "sv-analysis-row" }, [
      el("label", {}, [document.createTextNode("Colour by"), colorSelect]),
      el("label", {}, [document.createTextNode("Size by"), sizeSelect]),
    ]),
    messages,
    colorLegend,
    sizeLegend,
  ]);
  const selection = (): MetricSelection => ({ colorBy: colorSelect.value || null, sizeBy: sizeSelect.value || null });
  colorSelect.addEventListener("change", () => options.onChange(selection()));
  sizeSelect.addEventListener("change", () => options.onChange(selection()));

  const members = (list: { id: string; label: string }[]) => {
    const items = list.slice(0, maxMembers).map((member) => {
      if (!options.onSelect) return el("li", { text: member.label });
      const button = el("button", { className: "sv-link", text: member.label, attrs: { type: "button" } });
      button.addEventListener("click", () => options.onSelect?.(member.id));
      return el("li", {}, [button]);
    });
    if (list.length > maxMembers) items.push(el("li", { className: "sv-note", text: `and ${(list.length - maxMembers).toLocaleString("en")} more` }));
    return el("ul", { className: "sv-members" }, items);
  };

  const update = (style: MetricStyle) => {
    messages.replaceChildren(
      ...style.refused.map((reason) => el("p", { className: "sv-error", text: reason })),
      ...style.notes.map((note) => el("p", { className: "sv-note", text: note })),
    );
    const groups = new Map(style.groups.map((group) => [group.label, group]));
    const list = (label: string, items: HTMLElement[]) =>
      items.length ? [el("ul", { className: "sv-legend-list", attrs: { "aria-label": label } }, items)] : [];
    colorLegend.replaceChildren(
      ...list(
        "Colours",
        style.colorLegend.map((entry) => {
          const line = [swatch(entry), document.createTextNode(entryText(entry))];
          const group = groups.get(entry.label);
          return el("li", {}, group ? [el("details", {}, [el("summary", {}, line), members(group.members)])] : line);
        }),
      ),
    );
    sizeLegend.replaceChildren(
      ...list(
        "Sizes",
        style.sizeLegend.map((entry) => el("li", {}, [swatch(entry), document.createTextNode(entry.label)])),
      ),
    );
  };

  container.append(root);
  return { getSelection: selection, update, destroy: () => root.remove() };
}
