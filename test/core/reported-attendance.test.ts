/**
 * Who took part in a meeting a report tells of (05-reported.ts): `Vid mötet deltog X, Y och Z` after the sentence that
 * tells of the body's meeting. Texts written for these tests, with invented names.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";

const graphOf = (content: string) => buildGraph([readDocument({ source: "nyhet.txt", content })], { layout: false }).graph;
const attended = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "attended")
    .map((e) => `${g.getNodeAttribute(g.source(e), "label")} -> ${g.getNodeAttribute(g.target(e), "label")} (${g.getEdgeAttribute(e, "rule")})`)
    .sort();

describe("reported:meeting: who took part", () => {
  it("`Vid mötet deltog X, regiondirektör, Y och Z`: each took part in the meeting told of", () => {
    const g = graphOf(
      "Nytt från regionen\n\nRegionstyrelsen sammanträdde den 4 oktober 2018 i Västerås. Vid mötet deltog Anna Bergkvist, regiondirektör, Per Holmgren och Eva Lindroth. Regionstyrelsens ordförande Stina Ekvall var nöjd.\n",
    );
    expect(attended(g)).toEqual([
      "Anna Bergkvist -> 2018-10-04 Regionstyrelsen (reported:meeting)",
      "Eva Lindroth -> 2018-10-04 Regionstyrelsen (reported:meeting)",
      "Per Holmgren -> 2018-10-04 Regionstyrelsen (reported:meeting)",
    ]);
  });

  it("a sentence that names another day tells of another meeting (`Vid mötet den 12 maj deltog …`)", () => {
    const g = graphOf(
      "Nytt från regionen\n\nRegionstyrelsen sammanträdde den 4 oktober 2018 i Västerås. Vid mötet den 12 maj deltog Anna Bergkvist och Per Holmgren.\n",
    );
    expect(attended(g)).toEqual([]);
  });
});
