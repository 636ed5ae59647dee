import { describe, expect, it } from "vitest";
import { worksWithProjection } from "@samverkan/core";
import { computeVisibility, DEFAULT_FILTERS } from "@samverkan/viewer";
import { buildFixtureGraph } from "./fixtures/fixture-graph";

const graph = buildFixtureGraph();
const projection = worksWithProjection(graph);

describe("the viewer's works-with view (core's worksWithProjection)", () => {
  it("keeps only people", () => {
    projection.forEachNode((_node, attributes) => expect(attributes.kind).toBe("person"));
    expect(projection.order).toBe(3);
  });

  it("links people who met, share an organisation or are said to collaborate, with weights and reasons", () => {
    const edge = projection.getEdgeAttributes("works_with:person:ebba-ostlin--person:mats-gerdau");
    expect(edge.kind).toBe("works_with");
    expect(edge.inferred).toBe(true);
    expect(edge.reasons?.some((r) => r.startsWith("same meeting: "))).toBe(true);
    expect(edge.weight).toBeGreaterThan(0);
    expect(edge.evidence.length).toBeGreaterThan(0);
    const stated = projection.getEdgeAttributes("works_with:person:eve--person:mats-gerdau");
    expect(stated.reasons).toEqual(["stated collaboration"]);
    expect(stated.weight).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    expect(worksWithProjection(buildFixtureGraph()).export()).toEqual(projection.export());
  });

  it("filters by scope through the full graph", () => {
    const { nodes } = computeVisibility(projection, { filters: { ...DEFAULT_FILTERS, scope: "municipality:nacka" }, scopeGraph: graph });
    expect([...nodes]).toEqual(["person:mats-gerdau"]);
  });
});
