/**
 * Minutes in layouts real minutes use (01-protocol.ts, 04-protocol.ts): roles as the minutes write them. Invented names
 * and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

/** Each role held as `name: role as written (normalised) @ body`, sorted. */
const written = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")} (${g.getEdgeAttribute(e, "roleNormalised")}) @ ${label(g, g.target(e))}`)
    .sort();

describe("a reserve's mark after the name", () => {
  const head = "PROTOKOLL Socialutskottet Sammanträdesdatum 2014-03-05 Plats Stadshuset, Ale Beslutande Eva Lind (S), ordförande Olle Berg (M) ";
  it("is the seat as written (`tjg ers`, `ej tjg ers`), the normalised seat beside it", () => {
    const g = graphOf(`${head}Kim Nord (S), tjg ers Ersättare Siv Alm (C), ej tjg ers Justerare Olle Berg\n§ 1 Upprop\n`);
    expect(written(g).filter((r) => /^(Kim|Siv)/.test(r))).toEqual([
      "Kim Nord: tjg ers (ersättare) @ Socialutskottet",
      "Siv Alm: ej tjg ers (ersättare) @ Socialutskottet",
    ]);
  });
});

describe("a party's minutes titled by a meeting of its board, with no year", () => {
  const text =
    "Protokoll från styrelsemötet 12 mars\n\nMötets öppnande Mötet förklarades öppnat. Närvaro Eva Lind (lämnade mötet efter punkt 5) Olle Berg Kim Nord Siv Alm (utan rösträtt, med yttranderätt)   Val av mötesfunktionärer Val av mötesordförande Kim Nord valdes enhälligt till mötesordförande. Val av mötessekreterare Eva Lind valdes enhälligt till sekreterare. Val av två mötesjusterare Siv Alm och Olle Berg valdes till justerare.   Godkännande av dagordning Dagordningen godkändes.\n";
  it("is a meeting of the board (`Styrelsen`), told apart by its day, where its officers hold their roles", () => {
    const g = graphOf(text);
    const chairs = g.filterEdges((_, a) => a.kind === "chaired").map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`);
    expect(chairs).toEqual(["Kim Nord @ Styrelsen (12 mars)"]);
    expect(written(g).filter((r) => !r.includes("ledamot"))).toEqual([
      "Eva Lind: sekreterare (sekreterare) @ Styrelsen",
      "Kim Nord: mötesordförande (mötesordförande) @ Styrelsen",
      "Olle Berg: justerare (justerare) @ Styrelsen",
      "Siv Alm: justerare (justerare) @ Styrelsen",
    ]);
  });
});
