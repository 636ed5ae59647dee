import { worksWithProjection } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { colorMapping } from "./color-mapping";
import { detectCommunities } from "./detect-communities";
import { METRICS, attributeMetric, getMetric } from "./metrics";
import { CATEGORY_COLORS, OTHER_COLOR, SEQUENTIAL_COLORS } from "./palettes";
import { quantileClasses } from "./quantile-classes";
import { sizeMapping } from "./size-mapping";
import { twoTeamsGraph } from "./two-teams.fixture";
import type { MetricOutcome } from "./types";

const graph = twoTeamsGraph();
const projection = worksWithProjection(graph);

function values(outcome: MetricOutcome): Record<string, number | string> {
  if (outcome.type === "refused") throw new Error(outcome.reason);
  return Object.fromEntries(
    [...outcome.values].map(([node, value]) => [node.replace(/^person:/, ""), typeof value === "number" ? Math.round(value * 1000) / 1000 : value]),
  );
}

describe("metrics over the works-with projection of two teams joined by one board", () => {
  const cases: [string, Record<string, number | string>][] = [
    ["degree", { "anna-berg": 2, "bo-ek": 2, "cecilia-dahl": 3, "david-falk": 3, "eva-gran": 2, "fredrik-holm": 2 }],
    // Six of the ten pairs of others are joined only through each broker (networkx's normalisation: 6 / 10).
    ["betweenness", { "anna-berg": 0, "bo-ek": 0, "cecilia-dahl": 0.6, "david-falk": 0.6, "eva-gran": 0, "fredrik-holm": 0 }],
    ["community", { "anna-berg": "1", "bo-ek": "1", "cecilia-dahl": "1", "david-falk": "2", "eva-gran": "2", "fredrik-holm": "2" }],
    [
      "party",
      { "anna-berg": "party:s", "bo-ek": "party:m", "cecilia-dahl": "party:s", "david-falk": "party:m", "eva-gran": "party:s", "fredrik-holm": "party:m" },
    ],
  ];
  it.each(cases)("%s", (id, expected) => {
    expect(values(getMetric(id).compute(projection, { knowledgeGraph: graph }))).toEqual(expected);
  });

  it("PageRank sums to one and follows the weights: the strong pair first, then the broker of the even team", () => {
    const ranks = values(getMetric("pagerank").compute(projection));
    expect(Object.values(ranks).reduce((a, b) => Number(a) + Number(b), 0)).toBeCloseTo(1, 2);
    const order = Object.entries(ranks)
      .sort(([a, x], [b, y]) => Number(y) - Number(x) || a.localeCompare(b))
      .map(([node]) => node);
    expect(order).toEqual(["anna-berg", "bo-ek", "david-falk", "cecilia-dahl", "eva-gran", "fredrik-holm"]);
  });
});

describe("metrics over the knowledge graph", () => {
  it("counts only the nodes shown", () => {
    const people = new Set(graph.filterNodes((_node, attributes) => attributes.kind === "person"));
    expect(values(getMetric("degree").compute(graph, { nodes: people }))).toEqual({
      "anna-berg": 1,
      "bo-ek": 1,
      "cecilia-dahl": 0,
      "david-falk": 0,
      "eva-gran": 0,
      "fredrik-holm": 0,
    });
  });

  it.each([
    ["person:anna-berg", 2],
    ["person:david-falk", 2],
    ["organisation:sjostadsforbundet", 1],
  ])("documents of %s: %i", (node, expected) => {
    const outcome = getMetric("documents").compute(graph);
    expect(outcome.type === "numeric" && outcome.values.get(node)).toBe(expected);
  });

  it("kind comes with the kind colours of core", () => {
    const outcome = getMetric("kind").compute(graph);
    expect(outcome.type === "categorical" && outcome.colors?.get("person")).toBe("#0072b2");
    expect(outcome.type === "categorical" && outcome.values.get("party:s")).toBe("party");
  });

  it("refuses betweenness above the limit and says why", () => {
    const outcome = getMetric("betweenness").compute(graph, { betweennessLimit: 10 });
    expect(outcome.type).toBe("refused");
    expect(outcome.type === "refused" && outcome.reason).toMatch(/Betweenness is not computed for 14 nodes/);
  });

  it("reads attributes as numbers, categories or list lengths", () => {
    const type = attributeMetric("type").compute(graph);
    expect(type.type === "categorical" && Object.fromEntries(type.values)).toEqual({ "organisation:sjostadsforbundet": "association" });
    const x = attributeMetric("x").compute(graph);
    expect(x.type === "numeric" && x.values.get("person:fredrik-holm")).toBe(7);
  });

  it("names every metric once and rejects unknown ids", () => {
    expect(new Set(METRICS.map((metric) => metric.id)).size).toBe(METRICS.length);
    expect(() => getMetric("closeness")).toThrow(expect.objectContaining({ code: "BAD_OPTION" }));
  });
});

describe("detectCommunities", () => {
  it("lists the members, the most connected first", () => {
    const { list, modularity } = detectCommunities(projection);
    expect(list.map((community) => community.members.map((member) => member.label))).toEqual([
      ["Anna Berg", "Bo Ek", "Cecilia Dahl"],
      ["David Falk", "Eva Gran", "Fredrik Holm"],
    ]);
    expect(list[0].members[0].strength).toBeGreaterThan(list[0].members[2].strength);
    expect(modularity).toBeGreaterThan(0.3);
  });

  it("gives an unlinked person a community of one", () => {
    const alone = projection.copy();
    alone.addNode("person:gustav-ivarsson", { kind: "person", label: "Gustav Ivarsson" });
    const { list } = detectCommunities(alone);
    expect(list.at(-1)?.members.map((member) => member.id)).toEqual(["person:gustav-ivarsson"]);
  });
});

describe("quantileClasses", () => {
  const cases: [string, number[], number, string[]][] = [
    ["no values", [], 5, []],
    ["few distinct values, one class each", [1, 1, 2, 3], 5, ["1", "2", "3"]],
    ["skewed values, ties kept in one class", [1, 1, 1, 1, 1, 1, 2, 3, 50, 100], 3, ["1", "2", "3–100"]],
    ["fractions", [0.0123, 0.5, 0.51, 0.99], 2, ["0.012–0.5", "0.51–0.99"]],
  ];
  it.each(cases)("%s", (_name, input, k, labels) => {
    const classes = quantileClasses(input, k);
    expect(classes.map((range) => range.label)).toEqual(labels);
    expect(classes.reduce((sum, range) => sum + range.count, 0)).toBe(input.length);
  });
});

describe("colorMapping", () => {
  it("colours categories by frequency and groups the rest as other", () => {
    const values = new Map(Array.from({ length: 13 }, (_, i) => [`n${i}`, i < 3 ? "big" : `c${i}`]));
    const { colorOf, legend } = colorMapping({ type: "categorical", values }, { nodeCount: 14 });
    expect(colorOf("n0")).toBe(CATEGORY_COLORS[0]);
    expect(colorOf("n9")).toBe(OTHER_COLOR); // c9 sorts last of the ten categories of one
    expect(colorOf("unknown")).toBe(OTHER_COLOR);
    expect(legend[0]).toEqual({ label: "big", color: CATEGORY_COLORS[0], count: 3 });
    expect(legend.slice(-2)).toEqual([
      { label: "Other (1 more)", color: OTHER_COLOR, count: 1 },
      { label: "No value", color: OTHER_COLOR, count: 1 },
    ]);
  });

  it("colours numbers by class, low light and high dark, over the whole ramp", () => {
    const { colorOf, legend } = colorMapping({
      type: "numeric",
      values: new Map([
        ["low", 0],
        ["high", 1],
      ]),
    });
    expect([colorOf("low"), colorOf("high")]).toEqual([SEQUENTIAL_COLORS[0], SEQUENTIAL_COLORS.at(-1)]);
    expect(legend.map((entry) => entry.label)).toEqual(["0", "1"]);
  });
});

describe("sizeMapping", () => {
  it("grows the area with the value, from min to max", () => {
    const { sizeOf, legend } = sizeMapping(
      {
        type: "numeric",
        values: new Map([
          ["a", 0],
          ["b", 25],
          ["c", 100],
        ]),
      },
      { min: 2, max: 12 },
    );
    expect([sizeOf("a"), sizeOf("b"), sizeOf("c"), sizeOf("none")]).toEqual([2, 7, 12, 2]);
    expect(legend.map((entry) => entry.label)).toEqual(["0", "25", "100"]);
  });

  it("refuses categories", () => {
    expect(() => sizeMapping({ type: "categorical", values: new Map() })).toThrow(expect.objectContaining({ code: "BAD_OPTION" }));
  });
});
