/**
 * Scene from sigma
 * ================
 *
 * Reads what a sigma renderer shows — after the viewer's reducers, so filters, highlights and metric colours are as
 * on screen — into a `Scene` of viewport pixels for `sceneToSvg`: nodes not hidden and inside the view (with a
 * margin), edges not hidden between them, radii through sigma's own `scaleSize`. The renderer is typed by the few
 * methods read, so tests pass a stand-in.
 */
import type { EdgeKind, NodeKind } from "@samverkan/core";
import type { Scene, SceneEdge, SceneNode } from "./export-svg";

/** The parts of a sigma v3 renderer the scene is read from. */
export interface SceneSource {
  getGraph(): {
    forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void;
    forEachEdge(callback: (edge: string, attributes: Record<string, unknown>, source: string, target: string) => void): void;
  };
  getNodeDisplayData(node: string): { x: number; y: number; size: number; color: string; label?: string | null; hidden?: boolean } | undefined;
  getEdgeDisplayData(edge: string): { color: string; size: number; hidden?: boolean } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
  getDimensions(): { width: number; height: number };
}

/** Options of `sceneFromSigma`. */
export interface SceneOptions {
  /** Pixels around the view within which nodes are kept, so edges leaving the view still point somewhere (default 50). */
  margin?: number;
}

/** The renderer's current view as a scene. */
export function sceneFromSigma(renderer: SceneSource, options: SceneOptions = {}): Scene {
  const { width, height } = renderer.getDimensions();
  const margin = options.margin ?? 50;
  const nodes: SceneNode[] = [];
  const kept = new Set<string>();
  renderer.getGraph().forEachNode((node, attributes) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    if (x < -margin || y < -margin || x > width + margin || y > height + margin) return;
    kept.add(node);
    nodes.push({
      id: node,
      x,
      y,
      size: renderer.scaleSize(data.size),
      color: data.color,
      ...(data.label ? { label: data.label } : {}),
      ...(typeof attributes.kind === "string" ? { kind: attributes.kind as NodeKind } : {}),
    });
  });
  const edges: SceneEdge[] = [];
  renderer.getGraph().forEachEdge((edge, attributes, source, target) => {
    if (!kept.has(source) || !kept.has(target)) return;
    const data = renderer.getEdgeDisplayData(edge);
    if (!data || data.hidden) return;
    edges.push({
      source,
      target,
      color: data.color,
      size: data.size,
      ...(typeof attributes.kind === "string" ? { kind: attributes.kind as EdgeKind } : {}),
      ...(attributes.inferred === true ? { inferred: true } : {}),
    });
  });
  return { width, height, nodes, edges };
}
