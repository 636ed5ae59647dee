/**
 * Rosters under a heading (extract-document.ts `roster:heading`): member pages and newsletters list a board's or a
 * group's people a line each under its name. Invented people, in the layouts such pages use.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../helpers/roles";

const held = (text: string) => personRoles(graphOf(text)).filter((line) => !/undefined/.test(line));

const GROUPS = `Politiska styrgrupper 2023-2026

En politisk styrgrupp utses av styrelsen, som också formulerar uppdraget. Styrgruppen leder den politiska dialogen.

Styrgrupp för Gymnasieregion

Alva Dunér (M), Huddinge kommun, ordförande
Bengt Ruthberg (S), Stockholms stad

Regionen har utsett följande representanter till styrgruppen:
Cilla Fahlén (KD)

Ledningsgruppen för äldreomsorg (LÄO)

• Dan Ekstig (L), Solna stad
• Eira Lövgren (C), Tyresö kommun, vice ordförande
`;

describe("a roster under a heading that names a body", () => {
  it("its people sit in that body, in the seat written after the name or as members; an intro ending in a colon keeps the heading", () => {
    expect(held(GROUPS)).toEqual([
      "Alva Dunér: ordförande @ Styrgrupp för Gymnasieregion",
      "Bengt Ruthberg: ledamot @ Styrgrupp för Gymnasieregion",
      "Cilla Fahlén: ledamot @ Styrgrupp för Gymnasieregion",
      "Dan Ekstig: ledamot @ Ledningsgruppen för äldreomsorg",
      "Eira Lövgren: vice ordförande @ Ledningsgruppen för äldreomsorg",
    ]);
  });

  it("the fact quotes the member's line and the body its heading", () => {
    const g = graphOf(GROUPS);
    const [edge] = g.filterOutEdges("person:bengt-ruthberg", (_, a) => a.rule === "roster:heading");
    expect(g.getEdgeAttribute(edge, "evidence")[0].quote).toBe("Bengt Ruthberg (S), Stockholms stad");
    expect(g.getNodeAttribute(g.target(edge), "evidence")?.[0].quote).toBe("Styrgrupp för Gymnasieregion");
  });

  it("a bare `Styrelse` is the board of the organisation the page opens with", () => {
    const g = graphOf("Storsthlm\n\nOm förbundet och dess organisation.\n\nStyrelse\n\nFrida Gyllen (S), Nacka, ordförande\nGösta Holm (M), Täby\n");
    expect(personRoles(g).filter((line) => /Styrelse/.test(line))).toEqual(["Frida Gyllen: ordförande @ Styrelse", "Gösta Holm: ledamot @ Styrelse"]);
    const [edge] = g.filterOutEdges("person:gosta-holm", (_, a) => a.rule === "roster:heading");
    expect(g.getNodeAttribute(g.target(edge), "partOf")).toBe("organisation:storsthlm");
  });

  it("a staff unit's list gives its titles there, and no seats", () => {
    expect(held("Storsthlm\n\nOm förbundet.\n\nKansliet\n\nHanna Ivre, förbundsdirektör\nIvar Jonsson\nJenny Kask, kommunikatör\n")).toEqual([
      "Hanna Ivre: förbundsdirektör @ Kansliet",
      "Jenny Kask: kommunikatör @ Kansliet",
    ]);
  });

  it.each([
    ["a name alone under the heading", "Nyheter\n\nStyrgrupp för Gymnasieregion\n\nAlva Dunér (M), Huddinge kommun, ordförande\n\nGruppen möts i maj.\n"],
    [
      "a roster under a paragraph",
      "Nyheter\n\nStyrgruppen har mötts och diskuterat hur arbetet med gymnasieregionen ska gå vidare under året.\nAlva Dunér (M), Huddinge kommun\nBengt Ruthberg (S), Stockholms stad\n",
    ],
    ["a heading that names no body", "Talare\n\nAlva Dunér (M), Huddinge kommun\nBengt Ruthberg (S), Stockholms stad\n"],
  ])("not for %s", (_label, text) => {
    expect(graphOf(text).filterEdges((_, a) => a.rule === "roster:heading")).toEqual([]);
  });
});
