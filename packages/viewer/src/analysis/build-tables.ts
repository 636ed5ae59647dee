/**
 * Build tables
 * ============
 *
 * The nodes and edges shown, as rows of a table with typed columns: what a reader sorts and downloads as CSV. Edge
 * rows carry their first quote and where it stands, and say whether the fact is inferred; node rows carry the value
 * of each metric given. Plain data; `mountTable` lays it out.
 */
import { EDGE_KIND_LABELS, NODE_KIND_LABELS, citeEvidence } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";
import type { TimeIndex, YearSpan } from "../state/dates";
import type { MetricValues } from "./types";

/** A cell: text, a number, or empty. */
export type CellValue = string | number | undefined;

/** A column: its key in the rows, its heading, and how it sorts. */
export interface TableColumn {
  key: string;
  label: string;
  type: "text" | "number";
}

/** A row: the node or edge id and its cells by column key. */
export interface TableRow {
  id: string;
  cells: Record<string, CellValue>;
}

/** Columns and rows. */
export interface Table {
  columns: TableColumn[];
  rows: TableRow[];
}

/** A metric's values, as an extra node column. */
export interface MetricColumn {
  id: string;
  label: string;
  values: MetricValues;
}

/** Options of `nodeTable` and `edgeTable`. */
export interface TableOptions {
  /** Only these nodes (the ones shown); all when omitted. Edge rows need both ends in it. */
  nodes?: ReadonlySet<string>;
  /** Only these edges (the ones shown); all when omitted. */
  edges?: ReadonlySet<string>;
  /** Years of nodes and edges (`buildTimeIndex`), for a "Years" column. */
  time?: TimeIndex;
  /** Graph the documents are in, for citations, when `graph` is the works-with projection. */
  knowledgeGraph?: KnowledgeGraph;
}

const years = (span: YearSpan | undefined): string | undefined => {
  if (!span) return undefined;
  const from = Number.isFinite(span.from) ? String(span.from) : "…";
  const to = Number.isFinite(span.to) ? String(span.to) : "…";
  return from === to ? from : `${from}–${to}`;
};

/** One row per node shown: label, kind, links shown, years, then one column per metric. */
export function nodeTable(graph: KnowledgeGraph, options: TableOptions & { metrics?: readonly MetricColumn[] } = {}): Table {
  const metrics = options.metrics ?? [];
  const columns: TableColumn[] = [
    { key: "label", label: "Name", type: "text" },
    { key: "kind", label: "Kind", type: "text" },
    { key: "links", label: "Links shown", type: "number" },
    { key: "years", label: "Years", type: "text" },
    ...metrics.map((metric): TableColumn => ({ key: `metric:${metric.id}`, label: metric.label, type: metric.values.type === "numeric" ? "number" : "text" })),
    { key: "id", label: "Id", type: "text" },
  ];
  const rows: TableRow[] = [];
  graph.forEachNode((node, attributes) => {
    if (options.nodes && !options.nodes.has(node)) return;
    let links = 0;
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if ((!options.edges || options.edges.has(edge)) && (!options.nodes || (options.nodes.has(source) && options.nodes.has(target)))) links++;
    });
    const cells: Record<string, CellValue> = {
      label: attributes.label,
      kind: NODE_KIND_LABELS[attributes.kind],
      links,
      years: years(options.time?.nodes.get(node)),
      id: node,
    };
    for (const metric of metrics) cells[`metric:${metric.id}`] = metric.values.values.get(node);
    rows.push({ id: node, cells });
  });
  return { columns, rows };
}

/** One row per edge shown: both ends, the relation, stated or inferred, weight, years, and the first quote and its source. */
export function edgeTable(graph: KnowledgeGraph, options: TableOptions = {}): Table {
  const columns: TableColumn[] = [
    { key: "source", label: "From", type: "text" },
    { key: "relation", label: "Relation", type: "text" },
    { key: "target", label: "To", type: "text" },
    { key: "inferred", label: "Stated or inferred", type: "text" },
    { key: "weight", label: "Weight", type: "number" },
    { key: "years", label: "Years", type: "text" },
    { key: "evidence", label: "Quotes", type: "number" },
    { key: "quote", label: "First quote", type: "text" },
    { key: "document", label: "Document", type: "text" },
    { key: "id", label: "Id", type: "text" },
  ];
  const rows: TableRow[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (options.edges && !options.edges.has(edge)) return;
    if (options.nodes && !(options.nodes.has(source) && options.nodes.has(target))) return;
    const first = attributes.evidence[0];
    rows.push({
      id: edge,
      cells: {
        source: graph.getNodeAttribute(source, "label"),
        relation: EDGE_KIND_LABELS[attributes.kind],
        target: graph.getNodeAttribute(target, "label"),
        inferred: attributes.inferred ? "inferred" : "stated",
        weight: attributes.weight,
        years: years(options.time?.edges.get(edge)),
        evidence: attributes.evidence.length,
        quote: first?.quote,
        document: first ? citeEvidence(options.knowledgeGraph ?? graph, first) : undefined,
        id: edge,
      },
    });
  });
  return { columns, rows };
}
