/**
 * Elections told in a sentence (extract-document.ts `left-role:elected`): the people a clause elects, and not a
 * person the next clause elects to a role of their own.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;
}

/** Each person's roles (edges and the person's own), as `label: normalised`. */
function roles(g: KnowledgeGraph): string[] {
  const out: string[] = [];
  g.forEachNode((key, a) => {
    if (a.kind !== "person") return;
    for (const r of (a as { roles?: { roleNormalised: string }[] }).roles ?? []) out.push(`${a.label}: ${r.roleNormalised}`);
    g.forEachOutEdge(key, (_, e) => {
      if (e.kind === "holds_role") out.push(`${a.label}: ${e.roleNormalised}`);
    });
  });
  return out.sort();
}

describe("people a clause elects", () => {
  it("a name followed by its own `valdes till` is not elected by the clause before it", () => {
    const g = graphOf("Nyheter\nTill kommunstyrelsens ordförande valdes Vera Lundholm (M), Ivar Lindkvist (V) valdes till förste vice ordförande.\n");
    expect(roles(g)).toEqual(["Ivar Lindkvist: förste vice ordförande", "Vera Lundholm: kommunstyrelsens ordförande"]);
  });
});
