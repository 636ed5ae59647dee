/**
 * Layout
 * ======
 *
 * Deterministic ForceAtlas2 positions (`x`, `y`) for the viewer's map: seeded initial positions, iterations bounded by
 * the graph's size, Barnes-Hut from 2,000 nodes. From 2,000 nodes up the document nodes are left out of the force
 * layout and each is placed at the mean of its neighbours: a corpus's documents are most of its nodes (15,668 of
 * 19,595 on the benchmark corpus) and their `mentions` edges most of its edges. What a document held together stays
 * together: the things one document names are tied in a chain (one edge per thing, not one per pair), so they keep
 * the connected components they had through the document. A small graph gets up to 200 iterations within a fixed
 * budget; from 2,000 nodes every layout runs the same 20 iterations, so its cost grows linearly with the graph (about
 * 1 CPU-s at 20,000 nodes) instead of being a fixed cost that a small corpus pays in full.
 * [Reference] https://github.com/graphology/graphology/tree/master/src/layout-forceatlas2
 */
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import FORCE_ATLAS2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../types";

/** Layout options of `buildGraph`. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations; default by size (see `layoutIterations`). */
  iterations?: number;
  /**
   * Fewest nodes for `keepLayout` to keep an earlier map; a smaller graph is laid out anew. Default 2,000
   * (`FULL_LAYOUT_BELOW`): a small graph's layout costs little. Tests lower it to try the rule on a small graph.
   */
  keepFrom?: number;
}

/**
 * Positions of an earlier layout by node id (`x`, `y`), for `keepLayout` without the earlier graph: what a build
 * saved of the map it wrote (the CLI's, beside its cache).
 */
export type NodePositions = ReadonlyMap<string, readonly [x: number, y: number]>;

/** Below this many nodes every node, documents included, takes part in the force layout (the sample corpus's map). */
export const FULL_LAYOUT_BELOW = 2000;
/**
 * Iterations from `FULL_LAYOUT_BELOW` nodes up. A fixed budget (what a small graph gets) gave an eighth of the
 * benchmark corpus 79 iterations and the whole of it 20, so the small corpus paid as much layout as the large one.
 */
const LARGE_GRAPH_ITERATIONS = 20;
/**
 * Work per layout, in edge visits: an iteration costs about 8 per node (the Barnes-Hut repulsion, measured: 10–20 µs a
 * node against 1–2 µs an edge) and 1 per edge; iterations are this budget over that cost, within the bounds below.
 */
const ITERATION_BUDGET = 1_000_000;
const NODE_COST = 8;
const MAX_ITERATIONS = 200;
const MIN_ITERATIONS = 10;

/** Iterations for a force layout of all `nodes` nodes and `edges` edges of a small graph: 200, fewer as it grows, at least 10. */
export function layoutIterations(nodes: number, edges: number): number {
  return Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, Math.round(ITERATION_BUDGET / Math.max(1, NODE_COST * nodes + edges))));
}

/** Seeded pseudo-random numbers in [0, 1) (mulberry32): the same graph gets the same layout. */
export function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sets `x` and `y` (three decimals) on every node of the graph. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const random = seeded(0x9e3779b9);
  // Nodes and edges in the order of their keys, as a full build adds them: a live build's patched graph holds the
  // same in another order, and gets the same map.
  const sorted = graph.nodes().sort();
  // Positions are set on the nodes' attributes in place, each node's looked up once: a `mergeNodeAttributes` per node
  // and pass (a lookup, an object and an event each) made the layout's work around its iterations 240 ms instead of
  // 218 ms on the benchmark graph (medians of 6 alternating cold runs).
  const attributes = sorted.map((id) => graph.getNodeAttributes(id));
  for (const a of attributes) {
    a.x = random() * 100;
    a.y = random() * 100;
  }
  const full = graph.order < FULL_LAYOUT_BELOW;
  // The nodes the forces act on (all, or all but documents) by number, and their links as pairs of numbers: from
  // 2,000 nodes one link per linked pair, and each document's things in a chain.
  const placed: NodeAttributes[] = [];
  const number = new Map<string, number>();
  sorted.forEach((id, i) => {
    if (!full && attributes[i].kind === "document") return;
    number.set(id, placed.length);
    placed.push(attributes[i]);
  });
  const links: number[] = [];
  if (full) for (const edge of edgesInKeyOrder(graph)) links.push(number.get(graph.source(edge))!, number.get(graph.target(edge))!);
  else {
    // Pairs are kept unique by their node numbers (graphology's mergeEdge cost 4 of 16 s at 50,000 nodes).
    const pairs = new Set<number>();
    const link = (a: string, b: string) => {
      const i = number.get(a);
      const j = number.get(b);
      if (i === undefined || j === undefined || i === j) return;
      const pair = i < j ? i * number.size + j : j * number.size + i;
      if (pairs.has(pair)) return;
      pairs.add(pair);
      links.push(i, j);
    };
    graph.forEachEdge((_edge, _a, source, target) => link(source, target));
    graph.forEachNode((id, a) => {
      if (a.kind !== "document") return;
      let previous: string | undefined;
      // A node's edges, not forEachNeighbor, which builds a set of the neighbours of a multigraph's node.
      graph.forEachEdge(id, (_edge, _a, source, target) => {
        const other = source === id ? target : source;
        if (!number.has(other)) return;
        if (previous !== undefined) link(previous, other);
        previous = other;
      });
    });
  }
  if (placed.length > 0) {
    const iterations = options.iterations ?? (full ? layoutIterations(placed.length, links.length / 2) : LARGE_GRAPH_ITERATIONS);
    const settings = { ...FORCE_ATLAS2_DEFAULTS, ...forceAtlas2.inferSettings(placed.length), barnesHutOptimize: placed.length >= FULL_LAYOUT_BELOW };
    const nodes = forceAtlas2Layout(placed, links, settings, iterations);
    placed.forEach((a, n) => {
      a.x = nodes[n * PPN];
      a.y = nodes[n * PPN + 1];
    });
  }
  if (!full) placeDocuments(graph, random);
  for (const a of attributes) {
    a.x = Math.round(a.x! * 1000) / 1000;
    a.y = Math.round(a.y! * 1000) / 1000;
  }
}

/**
 * A graph's edge keys in the order a full build adds them, or those of `source`'s out-edges: stated edges by key, then
 * inferred ones (`inferChairsFromTerms`) by key. What is read in this order (a small graph's layout, the search
 * index's entities) comes out the same from a live build's graph, patched in place, as from a full build's.
 */
export function edgesInKeyOrder(graph: KnowledgeGraph, source?: string): string[] {
  const stated: string[] = [];
  const inferred: string[] = [];
  const put = (key: string, a: EdgeAttributes) => void (a.inferred ? inferred : stated).push(key);
  if (source === undefined) graph.forEachEdge(put);
  else graph.forEachOutEdge(source, put);
  return [...stated.sort(), ...inferred.sort()];
}

/** Numbers per node and per edge in ForceAtlas2's matrices (see `forceAtlas2Layout`). */
const PPN = 10;
const PPE = 3;

/**
 * What `forceAtlas2(graph, { iterations, settings, getEdgeWeight: null })` computes for a graph of the nodes whose
 * attributes are `placed` (at their `x`, `y`) and the edges `links` (pairs of positions in `placed`), without that
 * graph: its matrices as graphology-layout-forceatlas2 makes them (x, y, dx, dy, old dx, old dy, mass (1 + degree),
 * convergence, size, fixed per node; source, target, weight per edge), then its iterations. A graph of tens of thousands of edges built
 * only to be read into those matrices lived through the whole layout, and was copied twice by the young generation's
 * collector. Returns the node matrix: `x`, `y` of the node at position n at `n * PPN`, `n * PPN + 1`.
 */
function forceAtlas2Layout(placed: NodeAttributes[], links: number[], settings: ForceAtlas2Settings, iterations: number): Float32Array {
  const nodes = new Float32Array(placed.length * PPN);
  placed.forEach((a, n) => {
    nodes[n * PPN] = a.x!;
    nodes[n * PPN + 1] = a.y!;
    nodes[n * PPN + 6] = 1;
    nodes[n * PPN + 7] = 1;
    nodes[n * PPN + 8] = 1;
  });
  const edges = new Float32Array((links.length / 2) * PPE);
  for (let e = 0; e < links.length / 2; e++) {
    const source = links[2 * e]! * PPN;
    const target = links[2 * e + 1]! * PPN;
    nodes[source + 6]++;
    nodes[target + 6]++;
    edges[e * PPE] = source;
    edges[e * PPE + 1] = target;
    edges[e * PPE + 2] = 1;
  }
  warmUp(settings);
  for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
  return nodes;
}

/** Nodes of the small graph `warmUp` lays out, and its iterations each way (wide, then tall). */
const WARM_UP_NODES = 64;
const WARM_UP_ITERATIONS = 2;

/**
 * Lays out a small made-up graph (nodes at seeded random places, linked in a chain, each of mass 1 + degree) with
 * `settings`, and drops its result: first wider than tall, then turned, so that the quadtree's bounds are squared both
 * ways. ForceAtlas2's iteration is one function of 800 lines that V8 optimises while its first call runs; its loops
 * then reached code that had not yet run, and each time it was deoptimised and compiled again: 8 compilations (448 ms
 * of compiling on a loaded machine) over the benchmark graph's layout. Once every part of it has run on the small
 * graph, it is compiled two or three times (232 ms), and not deoptimised.
 */
function warmUp(settings: ForceAtlas2Settings): void {
  const random = seeded(1);
  const nodes = new Float32Array(WARM_UP_NODES * PPN);
  const edges = new Float32Array((WARM_UP_NODES - 1) * PPE);
  for (let n = 0; n < WARM_UP_NODES; n++) {
    nodes[n * PPN] = random() * 100;
    nodes[n * PPN + 1] = random() * 10;
    nodes[n * PPN + 6] = n === 0 || n === WARM_UP_NODES - 1 ? 2 : 3;
    nodes[n * PPN + 7] = 1;
    nodes[n * PPN + 8] = 1;
    if (n === 0) continue;
    edges[(n - 1) * PPE] = (n - 1) * PPN;
    edges[(n - 1) * PPE + 1] = n * PPN;
    edges[(n - 1) * PPE + 2] = 1;
  }
  for (let i = 0; i < WARM_UP_ITERATIONS; i++) iterate(settings, nodes, edges);
  for (let n = 0; n < WARM_UP_NODES * PPN; n += PPN) [nodes[n], nodes[n + 1]] = [nodes[n + 1]!, nodes[n]!];
  for (let i = 0; i < WARM_UP_ITERATIONS; i++) iterate(settings, nodes, edges);
}

/**
 * Each document at the mean of the nodes it is linked to (once per edge, so what it names often weighs more), nudged by up to 1 % of the map's width so that documents
 * naming the same things do not hide one another; a document linked to nothing at a random place on the map.
 */
function placeDocuments(graph: KnowledgeGraph, random: () => number): void {
  const documents: string[] = [];
  graph.forEachNode((id, a) => void (a.kind === "document" && documents.push(id)));
  placeByNeighbours(graph, documents, (a) => a.kind !== "document", random);
}

/**
 * Places each of `ids`, in order, at the mean of its neighbours that `anchored` accepts (once per edge), nudged by up
 * to 1 % of the map's width; one with no such neighbour at a random place within the anchored nodes' bounds. A node
 * placed here anchors the later ones when `anchored` accepts it. Nothing is placed when no node is anchored.
 */
function placeByNeighbours(graph: KnowledgeGraph, ids: string[], anchored: (a: NodeAttributes) => boolean, random: () => number): boolean {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_id, a) => {
    if (!anchored(a)) return;
    minX = Math.min(minX, a.x!);
    maxX = Math.max(maxX, a.x!);
    minY = Math.min(minY, a.y!);
    maxY = Math.max(maxY, a.y!);
  });
  if (minX === Infinity) return false;
  const width = Math.max(maxX - minX, maxY - minY, 1);
  for (const id of ids) {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachEdge(id, (_edge, _a, source, _target, s, t) => {
      const b = source === id ? t : s;
      if (!anchored(b)) return;
      x += b.x!;
      y += b.y!;
      n++;
    });
    const nudge = () => (random() - 0.5) * 0.02 * width;
    // In place, as `layoutGraph` sets positions: x before y, as the random numbers come.
    const a = graph.getNodeAttributes(id);
    if (n > 0) {
      a.x = x / n + nudge();
      a.y = y / n + nudge();
    } else {
      a.x = minX + random() * (maxX - minX);
      a.y = minY + random() * (maxY - minY);
    }
  }
  return true;
}

/** Share of a graph's nodes that may be new for `keepLayout` to keep the earlier map. */
const KEEP_LAYOUT_SHARE = 0.1;

/**
 * Positions for a graph that changed a little since `previous` was laid out (a live build's update, or a CLI build
 * given the positions the last one saved): every node that `previous` placed keeps its place, so the map a user
 * knows stays as it was; each new node goes to the mean of its placed neighbours (documents last, so that they are
 * placed by what they name), nudged as documents are, or to a random place on the map when none is placed. A graph
 * below 2,000 nodes (`options.keepFrom`), or one of which more than a tenth is new, is laid out anew (`layoutGraph`
 * with `options`): the small one costs little, the other deserves a new map. `previous` may be `graph` itself,
 * changed in place with its nodes' positions kept: its unplaced nodes are the new, looked for among `changed` when
 * given (a live build's changed nodes; the others must be placed), so that a small change does not scan the whole
 * graph. It may also be the earlier positions alone (`NodePositions`).
 */
export function keepLayout(graph: KnowledgeGraph, previous: KnowledgeGraph | NodePositions, options: LayoutOptions = {}, changed?: Iterable<string>): void {
  const fresh: string[] = [];
  const look =
    previous instanceof Map
      ? (id: string) => {
          const before = (previous as NodePositions).get(id);
          if (before === undefined) return void fresh.push(id);
          graph.mergeNodeAttributes(id, { x: before[0], y: before[1] });
        }
      : (id: string) => {
          const earlier = previous as KnowledgeGraph;
          const before = earlier.hasNode(id) ? earlier.getNodeAttributes(id) : undefined;
          if (before?.x === undefined || before.y === undefined) return void fresh.push(id);
          if (earlier !== graph) graph.mergeNodeAttributes(id, { x: before.x, y: before.y });
        };
  if (changed && previous === graph) {
    for (const id of changed) if (graph.hasNode(id)) look(id);
  } else graph.forEachNode(look);
  if (graph.order < (options.keepFrom ?? FULL_LAYOUT_BELOW) || fresh.length > KEEP_LAYOUT_SHARE * graph.order) return layoutGraph(graph, options);
  const isDocument = (id: string) => graph.getNodeAttribute(id, "kind") === "document";
  fresh.sort((a, b) => Number(isDocument(a)) - Number(isDocument(b)) || (a < b ? -1 : 1));
  if (!placeByNeighbours(graph, fresh, (a) => a.x !== undefined && a.y !== undefined, seeded(0x9e3779b9))) return layoutGraph(graph, options);
  for (const id of fresh) {
    const { x, y } = graph.getNodeAttributes(id);
    graph.mergeNodeAttributes(id, { x: Math.round(x! * 1000) / 1000, y: Math.round(y! * 1000) / 1000 });
  }
}
