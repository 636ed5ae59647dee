/**
 * Seats and employers (03-appositions.ts, extract-document.ts, data/roles.json): a roster line's seat and the
 * municipality its member stands for, a seat on a page headed by its body, a title held in the company named after
 * the name, staff titles of the lexicon.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf } from "../helpers/roles";

/** Roles and represents edges, as `label: role @ where` (`label @ where` for a bare affiliation), `label: role` (own). */
function facts(g: KnowledgeGraph): string[] {
  const out: string[] = [];
  g.forEachNode((key, a) => {
    if (a.kind !== "person") return;
    for (const r of (a as { roles?: { roleNormalised: string }[] }).roles ?? []) out.push(`${a.label}: ${r.roleNormalised}`);
    g.forEachOutEdge(key, (_, e, _s, target) => {
      const where = g.getNodeAttribute(target, "label");
      if (e.kind === "holds_role") out.push(`${a.label}${e.roleNormalised ? `: ${e.roleNormalised}` : ""} @ ${where}`);
      if (e.kind === "represents") out.push(`${a.label} represents ${where}`);
    });
  });
  return out.sort();
}

describe("seats, employers and staff titles", () => {
  const cases: [string, string, string[]][] = [
    [
      "a roster line: the seat, and the municipality the member stands for (no workplace besides)",
      "Ledamöter i direktionen\nVera Lundholm (S), ordförande, Ekerö\n",
      ["Vera Lundholm represents Ekerö", "Vera Lundholm: ordförande"],
    ],
    [
      "a title before the name is held in the company after it",
      "Rapport\nUnder eftermiddagen talade vd Ivar Lindkvist, Fjällby Turism AB, om besöksnäringen.\n",
      ["Ivar Lindkvist: vd @ Fjällby Turism AB"],
    ],
    [
      "a seat on a page headed by its body",
      "Direktionen\n\nDirektionen är förbundets högsta beslutande organ. Vera Lundholm från Ekerö kommun är ordförande.\n",
      ["Vera Lundholm @ Ekerö", "Vera Lundholm: ordförande @ Direktionen"],
    ],
    [
      "a role that names its body in the genitive is also the seat in that body of the place",
      "Rapport\nUnder eftermiddagen talade Ivar Lindkvist, kommunstyrelsens ordförande i Ekerö, om bostäderna.\n",
      ["Ivar Lindkvist represents Ekerö", "Ivar Lindkvist: kommunstyrelsens ordförande @ Ekerö", "Ivar Lindkvist: ordförande @ Kommunstyrelsen"],
    ],
    [
      "staff titles of the lexicon",
      "Rapport\nIvar Lindkvist, upphandlare, och Vera Lundholm, registrator, deltog.\n",
      ["Ivar Lindkvist: upphandlare", "Vera Lundholm: registrator"],
    ],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(facts(graphOf(text))).toEqual(expected);
  });
});
