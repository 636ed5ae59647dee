/**
 * GEXF and GraphML read by networkx: the counts of nodes and edges by kind, the labels and typed attributes networkx
 * sees match the graph. Needs Python with networkx (Debian: python3-networkx); without it the suite fails in CI and
 * skips elsewhere with a message.
 */
import { exportGexf, exportGraphml } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { countByKind, createHostileGraph } from "./fixtures/hostile-graph";
import { IN_CI, NETWORKX_INSTALL, findNetworkxPython, readWithNetworkx, type NetworkxReading } from "./helpers/networkx";

const python = findNetworkxPython();
if (!python && !IN_CI) console.warn(`networkx tests skipped: no python3 with networkx; install it with: ${NETWORKX_INSTALL}`);

function kindsOf(reading: NetworkxReading) {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const [, data] of reading.nodes) nodes[String(data.kind)] = (nodes[String(data.kind)] ?? 0) + 1;
  for (const [, , , data] of reading.edges) edges[String(data.kind)] = (edges[String(data.kind)] ?? 0) + 1;
  const sorted = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { nodes: sorted(nodes), edges: sorted(edges) };
}

const FORMATS = [
  ["gexf", exportGexf],
  ["graphml", exportGraphml],
] as const;

describe.skipIf(!python && !IN_CI)("networkx reads the exports", () => {
  it("has a python with networkx", () => {
    expect(python, `python3 with networkx is required in CI: ${NETWORKX_INSTALL}`).toBeDefined();
  });

  describe.each(FORMATS)("%s", (format, write) => {
    const graph = createHostileGraph();
    const reading = () => readWithNetworkx(python!, format, write(graph));

    it("reads a directed multigraph with every node and edge, counted by kind", () => {
      const read = reading();
      expect(read.directed).toBe(true);
      expect(read.multigraph).toBe(true);
      expect(read.nodes).toHaveLength(graph.order);
      expect(read.edges).toHaveLength(graph.size);
      expect(kindsOf(read)).toEqual(countByKind(graph));
    });

    it("reads every label, hostile ones included", () => {
      const labels = Object.fromEntries(reading().nodes.map(([id, data]) => [id, data.label]));
      graph.forEachNode((node, attributes) => expect(labels[node], node).toBe(attributes.label));
    });

    it("reads edges between the right nodes, with their keys and attributes", () => {
      const edges = new Map(reading().edges.map(([source, target, key, data]) => [key, { source, target, data }]));
      graph.forEachEdge((edge, attributes, source, target) => {
        const read = edges.get(edge);
        expect(read, edge).toMatchObject({ source, target, data: { kind: attributes.kind } });
        if (attributes.role) expect(read!.data.role).toBe(attributes.role);
        if (attributes.former) expect(read!.data.former).toBe(true);
        // Empty lists are left out rather than written as "[]".
        if (attributes.evidence.length > 0) expect(JSON.parse(String(read!.data.evidence))).toEqual(attributes.evidence);
        else expect(read!.data.evidence).toBeUndefined();
      });
    });

    it("keeps attribute types: codes stay text, booleans and numbers typed", () => {
      const read = reading();
      const nacka = Object.fromEntries(read.nodes)["municipality:nacka"]!;
      expect(nacka.code).toBe("0182");
      expect(read.types["municipality:nacka"]!.code).toBe("str");
      expect(Object.fromEntries(read.nodes)["meeting:nyhetsbrev-2019-04:seminarium"]!.date).toBe("2019-04");
    });
  });

  it("gexf: positions, colours and sizes in viz", () => {
    const graph = createHostileGraph();
    const nodes = Object.fromEntries(readWithNetworkx(python!, "gexf", exportGexf(graph)).nodes);
    const viz = nodes["person:mats-gerdau"]!.viz as { position: { x: number; y: number }; color: { r: number; g: number; b: number }; size: number };
    expect(viz.position).toMatchObject({ x: 1.5, y: -2.25 });
    // The person colour of core's palette (the viewer's): #0072b2.
    expect([viz.color.r, viz.color.g, viz.color.b]).toEqual([0x00, 0x72, 0xb2]);
    expect(viz.size).toBeGreaterThan(0);
  });

  it("graphml: positions as floats", () => {
    const graph = createHostileGraph();
    const read = readWithNetworkx(python!, "graphml", exportGraphml(graph));
    expect(Object.fromEntries(read.nodes)["person:mats-gerdau"]).toMatchObject({ x: 1.5, y: -2.25 });
    expect(read.types["person:mats-gerdau"]).toMatchObject({ x: "float", y: "float" });
  });
});
