import { describe, expect, it } from "vitest";
import { computeVisibility, DEFAULT_FILTERS, projectWorksWith } from "@samverkan/viewer";
import { buildFixtureGraph } from "./fixtures/fixture-graph";

const graph = buildFixtureGraph();
const projection = projectWorksWith(graph);

describe("projectWorksWith", () => {
  it("keeps only people", () => {
    projection.forEachNode((_node, attributes) => expect(attributes.kind).toBe("person"));
    expect(projection.order).toBe(3);
  });

  it("links people who met, share an organisation or are said to collaborate, with weights and reasons", () => {
    const edge = projection.getEdgeAttributes("works_with:person:ebba-ostlin|person:mats-gerdau");
    expect(edge.kind).toBe("works_with");
    expect(edge.reasons).toEqual(
      expect.arrayContaining(["Both at Styrelsemöte (2016-10-11)", "Both at Seminarium om samverkan (2019-05-20)", "Both in Storsthlm"]),
    );
    expect(edge.weight).toBe(3);
    expect(edge.evidence.length).toBeGreaterThan(0);
    const stated = projection.getEdgeAttributes("works_with:person:eve|person:mats-gerdau");
    expect(stated.weight).toBe(2);
  });

  it("is deterministic", () => {
    expect(projectWorksWith(buildFixtureGraph()).export()).toEqual(projection.export());
  });

  it("filters by scope through the full graph", () => {
    const { nodes } = computeVisibility(projection, { filters: { ...DEFAULT_FILTERS, scope: "municipality:nacka" }, scopeGraph: graph });
    expect([...nodes]).toEqual(["person:mats-gerdau"]);
  });
});
