/**
 * A local party's single letter after the member a reserve replaces (01-protocol.ts): `Bo Ek (Ö) ersätter Eva Ny (Ö)`,
 * read as a listed member's local letter is. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, parties } from "../../../../test/helpers/minutes";

const text =
  "Protokoll Kommunfullmäktige Plats och tid Ekesalen, kommunhuset, måndag den 7 mars 2011 kl 18.00 Beslutande Rut Björk (C), ordförande " +
  "Ivar Sten (Ö) Elsa Kvist (S) Olle Berg (Ö) ersätter Karin Sand (Ö) Nils Ek (S) ersätter Bo Dahl (S)\n\n§ 1 Val av justerare\n";

describe("a local party's letter after the replaced member", () => {
  const found = parties(graphOf(text));
  it("is that member's party, as after a listed member's name", () => {
    expect(found.filter((p) => p.startsWith("Karin Sand:"))).toHaveLength(1);
    expect(found.filter((p) => p.startsWith("Ivar Sten:"))).toHaveLength(1);
  });
});
