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
import forceAtlas2 from "graphology-layout-forceatlas2";
import { extractDocument, type ExtractionModel } from "../extract/extract-document";
import { slugify } from "../text/fold";
import type { EntityRef, Fact } from "../extract/types";
import { DEFAULT_LEXICON_DATA, DEFAULT_ROLE_SUFFIXES } from "../lexicon/default-lexicon";
import { createLexicon } from "../lexicon/lexicon";
import type { LexiconData } from "../lexicon/types";
import type { DocumentRecord, EdgeAttributes, EdgeKind, Evidence, KnowledgeGraph, NodeAttributes } from "../types";
import { inferChairsFromTerms } from "./infer";
import { createKnowledgeGraph } from "./serialize";

export interface BuildGraphOptions {
  /** Domain lists; defaults to the shipped lexicon. */
  lexicon?: LexiconData;
  /** Extra endings of job titles. */
  roleSuffixes?: readonly string[];
  /** Precompute ForceAtlas2 positions (`x`, `y`). Default true; iterations scale down on large graphs. */
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
  const facts: Fact[] = [];
  sorted.forEach((doc, i) => {
    facts.push(...extractDocument(doc, model).facts);
    options.onProgress?.(i + 1, sorted.length);
  });
  return { graph: factsToGraph(facts, sorted, model, options), documents: sorted };
}

/** Node id of an entity reference. */
export function nodeId(ref: EntityRef): string {
  return `${ref.kind}:${ref.kind === "person" || ref.kind === "organisation" ? slugify(ref.key) : ref.key}`;
}

function addEvidence(list: Evidence[], e: Evidence) {
  if (!list.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)) list.push(e);
}

const byPosition = (a: Evidence, b: Evidence) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end);

/** Resolves facts into a graph. Exported for tests and for callers that extract in workers. */
export function factsToGraph(facts: Fact[], documents: DocumentRecord[], model: ExtractionModel, options: BuildGraphOptions = {}): KnowledgeGraph {
  const nodes = new Map<string, NodeAttributes & { forms: Map<string, number> }>();
  const edges = new Map<string, { source: string; target: string; attrs: EdgeAttributes }>();
  const { lexicon } = model;

  for (const doc of documents) {
    nodes.set(`document:${doc.id}`, { kind: "document", label: doc.title ?? doc.id, title: doc.title, date: doc.date, genre: doc.genre, language: doc.language, source: doc.source, forms: new Map() } as NodeAttributes & { forms: Map<string, number> });
  }

  const ids = new Map<string, string>();
  const node = (ref: EntityRef, evidence?: Evidence, isName = false) => {
    const refKey = `${ref.kind}\u0000${ref.key}`;
    let id = ids.get(refKey);
    if (id === undefined) ids.set(refKey, (id = nodeId(ref)));
    let n = nodes.get(id);
    if (!n) {
      n = { kind: ref.kind, label: ref.label, forms: new Map() } as NodeAttributes & { forms: Map<string, number> };
      if (ref.kind === "organisation") {
        const entry = lexicon.organisation(ref.key);
        if (entry) {
          n.label = entry.name;
          Object.assign(n, { type: entry.type, ...(entry.partOf ? { partOf: `organisation:${entry.partOf}` } : {}), ...(entry.renames ? { renames: entry.renames } : {}) });
        }
      }
      if (ref.kind === "municipality") Object.assign(n, lexicon.municipalityCounty(ref.key));
      if (ref.kind === "party") {
        const party = lexicon.party(ref.key);
        if (party) Object.assign(n, { label: party.name, abbreviation: party.abbreviation });
      }
      nodes.set(id, n);
    }
    if (ref.attrs) {
      const { role, ...rest } = ref.attrs as { role?: { role: string; roleNormalised: string; former?: boolean } };
      for (const [k, v] of Object.entries(rest)) if (v !== undefined && (n as unknown as Record<string, unknown>)[k] === undefined) (n as unknown as Record<string, unknown>)[k] = v;
      if (role && evidence && n.kind === "person") {
        n.roles ??= [];
        let r = n.roles.find((x) => x.roleNormalised === role.roleNormalised);
        if (!r) n.roles.push((r = { ...role, evidence: [] }));
        addEvidence(r.evidence, evidence);
      }
    }
    if (evidence && ref.kind !== "meeting" && ref.kind !== "document") {
      if (isName) {
        const q = evidence.quote;
        const form = q.includes("\n") || q.includes("  ") || q.includes("\t") ? q.replace(/\s+/g, " ") : q;
        n.forms.set(form, (n.forms.get(form) ?? 0) + 1);
      }
      n.evidence ??= [];
      if (n.evidence.length < 50) addEvidence(n.evidence, evidence);
    } else if (evidence) {
      n.evidence ??= [];
      addEvidence(n.evidence, evidence);
    }
    return id;
  };

  const relate = (kind: EdgeKind, source: string, target: string, evidence: Evidence, rule: string, attrs?: Partial<EdgeAttributes>) => {
    const role = attrs?.roleNormalised ?? "";
    const key = `${kind}:${source}->${target}${role ? `:${slugify(role)}` : ""}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { source, target, attrs: { kind, evidence: [], rule } };
      edges.set(key, edge);
    }
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v !== undefined && (edge.attrs as unknown as Record<string, unknown>)[k] === undefined) (edge.attrs as unknown as Record<string, unknown>)[k] = v;
      }
    }
    addEvidence(edge.attrs.evidence, evidence);
    if (kind === "holds_role" && role && !edge.attrs.roleCategory) {
      const category = lexicon.role(role)?.category;
      if (category) edge.attrs.roleCategory = category;
    }
  };

  for (const fact of facts) {
    if (fact.type === "entity") {
      const isName = NAME_RULES.test(fact.rule);
      const id = node(fact.entity, fact.evidence, isName);
      // Every name, and every meeting a document tells of, is a mention by that document.
      if (isName || fact.entity.kind === "meeting") relate("mentions", `document:${fact.evidence.doc}`, id, fact.evidence, fact.rule);
      continue;
    }
    relate(fact.kind, node(fact.source), node(fact.target), fact.evidence, fact.rule, fact.attrs);
  }

  // Labels: people and new organisations take their most frequent written form; other forms become aliases.
  for (const [, n] of nodes) {
    const forms = [...n.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    if ((n.kind === "person" || (n.kind === "organisation" && (n as { type?: string }).type === "body")) && forms.length) n.label = forms[0][0];
    const aliases = forms.map(([f]) => f).filter((f) => f !== n.label && !/[\n]/.test(f));
    if (aliases.length) {
      n.aliases = aliases.sort();
      n.merges = n.aliases.map((form) => ({ form, reason: mergeReason(n.kind, form, n.label) }));
    }
    n.evidence?.sort(byPosition);
    if (n.kind === "person" && n.roles) for (const r of n.roles) r.evidence.sort(byPosition);
  }

  // A bare affiliation (`X, Storsthlm`) next to a role at the same place (`X, processledare på Storsthlm`) is one fact.
  const roleAt = new Map<string, EdgeAttributes>();
  for (const edge of edges.values()) {
    if (edge.attrs.kind === "holds_role" && edge.attrs.roleNormalised) roleAt.set(`${edge.source}->${edge.target}`, edge.attrs);
  }
  for (const [key, edge] of edges) {
    if (edge.attrs.kind !== "holds_role" || edge.attrs.roleNormalised) continue;
    const withRole = roleAt.get(`${edge.source}->${edge.target}`);
    if (withRole) {
      for (const e of edge.attrs.evidence) addEvidence(withRole.evidence, e);
      edges.delete(key);
    }
  }

  const graph = createKnowledgeGraph();
  for (const id of [...nodes.keys()].sort()) {
    const { forms: _forms, ...attrs } = nodes.get(id)!;
    graph.addNode(id, attrs as NodeAttributes);
  }
  for (const key of [...edges.keys()].sort()) {
    const { source, target, attrs } = edges.get(key)!;
    attrs.evidence.sort(byPosition);
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  inferChairsFromTerms(graph);
  if (options.layout !== false) layout(graph, typeof options.layout === "object" ? options.layout.iterations : undefined);
  return graph;
}

/** Rules whose evidence is exactly the entity's name (other evidence quotes a whole statement). */
const NAME_RULES = /^(person:|list:|gazetteer|body-meeting$)/;

function mergeReason(kind: string, form: string, label: string): string {
  if (kind === "person") return "same name when case, diacritics and hyphens are ignored";
  if (kind === "municipality") return `a form of the municipality name ${label} (lexicon)`;
  if (kind === "party") return `a form of the party name ${label} (lexicon)`;
  if (kind === "organisation") return /s$/.test(form) && !/s$/.test(label) ? `genitive or alias of ${label} (lexicon)` : `alias or former name of ${label} (lexicon)`;
  return "same key";
}

/** Deterministic ForceAtlas2 layout: seeded initial positions, fixed iterations. */
function layout(graph: KnowledgeGraph, iterations?: number) {
  const order = graph.order;
  if (order === 0) return;
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  graph.forEachNode((id) => graph.mergeNodeAttributes(id, { x: random() * 100, y: random() * 100 }));
  const steps = iterations ?? (order < 2000 ? 200 : order < 20000 ? 30 : 0);
  if (steps > 0) {
    forceAtlas2.assign(graph, { iterations: steps, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: order > 2000 } });
  }
  graph.forEachNode((id, attrs) => graph.mergeNodeAttributes(id, { x: Math.round((attrs.x ?? 0) * 1000) / 1000, y: Math.round((attrs.y ?? 0) * 1000) / 1000 }));
}
