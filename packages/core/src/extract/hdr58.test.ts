/**
 * Header fields (session 58): a guest's seat held in a body named by its short form and district (`ordförande SDN
 * Väster`), not in the meeting's organ.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";

const MINUTES = `Norrby stad
PROTOKOLL
Rådet för trygghet
Sammanträdesdag 2015-02-17
Närvarande Olle Berg, förste vice ordförande SDN Väster. t.o.m. punkt 5 Kim Lo, områdeschef skola Per Holm, nämndsekreterare Anmält förhinder Ada Berg, ordförande SDN Väster Eva Ek, andre vice ordf SDN Väster
§ 1 Budget
`;

describe("a seat held in a body named by its short form and district", () => {
  const g = graphOf(MINUTES);
  const held = g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "role")} @ ${g.getNodeAttribute(g.target(e), "label")}`)
    .sort();

  it("holds it there (`X, ordförande SDN Väster`), before a name, a full stop or the line's end", () => {
    expect(held).toContain("Olle Berg: förste vice ordförande @ SDN Väster");
    expect(held).toContain("Ada Berg: ordförande @ SDN Väster");
    expect(held).toContain("Eva Ek: andre vice ordf @ SDN Väster");
    expect(held).toContain("Per Holm: nämndsekreterare @ Rådet");
  });
});
