/**
 * Metric style
 * ============
 *
 * One call from "colour by X, size by Y" to what the map's reducers and legend need: a colour and a size per node,
 * the legends, the groups of a categorical colouring with their members (a community's people), and what could not be
 * computed and why (betweenness on a big graph). Metrics are computed over the nodes shown.
 */
import { SamverkanError } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";
import { colorMapping } from "./color-mapping";
import { getMetric } from "./metrics";
import { sizeMapping } from "./size-mapping";
import type { LegendEntry, MetricContext, MetricDescriptor, MetricValues } from "./types";

/** A category of a colouring and the nodes in it. */
export interface MetricGroup {
  label: string;
  color: string;
  /** Members, in Swedish alphabetical order. */
  members: { id: string; label: string }[];
}

/** What the map draws for a choice of metrics. */
export interface MetricStyle {
  /** Node colour, when colouring by a metric; the viewer's kind colours otherwise. */
  colorOf?: (node: string) => string;
  /** Node size, when sizing by a metric. */
  sizeOf?: (node: string) => number;
  colorLegend: LegendEntry[];
  sizeLegend: LegendEntry[];
  /** Categories of the colouring with their members (communities, parties…); empty for numbers. */
  groups: MetricGroup[];
  /** The values, for a table column. */
  colorValues?: MetricValues;
  sizeValues?: MetricValues;
  /** What the values rest on (e.g. "4 communities (Louvain, modularity 0.52)"). */
  notes: string[];
  /** Metrics not computed, with the reason, for the UI to say. */
  refused: string[];
}

/** The metrics chosen. */
export interface MetricChoice {
  /** Id of the metric or a descriptor (e.g. `attributeMetric("type")`); `null` keeps the kind colours. */
  colorBy?: string | MetricDescriptor | null;
  /** Id or descriptor of a numeric metric; `null` keeps the viewer's sizes. */
  sizeBy?: string | MetricDescriptor | null;
  /** Node size range (default 3 to 16, as core's `nodeSize`). */
  minSize?: number;
  maxSize?: number;
}

const resolve = (metric: string | MetricDescriptor) => (typeof metric === "string" ? getMetric(metric) : metric);

/**
 * Colours, sizes and legends for the chosen metrics over `graph` (the knowledge graph or the works-with projection).
 * @throws SamverkanError `BAD_OPTION` for an unknown metric id, or a size by categories.
 */
export function metricStyle(graph: KnowledgeGraph, choice: MetricChoice, context: MetricContext = {}): MetricStyle {
  const style: MetricStyle = { colorLegend: [], sizeLegend: [], groups: [], notes: [], refused: [] };
  const nodeCount = context.nodes?.size ?? graph.order;
  if (choice.colorBy) {
    const metric = resolve(choice.colorBy);
    const outcome = metric.compute(graph, context);
    if (outcome.type === "refused") style.refused.push(outcome.reason);
    else {
      const mapping = colorMapping(outcome, { nodeCount });
      style.colorOf = mapping.colorOf;
      style.colorLegend = mapping.legend;
      style.colorValues = outcome;
      if (outcome.note) style.notes.push(outcome.note);
      if (outcome.type === "categorical") style.groups = groupsOf(graph, outcome, mapping.legend);
    }
  }
  if (choice.sizeBy) {
    const metric = resolve(choice.sizeBy);
    if (metric.type === "categorical") throw new SamverkanError("BAD_OPTION", `samverkan/viewer.metricStyle: ${metric.label} is a category and has no size`);
    const outcome = metric.compute(graph, context);
    if (outcome.type === "refused") style.refused.push(outcome.reason);
    else if (outcome.type === "categorical") style.refused.push(`${metric.label} has text values, so it cannot size the nodes.`);
    else {
      const mapping = sizeMapping(outcome, { min: choice.minSize, max: choice.maxSize });
      style.sizeOf = mapping.sizeOf;
      style.sizeLegend = mapping.legend;
      style.sizeValues = outcome;
      if (outcome.note) style.notes.push(outcome.note);
    }
  }
  return style;
}

/** The members of each coloured category, in the legend's order (most frequent first). */
function groupsOf(graph: KnowledgeGraph, values: Extract<MetricValues, { type: "categorical" }>, legend: LegendEntry[]): MetricGroup[] {
  const byLabel = new Map<string, { id: string; label: string }[]>();
  for (const [node, category] of values.values) {
    const label = values.labels?.get(category) ?? category;
    const members = byLabel.get(label) ?? [];
    members.push({ id: node, label: graph.getNodeAttribute(node, "label") || node });
    byLabel.set(label, members);
  }
  const collator = new Intl.Collator("sv");
  return legend.flatMap((entry) => {
    const members = byLabel.get(entry.label);
    return members && entry.color ? [{ label: entry.label, color: entry.color, members: members.sort((a, b) => collator.compare(a.label, b.label)) }] : [];
  });
}
