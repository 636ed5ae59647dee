/**
 * Press texts on elections: the body a clause elects to, carried to the clauses after it (invented names, real patterns).
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";

/** Each role held in a body, as `name: role @ body`, sorted. */
function held(text: string): string[] {
  const g = buildGraph([readDocument({ source: "nyhet.txt", content: text })], { layout: false }).graph;
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  return g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g.source(e))}: ${g.getEdgeAttribute(e, "roleNormalised")} @ ${label(g.target(e))}`)
    .sort();
}

describe("elections after the first, in one paragraph", () => {
  it.each([
    [
      "after the note closing the entry before (`X, s, (omval) till 1:e vice ordförande Y`)",
      "Nya regionfullmäktige\n\nTill ordförande för regionfullmäktige under den nu inledda mandatperioden valdes Hans Aronberg, s, (omval) till 1:e vice ordförande Magnus Bernhult, kd, och till 2:e vice ordförande Ulla Y Gustavsdotter, s (omval).\n",
      [
        "Hans Aronberg: ordförande @ Regionfullmäktige",
        "Magnus Bernhult: förste vice ordförande @ Regionfullmäktige",
        "Ulla Y Gustavsdotter: andre vice ordförande @ Regionfullmäktige",
      ],
    ],
    [
      "after an election written after the name (`X (M) till ordförande för Kommunfullmäktige. Till 1:e vice ordförande valdes Y`), over `ordf.`",
      "Kommunfullmäktiges konstituerande sammanträde\n\nPå kommunfullmäktiges sammanträde den 23 oktober valdes Petra Carlén (M) till ordförande för Kommunfullmäktige för mandatperioden 2018 - 2022. Till 1:e vice ordförande valdes Solveig Brunnberg (C) och till 2:e vice ordf. valdes Kristina Blomén (S).\n",
      [
        "Kristina Blomén: andre vice ordförande @ Kommunfullmäktige",
        "Petra Carlén: ordförande @ Kommunfullmäktige",
        "Solveig Brunnberg: förste vice ordförande @ Kommunfullmäktige",
      ],
    ],
  ])("are held in the first one's body: %s", (_, text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

describe("a role owned in the genitive", () => {
  it.each([
    [
      "an abbreviation's genitive after a colon (`är SKR:s 1:e vice ordförande`)",
      "Nyheter\n\nKarin Ljungdal (S) är SKR:s 1:e vice ordförande sedan 2019 och leder delegationen.\n",
      ["Karin Ljungdal: förste vice ordförande @ Sveriges Kommuner och Regioner"],
    ],
    [
      "a county's, before the title and a comma (`Jönköpings läns landshövding, X,`)",
      "Besök\n\nJönköpings läns landshövding, Helena Ekvik, besökte kommunen i tisdags.\n",
      ["Helena Ekvik: landshövding @ Jönköpings län"],
    ],
  ])("is held there: %s", (_, text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});
