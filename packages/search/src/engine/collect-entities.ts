/**
 * Collect entities
 * ================
 *
 * Reads the graph's nodes into the entity table the index stores: names (label, aliases, abbreviation, meeting
 * title), context words (roles, the names of the organisations, municipalities and parties an entity is tied to,
 * meeting place), the facets filters use, and where each entity has evidence, to find the entities a passage
 * mentions. Document nodes are entities too (found by title) but never count as mentioned by a passage.
 */
import type { Evidence, KnowledgeGraph, NodeKind } from "@samverkan/core";

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
  /** Per document id: `[start, entity]` of each piece of evidence, sorted by start. */
  evidenceByDoc: Map<string, [number, number][]>;
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
    evidenceByDoc: new Map(),
  };
  const position = new Map<string, number>();
  // Made when an entity gets its first evidence (document nodes never do).
  const docsOf: (Set<string> | undefined)[] = [];
  const contextOf: string[][] = [];
  // Organisations and the id of the organisation they are part of.
  const parts: [number, string][] = [];

  graph.forEachNode((id, attributes) => {
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

  // The list of the document met last in this piece of evidence: it comes in runs of one document.
  let lastDoc: string | undefined;
  let lastList: [number, number][] = [];
  const addEvidence = (entity: number, evidence: readonly Evidence[] | undefined) => {
    if (!evidence || evidence.length === 0 || table.kinds[entity] === "document") return;
    const docs = (docsOf[entity] ??= new Set());
    lastDoc = undefined;
    for (const item of evidence) {
      if (item.doc !== lastDoc) {
        lastDoc = item.doc;
        let list = table.evidenceByDoc.get(item.doc);
        if (!list) table.evidenceByDoc.set(item.doc, (list = []));
        lastList = list;
        docs.add(item.doc);
      }
      lastList.push([item.start, entity]);
    }
  };

  graph.forEachNode((id, attributes) => addEvidence(position.get(id)!, attributes.evidence));
  graph.forEachEdge((_edge, attributes, source, target) => {
    const from = position.get(source)!;
    const to = position.get(target)!;
    addEvidence(from, attributes.evidence);
    if (attributes.kind !== "mentions") addEvidence(to, attributes.evidence);
    else if (table.kinds[from] === "document") addEvidence(to, attributes.evidence);
    if (attributes.role) contextOf[from]!.push(attributes.role);
    if (FACET_EDGES.has(attributes.kind)) {
      const facet = FACET_OF_KIND[table.kinds[to]!];
      if (facet && !table[facet][from]!.includes(to)) table[facet][from]!.push(to);
      if (attributes.kind !== "mentions") contextOf[from]!.push(table.labels[to]!);
    }
  });
  for (const [entity, partOf] of parts) {
    const parent = position.get(partOf);
    if (parent === undefined) continue;
    table.organisation[entity]!.push(parent);
    contextOf[entity]!.push(table.labels[parent]!);
  }

  for (const list of table.evidenceByDoc.values()) list.sort((a, b) => a[0] - b[0]);
  table.context = contextOf.map((words) => (words.length === 0 ? "" : [...new Set(words)].join(" \n ")));
  table.evidenceDocs = docsOf.map((docs) => (docs ? [...docs] : []));
  return table;
}
