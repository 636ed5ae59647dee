/**
 * Collect entities
 * ================
 *
 * Reads the graph's nodes into the entity table the index stores: names (label, aliases, abbreviation, meeting
 * title), context words (roles, the names of the organisations, municipalities and parties an entity is tied to,
 * meeting place), the facets filters use, and where each entity has evidence, to find the entities a passage
 * mentions. Document nodes are entities too (found by title) but never count as mentioned by a passage.
 */
import { edgesInKeyOrder, type EdgeAttributes, type Evidence, type KnowledgeGraph, type NodeKind } from "@samverkan/core";

/** The graph's entities, by position. */
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
  /** Per entity, ids of the documents it has evidence in. */
  evidenceDocs: string[][];
  /** Where each piece of evidence is, by document (see `EvidenceByDoc`). */
  evidence: EvidenceByDoc;
}

/**
 * The evidence of every entity, by document: document `docs.get(id)`'s pieces are `starts[i]` and `entities[i]` for i
 * from `offsets[d]` to `offsets[d + 1]`, sorted by start (in the order met for equal starts). Two typed arrays for the
 * whole graph: a pair of numbers per piece lived through the whole index build and was copied by each young
 * collection it met.
 */
export interface EvidenceByDoc {
  docs: Map<string, number>;
  offsets: Uint32Array;
  starts: Uint32Array;
  entities: Uint32Array;
}

type Facet = "municipality" | "organisation" | "party";
const FACET_OF_KIND: Partial<Record<NodeKind, Facet>> = {
  municipality: "municipality",
  organisation: "organisation",
  party: "party",
};
// Edges whose target is a facet of their source.
const FACET_EDGES = new Set(["represents", "holds_role", "member_of", "organised_by", "mentions"]);

/** Reads the entities of `graph`. */
export function collectEntities(graph: KnowledgeGraph): EntityTable {
  const table: EntityTable = {
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
    evidenceDocs: [],
    evidence: { docs: new Map(), offsets: new Uint32Array(1), starts: new Uint32Array(0), entities: new Uint32Array(0) },
  };
  const position = new Map<string, number>();
  // Made when an entity gets its first evidence (document nodes never do).
  const docsOf: (Set<string> | undefined)[] = [];
  const contextOf: string[][] = [];
  // Organisations and the id of the organisation they are part of.
  const parts: [number, string][] = [];

  // Nodes by id, as a full build adds them: a live graph holds the nodes it added last.
  const nodes = graph.nodes().sort();
  nodes.forEach((id) => {
    const attributes = graph.getNodeAttributes(id);
    const entity = table.ids.length;
    position.set(id, entity);
    table.ids.push(id);
    table.kinds.push(attributes.kind);
    table.labels.push(attributes.label);
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
        if (attributes.partOf) parts.push([entity, attributes.partOf]);
        break;
      case "municipality":
        if (attributes.county) context.push(attributes.county);
        break;
      default:
        break;
    }
    const unique = [...new Set(names)];
    table.names.push(unique.join(" \n "));
    contextOf.push(context);
    table.ownDates.push(dates);
    const facet = FACET_OF_KIND[attributes.kind];
    table.aliases.push(facet ? unique.slice(1) : []);
    table.municipality.push(facet === "municipality" ? [entity] : []);
    table.organisation.push(facet === "organisation" ? [entity] : []);
    table.party.push(facet === "party" ? [entity] : []);
    docsOf.push(undefined);
  });

  const edges = edgesInBuildOrder(graph, position);
  // Each entity's evidence, in the same order on every call: counted on the first, placed on the second.
  const forEachEvidence = (add: (entity: number, evidence: readonly Evidence[]) => void) => {
    const addOf = (entity: number, evidence: readonly Evidence[] | undefined) => {
      if (evidence && evidence.length > 0 && table.kinds[entity] !== "document") add(entity, evidence);
    };
    nodes.forEach((id, entity) => addOf(entity, graph.getNodeAttribute(id, "evidence")));
    for (const { attributes, from, to } of edges) {
      addOf(from, attributes.evidence);
      if (attributes.kind !== "mentions" || table.kinds[from] === "document") addOf(to, attributes.evidence);
    }
  };
  table.evidence = evidenceByDoc(forEachEvidence, (entity, doc) => (docsOf[entity] ??= new Set()).add(doc));

  for (const { attributes, from, to } of edges) {
    if (attributes.role) contextOf[from]!.push(attributes.role);
    if (FACET_EDGES.has(attributes.kind)) {
      const facet = FACET_OF_KIND[table.kinds[to]!];
      if (facet && !table[facet][from]!.includes(to)) table[facet][from]!.push(to);
      if (attributes.kind !== "mentions") contextOf[from]!.push(table.labels[to]!);
    }
  }
  for (const [entity, partOf] of parts) {
    const parent = position.get(partOf);
    if (parent === undefined) continue;
    table.organisation[entity]!.push(parent);
    contextOf[entity]!.push(table.labels[parent]!);
  }

  table.context = contextOf.map((words) => (words.length === 0 ? "" : [...new Set(words)].join(" \n ")));
  table.evidenceDocs = docsOf.map((docs) => (docs ? [...docs] : []));
  return table;
}

/**
 * The edges of `graph` as a full build adds them, stated ones by key then inferred ones by key, with their ends'
 * positions among the nodes sorted by id: the order of context words and of evidence at equal starts follows it, and a
 * live graph, patched in place, holds its edges in another order.
 */
function edgesInBuildOrder(graph: KnowledgeGraph, position: ReadonlyMap<string, number>): { attributes: EdgeAttributes; from: number; to: number }[] {
  return edgesInKeyOrder(graph).map((key) => ({
    attributes: graph.getEdgeAttributes(key),
    from: position.get(graph.source(key))!,
    to: position.get(graph.target(key))!,
  }));
}

/**
 * The pieces of evidence `forEachEvidence` gives (twice, alike), by document; `noteDoc` hears each entity's documents
 * (a document again for each run of its evidence in one list).
 */
function evidenceByDoc(
  forEachEvidence: (add: (entity: number, evidence: readonly Evidence[]) => void) => void,
  noteDoc: (entity: number, doc: string) => void,
): EvidenceByDoc {
  const docs = new Map<string, number>();
  const counts: number[] = [];
  // Evidence comes in runs of one document: the document's number is looked up once a run.
  forEachEvidence((entity, evidence) => {
    let doc: string | undefined;
    let d = 0;
    for (const item of evidence) {
      if (item.doc !== doc) {
        doc = item.doc;
        noteDoc(entity, doc);
        let found = docs.get(doc);
        if (found === undefined) {
          docs.set(doc, (found = counts.length));
          counts.push(0);
        }
        d = found;
      }
      counts[d]!++;
    }
  });
  const offsets = new Uint32Array(counts.length + 1);
  for (let d = 0; d < counts.length; d++) offsets[d + 1] = offsets[d]! + counts[d]!;
  const starts = new Uint32Array(offsets[counts.length]!);
  const entities = new Uint32Array(starts.length);
  const filled = offsets.slice(0, -1);
  forEachEvidence((entity, evidence) => {
    let doc: string | undefined;
    let d = 0;
    for (const item of evidence) {
      if (item.doc !== doc) d = docs.get((doc = item.doc))!;
      const at = filled[d]!++;
      starts[at] = item.start;
      entities[at] = entity;
    }
  });
  // Each document's pieces by start, those with equal starts in the order met (as a stable sort).
  const order: number[] = [];
  const byStart = (a: number, b: number) => starts[a]! - starts[b]! || a - b;
  const sortedStarts = new Uint32Array(starts.length);
  const sortedEntities = new Uint32Array(starts.length);
  for (let d = 0; d < counts.length; d++) {
    order.length = 0;
    for (let i = offsets[d]!; i < offsets[d + 1]!; i++) order.push(i);
    order.sort(byStart);
    order.forEach((i, k) => {
      sortedStarts[offsets[d]! + k] = starts[i]!;
      sortedEntities[offsets[d]! + k] = entities[i]!;
    });
  }
  return { docs, offsets, starts: sortedStarts, entities: sortedEntities };
}
