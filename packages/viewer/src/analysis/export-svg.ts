/**
 * Export SVG
 * ==========
 *
 * The current view as a standalone SVG document: edges (inferred ones dashed), nodes with their colours and sizes,
 * labels, and a legend of the node and edge kinds shown in the colours they are drawn in (or of the metric the nodes
 * are coloured by). Built as text from a `Scene` — plain numbers and strings read off the renderer by
 * `sceneFromSigma` — so it is tested without a browser. Every label and legend line is XML-escaped and stripped of characters XML cannot hold: names and titles
 * come from documents.
 */
import { EDGE_KIND_LABELS, NODE_KIND_LABELS } from "@samverkan/core";
import type { EdgeKind, NodeKind } from "@samverkan/core";
import { EDGE_KINDS, NODE_KINDS } from "../state/filters";
import type { LegendEntry } from "./types";

/** A node as drawn: viewport position and radius in pixels. */
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  label?: string;
  kind?: NodeKind;
}

/** An edge as drawn, between two scene nodes. */
export interface SceneEdge {
  source: string;
  target: string;
  color: string;
  /** Thickness in pixels. */
  size: number;
  kind?: EdgeKind;
  inferred?: boolean;
}

/** What is on screen, in viewport pixels. */
export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Options of `sceneToSvg`. */
export interface SvgOptions {
  /** Title written into the SVG (and shown above the legend). */
  title?: string;
  /** Draw the legend to the right of the map (default true). */
  legend?: boolean;
  /** Legend of the node colours when they are not the kind colours (a metric's `colorMapping(...).legend`). */
  nodeLegend?: readonly LegendEntry[];
  /** Heading of `nodeLegend` (e.g. the metric's name). */
  nodeLegendTitle?: string;
  /** Smallest radius in pixels of a node whose label is drawn (default 6; 0 labels every node). */
  labelMinSize?: number;
  /** Background colour (default white). */
  background?: string;
}

/** A legend line: a dot (nodes) or a stroke (links, dashed for inferred ones). */
type LegendLine = LegendEntry & { line?: boolean; dashed?: boolean };

const LINE = 18;
/** Legend lines longer than this are cut with an ellipsis, so a long community name does not widen the picture. */
const MAX_LEGEND_CHARS = 48;
/** Rough width of a character of the 12 px legend text, for sizing the legend column. */
const CHAR_WIDTH = 7;

const cut = (text: string) => (text.length > MAX_LEGEND_CHARS ? `${text.slice(0, MAX_LEGEND_CHARS - 1)}…` : text);
const withCount = (entry: LegendEntry) => cut(entry.label) + (entry.count === undefined ? "" : ` (${entry.count.toLocaleString("en")})`);

/** Text for XML: markup characters escaped, characters XML 1.0 forbids dropped. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A colour or number from the scene, reduced to what an attribute may hold. */
const color = (value: string) => (/^#[0-9a-f]{3,8}$|^rgba?\([\d.,\s%]+\)$|^[a-z]+$/i.test(value) ? value : "#000000");
const num = (value: number) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : 0);

/** Items per kind, with the colour the first of them is drawn in: the legend shows the picture's colours. */
function tally<K extends string>(items: readonly { kind?: K; color: string }[]): Map<K, { color: string; count: number }> {
  const kinds = new Map<K, { color: string; count: number }>();
  for (const item of items) {
    if (!item.kind) continue;
    const seen = kinds.get(item.kind);
    if (seen) seen.count++;
    else kinds.set(item.kind, { color: item.color, count: 1 });
  }
  return kinds;
}

function legendLines(scene: Scene, options: SvgOptions): { heading: string; entries: LegendLine[] }[] {
  const groups: { heading: string; entries: LegendLine[] }[] = [];
  if (options.nodeLegend) groups.push({ heading: options.nodeLegendTitle ?? "Nodes", entries: [...options.nodeLegend] });
  else {
    const kinds = tally(scene.nodes);
    groups.push({
      heading: "Nodes",
      entries: NODE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ label: NODE_KIND_LABELS[kind], ...kinds.get(kind) })),
    });
  }
  const relations = tally(scene.edges);
  const inferred = scene.edges.filter((edge) => edge.inferred).length;
  const entries: LegendLine[] = EDGE_KINDS.filter((kind) => relations.has(kind)).map((kind) => ({
    label: EDGE_KIND_LABELS[kind],
    ...relations.get(kind),
    line: true,
  }));
  if (inferred > 0) entries.push({ label: "inferred (dashed)", color: "#555555", count: inferred, line: true, dashed: true });
  if (entries.length > 0) groups.push({ heading: "Links", entries });
  return groups;
}

/** The scene as an SVG document (text). */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const withLegend = options.legend ?? true;
  const groups = withLegend ? legendLines(scene, options) : [];
  const longest = Math.max(
    cut(options.title ?? "").length,
    ...groups.flatMap((group) => [group.heading.length, ...group.entries.map((entry) => withCount(entry).length + 4)]),
  );
  const legendWidth = withLegend ? Math.max(160, Math.ceil(24 + longest * CHAR_WIDTH)) : 0;
  const width = num(scene.width) + legendWidth;
  const height = num(scene.height);
  const positions = new Map(scene.nodes.map((node) => [node.id, node]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
  ];
  if (options.title) out.push(`<title>${xml(options.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="${color(options.background ?? "#ffffff")}"/>`);
  out.push(`<g id="edges" fill="none" stroke-linecap="round">`);
  for (const edge of scene.edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    const dash = edge.inferred ? ` stroke-dasharray="${num(Math.max(2, edge.size * 3))} ${num(Math.max(2, edge.size * 2))}"` : "";
    out.push(
      `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${color(edge.color)}" stroke-width="${num(edge.size)}"${dash}/>`,
    );
  }
  out.push(`</g>`, `<g id="nodes">`);
  for (const node of scene.nodes) {
    out.push(`<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.size)}" fill="${color(node.color)}"/>`);
  }
  out.push(`</g>`, `<g id="labels" font-size="12" fill="#1a1a1a">`);
  const labelMinSize = options.labelMinSize ?? 6;
  for (const node of scene.nodes) {
    if (!node.label || node.size < labelMinSize) continue;
    out.push(`<text x="${num(node.x + node.size + 3)}" y="${num(node.y + 4)}">${xml(node.label)}</text>`);
  }
  out.push(`</g>`);
  if (withLegend) {
    const x = num(scene.width) + 12;
    let y = 24;
    out.push(
      `<g id="legend" font-size="12" fill="#1a1a1a">`,
      `<line x1="${num(scene.width)}" y1="0" x2="${num(scene.width)}" y2="${height}" stroke="#d0d0d0"/>`,
    );
    if (options.title) {
      out.push(`<text x="${x}" y="${y}" font-size="14" font-weight="600">${xml(cut(options.title))}</text>`);
      y += LINE + 6;
    }
    for (const group of groups) {
      out.push(`<text x="${x}" y="${y}" font-weight="600">${xml(group.heading)}</text>`);
      y += LINE;
      for (const entry of group.entries) {
        const fill = color(entry.color ?? "#8a8a8a");
        if (entry.line) {
          const dash = entry.dashed ? ` stroke-dasharray="4 3"` : "";
          out.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 16}" y2="${y - 4}" stroke="${fill}" stroke-width="2"${dash}/>`);
        } else out.push(`<circle cx="${x + 8}" cy="${y - 4}" r="${num(Math.min(8, entry.size ?? 5))}" fill="${fill}"/>`);
        out.push(`<text x="${x + 24}" y="${y}">${xml(withCount(entry))}</text>`);
        y += LINE;
      }
      y += 8;
    }
    out.push(`</g>`);
  }
  out.push(`</svg>`);
  return out.join("\n");
}
