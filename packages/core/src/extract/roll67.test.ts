/**
 * Round 67's roll-call rows (invented names in the layout of a vote table flattened from PDF): a row's two capitalised
 * words before its party's letters and its mark of presence (`Kalo Brenn M F (Siv Lund)-`) are a name though the
 * lexicon knows neither word (`01-protocol.ts`, the header's names).
 */
import { describe, expect, it } from "vitest";
import { graphOf, parties, persons } from "../../../../test/helpers/minutes";

describe("a vote table's row whose name the lexicon does not know (`Kalo Brenn M F (Siv Lund)-`)", () => {
  const text =
    "1 Kommunfullmäktige Närvarolista/omröstningsprotokoll Ekby Kommunfullmäktige Namn Närvarande = N Frånvarande = F " +
    "Ja Nej Ja Nej Tjänstgörande = Tj LEDAMÖTER 1:a valkretsen Vera Lundh M N Ja Olof Brink M N Ja Kalo Brenn M F " +
    "(Greta Holm)- Kåre Dahl C N Ja Ivar Sten C F (Rut Sandell) - Nils Ek S N Ja Tove Ahl S N Nej\n\n§ 1 Val av justerare\n";
  const g = graphOf(text);

  it("reads the row's name, with its party", () => {
    expect(persons(g)).toContain("Kalo Brenn");
    expect(parties(g)).toContain("Kalo Brenn: Moderaterna");
  });
});
