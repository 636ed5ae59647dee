/**
 * Filter panel
 * ============
 *
 * Checkboxes for node and relation kinds (only the kinds the graph has, with counts), a year range, and a choice of
 * organisation or municipality. Reports each change as a partial `ViewerFilters`.
 */
import type { EdgeKind, KnowledgeGraph, NodeKind } from "@samverkan/core";
import type { ViewerFilters } from "../types";
import type { TimeIndex } from "../state/dates";
import { EDGE_COLORS, EDGE_KIND_LABELS, NODE_COLORS, NODE_KIND_LABELS } from "../state/encoding";
import { EDGE_KINDS, NODE_KINDS } from "../state/filters";
import { el } from "./el";

/** A mounted filter panel. */
export interface FilterPanel {
  element: HTMLElement;
  /** Shows the given filters in the controls. */
  update(filters: ViewerFilters): void;
}

/** Builds the filter panel for a graph. */
export function createFilterPanel(graph: KnowledgeGraph, time: TimeIndex, id: string, onChange: (filters: Partial<ViewerFilters>) => void): FilterPanel {
  const nodeCounts = new Map<NodeKind, number>();
  graph.forEachNode((_node, attributes) => nodeCounts.set(attributes.kind, (nodeCounts.get(attributes.kind) ?? 0) + 1));
  const edgeCounts = new Map<EdgeKind, number>();
  graph.forEachEdge((_edge, attributes) => edgeCounts.set(attributes.kind, (edgeCounts.get(attributes.kind) ?? 0) + 1));
  const nodeKinds = NODE_KINDS.filter((kind) => nodeCounts.has(kind));
  const edgeKinds = EDGE_KINDS.filter((kind) => edgeCounts.has(kind));

  const checkbox = <T extends string>(group: string, kind: T, label: string, count: number, color: string) => {
    const input = el("input", { attrs: { type: "checkbox", name: `${id}-${group}`, value: kind, checked: true } });
    const swatch = el("span", { className: "sv-swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.backgroundColor = color;
    return { input, label: el("label", {}, [input, swatch, document.createTextNode(`${label} (${count})`)]) };
  };
  const nodeBoxes = nodeKinds.map((kind) => checkbox("kinds", kind, NODE_KIND_LABELS[kind], nodeCounts.get(kind)!, NODE_COLORS[kind]));
  const edgeBoxes = edgeKinds.map((kind) => checkbox("rels", kind, EDGE_KIND_LABELS[kind], edgeCounts.get(kind)!, EDGE_COLORS[kind]));
  const selected = <T extends string>(boxes: { input: HTMLInputElement }[], all: readonly T[]): T[] | null => {
    const chosen = boxes.filter((box) => box.input.checked).map((box) => box.input.value as T);
    return chosen.length === all.length ? null : chosen;
  };
  for (const box of nodeBoxes) box.input.addEventListener("change", () => onChange({ nodeKinds: selected(nodeBoxes, nodeKinds) }));
  for (const box of edgeBoxes) box.input.addEventListener("change", () => onChange({ edgeKinds: selected(edgeBoxes, edgeKinds) }));

  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const years of [...time.nodes.values(), ...time.edges.values()]) {
    for (const year of [years.from, years.to]) {
      if (!Number.isFinite(year)) continue;
      minYear = Math.min(minYear, year);
      maxYear = Math.max(maxYear, year);
    }
  }
  const yearInput = (name: string, placeholder: number) =>
    el("input", {
      attrs: { type: "number", name, inputmode: "numeric", min: 1900, max: 2100, placeholder: Number.isFinite(placeholder) ? placeholder : undefined },
    });
  const fromInput = yearInput("from", minYear);
  const toInput = yearInput("to", maxYear);
  const onYears = () => {
    const from = fromInput.value ? Number(fromInput.value) : undefined;
    const to = toInput.value ? Number(toInput.value) : undefined;
    const valid = (year: number | undefined) => year === undefined || (Number.isInteger(year) && year >= 1000 && year <= 9999);
    if (!valid(from) || !valid(to) || (from !== undefined && to !== undefined && from > to)) return;
    onChange({ years: from === undefined && to === undefined ? null : { from, to } });
  };
  fromInput.addEventListener("change", onYears);
  toInput.addEventListener("change", onYears);

  const scopes: { id: string; label: string; kind: NodeKind }[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "organisation" || attributes.kind === "municipality")
      scopes.push({ id: node, label: attributes.label || node, kind: attributes.kind });
  });
  scopes.sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label, "sv"));
  const scopeSelect = el("select", { attrs: { name: "scope", "aria-label": "Organisation or municipality" } });
  // `new Option(text, value)` sets text, not markup.
  scopeSelect.append(new Option("All", ""), ...scopes.map((scope) => new Option(`${scope.label} (${NODE_KIND_LABELS[scope.kind].toLowerCase()})`, scope.id)));
  scopeSelect.addEventListener("change", () => onChange({ scope: scopeSelect.value || null }));

  const element = el("div", { className: "sv-filters", attrs: { id, role: "group", "aria-label": "Filters", hidden: true } }, [
    el("fieldset", {}, [el("legend", { text: "Show" }), ...nodeBoxes.map((box) => box.label)]),
    el("fieldset", {}, [el("legend", { text: "Relations" }), ...edgeBoxes.map((box) => box.label)]),
    el("fieldset", {}, [
      el("legend", { text: "Years" }),
      el("label", {}, [document.createTextNode("From"), fromInput]),
      el("label", {}, [document.createTextNode("to"), toInput]),
    ]),
    el("fieldset", {}, [el("legend", { text: "Organisation or municipality" }), scopeSelect]),
  ]);

  return {
    element,
    update(filters) {
      for (const box of nodeBoxes) box.input.checked = !filters.nodeKinds || filters.nodeKinds.includes(box.input.value as NodeKind);
      for (const box of edgeBoxes) box.input.checked = !filters.edgeKinds || filters.edgeKinds.includes(box.input.value as EdgeKind);
      fromInput.value = filters.years?.from !== undefined ? String(filters.years.from) : "";
      toInput.value = filters.years?.to !== undefined ? String(filters.years.to) : "";
      scopeSelect.value = filters.scope && scopes.some((scope) => scope.id === filters.scope) ? filters.scope : "";
    },
  };
}
