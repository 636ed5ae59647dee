/**
 * A surname alone taken up again (session 78, 02-mentions.ts `namesAlone`): after the one full name of a press text
 * that ends in it, a surname alone (one word, or both words of a double surname) as its clause's subject is that
 * person, so the titles read at it are the full name's. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph, PersonAttributes } from "@samverkan/core";
import { graphOf } from "../../../../test/helpers/prose";

const NEWS = `Solna
Politikerna i Solna har bestämt att uppdraget går till socialdemokraten Olle Strandkvist.
Strandkvist är ekonom i grunden och har bott i Solna i tio år.
I och med sin nya roll blir Strandkvist också nytt kommunalråd.
`;
const DOUBLE = `Solna
Politikerna i Solna har bestämt att uppdraget går till moderaten Eva Kvarnlöv Bredal.
Kvarnlöv Bredal är jurist i grunden och har bott i Solna i tio år.
`;

/** Each person node's key and the roles held by it, normalised (the node's label is the graph's choice of form). */
function rolesByNode(g: KnowledgeGraph): string[] {
  const held = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => `${g.source(e)}: ${g.getEdgeAttribute(e, "roleNormalised")}`);
  const bare = g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => `${n}: ${r.roleNormalised}`));
  return [...held, ...bare].sort();
}

describe("a surname alone", () => {
  it("is the one full name of the text that ends in it", () => {
    const g = graphOf("nyhet.txt", NEWS);
    expect(g.filterNodes((_, a) => a.kind === "person")).toEqual(["person:olle-strandkvist"]);
    expect(rolesByNode(g)).toEqual(["person:olle-strandkvist: ekonom", "person:olle-strandkvist: kommunalråd"]);
  });
  it("leaves the node its full name as label, however often the surname is written alone", () => {
    const g = graphOf("nyhet.txt", NEWS);
    expect(g.getNodeAttribute("person:olle-strandkvist", "label")).toBe("Olle Strandkvist");
    expect(g.getNodeAttribute("person:olle-strandkvist", "aliases") ?? []).not.toContain("Strandkvist");
  });
  it("takes both words of a double surname", () => {
    expect(rolesByNode(graphOf("nyhet.txt", DOUBLE))).toEqual(["person:eva-kvarnlov-bredal: jurist"]);
  });
  it("is no one where two full names end in it", () => {
    const g = graphOf("nyhet.txt", NEWS.replace("Olle Strandkvist.", "Olle Strandkvist och Lena Strandkvist."));
    expect(rolesByNode(g)).toEqual([]);
  });
  it("is no one before a place (`sade Strandkvist i Västerås`)", () => {
    const g = graphOf("nyhet.txt", `${NEWS}– Vi ska bygga mer, sade Strandkvist i Västerås i går.\n`.replace(/^(Strandkvist är|I och med).*\n/gm, ""));
    expect(rolesByNode(g)).toEqual([]);
  });
});
