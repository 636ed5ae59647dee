/**
 * Name index
 * ==========
 *
 * Lookups that queries need many times: nodes by folded name and by name word, meetings by date (and its year and
 * month), bodies by the entity they are part of. Built once per graph on first use and rebuilt after the graph
 * changes (graphology's events mark it stale), so a query costs a few map lookups instead of a scan.
 */
import { nameKey } from "../text/fold";
import type { KnowledgeGraph, MeetingAttributes } from "../types";

export interface NameIndex {
  /** Node ids by the folded form of their label or an alias. */
  byName: Map<string, string[]>;
  /** Node ids by each word of their label or aliases. */
  byWord: Map<string, string[]>;
  /** Folded names of each node (for near matches). */
  names: Map<string, string[]>;
  /** Meeting ids by date, year-month and year. */
  meetingsByDate: Map<string, string[]>;
  /** Nodes by the id of the node they are part of. */
  parts: Map<string, string[]>;
}

const cache = new WeakMap<KnowledgeGraph, NameIndex>();
const watched = new WeakSet<KnowledgeGraph>();

const push = (map: Map<string, string[]>, key: string, id: string) => {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
};

/** The index of a graph, built on first use. */
export function nameIndex(graph: KnowledgeGraph): NameIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  if (!watched.has(graph)) {
    const stale = () => cache.delete(graph);
    for (const event of ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared", "attributesUpdated"] as const) graph.on(event, stale);
    watched.add(graph);
  }
  const index: NameIndex = { byName: new Map(), byWord: new Map(), names: new Map(), meetingsByDate: new Map(), parts: new Map() };
  graph.forEachNode((id, a) => {
    if (a.kind === "document") return;
    // A party is also named by its letters (`S`, `KD`).
    const abbreviation = a.kind === "party" ? a.abbreviation : undefined;
    const names = [...new Set([a.label, ...(a.aliases ?? []), ...(abbreviation ? [abbreviation] : [])].map(nameKey))];
    index.names.set(id, names);
    for (const name of names) {
      push(index.byName, name, id);
      for (const word of new Set(name.split(" "))) push(index.byWord, word, id);
    }
    const date = (a as MeetingAttributes).date;
    if (a.kind === "meeting" && date) for (const prefix of new Set([date, date.slice(0, 7), date.slice(0, 4)])) push(index.meetingsByDate, prefix, id);
    const partOf = (a as { partOf?: string }).partOf;
    if (partOf) push(index.parts, partOf, id);
  });
  cache.set(graph, index);
  return index;
}
