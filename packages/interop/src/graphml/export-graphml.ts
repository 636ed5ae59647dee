/**
 * GraphML export
 * ==============
 *
 * Writes the graph as GraphML with typed attribute keys (`attr.type` string, boolean, long, double), inferred from
 * the values so numbers stay numbers in networkx, yEd, Gephi and graphology-graphml. graphology-graphml only parses,
 * so the writer is here. Lists and structured values (aliases, evidence, chains) are JSON text: GraphML has no
 * list type.
 *
 * [Reference] http://graphml.graphdrawing.org/specification.html
 */
import type { KnowledgeGraph } from "@samverkan/core";
import { flattenAttributes, valueType, widenType, type FlatValue } from "../shared/attributes";
import { escapeXml } from "../shared/xml";
import type { BaseExportOptions } from "../types";

/** Options for `exportGraphml`. */
export type GraphmlExportOptions = BaseExportOptions;

type GraphmlType = "boolean" | "long" | "double" | "string";

interface KeySpec {
  id: string;
  name: string;
  type: GraphmlType;
}

/** GraphML has no list type: lists are written as text. */
function typeOf(name: string, value: FlatValue): GraphmlType {
  const type = valueType(name, value);
  return type === "string[]" ? "string" : type;
}

function inferKeys(rows: Iterable<Record<string, FlatValue>>, prefix: string): Map<string, KeySpec> {
  const types = new Map<string, GraphmlType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const type = typeOf(name, value);
      const seen = types.get(name);
      types.set(name, seen === undefined ? type : widenType(seen, type));
    }
  }
  const keys = new Map<string, KeySpec>();
  let index = 0;
  for (const [name, type] of types) keys.set(name, { id: `${prefix}${index++}`, name, type });
  return keys;
}

function formatValue(value: FlatValue, type: GraphmlType): string {
  if (type === "string") return escapeXml(Array.isArray(value) ? JSON.stringify(value) : String(value));
  return String(value);
}

function dataLines(row: Record<string, FlatValue>, keys: Map<string, KeySpec>, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(row)) {
    const key = keys.get(name)!;
    lines.push(`${indent}<data key="${key.id}">${formatValue(value, key.type)}</data>`);
  }
  return lines;
}

/**
 * Exports the graph as a GraphML document (directed, with parallel edges keeping their ids).
 * @example
 * const xml = exportGraphml(graph);
 */
export function exportGraphml(graph: KnowledgeGraph, _options: GraphmlExportOptions = {}): string {
  const nodes: { id: string; row: Record<string, FlatValue> }[] = [];
  graph.forEachNode((node, attributes) => nodes.push({ id: node, row: flattenAttributes(attributes) }));
  const edges: { id: string; source: string; target: string; row: Record<string, FlatValue> }[] = [];
  graph.forEachEdge((edge, attributes, source, target) => edges.push({ id: edge, source, target, row: flattenAttributes(attributes) }));

  const nodeKeys = inferKeys(
    nodes.map((node) => node.row),
    "n",
  );
  const edgeKeys = inferKeys(
    edges.map((edge) => edge.row),
    "e",
  );

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [forWhat, keys] of [
    ["node", nodeKeys],
    ["edge", edgeKeys],
  ] as const) {
    for (const key of keys.values()) {
      lines.push(`  <key id="${key.id}" for="${forWhat}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`);
    }
  }
  lines.push('  <graph id="samverkan" edgedefault="directed">');
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`, ...dataLines(node.row, nodeKeys, "      "), "    </node>");
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...dataLines(edge.row, edgeKeys, "      "),
      "    </edge>",
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
