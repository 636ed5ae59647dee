/**
 * Round 77's flattened columns (invented names and texts): a column of names, then at once a column of as many
 * affiliations, `<Place> kommun` among them (01-protocol.ts).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

describe("a column of names, then a column of their affiliations", () => {
  const text =
    "Protokoll Svartåns vattenråd styrelsemöte 12 maj 2016 Föreningsgården, Tallvik kl 10 00-12 00\n" +
    "NÄRVARANDE Tilda Ranvik Edvin Solberg Mira Hultqvist Aron Dalsten (kassör) Vera Lindholm (samordnare) Ydre kommun Kinda kommun Boxholms kommun LRF Kinda Svartåns vattenråd 1. MÖTETS ÖPPNANDE Ordförande Tilda Ranvik förklarade mötet öppnat.\n";
  const g = graphOf(text);
  it("pairs them by order: `<Place> kommun` is the municipality the name represents", () => {
    const reps = g
      .filterEdges((_, a) => a.kind === "represents")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} → ${g.getNodeAttribute(g.target(e), "label")}`)
      .sort();
    expect(reps).toEqual(expect.arrayContaining(["Edvin Solberg → Kinda", "Mira Hultqvist → Boxholm", "Tilda Ranvik → Ydre"]));
    expect(reps.some((r) => r.startsWith("Aron Dalsten") || r.startsWith("Vera Lindholm"))).toBe(false);
  });
  it("attends them all", () => {
    expect(attendees(g).length).toBe(5);
  });
});
