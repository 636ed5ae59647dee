/**
 * Round 69's organs (04-protocol.ts): a proper name's genitive before a body written in capitals is the body's owner
 * (`Nordliga Kanotförbundets STYRELSE` → `Nordliga Kanotförbundets styrelse`), a body of its own and not one known only
 * by its chair. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const minutes = [
  "Mötet öppnas",
  "",
  "1 Mötet öppnas Protokoll nr 7, fört vid sammanträde med Nordliga Kanotförbundets STYRELSE måndagen den 3 mars 2014 på Idrottsgården, Ekby. Närvarande: Eva Ek (ordf.), Per Holm, Kim Ahl samt Ulf Ros.",
  "",
  "§ 1 Mötets öppnande",
  "Ordföranden öppnade mötet.",
].join("\n");

describe("a genitive owner before a body in capitals", () => {
  const g = graphOf(minutes);
  it("names the body with its owner", () => {
    const bodies = g.filterNodes((_, a) => a.kind === "organisation").map((n) => g.getNodeAttributes(n));
    expect(bodies.map((a) => a.label)).toEqual(["Nordliga Kanotförbundets styrelse"]);
    expect(bodies.map((a) => (a as { scope?: string }).scope)).toEqual([undefined]);
    expect(heldRoles(g).filter((r) => r.startsWith("Eva Ek"))).toEqual(["Eva Ek: ordförande @ Nordliga Kanotförbundets styrelse"]);
  });
});
