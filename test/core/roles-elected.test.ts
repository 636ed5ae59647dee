/**
 * Elections told in a sentence (extract-document.ts `left-role:elected`): the people a clause elects, and not a
 * person the next clause elects to a role of their own. Press texts and news pages tell a council's or a board's
 * elections in the layouts below (`Till ny ordförande i fullmäktige valdes X`, `Till övriga ledamöter valdes: X, Y`).
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (g: KnowledgeGraph) => personRoles(g, { where: false });
const written = (g: KnowledgeGraph) => personRoles(g, { written: true });

const LONG = ["Agnes Bok", "Bror Dal", "Cecilia Ek", "David Fors", "Elsa Grund", "Filip Hage", "Greta Ide", "Hugo Jarl", "Inez Kron", "Jakob Lind", "Klara Mo"];

describe("people a clause elects", () => {
  it("a name followed by its own `valdes till` is not elected by the clause before it", () => {
    const g = graphOf("Nyheter\nTill kommunstyrelsens ordförande valdes Vera Lundholm (M), Ivar Lindkvist (V) valdes till förste vice ordförande.\n");
    expect(roles(g)).toEqual(["Ivar Lindkvist: förste vice ordförande", "Vera Lundholm: kommunstyrelsens ordförande"]);
  });

  it.each([
    [
      "`ny` before the role, and a body after it",
      "Nya presidiet\n\nTill ny ordförande i fullmäktige valdes Aron Blixt (c). Till ny vice ordförande valdes Berit Falk och till ny andre vice ordförande Cilla Dahl (s).\n",
      // A bare `fullmäktige` names no particular body: the roles stay the people's.
      ["Aron Blixt: ordförande [ordförande]", "Berit Falk: vice ordförande [vice ordförande]", "Cilla Dahl: andre vice ordförande [andre vice ordförande]"],
    ],
    [
      "clauses joined by a comma, each electing its own",
      "Nytt presidium\n\nTill ordförande valdes Dora Ekdal (C), till 1:e vice ordförande valdes Erik Frost (KD) och till 2:e vice ordförande Fia Gren (S).\n",
      [
        "Dora Ekdal: ordförande [ordförande]",
        "Erik Frost: 1:e vice ordförande [förste vice ordförande]",
        "Fia Gren: 2:e vice ordförande [andre vice ordförande]",
      ],
    ],
    [
      "a list after a colon",
      "Val till styrelsen\n\nTill övriga ledamöter valdes: Gun Hed (S), Hans Ivarsson (M) och Ida Jern (V).\n",
      ["Gun Hed: ledamöter [ledamot]", "Hans Ivarsson: ledamöter [ledamot]", "Ida Jern: ledamöter [ledamot]"],
    ],
    [
      "a list longer than a clause's reach",
      `Val\n\nTill övriga ledamöter valdes: ${LONG.map((n) => `${n} (S)`).join(", ")} och Sara Öst (M).\n`,
      [...LONG, "Sara Öst"].map((n) => `${n}: ledamöter [ledamot]`).sort(),
    ],
    [
      "a body's genitive before the role",
      "Val\n\nTill regionstyrelsens ersättare valdes Jon Kvist (S), Kim Lodin (MP) och Lo Malm (V).\n",
      [
        "Jon Kvist: regionstyrelsens ersättare [ersättare]",
        "Kim Lodin: regionstyrelsens ersättare [ersättare]",
        "Lo Malm: regionstyrelsens ersättare [ersättare]",
      ],
    ],
    [
      "`Ny som` before the role and `utsågs`",
      "Rapport från mötet\n\nNy som suppleant i styrelsen utsågs Mona Nord, Tyresö.\n",
      ["Mona Nord: suppleant [ersättare]", "Mona Nord: undefined [undefined] @ Tyresö"],
    ],
  ])("%s", (_, text, expected) => {
    expect(written(graphOf(text))).toEqual(expected);
  });
});

describe("a title before a name", () => {
  it("does not take an election's verb into the title", () => {
    const g = graphOf("Rapport\n\nEfter mötet: suppleant i styrelsen utsågs Rut Berg.\n");
    expect(personRoles(g, { written: true }).filter((r) => /utsågs/.test(r))).toEqual([]);
  });
});
