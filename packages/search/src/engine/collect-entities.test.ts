import { describe, expect, it } from "vitest";
import { createKnowledgeGraph, type EdgeAttributes, type EdgeKind, type Evidence, type KnowledgeGraph, type NodeAttributes } from "@samverkan/core";
import { createSampleGraph, evidence, SAMPLE_DOCUMENTS } from "../testing/sample-graph";
import { collectEntities, updateEntities, type EntityTable } from "./collect-entities";
import { buildSearchIndex, entityTableOf } from "./search-index-builder";

/** `graph`'s nodes and edges (keys and attributes alike) added in reverse order, as a live graph's patches may hold them. */
function reversed(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createKnowledgeGraph();
  for (const id of graph.nodes().reverse()) copy.addNode(id, graph.getNodeAttributes(id));
  for (const key of graph.edges().reverse()) copy.addEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
  return copy;
}

/** The table with its evidence read by document id, so tables whose documents are numbered apart compare. */
function comparable(table: EntityTable) {
  const { docs, offsets, starts, entities, owners } = table.evidence;
  const evidence = [...docs]
    .map(([doc, d]) => {
      const pieces: number[][] = [];
      for (let i = offsets[d]!; i < offsets[d + 1]!; i++) pieces.push([starts[i]!, entities[i]!, owners[i]!]);
      return [doc, pieces] as const;
    })
    .filter(([, pieces]) => pieces.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { ...table, partOf: [...table.partOf].sort(([a], [b]) => a - b), evidence };
}

/** A small random number generator, seeded, so a failing case can be run again. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((state >>> 0) % 1_000_003) % n;
  };
}

const DOCS = ["d0", "d1", "d2", "d3", "d4"];
const KINDS = ["person", "organisation", "municipality", "party", "meeting", "document"] as const;
const EDGE_KINDS: EdgeKind[] = ["holds_role", "member_of", "represents", "mentions", "attended", "chaired"];

/** Random pieces of evidence, at few starts so that pieces share starts. */
function someEvidence(pick: (n: number) => number): Evidence[] {
  return Array.from({ length: 1 + pick(3) }, () => {
    const start = 10 * pick(4);
    return { doc: DOCS[pick(DOCS.length)]!, start, end: start + 5, quote: "words" };
  });
}

function someRecord(id: string, pick: (n: number) => number): NodeAttributes {
  const kind = id.slice(0, id.indexOf(":")) as (typeof KINDS)[number];
  const label = `${id} ${pick(2) ? "A" : "B"}`;
  const base = { label, evidence: pick(4) ? someEvidence(pick) : [] };
  switch (kind) {
    case "organisation":
      return { kind, ...base, ...(pick(2) ? { partOf: `organisation:${pick(6)}` } : {}), ...(pick(3) ? {} : { aliases: [`${label} alias`] }) };
    case "meeting":
      return { kind, ...base, title: `Möte ${pick(3)}`, doc: "d0", ...(pick(2) ? { date: `2020-0${1 + pick(9)}` } : {}) };
    case "document":
      return { kind, ...base, title: `Dokument ${id}`, genre: "minutes", language: "sv", source: `${id}.txt`, ...(pick(2) ? { date: "2021" } : {}) };
    case "party":
      return { kind, ...base, abbreviation: `P${pick(3)}` };
    default:
      return { kind, ...base } as NodeAttributes;
  }
}

/** Sets `id`'s record and out-edges afresh; returns the targets of its out-edges before and after. */
function rewrite(graph: KnowledgeGraph, id: string, pick: (n: number) => number, ids: readonly string[]): string[] {
  const ends = graph.hasNode(id) ? graph.outNeighbors(id) : [];
  if (graph.hasNode(id)) {
    for (const key of graph.outEdges(id)) graph.dropEdge(key);
    graph.replaceNodeAttributes(id, someRecord(id, pick));
  } else graph.addNode(id, someRecord(id, pick));
  for (let e = pick(4); e > 0; e--) {
    const target = ids[pick(ids.length)]!;
    if (target === id || !graph.hasNode(target)) continue;
    const kind = EDGE_KINDS[pick(EDGE_KINDS.length)]!;
    const attrs: EdgeAttributes = {
      kind,
      evidence: someEvidence(pick),
      ...(pick(2) ? { role: `roll ${pick(3)}` } : {}),
      ...(pick(5) ? {} : { inferred: true }),
    };
    const key = `${id}>${kind}>${target}`;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, id, target, attrs);
    ends.push(target);
  }
  return ends;
}

describe("collectEntities", () => {
  it("reads the same entities, context and mentions whatever order the graph holds its nodes and edges in", () => {
    const graph = createSampleGraph();
    // Two entities with evidence at the same start: the passage's mentions at one offset are ordered by id.
    graph.addNode("anna", { kind: "person", label: "Anna", evidence: [evidence("protokoll-2019-04-11", "Anna Östlin")] });
    const json = (g: KnowledgeGraph) => JSON.stringify(buildSearchIndex(g, SAMPLE_DOCUMENTS));
    expect(json(reversed(graph))).toBe(json(graph));
  });
});

describe("updateEntities", () => {
  it("gives what collectEntities gives, over random updates that name the nodes they change", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pick = random(seed);
      const ids = KINDS.flatMap((kind) => Array.from({ length: 6 }, (_v, n) => `${kind}:${n}`));
      const graph = createKnowledgeGraph();
      for (const id of ids) if (pick(5)) graph.addNode(id, someRecord(id, pick));
      for (const id of graph.nodes()) rewrite(graph, id, pick, ids);
      let table = collectEntities(graph);
      for (let round = 0; round < 6; round++) {
        // The update: some nodes rewritten, added or removed (their in-edges' sources rewritten too, as a live graph
        // folds again every node a gone file named); what changed as `LiveGraph` tells it.
        const changed = new Set<string>();
        const labels = new Map(graph.nodes().map((id) => [id, graph.getNodeAttribute(id, "label")]));
        for (let n = 1 + pick(3); n > 0; n--) {
          const id = ids[pick(ids.length)]!;
          if (graph.hasNode(id) && pick(4) === 0) {
            for (const source of graph.inNeighbors(id)) {
              changed.add(source);
              for (const key of graph.edges(source, id)) graph.dropEdge(key);
            }
            for (const target of graph.outNeighbors(id)) changed.add(target);
            graph.dropNode(id);
            changed.add(id);
            continue;
          }
          for (const end of rewrite(graph, id, pick, ids)) changed.add(end);
          changed.add(id);
        }
        for (const [id, label] of labels)
          if (graph.hasNode(id) && graph.getNodeAttribute(id, "label") !== label) for (const source of graph.inNeighbors(id)) changed.add(source);
        const updated = updateEntities(table, graph, [...changed].sort());
        expect(updated, `seed ${seed}, round ${round}`).toBeDefined();
        expect(comparable(updated!), `seed ${seed}, round ${round}`).toEqual(comparable(collectEntities(graph)));
        table = updated!;
      }
    }
  });

  it("reads again an organisation whose parent's name changed, though no edge ties them", () => {
    const graph = createKnowledgeGraph();
    graph.addNode("organisation:parent", { kind: "organisation", label: "Förbundet" });
    graph.addNode("organisation:child", { kind: "organisation", label: "Styrelsen", partOf: "organisation:parent" });
    const before = collectEntities(graph);
    graph.replaceNodeAttributes("organisation:parent", { kind: "organisation", label: "Samordningsförbundet" });
    const updated = updateEntities(before, graph, ["organisation:parent"])!;
    expect(updated.context[0]).toBe("Samordningsförbundet");
    expect(comparable(updated)).toEqual(comparable(collectEntities(graph)));
  });

  it("has the table of an index built for live updates to start from, and none of another", () => {
    const graph = createSampleGraph();
    expect(entityTableOf(buildSearchIndex(graph, SAMPLE_DOCUMENTS))).toBeUndefined();
    const table = entityTableOf(buildSearchIndex(graph, SAMPLE_DOCUMENTS, { forLiveUpdates: true }));
    expect(table && comparable(table)).toEqual(comparable(collectEntities(graph)));
  });

  it("gives up, for a full read, when the changes cannot be what turned the table's graph into this one", () => {
    const graph = createKnowledgeGraph();
    graph.addNode("person:a", { kind: "person", label: "A" });
    const before = collectEntities(graph);
    graph.addNode("person:b", { kind: "person", label: "B" });
    expect(updateEntities(before, graph, [])).toBeUndefined();
  });
});
