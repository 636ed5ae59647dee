/**
 * Roles written after coordinated people (extract-document.ts): `X och Y är ordförande respektive vice ordförande`
 * gives each their own; a role in the plural (`X (S) och Y (M) till ledamöter i valnämnden`) is held by each.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;
}

/** Each person's roles, as `label: normalised @ where` (edges) or `label: normalised` (own). */
function roles(g: KnowledgeGraph): string[] {
  const out: string[] = [];
  g.forEachNode((key, a) => {
    if (a.kind !== "person") return;
    const own = (a as { roles?: { roleNormalised: string }[] }).roles ?? [];
    for (const r of own) out.push(`${a.label}: ${r.roleNormalised}`);
    g.forEachOutEdge(key, (_, e, _s, target) => {
      if (e.kind === "holds_role") out.push(`${a.label}: ${e.roleNormalised} @ ${g.getNodeAttribute(target, "label")}`);
    });
  });
  return out.sort();
}

describe("roles after coordinated people", () => {
  const cases: [string, string, string[]][] = [
    [
      "`respektive`: the roles go to the people in turn",
      "Nyheter\nVera Lundholm och Ivar Lindkvist är ordförande respektive vice ordförande i socialnämnden.\n",
      ["Ivar Lindkvist: vice ordförande @ socialnämnden", "Vera Lundholm: ordförande @ socialnämnden"],
    ],
    [
      "three people, three roles",
      "Nyheter\nVera Lundholm, Ivar Lindkvist och Ragna Fjällström är ordförande, förste vice ordförande respektive andre vice ordförande.\n",
      ["Ivar Lindkvist: förste vice ordförande", "Ragna Fjällström: andre vice ordförande", "Vera Lundholm: ordförande"],
    ],
    [
      "a role in the plural is each one's",
      "Nyheter\nFullmäktige valde Vera Lundholm (S) och Ivar Lindkvist (M) till ledamöter i valnämnden.\n",
      ["Ivar Lindkvist: ledamot @ valnämnden", "Vera Lundholm: ledamot @ valnämnden"],
    ],
    [
      "a role in the singular stays with the last",
      "Nyheter\nFullmäktige valde Vera Lundholm (S) och Ivar Lindkvist (M) till ledamot i valnämnden.\n",
      ["Ivar Lindkvist: ledamot @ valnämnden"],
    ],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(roles(graphOf(text))).toEqual(expected);
  });
});
