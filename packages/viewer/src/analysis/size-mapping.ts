/**
 * Size mapping
 * ============
 *
 * Node sizes from the values of a numeric metric: the area of a node grows with its value (size with the square
 * root, as core's `nodeSize` does with the degree), from `min` for the lowest value to `max` for the highest. The
 * legend shows the smallest, a middle and the largest value.
 */
import { SamverkanError } from "@samverkan/core";
import { formatMetricValue } from "./quantile-classes";
import type { LegendEntry, MetricValues } from "./types";

/** Size of every node, and the legend. */
export interface SizeMapping {
  /** Size of a node; `min` for nodes without a value. */
  sizeOf(node: string): number;
  legend: LegendEntry[];
}

/** Options of `sizeMapping`. */
export interface SizeMappingOptions {
  /** Size of the lowest value and of nodes without one (default 3, as `nodeSize`). */
  min?: number;
  /** Size of the highest value (default 16, as `nodeSize`). */
  max?: number;
}

/**
 * Maps numeric metric values to node sizes.
 * @throws SamverkanError `BAD_OPTION` for categories (they have no size) or `min` above `max`.
 */
export function sizeMapping(metric: MetricValues, options: SizeMappingOptions = {}): SizeMapping {
  const min = options.min ?? 3;
  const max = options.max ?? 16;
  if (metric.type !== "numeric") throw new SamverkanError("BAD_OPTION", "samverkan/viewer.sizeMapping: categories have no size; pick a numeric metric");
  if (!(min <= max)) throw new SamverkanError("BAD_OPTION", `samverkan/viewer.sizeMapping: min ${min} is above max ${max}`);
  const values = [...metric.values.values()].sort((a, b) => a - b);
  const low = values[0] ?? 0;
  const high = values[values.length - 1] ?? 0;
  const scale = (value: number) => (high > low ? min + (max - min) * Math.sqrt((value - low) / (high - low)) : (min + max) / 2);
  const sizes = new Map([...metric.values].map(([node, value]) => [node, scale(value)]));
  const shown = values.length === 0 ? [] : [...new Set([low, values[Math.floor(values.length / 2)], high])];
  const legend = shown.map((value): LegendEntry => ({ label: formatMetricValue(value), size: scale(value) }));
  return { sizeOf: (node) => sizes.get(node) ?? min, legend };
}
