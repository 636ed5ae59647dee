/**
 * Collect entities
 * ================
 *
 * Reads the graph's nodes into the entity table the index stores: names (label, aliases, abbreviation, meeting
 * title), context words (roles, the names of the organisations, municipalities and parties an entity is tied to,
 * meeting place), the facets filters use, and where each entity has evidence, to find the entities a passage
 * mentions. Document nodes are entities too (found by title) but never count as mentioned by a passage.
 *
 * An entity's row depends only on its own record, its out-edges and the labels of their targets, and the label of
 * the organisation it is `partOf` (no edge: `updateEntities` reads its parts again with it), and each piece of
 * evidence on the record or the out-edge it came from (its owner), so a live update reads again only the nodes that
 * changed (`updateEntities`) and keeps the other rows and pieces, renumbered.
 */
import { edgesInKeyOrder, type Evidence, type KnowledgeGraph, type NodeKind } from "@samverkan/core";
import { dateEnd, dateStart } from "../text/dates";
import { lowerBound } from "./lower-bound";

/** The graph's entities, by position (nodes sorted by id). */
export interface EntityTable {
  ids: string[];
  kinds: NodeKind[];
  labels: string[];
  /** Other names of municipalities, organisations and parties; `[]` for other kinds. */
  aliases: string[][];
  /** Text of the `name` field: label and other names. */
  names: string[];
  /** Text of the `context` field. */
  context: string[];
  municipality: number[][];
  organisation: number[][];
  party: number[][];
  /** Dates stated on the node itself (meeting and document dates). */
  ownDates: string[][];
  /** Organisations that are part of another, and the id of that one: its label is in their context. */
  partOf: Map<number, string>;
  /** Where each piece of evidence is, by document (see `EvidenceByDoc`). */
  evidence: EvidenceByDoc;
}

/**
 * The evidence of every entity, by document: document `docs.get(id)`'s pieces are `starts[i]` and `entities[i]` for i
 * from `offsets[d]` to `offsets[d + 1]`, sorted by start, then entity. `owners[i]` is the entity whose record or
 * out-edge gave the piece (pieces alike but for it sorted by it). Typed arrays for the whole graph: a pair of numbers per piece lived through the whole index
 * build and was copied by each young collection it met.
 */
export interface EvidenceByDoc {
  docs: Map<string, number>;
  offsets: Uint32Array;
  starts: Uint32Array;
  entities: Uint32Array;
  owners: Uint32Array;
}

type Facet = "municipality" | "organisation" | "party";
const FACET_OF_KIND: Partial<Record<NodeKind, Facet>> = {
  municipality: "municipality",
  organisation: "organisation",
  party: "party",
};
// Edges whose target is a facet of their source.
const FACET_EDGES = new Set(["represents", "holds_role", "member_of", "organised_by", "mentions"]);
const NONE: never[] = [];

/** Pieces of evidence as they are read: document number, start, entity and owner, four numbers each. */
class Pieces {
  data = new Uint32Array(1 << 16);
  size = 0;

  constructor(readonly docs: Map<string, number>) {}

  add(evidence: readonly Evidence[], entity: number, owner: number): void {
    let doc: string | undefined;
    let d = 0;
    for (const item of evidence) {
      if (item.doc !== doc) {
        doc = item.doc;
        let found = this.docs.get(doc);
        if (found === undefined) this.docs.set(doc, (found = this.docs.size));
        d = found;
      }
      if (this.size + 4 > this.data.length) {
        const grown = new Uint32Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      const at = this.size;
      this.data[at] = d;
      this.data[at + 1] = item.start;
      this.data[at + 2] = entity;
      this.data[at + 3] = owner;
      this.size += 4;
    }
  }
}

/** Reads node `id` (entity `entity`) into `table`'s rows at that position and its pieces of evidence into `pieces`. */
function readEntity(graph: KnowledgeGraph, id: string, entity: number, table: EntityTable, position: (id: string) => number, pieces: Pieces): void {
  const attributes = graph.getNodeAttributes(id);
  const kind = attributes.kind;
  table.ids[entity] = id;
  table.kinds[entity] = kind;
  table.labels[entity] = attributes.label;
  const names = [attributes.label, ...(attributes.aliases ?? [])];
  const context: string[] = [];
  const dates: string[] = [];
  switch (attributes.kind) {
    case "party":
      if (attributes.abbreviation) names.push(attributes.abbreviation);
      break;
    case "meeting":
      names.push(attributes.title);
      if (attributes.place) context.push(attributes.place);
      if (attributes.date) dates.push(attributes.date);
      break;
    case "document":
      if (attributes.title) names.push(attributes.title);
      if (attributes.date) dates.push(attributes.date);
      break;
    case "organisation":
      if (attributes.renames) for (const rename of attributes.renames) names.push(rename.from, rename.to);
      if (attributes.partOf) table.partOf.set(entity, attributes.partOf);
      break;
    case "municipality":
      if (attributes.county) context.push(attributes.county);
      break;
    default:
      break;
  }
  const unique = [...new Set(names)];
  table.names[entity] = unique.join(" \n ");
  table.ownDates[entity] = dates;
  const own = FACET_OF_KIND[kind];
  table.aliases[entity] = own ? unique.slice(1) : NONE;
  const facets: Record<Facet, number[]> = { municipality: NONE, organisation: NONE, party: NONE };
  if (own) facets[own] = [entity];

  // Document nodes are never mentioned: their own evidence and their out-edges' count for the targets only.
  const isDocument = kind === "document";
  if (!isDocument && attributes.evidence) pieces.add(attributes.evidence, entity, entity);
  for (const key of edgesInKeyOrder(graph, id)) {
    const edge = graph.getEdgeAttributes(key);
    const target = graph.target(key);
    const to = position(target);
    if (!isDocument && edge.evidence) pieces.add(edge.evidence, entity, entity);
    const toKind = graph.getNodeAttribute(target, "kind");
    if (edge.evidence && toKind !== "document" && (edge.kind !== "mentions" || isDocument)) pieces.add(edge.evidence, to, entity);
    if (edge.role) context.push(edge.role);
    if (FACET_EDGES.has(edge.kind)) {
      const facet = FACET_OF_KIND[toKind];
      if (facet && !facets[facet].includes(to)) facets[facet] = [...facets[facet], to];
      if (edge.kind !== "mentions") context.push(graph.getNodeAttribute(target, "label"));
    }
  }
  const parent = kind === "organisation" && attributes.partOf && graph.hasNode(attributes.partOf) ? attributes.partOf : undefined;
  if (parent) {
    facets.organisation = [...facets.organisation, position(parent)];
    context.push(graph.getNodeAttribute(parent, "label"));
  }
  table.municipality[entity] = facets.municipality;
  table.organisation[entity] = facets.organisation;
  table.party[entity] = facets.party;
  table.context[entity] = context.length === 0 ? "" : [...new Set(context)].join(" \n ");
}

function emptyTable(): EntityTable {
  return {
    ids: [],
    kinds: [],
    labels: [],
    aliases: [],
    names: [],
    context: [],
    municipality: [],
    organisation: [],
    party: [],
    ownDates: [],
    partOf: new Map(),
    evidence: { docs: new Map(), offsets: new Uint32Array(1), starts: new Uint32Array(0), entities: new Uint32Array(0), owners: new Uint32Array(0) },
  };
}

/** Reads the entities of `graph`. */
export function collectEntities(graph: KnowledgeGraph): EntityTable {
  const table = emptyTable();
  const ids = graph.nodes().sort();
  const positions = new Map<string, number>();
  ids.forEach((id, entity) => positions.set(id, entity));
  const position = (id: string) => positions.get(id)!;
  const pieces = new Pieces(table.evidence.docs);
  ids.forEach((id, entity) => readEntity(graph, id, entity, table, position, pieces));
  table.evidence = byDocument(pieces);
  return table;
}

/**
 * `collectEntities(graph)` from `previous`, the table of the graph before an update, and `changed`, the nodes the update
 * added, removed or changed (`LiveUpdate.nodesChanged`: record, out-edges, or the label of a target): only those are
 * read again, with the organisations that are part of one of them; the other rows and their pieces of evidence are
 * kept, renumbered. Undefined when `changed` cannot be what turned `previous` into `graph` (the caller reads the whole
 * graph then).
 */
export function updateEntities(previous: EntityTable, graph: KnowledgeGraph, changed: readonly string[]): EntityTable | undefined {
  const old = previous.ids;
  const again = new Set(changed);
  for (const [child, parent] of previous.partOf) if (again.has(parent)) again.add(old[child]!);
  const reread = [...again].filter((id) => graph.hasNode(id)).sort();

  // The ids sorted: the kept ones in their order, those read again merged in (-1 in `newToOld`).
  const ids: string[] = [];
  const oldToNew = new Int32Array(old.length).fill(-1);
  // 1 for an old entity read again.
  const readAgain = new Uint8Array(old.length);
  const newToOld: number[] = [];
  let r = 0;
  const take = (o: number) => {
    if (o >= 0) oldToNew[o] = ids.length;
    newToOld.push(o);
    ids.push(o >= 0 ? old[o]! : reread[r++]!);
  };
  for (let o = 0; o < old.length; o++) {
    const id = old[o]!;
    while (r < reread.length && reread[r]! < id) take(-1);
    if (again.has(id)) {
      readAgain[o] = 1;
      if (reread[r] === id) {
        oldToNew[o] = ids.length;
        take(-1);
      }
      continue;
    }
    if (!graph.hasNode(id)) return undefined;
    take(o);
  }
  while (r < reread.length) take(-1);
  if (ids.length !== graph.order) return undefined;

  const table = emptyTable();
  table.ids = ids;
  let lost = false;
  const remap = (list: number[]) =>
    list.length === 0
      ? list
      : list.map((entity) => {
          const now = oldToNew[entity]!;
          if (now < 0) lost = true;
          return now;
        });
  newToOld.forEach((o, entity) => {
    if (o < 0) {
      // Read below.
      table.kinds.push(previous.kinds[0]!);
      table.labels.push("");
      table.aliases.push(NONE);
      table.names.push("");
      table.context.push("");
      table.ownDates.push(NONE);
      table.municipality.push(NONE);
      table.organisation.push(NONE);
      table.party.push(NONE);
      return;
    }
    table.kinds.push(previous.kinds[o]!);
    table.labels.push(previous.labels[o]!);
    table.aliases.push(previous.aliases[o]!);
    table.names.push(previous.names[o]!);
    table.context.push(previous.context[o]!);
    table.ownDates.push(previous.ownDates[o]!);
    table.municipality.push(remap(previous.municipality[o]!));
    table.organisation.push(remap(previous.organisation[o]!));
    table.party.push(remap(previous.party[o]!));
    const parent = previous.partOf.get(o);
    if (parent !== undefined) table.partOf.set(entity, parent);
  });
  if (lost) return undefined;
  const position = (id: string) => lowerBound(ids, id);
  const pieces = new Pieces(new Map(previous.evidence.docs));
  newToOld.forEach((o, entity) => {
    if (o < 0) readEntity(graph, ids[entity]!, entity, table, position, pieces);
  });
  const evidence = keptEvidence(previous.evidence, oldToNew, readAgain, pieces);
  if (!evidence) return undefined;
  table.evidence = evidence;
  return table;
}

/**
 * The evidence of an updated table: the pieces of `previous` whose owner was not read again, renumbered, and the new
 * `pieces` of those read again. A document where the pieces of those owners are as they were is copied; the others
 * are sorted again. Undefined when a kept piece names an entity that is gone.
 */
function keptEvidence(previous: EvidenceByDoc, oldToNew: Int32Array, again: Uint8Array, pieces: Pieces): EvidenceByDoc | undefined {
  const { offsets, starts, entities, owners } = previous;
  const oldDocs = offsets.length - 1;
  const docCount = pieces.docs.size;

  // The new pieces by document (start, entity, owner), each document's sorted as a table's are.
  const fresh = new Uint32Array(docCount + 1);
  const { data, size } = pieces;
  for (let at = 0; at < size; at += 4) fresh[data[at]! + 1]!++;
  for (let d = 0; d < docCount; d++) fresh[d + 1]! += fresh[d]!;
  const news = new Uint32Array(3 * fresh[docCount]!);
  const filled = fresh.slice(0, -1);
  for (let at = 0; at < size; at += 4) {
    const k = 3 * filled[data[at]!]!++;
    news[k] = data[at + 1]!;
    news[k + 1] = data[at + 2]!;
    news[k + 2] = data[at + 3]!;
  }
  for (let d = 0; d < docCount; d++) sortTriples(news, fresh[d]!, fresh[d + 1]!);

  // A document is sorted again unless the pieces of the owners read again are as they were (in order, renumbered:
  // a table's order survives renumbering, as the kept entities keep their order).
  const resorted = new Uint8Array(docCount);
  const counts = new Uint32Array(docCount);
  for (let d = 0; d < docCount; d++) {
    let k = fresh[d]!;
    let kept = 0;
    let differs = false;
    for (let i = d < oldDocs ? offsets[d]! : 0, end = d < oldDocs ? offsets[d + 1]! : 0; i < end; i++) {
      if (!again[owners[i]!]) {
        kept++;
        continue;
      }
      if (!differs)
        differs = k >= fresh[d + 1]! || news[3 * k] !== starts[i] || news[3 * k + 1] !== oldToNew[entities[i]!] || news[3 * k + 2] !== oldToNew[owners[i]!];
      k++;
    }
    if (differs || k !== fresh[d + 1]) resorted[d] = 1;
    counts[d] = kept + fresh[d + 1]! - fresh[d]!;
  }

  const next = withOffsets(pieces.docs, counts);
  const kept: number[] = [];
  for (let d = 0; d < docCount; d++) {
    let at = next.offsets[d]!;
    const from = d < oldDocs ? offsets[d]! : 0;
    const to = d < oldDocs ? offsets[d + 1]! : 0;
    if (!resorted[d]) {
      for (let i = from; i < to; i++, at++) {
        next.starts[at] = starts[i]!;
        if ((next.entities[at] = oldToNew[entities[i]!]!) < 0) return undefined;
        next.owners[at] = oldToNew[owners[i]!]!;
      }
      continue;
    }
    kept.length = 0;
    for (let i = from; i < to; i++) {
      if (again[owners[i]!]) continue;
      const entity = oldToNew[entities[i]!]!;
      if (entity < 0) return undefined;
      kept.push(starts[i]!, entity, oldToNew[owners[i]!]!);
    }
    for (let k = 3 * fresh[d]!; k < 3 * fresh[d + 1]!; k++) kept.push(news[k]!);
    const run = Uint32Array.from(kept);
    sortTriples(run, 0, run.length / 3);
    for (let k = 0; k < run.length; k += 3, at++) {
      next.starts[at] = run[k]!;
      next.entities[at] = run[k + 1]!;
      next.owners[at] = run[k + 2]!;
    }
  }
  return next;
}

/** Sorts the triples `from` to `to` (in triples) of `values` by their first, second and third numbers. */
function sortTriples(values: Uint32Array, from: number, to: number): void {
  const before = (a: number, b: number) =>
    values[3 * a]! - values[3 * b]! || values[3 * a + 1]! - values[3 * b + 1]! || values[3 * a + 2]! - values[3 * b + 2]!;
  if (to - from <= 32) {
    // A document's new pieces are few and nearly in order: sorted in place, without allocating.
    for (let k = from + 1; k < to; k++) {
      const [s, e, o] = [values[3 * k]!, values[3 * k + 1]!, values[3 * k + 2]!];
      let at = k;
      for (; at > from && (values[3 * at - 3]! - s || values[3 * at - 2]! - e || values[3 * at - 1]! - o) > 0; at--)
        values.copyWithin(3 * at, 3 * at - 3, 3 * at);
      values[3 * at] = s;
      values[3 * at + 1] = e;
      values[3 * at + 2] = o;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_v, k) => from + k).sort(before);
  const copy = values.slice(3 * from, 3 * to);
  order.forEach((triple, k) => {
    const at = 3 * (from + k);
    const was = 3 * (triple - from);
    values[at] = copy[was]!;
    values[at + 1] = copy[was + 1]!;
    values[at + 2] = copy[was + 2]!;
  });
}

/** Empty arrays for `counts[d]` pieces of each document, with their offsets. */
function withOffsets(docs: Map<string, number>, counts: Uint32Array): EvidenceByDoc {
  const offsets = new Uint32Array(counts.length + 1);
  for (let d = 0; d < counts.length; d++) offsets[d + 1] = offsets[d]! + counts[d]!;
  const total = offsets[counts.length]!;
  return { docs, offsets, starts: new Uint32Array(total), entities: new Uint32Array(total), owners: new Uint32Array(total) };
}

/** The pieces read, by document, each document's sorted by start, entity and owner. */
function byDocument(pieces: Pieces): EvidenceByDoc {
  const { data, size } = pieces;
  const docCount = pieces.docs.size;
  const counts = new Uint32Array(docCount);
  for (let at = 0; at < size; at += 4) counts[data[at]!]!++;
  const table = withOffsets(pieces.docs, counts);
  const filled = table.offsets.slice(0, -1);
  // Typed: an empty array written at scattered places became a dictionary (over half of this function's time).
  const order = new Uint32Array(size / 4);
  for (let at = 0; at < size; at += 4) order[filled[data[at]!]!++] = at;
  const byKey = (a: number, b: number) => data[a + 1]! - data[b + 1]! || data[a + 2]! - data[b + 2]! || data[a + 3]! - data[b + 3]!;
  for (let d = 0; d < docCount; d++) order.subarray(table.offsets[d]!, table.offsets[d + 1]!).sort(byKey);
  order.forEach((at, k) => {
    table.starts[k] = data[at + 1]!;
    table.entities[k] = data[at + 2]!;
    table.owners[k] = data[at + 3]!;
  });
  return table;
}

/**
 * Each entity's first and last date: of its own dates, then of the documents it has evidence in (`dateOf`), the
 * earliest start and the latest end; on a tie the entity's own date, then the lesser string. `[]` when it has none.
 */
export function entityDates(table: EntityTable, dateOf: (doc: string) => string | undefined): string[][] {
  const { docs, offsets, entities } = table.evidence;
  // The documents' dates ranked once, so that each piece costs two comparisons of numbers.
  const docDates: string[] = [];
  for (const [doc, d] of docs) docDates[d] = dateOf(doc) ?? "";
  const distinct = [...new Set(docDates)].filter((date) => date !== "");
  const byStart = [...distinct].sort((a, b) => (dateStart(a) < dateStart(b) ? -1 : dateStart(a) > dateStart(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const byEnd = [...distinct].sort((a, b) => (dateEnd(a) > dateEnd(b) ? -1 : dateEnd(a) < dateEnd(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const startRank = new Map(byStart.map((date, r) => [date, r]));
  const endRank = new Map(byEnd.map((date, r) => [date, r]));
  const firstRank = new Int32Array(table.ids.length).fill(-1);
  const lastRank = new Int32Array(table.ids.length).fill(-1);
  for (let d = 0; d < offsets.length - 1; d++) {
    const date = docDates[d];
    if (!date) continue;
    const s = startRank.get(date)!;
    const e = endRank.get(date)!;
    for (let i = offsets[d]!; i < offsets[d + 1]!; i++) {
      const entity = entities[i]!;
      if (firstRank[entity]! < 0 || s < firstRank[entity]!) firstRank[entity] = s;
      if (lastRank[entity]! < 0 || e < lastRank[entity]!) lastRank[entity] = e;
    }
  }
  return table.ids.map((_id, entity) => {
    let first: string | undefined;
    let last: string | undefined;
    for (const date of table.ownDates[entity]!) {
      if (first === undefined || dateStart(date) < dateStart(first)) first = date;
      if (last === undefined || dateEnd(date) > dateEnd(last)) last = date;
    }
    if (firstRank[entity]! >= 0) {
      const start = byStart[firstRank[entity]!]!;
      const end = byEnd[lastRank[entity]!]!;
      if (first === undefined || dateStart(start) < dateStart(first)) first = start;
      if (last === undefined || dateEnd(end) > dateEnd(last)) last = end;
    }
    return first === undefined ? [] : [first, last!];
  });
}
