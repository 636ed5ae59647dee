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
import type { EntityRef, Fact } from "../extract/types";
import type { DocumentRecord, KnowledgeGraph } from "../types";
import { factResolver, isNameRule, NODE_EVIDENCE, nodeId, writtenForm, type BuildGraphOptions } from "./build-graph";
import { inferChairsFromTerms } from "./infer";

/** A file's result as a build resolves it: its documents, then their facts, in the file's order. */
export interface ResolvedPart {
  documents: DocumentRecord[];
  facts: Fact[];
}

/**
 * The node ids a part names (before genitive merges) and, for the k-th, the facts that shape its record or its
 * out-edges, `facts[starts[k]..starts[k + 1]]`, and the first fact that names it at all, `first[k]` (`NONE` for a
 * document with no facts). A fact naming a node only as its target, with no attributes for it, does nothing to that
 * node's record but make it: the party after each name of a list is named by thousands of documents so.
 */
interface PartIndex {
  ids: string[];
  starts: Uint32Array;
  facts: Uint32Array;
  first: Uint32Array;
}

const NONE = 0xffffffff;
/** Files naming a node from which its names past its first pieces of evidence are counted rather than folded. */
const HUB_PARTS = 64;

/** A graph resolved from parts (files' results) and updated by unit when the parts change; see the module comment. */
export class LiveGraph {
  private parts: ResolvedPart[] = [];
  private readonly indexes = new Map<ResolvedPart, PartIndex>();
  /** Parts naming each node id, with the id's place in the part's index. */
  private readonly named = new Map<string, Map<ResolvedPart, number>>();
  /** Genitives merged into their base by the last resolution. */
  private into = new Map<string, string>();
  /** Node ids by kind and key, so a reference's id is spelt once. */
  private readonly ids = new Map<string, Map<string, string>>();
  private graph?: KnowledgeGraph;
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
      for (const part of parts) this.take(part);
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
    const byId = new Map<string, { first: number; own: number[] }>();
    for (const doc of part.documents) byId.set(`document:${doc.id}`, { first: NONE, own: [] });
    const name = (id: string, i: number, own: boolean) => {
      let entry = byId.get(id);
      if (!entry) byId.set(id, (entry = { first: i, own: [] }));
      else if (entry.first === NONE) entry.first = i;
      if (own && entry.own[entry.own.length - 1] !== i) entry.own.push(i);
    };
    part.facts.forEach((fact, i) => {
      if (fact.type === "entity") {
        name(this.idOf(fact.entity), i, true);
        name(`document:${fact.evidence.doc}`, i, true);
      } else {
        name(this.idOf(fact.source), i, true);
        name(this.idOf(fact.target), i, !!fact.target.attrs);
      }
    });
    const ids = [...byId.keys()];
    const starts = new Uint32Array(ids.length + 1);
    const first = new Uint32Array(ids.length);
    let n = 0;
    ids.forEach((id, k) => {
      const entry = byId.get(id)!;
      starts[k] = n;
      first[k] = entry.first;
      n += entry.own.length;
    });
    starts[ids.length] = n;
    const facts = new Uint32Array(n);
    ids.forEach((id, k) => facts.set(byId.get(id)!.own, starts[k]));
    const index = { ids, starts, facts, first };
    this.indexes.set(part, index);
    ids.forEach((id, k) => {
      let parts = this.named.get(id);
      if (!parts) this.named.set(id, (parts = new Map()));
      parts.set(part, k);
    });
    return index;
  }

  private drop(part: ResolvedPart): PartIndex {
    const index = this.indexes.get(part)!;
    this.indexes.delete(part);
    for (const id of index.ids) {
      const parts = this.named.get(id)!;
      parts.delete(part);
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
    for (const part of this.parts) if (!now.has(part)) for (const id of this.drop(part).ids) name(id);
    for (const part of parts) if (!before.has(part)) for (const id of this.take(part).ids) name(id);
    this.parts = parts;
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
        for (const part of this.named.get(id)?.keys() ?? [])
          for (const fact of part.facts) {
            if (fact.type === "entity") {
              if (this.idOf(fact.entity) === id) name(`document:${fact.evidence.doc}`);
            } else if (this.idOf(fact.target) === id) name(this.idOf(fact.source));
          }
    }

    // The unit's facts, in file order, folded as a full build folds them: each node's own facts, and the first that
    // names it, which makes it (its label, until its names are counted).
    const rank = new Map(parts.map((part, i) => [part, i]));
    const picked = new Map<ResolvedPart, Set<number>>();
    const pick = (part: ResolvedPart, i: number) => {
      let set = picked.get(part);
      if (!set) picked.set(part, (set = new Set()));
      set.add(i);
    };
    const hubs: string[] = [];
    for (const id of unit) {
      const named = this.named.get(id);
      if (!named) continue;
      if (named.size > this.hubParts && !id.startsWith("meeting:") && !id.startsWith("document:")) {
        hubs.push(id);
        continue;
      }
      let firstPart: ResolvedPart | undefined;
      let firstFact = NONE;
      for (const [part, k] of named) {
        const index = this.indexes.get(part)!;
        for (let f = index.starts[k]; f < index.starts[k + 1]; f++) pick(part, index.facts[f]);
        if (index.first[k] !== NONE && (!firstPart || rank.get(part)! < rank.get(firstPart)!)) {
          firstPart = part;
          firstFact = index.first[k];
        }
      }
      if (firstPart) pick(firstPart, firstFact);
    }
    // A node named by many files (a party, the government) keeps the first pieces of evidence of its names: past
    // them, a name without attributes only counts its written form, and is counted here instead of folded.
    const counted: { id: string; part: ResolvedPart; fact: number; form: string }[] = [];
    for (const id of hubs) {
      const named = this.named.get(id)!;
      let evidence = 0;
      let made = false;
      for (const part of [...named.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
        const index = this.indexes.get(part)!;
        const k = named.get(part)!;
        if (!made) pick(part, index.first[k]);
        made = true;
        const positions = new Set<string>();
        for (let f = index.starts[k]; f < index.starts[k + 1]; f++) {
          const i = index.facts[f];
          const fact = part.facts[i];
          const name = fact.type === "entity" && this.idOf(fact.entity) === id;
          if (evidence < NODE_EVIDENCE || fact.type !== "entity" || !name || fact.entity.attrs) {
            pick(part, i);
            if (name) positions.add(`${fact.evidence.doc}:${fact.evidence.start}:${fact.evidence.end}`);
          } else if (isNameRule(fact.rule)) counted.push({ id, part, fact: i, form: writtenForm(fact.entity, fact.evidence.quote) });
        }
        evidence += positions.size;
      }
    }
    const resolver = factResolver(this.model, { nodes: unit, mergedInto: (id) => this.into.get(id) });
    for (const part of [...picked.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
      for (const doc of part.documents) if (unit.has(`document:${doc.id}`)) resolver.document(doc);
      resolver.add([...picked.get(part)!].sort((a, b) => a - b).map((i) => part.facts[i]));
    }
    const forms = new Map<string, Map<string, number>>();
    for (const { id, part, fact, form } of counted) {
      // Folded all the same for another node of the unit (the document that names it).
      if (picked.get(part)?.has(fact)) continue;
      let tally = forms.get(id);
      if (!tally) forms.set(id, (tally = new Map()));
      tally.set(form, (tally.get(form) ?? 0) + 1);
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
    const inferred = new Map<string, { ends: string[]; json: string }>();
    graph.forEachEdge((key, attrs, source, target) => {
      if (attrs.inferred) inferred.set(key, { ends: [source, target], json: JSON.stringify([source, target, attrs]) });
    });
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
    inferChairsFromTerms(graph);
    graph.forEachEdge((key, attrs, source, target) => {
      if (!attrs.inferred) return;
      if (inferred.get(key)?.json !== JSON.stringify([source, target, attrs])) changed.add(source).add(target);
      inferred.delete(key);
    });
    for (const { ends } of inferred.values()) for (const id of ends) changed.add(id);
    // An edge's evidence is its target's too, and what a node is tied to is read with the names of its ends (the
    // search's context words).
    for (const id of relabelled) graph.forEachInNeighbor(id, (source) => changed.add(source));
    return [...changed].sort();
  }
}
