/**
 * Kind colours
 * ============
 *
 * Node colours by kind for the formats that carry a look (GEXF `viz`). They mirror the legend of
 * `@samverkan/viewer` so Gephi shows what the viewer shows; the viewer owns the palette, and this table is to be
 * replaced by an import from a shared place once there is one.
 */
import type { NodeKind } from "@samverkan/core";

/** Colour of each node kind, as `#rrggbb`. */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  person: "#4e79a7",
  organisation: "#f28e2b",
  municipality: "#59a14f",
  party: "#e15759",
  meeting: "#76b7b2",
  topic: "#edc948",
  document: "#bab0ac",
};

/** Colour used for a kind missing from the table (a graph from a newer core). */
export const FALLBACK_COLOR = "#999999";

/** Node size from degree, as the viewer sizes nodes: grows with the square root so hubs stay readable. */
export function sizeFromDegree(degree: number): number {
  return Math.round((3 + 2 * Math.sqrt(degree)) * 100) / 100;
}
