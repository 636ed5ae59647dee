/**
 * Appositions (session 64): ordinals given in turn set off by commas (`till första, respektive andra, vice
 * ordförande`); names coordinated with a party's genitive before each (`moderaternas A och centerpartiets B`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("ordinals given in turn, set off by commas (`första, respektive andra, vice ordförande`)", () => {
  it("give each name its seat, the second with its own ordinal", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nGun Sand (C) och Ivar Moe valdes till första, respektive andra, vice ordförande i kulturnämnden.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: förste vice ordförande @ Kulturnämnden", "Ivar Moe: andre vice ordförande @ Kulturnämnden"]);
  });

  it("with a party's genitive before each name", () => {
    const g = graphOf(
      "nyhet.txt",
      "Presidiet\n\nVid hans sida valdes moderaternas Gun Sand och centerpartiets Ivar Moe till första, respektive andra, vice ordförande i kulturnämnden.\n",
    );
    expect(heldRoles(g)).toEqual(["Gun Sand: förste vice ordförande @ Kulturnämnden", "Ivar Moe: andre vice ordförande @ Kulturnämnden"]);
  });
});
