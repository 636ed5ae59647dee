/**
 * Live graph
 * ==========
 *
 * The graph of a live build (`LiveBuild` in node.ts), resolved again by unit when files change. A node's record and
 * its out-edges depend only on the facts that name the node (as entity, source or target), folded in file order; so
 * an update folds again only the facts naming the nodes that the changed files name, before and after the change,
 * and patches the graphology graph with the records that come out: it equals a full build's graph in everything but
 * the order of its nodes and edges. The genitive merge (`Anna Lindhs` into `Anna Lind`) widens the unit: a node's
 * genitive and base go with it, and where a genitive may merge or part, so do the nodes with edges into it, as their
 * edges move. The chair inference runs again over the patched graph (it reads the whole graph but is quick).
 */
import type { ExtractionModel } from "../extract/context";
import type { EntityFact, EntityRef, Fact } from "../extract/types";
import type { DocumentRecord, KnowledgeGraph } from "../types";
import { factResolver, isNameRule, NODE_EVIDENCE, writtenForm, type BuildGraphOptions } from "./build-graph";
import { nodeId } from "./node-id";
import { inferChairsFromTerms } from "./infer";

/** A file's result as a build resolves it: its documents, then their facts, in the file's order. */
export interface ResolvedPart {
  documents: DocumentRecord[];
  facts: Fact[];
}

/**
 * The node ids a part names (before genitive merges) and, for the k-th, the facts that shape its record or its
 * out-edges, `facts[starts[k]..starts[k + 1]]`, those from `plain[k]` on being its names without attributes; how many
 * pieces of evidence those names give (`pieces[k]`, one per position); and the first fact that names it at all,
 * `first[k]` (`NONE` for a document with no facts). A fact naming a node only as its target, with no attributes for
 * it, does nothing to that node's record but make it: the party after each name of a list is named by thousands of
 * documents so.
 */
interface PartIndex {
  part: ResolvedPart;
  /** The part's place in the file order of the last resolution. */
  rank: number;
  ids: string[];
  starts: Uint32Array;
  plain: Uint32Array;
  facts: Uint32Array;
  pieces: Uint32Array;
  first: Uint32Array;
}

const NONE = 0xffffffff;
const DOCUMENT = "document:";
/** Files naming a node from which its names past its first pieces of evidence are counted rather than folded. */
const HUB_PARTS = 64;

/** A graph resolved from parts (files' results) and updated by unit when the parts change; see the module comment. */
export class LiveGraph {
  private parts: ResolvedPart[] = [];
  private readonly indexes = new Map<ResolvedPart, PartIndex>();
  /** Parts naming each node id, with the id's place in the part's index. */
  private readonly named = new Map<string, Map<PartIndex, number>>();
  /** Genitives merged into their base by the last resolution. */
  private into = new Map<string, string>();
  /**
   * The written forms of a node's names without attributes, counted over every part (see `update`): only for the
   * nodes named by many, those of the first resolution and those an update found so since, kept as parts come and go.
   */
  private readonly forms = new Map<string, Map<string, number>>();
  /**
   * The last part a node named by many must fold whole (see `lastFolded`), kept until a part at or before it comes or
   * goes: parts after it do not move it.
   */
  private readonly boundaries = new Map<string, PartIndex>();
  /** Node ids by kind and key, so a reference's id is spelt once. */
  private readonly ids = new Map<string, Map<string, string>>();
  private graph?: KnowledgeGraph;
  /** The graph's inferred edges as the last resolution left them (see `inferredEdges`). */
  private inferred = new Map<string, InferredEdge>();
  /** Nodes added, removed or changed by the last update (attributes, out-edges, or what they are tied to). */
  changed: string[] = [];

  /** @param hubParts - Files naming a node from which it is resolved as one named by many (see `update`). */
  constructor(
    private readonly model: ExtractionModel,
    private readonly hubParts = HUB_PARTS,
  ) {}

  /**
   * The graph of `parts`, in file order: the first call folds them all, as a full build; later ones update that same
   * graph object by unit for the parts that are new or gone (by identity: a kept part is the same object).
   */
  resolve(parts: ResolvedPart[], options: BuildGraphOptions): KnowledgeGraph {
    if (!this.graph) {
      const resolver = factResolver(this.model);
      for (const part of parts) {
        for (const doc of part.documents) resolver.document(doc);
        resolver.add(part.facts);
      }
      this.graph = resolver.finish(options);
      this.into = resolver.merged();
      // The inference's edges only: extraction marks some of its own inferred too (`apposition:page-office`).
      this.inferred = inferredEdges(this.graph, resolver.inferred());
      parts.forEach((part, rank) => void (this.take(part).rank = rank));
      // What an update reads of the nodes named by many, made now rather than by the server's first update.
      for (const [id, named] of this.named) {
        if (!this.isHub(id, named)) continue;
        this.totalOf(id, named);
        const last = this.lastFolded(named);
        if (last) this.boundaries.set(id, last);
      }
      this.parts = parts;
      this.changed = [];
      return this.graph;
    }
    this.changed = this.update(parts, this.graph);
    return this.graph;
  }

  private idOf(ref: EntityRef): string {
    let keyed = this.ids.get(ref.kind);
    if (!keyed) this.ids.set(ref.kind, (keyed = new Map()));
    let id = keyed.get(ref.key);
    if (id === undefined) keyed.set(ref.key, (id = nodeId(ref)));
    return id;
  }

  /** Indexes a part's facts by the node ids they name; a document's node is named by its entity facts (mentions). */
  private take(part: ResolvedPart): PartIndex {
    const byId = new Map<string, { first: number; kept: number[]; plain: number[]; positions?: Set<string | number> }>();
    for (const doc of part.documents) byId.set(`${DOCUMENT}${doc.id}`, { first: NONE, kept: [], plain: [] });
    const entry = (id: string, i: number) => {
      let found = byId.get(id);
      if (!found) byId.set(id, (found = { first: i, kept: [], plain: [] }));
      else if (found.first === NONE) found.first = i;
      return found;
    };
    const keep = (list: number[], i: number) => list[list.length - 1] !== i && list.push(i);
    // Positions as numbers while a part is one document (the usual case).
    const single = part.documents.length <= 1;
    part.facts.forEach((fact, i) => {
      if (fact.type === "entity") {
        const named = entry(this.idOf(fact.entity), i);
        keep(fact.entity.attrs ? named.kept : named.plain, i);
        const { doc, start, end } = fact.evidence;
        (named.positions ??= new Set()).add(single ? start * 16_777_216 + end : `${doc}:${start}:${end}`);
        keep(entry(`${DOCUMENT}${doc}`, i).kept, i);
      } else {
        keep(entry(this.idOf(fact.source), i).kept, i);
        const target = entry(this.idOf(fact.target), i);
        if (fact.target.attrs) keep(target.kept, i);
      }
    });
    const ids = [...byId.keys()];
    const starts = new Uint32Array(ids.length + 1);
    const plain = new Uint32Array(ids.length);
    const pieces = new Uint32Array(ids.length);
    const first = new Uint32Array(ids.length);
    let n = 0;
    ids.forEach((id, k) => {
      const found = byId.get(id)!;
      starts[k] = n;
      plain[k] = n + found.kept.length;
      pieces[k] = found.positions?.size ?? 0;
      first[k] = found.first;
      n += found.kept.length + found.plain.length;
    });
    starts[ids.length] = n;
    const facts = new Uint32Array(n);
    ids.forEach((id, k) => {
      const found = byId.get(id)!;
      facts.set(found.kept, starts[k]);
      facts.set(found.plain, plain[k]);
    });
    const index: PartIndex = { part, rank: 0, ids, starts, plain, facts, pieces, first };
    this.indexes.set(part, index);
    this.total(index, 1);
    ids.forEach((id, k) => {
      let parts = this.named.get(id);
      if (!parts) this.named.set(id, (parts = new Map()));
      parts.set(index, k);
    });
    return index;
  }

  /**
   * Counts (`sign` 1) or takes back (-1) into `tally` the written forms of the k-th id's names without attributes in
   * a part, those of `documents` only when given.
   */
  private countForms(index: PartIndex, k: number, tally: Map<string, number>, sign: number, documents?: ReadonlySet<string>): void {
    for (let f = index.plain[k]; f < index.starts[k + 1]; f++) {
      const fact = index.part.facts[index.facts[f]] as EntityFact;
      if (!isNameRule(fact.rule) || (documents && !documents.has(fact.evidence.doc))) continue;
      const form = writtenForm(fact.entity, fact.evidence.quote);
      const count = (tally.get(form) ?? 0) + sign;
      if (count === 0) tally.delete(form);
      else tally.set(form, count);
    }
  }

  /** Whether a node is resolved as one named by many (see `update`). */
  private isHub(id: string, named: Map<PartIndex, number>): boolean {
    return named.size > this.hubParts && !id.startsWith("meeting:") && !id.startsWith(DOCUMENT);
  }

  /** The kept totals of a node's names, counted over the parts naming it when it has none yet. */
  private totalOf(id: string, named: Map<PartIndex, number>): Map<string, number> {
    let total = this.forms.get(id);
    if (!total) {
      this.forms.set(id, (total = new Map()));
      named.forEach((k, index) => this.countForms(index, k, total!, 1));
    }
    return total;
  }

  /** The kept totals (of the nodes that have them) of a part's names: counted when it comes, taken back when it goes. */
  private total(index: PartIndex, sign: number): void {
    index.ids.forEach((id, k) => {
      if (index.plain[k] === index.starts[k + 1]) return;
      const tally = this.forms.get(id);
      if (tally) this.countForms(index, k, tally, sign);
    });
  }

  /**
   * The last file a node named by many must fold whole: of the first files in file order that give its first pieces
   * of evidence (no more than one file per piece is needed); undefined when all of them do not give that many.
   */
  private lastFolded(named: Map<PartIndex, number>): PartIndex | undefined {
    const firsts: PartIndex[] = [];
    named.forEach((k, index) => {
      if (index.pieces[k] === 0 || (firsts.length === NODE_EVIDENCE && index.rank > firsts[NODE_EVIDENCE - 1].rank)) return;
      let at = firsts.length;
      while (at > 0 && firsts[at - 1].rank > index.rank) at--;
      firsts.splice(at, 0, index);
      if (firsts.length > NODE_EVIDENCE) firsts.pop();
    });
    let pieces = 0;
    for (const index of firsts) if ((pieces += index.pieces[named.get(index)!]) >= NODE_EVIDENCE) return index;
    return undefined;
  }

  private drop(part: ResolvedPart): PartIndex {
    const index = this.indexes.get(part)!;
    this.indexes.delete(part);
    this.total(index, -1);
    for (const id of index.ids) {
      const parts = this.named.get(id)!;
      parts.delete(index);
      if (parts.size === 0) this.named.delete(id);
    }
    return index;
  }

  private update(parts: ResolvedPart[], graph: KnowledgeGraph): string[] {
    const now = new Set(parts);
    const before = new Set(this.parts);
    // The unit: every node a new or gone part names, widened below.
    const unit = new Set<string>();
    const pending: string[] = [];
    const name = (id: string) => {
      if (unit.has(id)) return;
      unit.add(id);
      pending.push(id);
    };
    // A part at or before a node's boundary (ranks of the last resolution) moves it.
    const moves = (index: PartIndex, id: string) => {
      const boundary = this.boundaries.get(id);
      if (boundary && index.rank <= boundary.rank) this.boundaries.delete(id);
    };
    for (const part of this.parts)
      if (!now.has(part)) {
        const index = this.drop(part);
        for (const id of index.ids) {
          name(id);
          moves(index, id);
        }
      }
    const taken: PartIndex[] = [];
    for (const part of parts)
      if (!before.has(part)) {
        const index = this.take(part);
        taken.push(index);
        for (const id of index.ids) name(id);
      }
    this.parts = parts;
    parts.forEach((part, rank) => void (this.indexes.get(part)!.rank = rank));
    for (const index of taken) for (const id of index.ids) moves(index, id);
    if (unit.size === 0) return [];
    while (pending.length) {
      const id = pending.pop()!;
      if (!id.startsWith("person:") && !id.startsWith("organisation:")) continue;
      // A genitive and its base are resolved together (`X Ys`, `X Yss` and `X Y`).
      const partners = [`${id}s`, `${id}ss`];
      if (id.endsWith("s")) partners.push(id.slice(0, -1));
      if (id.endsWith("ss")) partners.push(id.slice(0, -2));
      for (const partner of partners) if (this.named.has(partner)) name(partner);
      // A genitive that may merge or part: the nodes with edges into it, whose edges move with it.
      if (id.endsWith("s") && (this.into.has(id) || this.named.has(id.slice(0, -1))))
        for (const index of this.named.get(id)?.keys() ?? [])
          for (const fact of index.part.facts) {
            if (fact.type === "entity") {
              if (this.idOf(fact.entity) === id) name(`${DOCUMENT}${fact.evidence.doc}`);
            } else if (this.idOf(fact.target) === id) name(this.idOf(fact.source));
          }
    }

    // The unit's facts, in file order, folded as a full build folds them: each node's own facts, and the first that
    // names it, which makes it (its label, until its names are counted).
    const picked = new Map<PartIndex, number[]>();
    const listOf = (index: PartIndex) => {
      let list = picked.get(index);
      if (!list) picked.set(index, (list = []));
      return list;
    };
    const pick = (index: PartIndex, from: number, to: number) => {
      if (from >= to) return;
      const list = listOf(index);
      for (let f = from; f < to; f++) list.push(index.facts[f]);
    };
    // A node named by many files (a party, the government) keeps the first pieces of evidence of its names: past
    // them, a name without attributes only counts its written form. The files that give those first pieces are
    // folded whole; of the others only what is more than such a name, and their names are counted from the totals
    // kept of every file (less those folded all the same, in a document of the unit). Other nodes fold every file.
    const documents = new Set([...unit].flatMap((id) => (id.startsWith(DOCUMENT) ? [id.slice(DOCUMENT.length)] : [])));
    // The parts holding those documents (a document's node is named by its part).
    const withDocuments = new Set<PartIndex>();
    for (const doc of documents)
      for (const index of this.named.get(`${DOCUMENT}${doc}`)?.keys() ?? []) if (index.part.documents.some(({ id }) => id === doc)) withDocuments.add(index);
    const forms = new Map<string, Map<string, number>>();
    for (const id of unit) {
      const named = this.named.get(id);
      if (!named) {
        this.boundaries.delete(id);
        this.forms.delete(id);
        continue;
      }
      const hub = this.isHub(id, named);
      let last = hub ? this.boundaries.get(id) : undefined;
      if (hub && !last && (last = this.lastFolded(named))) this.boundaries.set(id, last);
      const boundary = last?.rank ?? Infinity;
      const tally = hub ? new Map(this.totalOf(id, named)) : undefined;
      let firstIndex: PartIndex | undefined;
      let firstK = 0;
      named.forEach((k, index) => {
        if (index.first[k] !== NONE && (!firstIndex || index.rank < firstIndex.rank)) [firstIndex, firstK] = [index, k];
        if (index.rank <= boundary) {
          pick(index, index.starts[k], index.starts[k + 1]);
          if (tally) this.countForms(index, k, tally, -1);
        } else {
          pick(index, index.starts[k], index.plain[k]);
          if (withDocuments.has(index)) this.countForms(index, k, tally!, -1, documents);
        }
      });
      if (firstIndex) listOf(firstIndex).push(firstIndex.first[firstK]);
      if (tally?.size) forms.set(id, tally);
    }
    const resolver = factResolver(this.model, { nodes: unit, mergedInto: (id) => this.into.get(id) });
    for (const index of [...picked.keys()].sort((a, b) => a.rank - b.rank)) {
      for (const doc of index.part.documents) if (documents.has(doc.id)) resolver.document(doc);
      // The part's facts in its order, each once (a fact may name several nodes of the unit).
      const list = picked.get(index)!.sort((a, b) => a - b);
      const facts: Fact[] = [];
      for (let n = 0; n < list.length; n++) if (n === 0 || list[n - 1] !== list[n]) facts.push(index.part.facts[list[n]]);
      resolver.add(facts);
    }
    for (const [id, tally] of forms) resolver.addForms(id, tally);
    const { nodes, edges } = resolver.records();
    const merged = resolver.merged();
    for (const id of unit) {
      const base = merged.get(id);
      if (base) this.into.set(id, base);
      else this.into.delete(id);
    }

    // The patch: the unit's nodes and out-edges replaced, positions kept; the inferred edges drawn again.
    const changed = new Set(unit);
    const inferred = this.inferred;
    for (const key of inferred.keys()) graph.dropEdge(key);
    const records = new Map(nodes.map(({ id, attrs }) => [id, attrs]));
    const relabelled: string[] = [];
    for (const id of unit) {
      if (!graph.hasNode(id)) continue;
      graph.forEachOutEdge(id, (_key, _attrs, _source, target) => void changed.add(target));
      const attrs = records.get(id);
      if (!attrs) {
        graph.dropNode(id);
        continue;
      }
      for (const key of graph.outEdges(id)) graph.dropEdge(key);
      const { x, y, label } = graph.getNodeAttributes(id);
      if (label !== attrs.label) relabelled.push(id);
      graph.replaceNodeAttributes(id, x === undefined ? attrs : { ...attrs, x, y });
    }
    for (const { id, attrs } of nodes) if (!graph.hasNode(id)) graph.addNode(id, attrs);
    for (const { key, source, target, attrs } of edges) {
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
      changed.add(target);
    }
    // The unit's edges are the resolver's, none drawn by the inference: those it adds now are all it draws.
    this.inferred = inferredEdges(graph, inferChairsFromTerms(graph));
    for (const [key, { ends, json }] of this.inferred) {
      if (inferred.get(key)?.json !== json) changed.add(ends[0]).add(ends[1]);
      inferred.delete(key);
    }
    for (const { ends } of inferred.values()) for (const id of ends) changed.add(id);
    // An edge's evidence is its target's too, and what a node is tied to is read with the names of its ends (the
    // search's context words).
    for (const id of relabelled) graph.forEachInNeighbor(id, (source) => changed.add(source));
    return [...changed].sort();
  }
}

interface InferredEdge {
  ends: [string, string];
  json: string;
}

/**
 * A graph's inferred edges (`keys`), each one's ends and it as JSON, by key: an update drops them, draws them again
 * and tells which changed. Made at the first resolution too, as a server's first update paid for a scan of the whole
 * graph.
 */
function inferredEdges(graph: KnowledgeGraph, keys: readonly string[]): Map<string, InferredEdge> {
  const inferred = new Map<string, InferredEdge>();
  for (const key of keys) {
    const ends: [string, string] = [graph.source(key), graph.target(key)];
    inferred.set(key, { ends, json: JSON.stringify([...ends, graph.getEdgeAttributes(key)]) });
  }
  return inferred;
}
