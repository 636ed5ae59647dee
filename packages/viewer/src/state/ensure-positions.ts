/**
 * Ensure positions
 * ================
 *
 * Sigma needs `x` and `y` on every node. Graphs built by core carry a precomputed ForceAtlas2 layout; for nodes
 * without one (a hand-made graph, a node added later) this places them deterministically — next to a positioned
 * neighbour when there is one, else on a golden-angle spiral ordered by a hash of the id — so the same graph always
 * opens the same way.
 */
import type { KnowledgeGraph } from "@samverkan/core";

/** FNV-1a hash of a string, as a 32-bit unsigned integer. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Gives every node without finite `x`/`y` a deterministic position. Returns how many nodes were placed. */
export function ensurePositions(graph: KnowledgeGraph): number {
  const missing: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) missing.push(node);
  });
  if (missing.length === 0) return 0;
  missing.sort((a, b) => hashString(a) - hashString(b) || (a < b ? -1 : 1));
  const missingSet = new Set(missing);
  const unplaced: string[] = [];
  for (const node of missing) {
    const anchor = graph.neighbors(node).find((other) => {
      const attributes = graph.getNodeAttributes(other);
      return Number.isFinite(attributes.x) && Number.isFinite(attributes.y) && !missingSet.has(other);
    });
    if (!anchor) {
      unplaced.push(node);
      continue;
    }
    const { x, y } = graph.getNodeAttributes(anchor);
    const angle = (hashString(node) / 0xffffffff) * 2 * Math.PI;
    graph.mergeNodeAttributes(node, { x: x! + Math.cos(angle), y: y! + Math.sin(angle) });
  }
  unplaced.forEach((node, index) => {
    const radius = 10 * Math.sqrt(index + 0.5);
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(index * GOLDEN_ANGLE), y: radius * Math.sin(index * GOLDEN_ANGLE) });
  });
  return missing.length;
}
