/**
 * GEXF export
 * ===========
 *
 * Writes the graph as GEXF 1.3 through graphology-gexf, so Gephi and Gephi Lite open it looking as it does in the
 * viewer: node colour by kind, size by degree and the precomputed layout go into `viz`; kind, label, dates, roles and
 * evidence go into typed attributes. Edge kinds are written both as the GEXF edge `kind` (Gephi keeps parallel edges
 * of different kinds apart by it) and as an attribute (readers such as networkx ignore the XML `kind`).
 *
 * [Reference] https://gexf.net/schema.html
 */
import type { KnowledgeGraph, NodeKind } from "@samverkan/core";
import { write } from "graphology-gexf";
import { flattenAttributes, type FlatValue } from "../shared/attributes";
import { NODE_COLORS, nodeSize } from "@samverkan/core";

/** Colour for a kind missing from `NODE_COLORS` (a graph from a newer core). */
const FALLBACK_COLOR = "#999999";
import { stripInvalidXmlChars } from "../shared/xml";
import type { BaseExportOptions } from "../types";

/** Options for `exportGexf`. */
export interface GexfExportOptions extends BaseExportOptions {
  /** Indent the XML. Default `true`. */
  pretty?: boolean;
  /** Colours by node kind, overriding core's `NODE_COLORS` (the viewer's). */
  colors?: Partial<Record<NodeKind, string>>;
}

function cleanValues(values: Record<string, FlatValue>): Record<string, FlatValue> {
  const clean: Record<string, FlatValue> = {};
  for (const [name, value] of Object.entries(values)) {
    clean[name] = typeof value === "string" ? stripInvalidXmlChars(value) : value;
  }
  return clean;
}

/** `#rrggbb` to the `rgb()` form the writer turns into r/g/b attributes, which every GEXF reader understands. */
function rgb(hex: string): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return rgb(FALLBACK_COLOR);
  return `rgb(${parseInt(match[1]!, 16)},${parseInt(match[2]!, 16)},${parseInt(match[3]!, 16)})`;
}

/**
 * Exports the graph as a GEXF 1.3 document. Structured values (aliases, evidence, inference chains, renames) are
 * JSON text in string attributes: GEXF list types cannot carry items with commas reliably.
 * @example
 * const xml = exportGexf(graph);
 */
export function exportGexf(graph: KnowledgeGraph, options: GexfExportOptions = {}): string {
  const colors = { ...NODE_COLORS, ...options.colors };
  return write(graph, {
    version: "1.3",
    pretty: options.pretty ?? true,
    // Only GEXF's own meta elements (creator, description, keywords); anything else would not validate.
    pedantic: true,
    formatNode: (node, attributes) => {
      const viz: { color: string; size: number; x?: number; y?: number } = {
        color: rgb(colors[attributes.kind] ?? FALLBACK_COLOR),
        size: Math.round(nodeSize(graph.degree(node)) * 100) / 100,
      };
      if (typeof attributes.x === "number" && Number.isFinite(attributes.x)) viz.x = attributes.x;
      if (typeof attributes.y === "number" && Number.isFinite(attributes.y)) viz.y = attributes.y;
      return {
        label: stripInvalidXmlChars(attributes.label ?? node),
        viz,
        attributes: cleanValues(flattenAttributes(attributes, { omit: ["label", "x", "y"] })),
      };
    },
    formatEdge: (_edge, attributes) => ({
      label: attributes.role ? stripInvalidXmlChars(attributes.role) : attributes.kind,
      kind: attributes.kind,
      ...(typeof attributes.weight === "number" && Number.isFinite(attributes.weight) ? { weight: attributes.weight } : {}),
      attributes: cleanValues(flattenAttributes(attributes, { omit: ["weight"] })),
    }),
  });
}
