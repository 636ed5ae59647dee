/**
 * Appositions (session 64): ordinals given in turn set off by commas (`till första, respektive andra, vice
 * ordförande`); names coordinated with a party's genitive before each (`moderaternas A och centerpartiets B`); an
 * organisation the lexicon lacks after `i`, by its form (`i Ekby Hamn AB`, `i Borrby Fiske`).
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

describe("an unknown organisation after `i`, by its form", () => {
  it("two capitalised words, none a place, hold the seats given in turn", () => {
    const g = graphOf("nyhet.txt", "Avgångar\n\nGun Sand, s, och Ivar Moe, c, har varit ledamot respektive ersättare i Borrby Fiske.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ledamot @ Borrby Fiske", "Ivar Moe: ersättare @ Borrby Fiske"]);
  });

  it("a company's form last", () => {
    const g = graphOf("nyhet.txt", "Avgångar\n\nGun Sand är ersättare i Borrbyhamnen AB.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ersättare @ Borrbyhamnen AB"]);
  });

  it("not a name whose first word is a known place", () => {
    const g = graphOf("nyhet.txt", "Avgångar\n\nGun Sand är ersättare i Ystad Hamn.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ersättare @ Ystad"]);
  });
});
