/**
 * Labels without overlaps
 * =======================
 *
 * Sigma picks the labels of a frame with its label grid (a few of the biggest nodes per grid cell) and draws each at
 * once, so labels of neighbouring cells, and labels forced on, overlap. This layer takes sigma's picks for a frame
 * (as its `defaultDrawNodeLabel`), then, when the frame is done, draws them greedily: forced labels (the selection,
 * the hovered node and their neighbours) first, then the biggest nodes, each only where it overlaps no label already
 * drawn. What was drawn is kept, for the controller's `drawnLabels()`.
 */
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { DrawnLabel } from "../types";

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & { key?: string; forceLabel?: boolean };
type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

/** Longest label the map draws, in characters; the panel and the search show the whole. */
export const MAP_LABEL_LENGTH = 48;

/**
 * A node's label as the map draws it: a long one (a meeting titled by its minutes' first line, an organisation's full
 * name) cut at the last word that fits, with an ellipsis, so it neither crowds out its neighbours' labels nor runs
 * off the map.
 */
export function mapLabel(label: string): string {
  if (label.length <= MAP_LABEL_LENGTH) return label;
  const cut = label.lastIndexOf(" ", MAP_LABEL_LENGTH - 1);
  return `${label.slice(0, cut > MAP_LABEL_LENGTH / 2 ? cut : MAP_LABEL_LENGTH - 1).replace(/[\s,.:;–-]+$/u, "")}…`;
}

/** Pixels kept free around every label, so neighbouring labels stay apart to the eye too. */
const LABEL_MARGIN = 2;

/** The label layer of one renderer: `collect` is sigma's label drawer, `draw` runs after each frame. */
export function createLabelLayer(drawLabel: NodeLabelDrawingFunction) {
  let pending: { context: CanvasRenderingContext2D; data: LabelData; settings: LabelSettings }[] = [];
  let drawn: DrawnLabel[] = [];
  return {
    /** Sigma's `defaultDrawNodeLabel`: keeps the frame's candidates for `draw`. */
    collect: ((context, data, settings) => {
      if (data.label) pending.push({ context, data: data as LabelData, settings });
    }) as NodeLabelDrawingFunction,
    /** A new frame starts: its candidates come next (a frame drawn while moving has none). */
    reset() {
      pending = [];
      drawn = [];
    },
    /** Draws the frame's candidates that fit, forced ones first, then by node size. */
    draw() {
      const candidates = pending.sort((a, b) => Number(b.data.forceLabel === true) - Number(a.data.forceLabel === true) || b.data.size - a.data.size);
      pending = [];
      const boxes: { x1: number; x2: number; y1: number; y2: number }[] = [];
      for (const { context, data, settings } of candidates) {
        const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        context.font = font;
        const metrics = context.measureText(data.label!);
        // Where sigma's disc label drawer puts the text.
        const x = data.x + data.size + 3;
        const y = data.y + settings.labelSize / 3;
        const box = {
          x1: x - LABEL_MARGIN,
          x2: x + metrics.width + LABEL_MARGIN,
          y1: y - metrics.fontBoundingBoxAscent - LABEL_MARGIN,
          y2: y + metrics.fontBoundingBoxDescent + LABEL_MARGIN,
        };
        if (boxes.some((b) => box.x1 < b.x2 && b.x1 < box.x2 && box.y1 < b.y2 && b.y1 < box.y2)) continue;
        boxes.push(box);
        drawLabel(context, data, settings);
        drawn.push({ id: data.key ?? "", text: data.label!, x, y, font });
      }
    },
    /** The labels of the last frame. */
    drawn: (): DrawnLabel[] => drawn.map((label) => ({ ...label })),
  };
}
