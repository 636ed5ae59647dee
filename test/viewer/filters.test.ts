import { describe, expect, it } from "vitest";
import { SamverkanError } from "@samverkan/core";
import { buildTimeIndex, computeVisibility, DEFAULT_FILTERS, egoNetwork, resolveFilters, type ViewerFilters } from "@samverkan/viewer";
import { buildFixtureGraph, DOCUMENTS } from "./fixtures/fixture-graph";

const graph = buildFixtureGraph();
const time = buildTimeIndex(graph, DOCUMENTS);
const visible = (filters: Partial<ViewerFilters>) => computeVisibility(graph, { filters: resolveFilters(filters), time });

describe("computeVisibility", () => {
  it("shows everything without filters", () => {
    const { nodes, edges } = visible({});
    expect(nodes.size).toBe(graph.order);
    expect(edges.size).toBe(graph.size);
  });

  const cases: [string, Partial<ViewerFilters>, string[], string[]][] = [
    ["node kinds", { nodeKinds: ["person", "party"] }, ["person:mats-gerdau", "party:m"], ["meeting:minutes-2016:styrelsemote", "municipality:nacka"]],
    [
      "year range keeps what was dated then",
      { years: { from: 2016, to: 2016 } },
      ["meeting:minutes-2016:styrelsemote", "person:mats-gerdau"],
      ["meeting:seminar-2019:seminarium"],
    ],
    ["open-ended year range", { years: { from: 2019 } }, ["meeting:seminar-2019:seminarium", "person:ebba-ostlin"], ["meeting:minutes-2016:styrelsemote"]],
    [
      "scope: an organisation and what links to it",
      { scope: "organisation:storsthlm" },
      ["organisation:storsthlm", "person:mats-gerdau", "person:ebba-ostlin"],
      ["party:m", "person:eve"],
    ],
    ["scope: a municipality", { scope: "municipality:nacka" }, ["municipality:nacka", "person:mats-gerdau"], ["person:ebba-ostlin"]],
  ];
  it.each(cases)("%s", (_label, filters, shown, hidden) => {
    const { nodes } = visible(filters);
    for (const id of shown) expect(nodes.has(id), `${id} shown`).toBe(true);
    for (const id of hidden) expect(nodes.has(id), `${id} hidden`).toBe(false);
  });

  it("hides edges of unselected relation kinds and edges to hidden nodes", () => {
    const { edges } = visible({ edgeKinds: ["chaired"] });
    expect([...edges]).toEqual(["chaired:person:mats-gerdau->meeting:minutes-2016:styrelsemote"]);
    const parties = visible({ nodeKinds: ["person", "party"] });
    for (const edge of parties.edges) {
      expect(["person", "party"]).toContain(graph.getNodeAttribute(graph.target(edge), "kind"));
    }
  });

  it("dates roles by their start and keeps open roles visible later", () => {
    const { edges } = visible({ years: { from: 2022, to: 2023 } });
    expect(edges.has("holds_role:person:mats-gerdau->organisation:storsthlm")).toBe(true);
    expect(edges.has("chaired:person:mats-gerdau->meeting:minutes-2016:styrelsemote")).toBe(false);
  });

  it("keeps only the ego network when one is selected", () => {
    const one = computeVisibility(graph, { filters: DEFAULT_FILTERS, time, ego: { id: "party:m", depth: 1 } });
    expect([...one.nodes].sort()).toEqual(["party:m", "person:mats-gerdau"]);
    const two = computeVisibility(graph, { filters: DEFAULT_FILTERS, time, ego: { id: "party:m", depth: 2 } });
    expect(two.nodes.has("meeting:minutes-2016:styrelsemote")).toBe(true);
    expect(two.nodes.has("party:s")).toBe(false);
  });
});

describe("egoNetwork", () => {
  it("walks edges in both directions", () => {
    expect(egoNetwork(graph, "topic:regional-planering", 1)).toEqual(new Set(["topic:regional-planering", "meeting:seminar-2019:seminarium"]));
  });
  it("walks only the given edges", () => {
    expect(egoNetwork(graph, "person:mats-gerdau", 2, new Set())).toEqual(new Set(["person:mats-gerdau"]));
  });
});

describe("resolveFilters", () => {
  const bad: [string, Partial<ViewerFilters>][] = [
    ["unknown node kind", { nodeKinds: ["people" as never] }],
    ["unknown relation kind", { edgeKinds: ["likes" as never] }],
    ["reversed years", { years: { from: 2020, to: 2010 } }],
    ["fractional year", { years: { from: 2020.5 } }],
  ];
  it.each(bad)("rejects %s", (_label, filters) => {
    expect(() => resolveFilters(filters)).toThrow(SamverkanError);
    try {
      resolveFilters(filters);
    } catch (error) {
      expect((error as SamverkanError).code).toBe("BAD_OPTION");
    }
  });
  it("keeps fields not given and drops an empty year range", () => {
    expect(resolveFilters({ years: {} }, { ...DEFAULT_FILTERS, scope: "municipality:nacka" })).toEqual({ ...DEFAULT_FILTERS, scope: "municipality:nacka" });
  });
});
