/**
 * Dates
 * =====
 *
 * Years of facts and entities, for the year-range filter. A fact is dated by its own start/end, else by the meeting
 * it involves, else by the documents its evidence comes from; an entity only when it is a meeting or a document.
 */
import type { DocumentRecord, KnowledgeGraph } from "@samverkan/core";

/** An inclusive span of years. */
export interface YearSpan {
  from: number;
  to: number;
}

/** Years of every node and edge that has one; undated items are absent. */
export interface TimeIndex {
  nodes: Map<string, YearSpan>;
  edges: Map<string, YearSpan>;
}

/** The year of an ISO 8601 date (`2016-10-11`, `2019-04`, `2019`), or `undefined`. */
export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const match = /^(\d{4})/.exec(date);
  return match ? Number(match[1]) : undefined;
}

function span(years: Iterable<number | undefined>): YearSpan | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const year of years) {
    if (year === undefined) continue;
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return from === Infinity ? undefined : { from, to };
}

/** Computes the years of every node and edge of a graph. */
export function buildTimeIndex(graph: KnowledgeGraph, documents: readonly DocumentRecord[] = []): TimeIndex {
  const docYears = new Map<string, number | undefined>(documents.map((doc) => [doc.id, yearOf(doc.date)]));
  const nodes = new Map<string, YearSpan>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "meeting" && attributes.kind !== "document") return;
    const year = yearOf(attributes.date);
    if (year !== undefined) nodes.set(node, { from: year, to: year });
  });
  const edges = new Map<string, YearSpan>();
  graph.forEachEdge((edge, attributes, source, target) => {
    let result: YearSpan | undefined;
    const start = yearOf(attributes.start);
    const end = yearOf(attributes.end);
    // A role with a start and no end is still held: open towards the future.
    if (start !== undefined || end !== undefined) result = { from: start ?? -Infinity, to: end ?? Infinity };
    result ??= nodes.get(source) ?? nodes.get(target);
    result ??= span((attributes.evidence ?? []).map((evidence) => docYears.get(evidence.doc)));
    if (result) edges.set(edge, result);
  });
  return { nodes, edges };
}

/** True when a span of years overlaps the range `[from, to]` (open bounds allowed). */
export function overlaps(years: YearSpan, from: number | undefined, to: number | undefined): boolean {
  return (to === undefined || years.from <= to) && (from === undefined || years.to >= from);
}
