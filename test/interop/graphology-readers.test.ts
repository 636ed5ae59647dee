/**
 * GEXF and GraphML read back by graphology's own parsers, and the GEXF round trip: graph → GEXF → graphology gives
 * the same nodes, kinds, labels, edges (by key, ends and kind), positions and attributes.
 */
import { NODE_COLORS } from "@samverkan/core";
import { exportGexf, exportGraphml } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { createHostileGraph } from "./fixtures/hostile-graph";
import { MultiDirectedGraph, parseGexf, parseGraphml } from "./helpers/readers";

const READERS = [
  ["gexf", (graph: ReturnType<typeof createHostileGraph>) => parseGexf(MultiDirectedGraph, exportGexf(graph))],
  ["graphml", (graph: ReturnType<typeof createHostileGraph>) => parseGraphml(MultiDirectedGraph, exportGraphml(graph))],
] as const;

describe.each(READERS)("graphology reads %s back", (_format, read) => {
  const graph = createHostileGraph();
  const copy = read(graph);

  it("has the same nodes with the same kind and label", () => {
    expect(copy.order).toBe(graph.order);
    graph.forEachNode((node, attributes) => {
      expect(copy.getNodeAttributes(node), node).toMatchObject({ kind: attributes.kind, label: attributes.label });
    });
  });

  it("has the same edges by key, ends and kind", () => {
    expect(copy.size).toBe(graph.size);
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(copy.hasEdge(edge), edge).toBe(true);
      expect([copy.source(edge), copy.target(edge), copy.getEdgeAttribute(edge, "kind")]).toEqual([source, target, attributes.kind]);
    });
  });

  it("keeps kind-specific attributes, evidence and aliases", () => {
    const table: [string, string, unknown][] = [
      ["municipality:nacka", "code", "0182"],
      ["meeting:nyhetsbrev-2019-04:seminarium", "date", "2019-04"],
      ["organisation:styrelsen", "partOf", "organisation:storsthlm"],
      ["party:m", "abbreviation", "M"],
    ];
    for (const [node, name, value] of table) expect(copy.getNodeAttribute(node, name), `${node}.${name}`).toBe(value);
    expect(JSON.parse(copy.getNodeAttribute("person:asa-obrien", "aliases"))).toEqual(graph.getNodeAttribute("person:asa-obrien", "aliases"));
    expect(JSON.parse(copy.getNodeAttribute("person:mats-gerdau", "evidence"))).toEqual(graph.getNodeAttribute("person:mats-gerdau", "evidence"));
    expect(copy.getEdgeAttributes("e3")).toMatchObject({ role: "sekreterare", roleNormalised: "secretary", former: true, end: "2019-12-31" });
    expect(copy.getEdgeAttribute("e8", "items")).toBe("§§ 5–9");
  });
});

describe("GEXF viz", () => {
  const graph = createHostileGraph();
  const copy = parseGexf(MultiDirectedGraph, exportGexf(graph));

  it("carries the layout, the kind colour and a degree-based size", () => {
    graph.forEachNode((node, attributes) => {
      expect(copy.getNodeAttributes(node), node).toMatchObject({ x: attributes.x, y: attributes.y });
      const hex = NODE_COLORS[attributes.kind];
      const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;
      expect(copy.getNodeAttribute(node, "color")).toBe(rgb);
    });
    expect(copy.getNodeAttribute("person:mats-gerdau", "size")).toBeGreaterThan(copy.getNodeAttribute("topic:bostader", "size"));
  });

  it("writes GEXF 1.3 with the edge kind on each edge", () => {
    const xml = exportGexf(graph);
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toMatch(/<edge id="e8" source="person:mats-gerdau" target="meeting:protokoll-2019-04-11:styrelsemote" kind="chaired"/);
  });
});

describe("XML-invalid characters", () => {
  it.each([
    ["gexf", (xml: string) => parseGexf(MultiDirectedGraph, xml), exportGexf],
    ["graphml", (xml: string) => parseGraphml(MultiDirectedGraph, xml), exportGraphml],
  ] as const)("%s drops them and stays readable", (_format, parse, write) => {
    const graph = createHostileGraph();
    graph.setNodeAttribute("person:formula", "label", "Klocka\u0007 Ek\uFFFF");
    expect(parse(write(graph)).getNodeAttribute("person:formula", "label")).toBe("Klocka Ek");
  });
});
