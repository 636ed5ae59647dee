/**
 * Encoding
 * ========
 *
 * The viewer's own visual choices; colours, kind names and node sizes are core's (`NODE_COLORS`, `nodeSize`), so
 * Gephi, through GEXF, shows what the viewer shows.
 */
export { EDGE_COLORS, EDGE_KIND_LABELS, NODE_COLORS, NODE_KIND_LABELS, nodeSize } from "@samverkan/core";

/** Colour of dimmed (not highlighted) items while hovering. */
export const DIMMED_COLOR = "#e4e4e4";

/** Edge thickness from a `works_with` weight. */
export function edgeSize(weight: number | undefined): number {
  return weight === undefined ? 1 : Math.min(6, 0.8 + Math.log2(1 + weight));
}
