/**
 * Colour mapping
 * ==============
 *
 * Colours for the values of a metric, with the legend that names them. Categories get the category palette by
 * frequency (the most common first; past the palette's end they share the grey "other"); numbers are cut into
 * quantile classes (about as many nodes in each), since degree and PageRank are heavily skewed and equal-width
 * classes would paint nearly every node the same.
 */
import { CATEGORY_COLORS, OTHER_COLOR, SEQUENTIAL_COLORS } from "./palettes";
import { quantileClasses } from "./quantile-classes";
import type { LegendEntry, MetricValues } from "./types";

/** Colour of every node, and the legend. */
export interface ColorMapping {
  /** Colour of a node; `OTHER_COLOR` for nodes without a value or in a category past the palette. */
  colorOf(node: string): string;
  legend: LegendEntry[];
}

/** Options of `colorMapping`. */
export interface ColorMappingOptions {
  /** Colours of categories (default `CATEGORY_COLORS`). */
  categoryColors?: readonly string[];
  /** Colours of numeric classes, lowest first (default `SEQUENTIAL_COLORS`; their number is the most classes). */
  sequentialColors?: readonly string[];
  /** Nodes shown; those without a value get a "No value" line in the legend. */
  nodeCount?: number;
}

function categoryColors(metric: Extract<MetricValues, { type: "categorical" }>, palette: readonly string[], legend: LegendEntry[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const value of metric.values.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ordered = [...counts].sort(([a, na], [b, nb]) => nb - na || a.localeCompare(b, "sv"));
  const colors = new Map<string, string>();
  let next = 0;
  let other = 0;
  for (const [value, n] of ordered) {
    const color = metric.colors?.get(value) ?? (next < palette.length ? palette[next++] : undefined);
    if (color) {
      colors.set(value, color);
      legend.push({ label: metric.labels?.get(value) ?? value, color, count: n });
    } else other += n;
  }
  if (other > 0) legend.push({ label: `Other (${ordered.length - colors.size} more)`, color: OTHER_COLOR, count: other });
  return colors;
}

/** Maps metric values to colours. */
export function colorMapping(metric: MetricValues, options: ColorMappingOptions = {}): ColorMapping {
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  if (metric.type === "categorical") {
    const byCategory = categoryColors(metric, options.categoryColors ?? CATEGORY_COLORS, legend);
    for (const [node, value] of metric.values) colors.set(node, byCategory.get(value) ?? OTHER_COLOR);
  } else {
    const palette = options.sequentialColors ?? SEQUENTIAL_COLORS;
    const classes = quantileClasses([...metric.values.values()], palette.length);
    // Fewer classes than colours: spread them over the whole ramp so low and high stay far apart.
    const classColors = classes.map(
      (_, i) => palette[classes.length === 1 ? palette.length - 1 : Math.round((i * (palette.length - 1)) / (classes.length - 1))],
    );
    classes.forEach((range, i) => legend.push({ label: range.label, color: classColors[i], count: range.count }));
    for (const [node, value] of metric.values) colors.set(node, classColors[classes.findIndex((range) => value <= range.to)] ?? OTHER_COLOR);
  }
  const missing = (options.nodeCount ?? 0) - metric.values.size;
  if (missing > 0) legend.push({ label: "No value", color: OTHER_COLOR, count: missing });
  return { colorOf: (node) => colors.get(node) ?? OTHER_COLOR, legend };
}
