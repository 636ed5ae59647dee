/**
 * Build graph
 * ===========
 *
 * Resolves the facts of all documents into one graphology graph: one node per person, organisation, municipality,
 * party, meeting, topic and document whatever the form it was written in (`KSL` = `Storsthlm`, `Nacka kommun` =
 * `Nacka`, `Anna-Lena` = `Anna Lena`), with the reason for each merge; one edge per fact with all its evidence; and
 * the inferred facts, marked as such, with their chain. Same input, same graph, byte for byte: nodes and edges are
 * added in sorted order and the layout has a fixed seed.
 */
import { type ExtractionModel } from "../extract/context";
import { extractDocument } from "../extract/extract-document";
import { slugify } from "../text/fold";
import type { RuleId } from "../extract/rules";
import type { EntityRef, Fact } from "../extract/types";
import { DEFAULT_LEXICON_DATA, DEFAULT_ROLE_SUFFIXES } from "../lexicon/default-lexicon";
import { createLexicon } from "../lexicon/lexicon";
import type { LexiconData } from "../lexicon/types";
import type { DocumentRecord, EdgeAttributes, EdgeKind, Evidence, KnowledgeGraph, NodeAttributes, NodeKind, PersonAttributes } from "../types";
import { inferChairsFromTerms } from "./infer";
import { layoutGraph } from "./layout";
import { nodeId } from "./node-id";
import { createKnowledgeGraph } from "./serialize";

export interface BuildGraphOptions {
  /** Domain lists; defaults to the shipped lexicon. */
  lexicon?: LexiconData;
  /** Extra endings of job titles. */
  roleSuffixes?: readonly string[];
  /** Precompute ForceAtlas2 positions (`x`, `y`), see `layoutGraph`. Default true; iterations scale down on large graphs,
   * and from 2,000 nodes documents are placed by their neighbours instead of taking part. */
  layout?: boolean | { iterations: number };
  /** Called after each document. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuiltGraph {
  graph: KnowledgeGraph;
  documents: DocumentRecord[];
}

/** Compiles lexicon data into an extraction model (reuse it across calls to save the compile). */
export function createExtractionModel(data: LexiconData = DEFAULT_LEXICON_DATA, roleSuffixes: readonly string[] = DEFAULT_ROLE_SUFFIXES): ExtractionModel {
  const lexicon = createLexicon(data);
  const partyByAbbreviation = new Map<string, string>();
  for (const p of data.parties) {
    partyByAbbreviation.set(p.abbreviation.toUpperCase(), p.id);
  }
  return { lexicon, roleSuffixes, partyByAbbreviation };
}

let defaultModel: ExtractionModel | undefined;

/** The model for these options: the shipped lexicon is compiled once per process, a caller's on each call. */
export function extractionModelFor(options: Pick<BuildGraphOptions, "lexicon" | "roleSuffixes"> = {}): ExtractionModel {
  if (options.lexicon || options.roleSuffixes) return createExtractionModel(options.lexicon, options.roleSuffixes);
  return (defaultModel ??= createExtractionModel());
}

/**
 * Builds the knowledge graph of a set of documents.
 * @example
 * const docs = [readDocument({ source: "protokoll.txt", content: text })];
 * const { graph } = buildGraph(docs);
 */
export function buildGraph(documents: DocumentRecord[], options: BuildGraphOptions = {}): BuiltGraph {
  const model = extractionModelFor(options);
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each document's facts are resolved as soon as they are read, so they die young instead of all being kept (and
  // copied by every collection) until the end.
  const resolver = factResolver(model);
  sorted.forEach((doc, i) => {
    resolver.document(doc);
    resolver.add(extractDocument(doc, model).facts);
    options.onProgress?.(i + 1, sorted.length);
  });
  return { graph: resolver.finish(options), documents: sorted };
}

/** Pieces of evidence a node keeps of its names (the first met); a meeting's and a document's keep all. */
export const NODE_EVIDENCE = 50;

/** Entries of one document scanned for a copy before a list's positions in that document go into a set. */
const SCAN_LIMIT = 16;

/**
 * A function that adds evidence to a list unless the list holds it already. Facts come document by document, so a
 * copy can only be among the last entries, those of the same document: a few are scanned. A long run of one document
 * (a long document naming one entity thousands of times, which made the scan quadratic) is looked up in a set of its
 * positions instead, kept for one build.
 */
function evidenceAdder(): (list: Evidence[], e: Evidence) => void {
  const longRuns = new Map<Evidence[], { doc: string; positions: Set<string> }>();
  const position = (e: Evidence) => `${e.start}:${e.end}`;
  const addToLongRun = (list: Evidence[], e: Evidence) => {
    let run = longRuns.get(list);
    if (run?.doc !== e.doc) {
      let first = list.length;
      while (first > 0 && list[first - 1].doc === e.doc) first--;
      run = { doc: e.doc, positions: new Set(list.slice(first).map(position)) };
      longRuns.set(list, run);
    }
    const key = position(e);
    if (run.positions.has(key)) return;
    run.positions.add(key);
    list.push(e);
  };
  return (list, e) => {
    const last = list.length - 1;
    for (let i = last; i >= 0 && list[i].doc === e.doc; i--) {
      if (list[i].start === e.start && list[i].end === e.end) return;
      if (last - i === SCAN_LIMIT) return addToLongRun(list, e);
    }
    list.push(e);
  };
}

const byPosition = (a: Evidence, b: Evidence) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end);

// Evidence lists are made with their first item: `[]` and a push reserve 17 slots, and the 50,000 of the benchmark
// corpus's 74,550 edges with one piece of evidence kept 10 MB of empty slots, which the young generation's collector
// copied twice. `forms` is made at a node's first name (documents never have one).
/**
 * A node as the resolver keeps it: what it reads for every fact in fields of one shape, beside the attributes the
 * graph gets. The attributes take as many shapes as kinds and facts give them, so reads of them were megamorphic
 * and each new shape deoptimised the resolver; and the attributes go to the graph as they are, not copied without
 * the resolver's fields.
 */
interface NodeRecord {
  id: string;
  index: number;
  kind: NodeKind;
  out: Map<number, EdgeRecord>;
  /** `attrs.evidence`, once it has any. */
  evidence: Evidence[] | undefined;
  forms: Map<string, number> | undefined;
  genitives: Set<string> | undefined;
  attrs: NodeAttributes;
}
/** An edge as the resolver keeps it: its kind, role (`roleNormalised`, or "") and evidence beside its attributes, as for a node. */
interface EdgeRecord {
  source: string;
  target: string;
  kind: EdgeKind;
  role: string;
  evidence: Evidence[];
  attrs: EdgeAttributes;
}

/**
 * First statement wins: sets each attribute `from` gives that `to` lacks, but `skip`. A loop over the keys, neither
 * `Object.entries` nor a copy of `from` without `skip`: it runs for most facts, and those arrays and copies were garbage.
 */
function fillMissing(to: object, from: object, skip?: string): void {
  const target = to as Record<string, unknown>;
  const source = from as Record<string, unknown>;
  for (const k in source) {
    const v = source[k];
    if (k !== skip && v !== undefined && target[k] === undefined) target[k] = v;
  }
}

/** A small number for each distinct value, given in the order values are first met. */
function indexOf<T>(index: Map<T, number>, value: T): number {
  let n = index.get(value);
  if (n === undefined) index.set(value, (n = index.size));
  return n;
}

/** Resolves facts into a graph as they come, see `factResolver`. */
export interface FactResolver {
  /** Adds a document's node; before its facts. */
  document(doc: DocumentRecord): void;
  /** Adds facts; each document's facts come together, in the same order for the same graph. */
  add(facts: Fact[]): void;
  finish(options: BuildGraphOptions): KnowledgeGraph;
  /** The keys of the edges `finish` inferred (`inferChairsFromTerms`), not those extraction marks inferred. */
  inferred(): readonly string[];
  /** Ends a fold of a unit's facts (see `ResolverScope`): the records of its nodes and their out-edges, no graph. */
  records(): ResolvedRecords;
  /** Genitives merged into their base (ids; the base as merges end), after `finish` or `records`. */
  merged(): Map<string, string>;
  /** Counts written forms of a node's name that a unit's fold leaves out (see `LiveGraph`); the node must exist. */
  addForms(id: string, forms: ReadonlyMap<string, number>): void;
}

/**
 * The nodes a fold resolves when it is given only the facts that name them (a live build's update, `LiveGraph`):
 * every fact naming a node of `nodes` must be added, in the order of a full build, so that each of their records and
 * out-edges comes out as a full build makes it; other nodes are met only as ends of those facts, and `mergedInto`
 * says where such a node went in the full build's genitive merge.
 */
export interface ResolverScope {
  nodes: ReadonlySet<string>;
  mergedInto(id: string): string | undefined;
}

/** The records a fold resolved: nodes (attributes without positions) and edges, each sorted by id or key. */
export interface ResolvedRecords {
  nodes: { id: string; attrs: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attrs: EdgeAttributes }[];
}

/**
 * Resolves facts into nodes and edges as they are added, document after document; `finish` then builds the graph.
 * Only what the graph keeps (evidence, node and edge records) outlives an `add`. The order in which nodes are made
 * leaves no trace in the graph (nodes and edges are sorted), so a document's node is made when it comes.
 */
export function factResolver(model: ExtractionModel, scope?: ResolverScope): FactResolver {
  const { lexicon } = model;
  const addEvidence = evidenceAdder();
  // Nodes by kind and key, edges by source node and a number made of target, kind and role: no key strings are
  // built per fact, only once per node and edge.
  const byKind = new Map<string, Map<string, NodeRecord>>();
  const nodes: NodeRecord[] = [];
  const byId = new Map<string, NodeRecord>();
  const create = (id: string, attrs: NodeAttributes) => {
    const n: NodeRecord = { id, index: nodes.length, kind: attrs.kind, out: new Map(), evidence: undefined, forms: undefined, genitives: undefined, attrs };
    nodes.push(n);
    byId.set(id, n);
    return n;
  };
  const documentNodes = new Map<string, NodeRecord>();
  const document = (doc: DocumentRecord) => {
    documentNodes.set(
      doc.id,
      create(`document:${doc.id}`, {
        kind: "document",
        label: doc.title ?? doc.id,
        title: doc.title,
        date: doc.date,
        genre: doc.genre,
        language: doc.language,
        source: doc.source,
      } as NodeAttributes),
    );
  };
  const roleIndex = new Map<string, number>([["", 0]]);
  const kindIndex = new Map<EdgeKind, number>();

  // What only some calls of `node` do is in functions of their own, so that its optimised code stays small: it was
  // compiled four times, at 100 ms and more each time with these inlined.
  /** A node new to the resolver, with what the lexicon knows of it. */
  const newNode = (id: string, ref: EntityRef): NodeRecord => {
    const n = create(id, { kind: ref.kind, label: ref.label } as NodeAttributes);
    if (ref.kind === "organisation") {
      const entry = lexicon.organisation(ref.key);
      if (entry) {
        n.attrs.label = entry.name;
        Object.assign(n.attrs, {
          type: entry.type,
          ...(entry.partOf ? { partOf: `organisation:${entry.partOf}` } : {}),
          ...(entry.renames ? { renames: entry.renames } : {}),
        });
      }
    }
    if (ref.kind === "municipality") Object.assign(n.attrs, lexicon.municipalityCounty(ref.key));
    if (ref.kind === "party") {
      const party = lexicon.party(ref.key);
      if (party) Object.assign(n.attrs, { label: party.name, abbreviation: party.abbreviation });
    }
    return n;
  };
  /** Takes what a reference's attributes add to its node: first statement wins, and a person's role. */
  const takeAttrs = (n: NodeRecord, attrs: Record<string, unknown>, evidence: Evidence | undefined) => {
    const { role } = attrs as { role?: { role: string; roleNormalised: string; former?: boolean } };
    fillMissing(n.attrs, attrs, "role");
    if (role && evidence && n.kind === "person") {
      const person = n.attrs as PersonAttributes;
      person.roles ??= [];
      const r = person.roles.find((x) => x.roleNormalised === role.roleNormalised);
      if (!r) person.roles.push({ ...role, evidence: [evidence] });
      else addEvidence(r.evidence, evidence);
    }
  };
  /** Counts a way a node's name was written. */
  const countForm = (n: NodeRecord, ref: EntityRef, quote: string) => {
    const form = writtenForm(ref, quote);
    const forms = (n.forms ??= new Map());
    forms.set(form, (forms.get(form) ?? 0) + 1);
  };

  const node = (ref: EntityRef, evidence?: Evidence, isName = false): NodeRecord => {
    let keyed = byKind.get(ref.kind);
    if (!keyed) byKind.set(ref.kind, (keyed = new Map()));
    let n = keyed.get(ref.key);
    if (!n) {
      const id = nodeId(ref);
      // Two keys may slug to one id (`Anna-Lena`, `Anna Lena`): they are one node.
      n = byId.get(id) ?? newNode(id, ref);
      keyed.set(ref.key, n);
    }
    if (ref.attrs) takeAttrs(n, ref.attrs, evidence);
    if (!evidence) return n;
    if (!n.evidence) n.evidence = n.attrs.evidence = [evidence];
    else if (ref.kind === "meeting" || ref.kind === "document" || n.evidence.length < NODE_EVIDENCE) addEvidence(n.evidence, evidence);
    if (isName && ref.kind !== "meeting" && ref.kind !== "document") countForm(n, ref, evidence.quote);
    return n;
  };

  const relate = (kind: EdgeKind, source: NodeRecord, target: NodeRecord, evidence: Evidence, rule: RuleId, attrs?: Partial<EdgeAttributes>) => {
    const role = attrs?.roleNormalised ?? "";
    // Target index below 2^24, kind below 16, role below 2^24: the number stays exact.
    const slot = (indexOf(roleIndex, role) * 16 + indexOf(kindIndex, kind)) * 16_777_216 + target.index;
    let edge = source.out.get(slot);
    const added = !edge;
    if (!edge) {
      const list = [evidence];
      edge = { source: source.id, target: target.id, kind, role, evidence: list, attrs: { kind, evidence: list, rule } };
      source.out.set(slot, edge);
    }
    if (attrs) fillMissing(edge.attrs, attrs);
    if (!added) addEvidence(edge.evidence, evidence);
    if (kind === "holds_role" && role && !edge.attrs.roleCategory) {
      const category = lexicon.role(role)?.category;
      if (category) edge.attrs.roleCategory = category;
    }
  };

  let lastDocId = "";
  let lastDoc: NodeRecord | undefined;
  const add = (facts: Fact[]) => {
    for (const fact of facts) {
      if (fact.type === "entity") {
        const isName = isNameRule(fact.rule);
        const n = node(fact.entity, fact.evidence, isName);
        // Every name, and every meeting a document tells of, is a mention by that document.
        if (isName || fact.entity.kind === "meeting") {
          const doc = fact.evidence.doc;
          if (!lastDoc || lastDocId !== doc) {
            lastDoc = documentNodes.get(doc) ?? node({ kind: "document", key: doc, label: doc });
            lastDocId = doc;
          }
          relate("mentions", lastDoc, n, fact.evidence, fact.rule);
        }
        continue;
      }
      relate(fact.kind, node(fact.source), node(fact.target), fact.evidence, fact.rule, fact.attrs);
    }
  };

  // A person named in the genitive (`Anna Lindhs tal`) beside the same name without its s is that person: the
  // genitive's forms, evidence, roles and edges go to the name without the s, and the genitive is an alias. So is an
  // association known by its shape only (`Studieförbundet Vuxenskolans`): the lexicon's have their genitives listed.
  const byShape = (n: NodeRecord) => n.kind === "organisation" && !(n.attrs as { type?: string }).type;
  // A unit's fold settles only the nodes of its scope; the others are partial.
  const inScope = (n: NodeRecord) => !scope || scope.nodes.has(n.id);
  const into = new Map<NodeRecord, NodeRecord>();
  const mergeGenitives = () => {
    const outside: [NodeRecord, string][] = [];
    for (const n of nodes) {
      // A node a unit's fold meets only as the end of a fact went where the full build sent it.
      if (scope && !scope.nodes.has(n.id)) {
        const base = scope.mergedInto(n.id);
        if (base) outside.push([n, base]);
        continue;
      }
      if ((n.kind !== "person" && !byShape(n)) || !/[a-z0-9]{2}s$/.test(n.id) || !n.id.includes("-")) continue;
      const base = byId.get(n.id.slice(0, -1));
      if (base && (n.kind === "person" ? base.kind === "person" : byShape(base))) into.set(n, base);
    }
    for (const [n, id] of outside) into.set(n, byId.get(id) ?? create(id, { kind: n.kind, label: id } as NodeAttributes));
    if (into.size === 0) return;
    // `X Ys` and `X Yss`: both go to `X Y`.
    for (const [n, base] of into) {
      let last = base;
      while (into.has(last)) last = into.get(last)!;
      into.set(n, last);
    }
    const moveEdge = (from: Map<number, EdgeRecord>, slot: number, edge: EdgeRecord, to: Map<number, EdgeRecord>, toSlot: number) => {
      from.delete(slot);
      if (edge.source === edge.target) return; // the genitive and its person related: no fact about anyone else
      const there = to.get(toSlot);
      if (!there) return void to.set(toSlot, edge);
      for (const e of edge.evidence) addEvidence(there.evidence, e);
      fillMissing(there.attrs, edge.attrs);
    };
    for (const [n, base] of into) {
      if (!inScope(n)) continue;
      for (const [form, count] of n.forms ?? []) {
        (base.forms ??= new Map()).set(form, (base.forms.get(form) ?? 0) + count);
        (base.genitives ??= new Set()).add(form);
      }
      base.evidence = base.attrs.evidence = [...(base.evidence ?? []), ...(n.evidence ?? [])].sort(byPosition).slice(0, NODE_EVIDENCE);
      if (n.kind === "person" && base.kind === "person") {
        const person = base.attrs as PersonAttributes;
        for (const role of (n.attrs as PersonAttributes).roles ?? []) {
          const same = (person.roles ??= []).find((r) => r.roleNormalised === role.roleNormalised);
          if (!same) person.roles.push(role);
          else for (const e of role.evidence) addEvidence(same.evidence, e);
        }
      }
      for (const [slot, edge] of [...n.out]) {
        edge.source = base.id;
        moveEdge(n.out, slot, edge, base.out, slot);
      }
    }
    // Edges into a genitive now point at its person; a slot holds its target's index.
    const byGenitiveId = new Map([...into].map(([n, base]) => [n.id, { n, base }]));
    for (const m of nodes) {
      if (into.has(m) || !inScope(m)) continue;
      for (const [slot, edge] of [...m.out]) {
        const moved = byGenitiveId.get(edge.target);
        if (!moved) continue;
        edge.target = moved.base.id;
        moveEdge(m.out, slot, edge, m.out, slot - moved.n.index + moved.base.index);
      }
    }
    for (const n of into.keys()) byId.delete(n.id);
    // Kept in place: `nodes.push(...kept)` passed every node as an argument and overflowed the stack at about 125,000
    // documents (8× the benchmark corpus).
    let kept = 0;
    for (const n of nodes) if (!into.has(n)) nodes[kept++] = n;
    nodes.length = kept;
  };

  const settle = (): ResolvedRecords => {
    mergeGenitives();
    const settled = scope ? nodes.filter(inScope) : nodes;
    labelNodes(settled);
    const edges = edgeRecords(settled, mergedAffiliations(settled));
    return { nodes: nodeRecords(settled), edges };
  };

  let inferredKeys: string[] = [];
  const finish = (options: BuildGraphOptions) => {
    const { nodes: records, edges } = settle();
    const graph = createKnowledgeGraph();
    for (const { id, attrs } of records) graph.addNode(id, attrs);
    for (const { key, source, target, attrs } of edges) graph.addDirectedEdgeWithKey(key, source, target, attrs);
    inferredKeys = inferChairsFromTerms(graph);
    if (options.layout !== false) layoutGraph(graph, typeof options.layout === "object" ? options.layout : {});
    return graph;
  };
  const merged = () => new Map([...into].map(([n, base]) => [n.id, base.id]));
  const addForms = (id: string, forms: ReadonlyMap<string, number>) => {
    const n = byId.get(id)!;
    n.forms ??= new Map();
    for (const [form, count] of forms) n.forms.set(form, (n.forms.get(form) ?? 0) + count);
  };
  return { document, add, finish, inferred: () => inferredKeys, records: settle, merged, addForms };
}

// The phases of settling a fold's nodes, each a function of its own: one function of all of them, compiled in one
// phase's loop, was deoptimised on meeting the next one's.

/**
 * Labels: people and new organisations take their most frequent written form (not a genitive); other forms become
 * aliases. Evidence is sorted.
 */
function labelNodes(nodes: readonly NodeRecord[]): void {
  for (const n of nodes) {
    // Only named nodes have written forms, not documents (15,668 of the benchmark graph's 19,595 nodes) or meetings:
    // four empty arrays and a sort for each of those made labelling 47 instead of 16 ms (medians of 5 alternating
    // cold runs).
    if (n.forms) labelByForms(n, n.forms);
    n.evidence?.sort(byPosition);
    const attrs = n.attrs;
    if (attrs.kind === "person" && attrs.roles) for (const r of attrs.roles) r.evidence.sort(byPosition);
  }
}

/** A node's label and aliases from the forms its name was written in. */
function labelByForms(n: NodeRecord, written: Map<string, number>): void {
  const forms = [...written].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const named = forms.find(([f]) => !n.genitives?.has(f)) ?? forms[0];
  const attrs = n.attrs;
  if ((n.kind === "person" || (n.kind === "organisation" && (attrs as { type?: string }).type === "body")) && named) attrs.label = named[0];
  const aliases = forms.map(([f]) => f).filter((f) => f !== attrs.label && !/[\n]/.test(f));
  if (aliases.length) {
    attrs.aliases = aliases.sort();
    attrs.merges = attrs.aliases.map((form) => ({
      form,
      reason: n.genitives?.has(form) ? `genitive of ${attrs.label}` : mergeReason(n.kind, form, attrs.label),
    }));
  }
}

/**
 * A bare affiliation (`X, Storsthlm`) next to a role at the same place (`X, processledare på Storsthlm`) is one fact:
 * its evidence goes to the role's edge. Gives the bare edges so merged.
 */
function mergedAffiliations(nodes: readonly NodeRecord[]): Set<EdgeRecord> {
  const merged = new Set<EdgeRecord>();
  for (const n of nodes) {
    const roleAt = new Map<string, EdgeRecord>();
    for (const edge of n.out.values()) if (edge.kind === "holds_role" && edge.role) roleAt.set(edge.target, edge);
    if (roleAt.size === 0) continue;
    for (const edge of n.out.values()) {
      const withRole = edge.kind === "holds_role" && !edge.role ? roleAt.get(edge.target) : undefined;
      if (!withRole) continue;
      const have = new Set(withRole.evidence.map((e) => `${e.doc}:${e.start}:${e.end}`));
      for (const e of edge.evidence) if (!have.has(`${e.doc}:${e.start}:${e.end}`)) withRole.evidence.push(e);
      merged.add(edge);
    }
  }
  return merged;
}

/** The nodes' out-edges but `merged`, sorted by key, their evidence sorted. */
function edgeRecords(nodes: readonly NodeRecord[], merged: ReadonlySet<EdgeRecord>): ResolvedRecords["edges"] {
  // Edge keys are spelt out once, here, and sorted with their edges (no map from key to edge).
  const keyed: { key: string; edge: EdgeRecord }[] = [];
  for (const n of nodes) {
    for (const edge of n.out.values()) {
      if (!merged.has(edge)) keyed.push({ key: `${edge.kind}:${edge.source}->${edge.target}${edge.role ? `:${slugify(edge.role)}` : ""}`, edge });
    }
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const edges: ResolvedRecords["edges"] = [];
  keyed.forEach(({ key, edge: { source, target, evidence, attrs } }, i) => {
    // Two roles written apart may slug alike; the later statement is the edge, as one key holds one edge.
    if (keyed[i + 1]?.key === key) return;
    evidence.sort(byPosition);
    edges.push({ key, source, target, attrs });
  });
  return edges;
}

/** The nodes' records, sorted by id. */
function nodeRecords(nodes: readonly NodeRecord[]): ResolvedRecords["nodes"] {
  const records: ResolvedRecords["nodes"] = [];
  for (const n of [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) records.push({ id: n.id, attrs: n.attrs });
  return records;
}

/** How a name was written, counted to choose a node's label: its quote, unless the text broke or spaced it out. */
export function writtenForm(ref: EntityRef, quote: string): string {
  // A soft hyphen is no part of a name as written (`Anders\u00ADson`).
  const q = quote.includes("\u00AD") ? quote.replace(/\u00AD/g, "") : quote;
  // A name broken over lines or spaced out as a flattened PDF leaves it (`Kent-` / `Inge`, `Sand-` / `ström`,
  // `And- reasson`) is written as the rule that read it wrote it (`writtenName`).
  if (q.includes("\n") || q.includes("  ") || q.includes("\t") || q.includes("- ")) return ref.label;
  if (ref.kind !== "person" || q === ref.label) return q;
  // So is a name in capitals (`KARIN LUNDSTRÖM`, a byline), read in title case, and one a list writes surname first
  // (`Berg Anna`, `Berg, Anna`), read given name first.
  if (/^\p{Lu}{2}/u.test(q) && q === q.toUpperCase()) return ref.label;
  // So is a name whose space the text layer lost (`KarinHolm`), read as two words.
  if (!q.includes(" ") && q === ref.label.replace(/ /g, "")) return ref.label;
  // A given name or a surname alone that refers back to the full name (`Berg tar över …`) is no way of writing it,
  // however often the text repeats it. The head of a name of more words than two stays a form (`Anna Berg` of
  // `Anna Berg Lind Ek`, a roll's line read as one name).
  if (q.length < ref.label.length && (ref.label.endsWith(` ${q}`) || (!q.includes(" ") && ref.label.startsWith(`${q} `)))) return ref.label;
  const words = q.replace(",", "");
  return words.length === ref.label.length && sameWords(words, ref.label) ? ref.label : q;
}

/** Whether two names are the same words in another order. */
function sameWords(a: string, b: string): boolean {
  return a.split(" ").sort().join(" ") === b.split(" ").sort().join(" ");
}

// Rule ids are few: each is tested once.
const nameRules = new Map<string, boolean>();

/** Whether a rule's evidence is exactly the entity's name (see `NAME_RULES`). */
export function isNameRule(rule: string): boolean {
  let isName = nameRules.get(rule);
  if (isName === undefined) nameRules.set(rule, (isName = NAME_RULES.test(rule)));
  return isName;
}

/**
 * Rules whose evidence is exactly the entity's name (other evidence quotes a whole statement). An association known
 * by its shape only (`organisation:shape`) is named as a lexicon one is: without its mention, 100 of the benchmark
 * corpus's associations were nodes without a link, named by no document. A protocol header's person is its name too,
 * so a spelling of it (`Carl Oscar Berg` in the roll, `Carl-Oscar Berg` in the items) is kept as an alias.
 */
const NAME_RULES = /^(person:|list:|protocol:person$|gazetteer|organisation:shape$|body-meeting$)/;

function mergeReason(kind: string, form: string, label: string): string {
  if (kind === "person") return "same name when case, diacritics and hyphens are ignored";
  if (kind === "municipality") return `a form of the municipality name ${label} (lexicon)`;
  if (kind === "party") return `a form of the party name ${label} (lexicon)`;
  if (kind === "organisation")
    return /s$/.test(form) && !/s$/.test(label) ? `genitive or alias of ${label} (lexicon)` : `alias or former name of ${label} (lexicon)`;
  return "same key";
}
