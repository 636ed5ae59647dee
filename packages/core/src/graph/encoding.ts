/**
 * Encoding
 * ========
 *
 * How kinds become colours and degrees become sizes, shared by every picture of the graph (the viewer, GEXF's
 * `viz` for Gephi) so they all look the same. Node colours come from the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies), with ColorBrewer's dark brown and purple for meetings and topics
 * (Okabe–Ito's remaining hues put them too near organisations and people); all reach 3:1 contrast on white, as WCAG
 * asks of graphics, and no two kinds are closer than a ΔE of 25 (encoding.test.ts).
 */
import type { EdgeKind, NodeKind } from "../types";

/** Node colour per kind. */
export const NODE_COLORS: Record<NodeKind, string> = {
  person: "#0072b2",
  organisation: "#d55e00",
  municipality: "#007a5a",
  party: "#b3478f",
  meeting: "#8c510a",
  topic: "#6a51a3",
  document: "#6b6b6b",
};

/** Edge colour per relation kind: lighter than nodes so nodes stay readable on top. */
export const EDGE_COLORS: Record<EdgeKind, string> = {
  holds_role: "#7fb4d9",
  member_of: "#9fc7e3",
  represents: "#8fcab4",
  attended: "#e0c27f",
  chaired: "#c98a00",
  spoke_at: "#d9a94c",
  organised_by: "#eaa37f",
  discussed: "#9dbfd4",
  mentions: "#cfcfcf",
  collaborates_with: "#d28fbd",
  works_with: "#6f9fc7",
};

/** Human names of node kinds, for the legend and filters. */
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  person: "Person",
  organisation: "Organisation",
  municipality: "Municipality",
  party: "Party",
  meeting: "Meeting",
  topic: "Topic",
  document: "Document",
};

/** Human names of relation kinds. */
export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  holds_role: "holds role",
  member_of: "member of",
  represents: "represents",
  attended: "attended",
  chaired: "chaired",
  spoke_at: "spoke at",
  organised_by: "organised by",
  discussed: "discussed",
  mentions: "mentions",
  collaborates_with: "collaborates with",
  works_with: "works with",
};

/** Node size from its degree: grows with the square root so hubs stand out without covering the map. */
export function nodeSize(degree: number, min = 3, max = 16): number {
  return Math.min(max, min + 1.4 * Math.sqrt(degree));
}
