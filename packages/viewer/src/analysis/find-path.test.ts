import { worksWithProjection } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { findPath } from "./find-path";
import { twoTeamsGraph } from "./two-teams.fixture";

const graph = twoTeamsGraph();
const projection = worksWithProjection(graph);

describe("findPath", () => {
  const cases: [string, "works-with" | "graph", string, string, string[] | null][] = [
    [
      "across the board, in the works-with view",
      "works-with",
      "person:anna-berg",
      "person:fredrik-holm",
      ["Anna Berg", "Cecilia Dahl", "David Falk", "Fredrik Holm"],
    ],
    ["in one team", "works-with", "person:eva-gran", "person:fredrik-holm", ["Eva Gran", "Fredrik Holm"]],
    // The document sent to both would make it two steps; documents are not steps.
    [
      "through a collaboration and a party, not the document",
      "graph",
      "person:anna-berg",
      "person:fredrik-holm",
      ["Anna Berg", "Bo Ek", "Moderaterna", "Fredrik Holm"],
    ],
    ["a party links its members in the whole graph", "graph", "person:anna-berg", "person:eva-gran", ["Anna Berg", "Socialdemokraterna", "Eva Gran"]],
    ["to oneself", "works-with", "person:bo-ek", "person:bo-ek", ["Bo Ek"]],
  ];
  it.each(cases)("%s", (_name, over, from, to, expected) => {
    const path = findPath(graph, from, to, { over, projection });
    expect(path?.nodes.map((node) => node.label) ?? null).toEqual(expected);
    expect(path?.steps.length).toBe(expected ? expected.length - 1 : undefined);
  });

  it("gives every step its facts with quotes and citations", () => {
    const path = findPath(graph, "person:anna-berg", "person:fredrik-holm", { projection })!;
    const board = path.steps[1];
    expect([board.from, board.to]).toEqual(["person:cecilia-dahl", "person:david-falk"]);
    expect(board.facts).toHaveLength(1);
    expect(board.facts[0]).toMatchObject({ kind: "works_with", inferred: true, reasons: ["same board: Sjöstadsförbundet"] });
    expect(board.facts[0].chain.map((step) => step.evidence[0].quote)).toEqual(["Cecilia Dahl, ledamot", "David Falk, ledamot"]);
    expect(board.facts[0].chain[0].evidence[0].cite).toBe("board-2018.txt");
    expect(path.note).toMatch(/inferred/);
  });

  it("puts the stated fact of a step before the inferred one", () => {
    const path = findPath(graph, "person:david-falk", "meeting:sjostaden-2019-09-30", { over: "graph" })!;
    expect(path.steps[0].facts.map((fact) => [fact.kind, fact.inferred])).toEqual([
      ["attended", false],
      ["chaired", true],
    ]);
    expect(path.steps[0].facts[1].chain[0].statement).toMatch(/ordförande/);
  });

  it("stays inside the nodes shown, and says when there is no path", () => {
    const shown = new Set(["person:anna-berg", "person:bo-ek", "person:cecilia-dahl", "person:fredrik-holm"]);
    expect(findPath(graph, "person:anna-berg", "person:fredrik-holm", { projection, nodes: shown })).toBeNull();
  });

  it("refuses unknown ids", () => {
    expect(() => findPath(graph, "person:anna-berg", "person:nobody")).toThrow(expect.objectContaining({ code: "UNKNOWN_ENTITY" }));
  });
});
