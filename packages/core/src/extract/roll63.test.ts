/**
 * Round 63's rolls in an inline header: a serving mark after each name (`Närvarande ersättare X (MP) tjg Y (V) tjg`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a serving mark after each name of an inline header's reserves", () => {
  const text =
    "1 Norrby läns landsting Kl 9 i Sammanträde med landstingsstyrelsens personalutskott Datum för justering: Ekosalen, Landstingshuset " +
    "Närvarande ledamöter Eva Holm (M), ordförande Per Ask (M) Nils Berg (L) Kim Lind (S) Ej närvarande ledamöter Ola Sten (KD) " +
    "Närvarande ersättare Ida Ros (M) Tor Lund (MP) tjg Gun Hed (V) tjg Ej närvarande ersättare Bo Vik (C) Tjänstemän Lena Ek, Åke Strand " +
    "Sekreterare Karin Dahl";
  it("marks each serving and replaces no one: the next, marked too, was there", () => {
    const present = attendees(graphOf(text));
    expect(present).toContain("Tor Lund: substitute");
    expect(present).toContain("Gun Hed: substitute");
    expect(present).toContain("Ida Ros: nonserving");
  });
});

describe("a union's representatives listed a line each", () => {
  it("reads a safety representative's title after a comma or a semicolon (`Lars Ek; Huvudskyddsombud`)", () => {
    const text =
      "PROTOKOLL\nSammanträde med Räddningsnämnden\nDatum: 2019-05-02\nPlats: Brandstationen, Ekby\n\nNärvarande ledamöter\n" +
      "Kim Ros (S), ordförande\nAnna Ny (M)\n\nTjänstepersoner\nEva Berg, ekonomichef\n\nFackliga organisationer\nPer Holm, Ledarna\n" +
      "Lars Ek; Huvudskyddsombud\nMia Al, skyddsombud\nNils Sten, Vision\n\n§ 1 Val av justerare\nAnna Ny utses att justera.\n";
    const held = roles(graphOf(text));
    expect(held).toContain("Lars Ek: huvudskyddsombud");
    expect(held).toContain("Mia Al: skyddsombud");
  });
});
