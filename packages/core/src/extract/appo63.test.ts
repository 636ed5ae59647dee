/**
 * Appositions (session 63): seats given in turn to coordinated names with the first one's seat elided (`förste
 * respektive andre vice ordförande i nämnden`); a joined title in a run of names with titles after them.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("an ordinal given in turn before a seat written once (`förste respektive andre vice ordförande`)", () => {
  it("is the first name's seat, in the body the second one names", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nGun Sand (C) och Ivar Moe fortsätter som förste respektive andre vice ordförande i tekniska nämnden.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: förste vice ordförande @ Tekniska nämnden", "Ivar Moe: andre vice ordförande @ Tekniska nämnden"]);
  });

  it("in an election too", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nGun Sand (C) och Ivar Moe blir första respektive andra vice ordförande i kommunstyrelsen.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: förste vice ordförande @ Kommunstyrelsen", "Ivar Moe: andre vice ordförande @ Kommunstyrelsen"]);
  });

  it("not an ordinal of something else (`andra respektive tredje året`)", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nGun Sand (C) och Ivar Moe läser andra respektive tredje året.\n");
    expect(heldRoles(g)).toEqual([]);
  });
});

describe("a joined title in a run of names, each with its title after it", () => {
  it("is the name's before it (`B, hälso- och sjukvårdsregionråd, C`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Styret\n\nDe nya regionråden är Gun Sand, finansregionråd, Ivar Moe, hälso- och sjukvårdsregionråd, Eja Holm, kulturregionråd.\n",
    );
    expect(heldRoles(g).filter((r) => r.startsWith("Ivar Moe"))).toEqual(["Ivar Moe: sjukvårdsregionråd"]);
  });
});
