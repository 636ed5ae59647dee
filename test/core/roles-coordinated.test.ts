/**
 * Roles written after coordinated people (extract-document.ts): `X och Y är ordförande respektive vice ordförande`
 * gives each their own; a role in the plural (`X (S) och Y (M) till ledamöter i valnämnden`) is held by each.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (g: KnowledgeGraph) => personRoles(g);

describe("roles after coordinated people", () => {
  const cases: [string, string, string[]][] = [
    [
      "`respektive`: the roles go to the people in turn",
      "Nyheter\nVera Lundholm och Ivar Lindkvist är ordförande respektive vice ordförande i socialnämnden.\n",
      ["Ivar Lindkvist: vice ordförande @ Socialnämnden", "Vera Lundholm: ordförande @ Socialnämnden"],
    ],
    [
      "three people, three roles",
      "Nyheter\nVera Lundholm, Ivar Lindkvist och Ragna Fjällström är ordförande, förste vice ordförande respektive andre vice ordförande.\n",
      ["Ivar Lindkvist: förste vice ordförande", "Ragna Fjällström: andre vice ordförande", "Vera Lundholm: ordförande"],
    ],
    [
      "a role in the plural is each one's",
      "Nyheter\nFullmäktige valde Vera Lundholm (S) och Ivar Lindkvist (M) till ledamöter i valnämnden.\n",
      ["Ivar Lindkvist: ledamot @ Valnämnden", "Vera Lundholm: ledamot @ Valnämnden"],
    ],
    [
      "a role in the singular stays with the last",
      "Nyheter\nFullmäktige valde Vera Lundholm (S) och Ivar Lindkvist (M) till ledamot i valnämnden.\n",
      ["Ivar Lindkvist: ledamot @ Valnämnden"],
    ],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(roles(graphOf(text))).toEqual(expected);
  });
});
