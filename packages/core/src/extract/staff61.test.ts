/**
 * Staff titles in a roll (01-protocol.ts): letters of an organisation right after the title (`X tf förvaltningschef
 * ABX, Y, …`), a unit in lower case after it (`X, chef planavdelningen`), a unit with a spaced hyphen (`Drift - och
 * stödavdelningen`), and a title after a unit's letters joined by `&` (`X, K&Q, nämndsekr.`), no party's.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { parties, roles } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const text =
  "Sammanträdesprotokoll Socialnämnden Plats och tid Ekesalen, kommunhuset, måndag den 7 mars 2011 kl 18.00 Beslutande Rut Björk (C), ordförande " +
  "Ivar Sten (M), vice ordförande Elsa Kvist (S) Övriga deltagande Nils Ekdahl, VV, 6-10 Maja Runström, S&B, nämndsekr. Utses att justera Ivar Sten (M)\n\n" +
  "Övriga närvarande Lisa Nyman, Tf kommundirektör, Anna Holmér Tf förvaltningschef ABX, Per Falkvik, kommunsekreterare, Sven Åkerlind, " +
  "chef planavdelningen, Bo Dahlin, chef Drift - och stödavdelningen Justerare\n\n§ 1 Val av justerare\n";

describe("staff titles in a roll, with a unit or an organisation written after or before them", () => {
  const g = graphOf("protokoll.txt", text);
  const held = heldRoles(g);
  it("letters right after the title, before the entry's comma, are where it is held", () => {
    expect(held).toContain("Anna Holmér: förvaltningschef @ ABX");
  });
  it("a lower-case word with a unit's ending after `chef` is the unit, kept in the title as written (as `chef för …` is)", () => {
    expect(held).toContain("Sven Åkerlind: chef @ Planavdelningen");
    expect(roles(g)).toContain("Sven Åkerlind: chef planavdelningen");
  });
  it("a spaced hyphen before `och` in a unit's name is the unit written with its hyphen joined", () => {
    expect(held).toContain("Bo Dahlin: chef @ Drift- och stödavdelningen");
  });
  it("a title after a unit's letters joined by `&` is the official's, and the letters are no party", () => {
    expect(held).toContain("Maja Runström: sekreterare @ Socialnämnden");
    expect(parties(g).filter((p) => p.startsWith("Maja Runström"))).toEqual([]);
  });
});
