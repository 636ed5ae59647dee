/**
 * Round 71's appositions (invented names, in the layouts of joint bodies' pages and flattened lists): a run of names
 * headed by municipalities ends at a field label (`03-appositions.ts`, `headedMunicipalities`); a second clause of the
 * name's own, `och är <seat> i <body>`, gives the seat (`readApposition`); a bare `fullmäktige` is the one assembly
 * the text named before it (`readBody`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a run of names headed by municipalities, then a field label", () => {
  it("stops at the label: the names after it (the adjusters, the signers) stand for no group", () => {
    const g = graphOf(
      "lista.txt",
      "Förbundets ledamöter Hedemora Greta Almqvist (S) Hugo Sandell (M) Avesta Klara Wiklund (KD) Leo Ramström (S) Justering Mira Dahlin Olle Bryn\n",
    );
    expect(edges(g, "represents")).toEqual([
      "represents Greta Almqvist -> Hedemora",
      "represents Hugo Sandell -> Hedemora",
      "represents Klara Wiklund -> Avesta",
      "represents Leo Ramström -> Avesta",
    ]);
  });
});

describe("a second clause of the name's own with a copula before a seat", () => {
  it("gives the seat in its body and the place after it (`X sitter redan i kommunstyrelsen och är <seat> i <body> i <place>`)", () => {
    const g = graphOf("nyhet.txt", "Nya namn i Sala\n\nOlof Sand sitter redan i kommunstyrelsen och är andre vice ordförande i kommunfullmäktige i Sala.\n");
    expect(heldRoles(g)).toEqual(["Olof Sand: andre vice ordförande @ Kommunfullmäktige"]);
    expect(edges(g, "represents")).toEqual(["represents Olof Sand -> Sala"]);
  });
});

describe("a seat `i fullmäktige`, the short form of an assembly", () => {
  const text = (before: string) => `Nytt presidium i Sala\n\n${before}\n\nAnna Berg är förste vice ordförande i fullmäktige sedan i fjol.\n`;
  it("is held in the one assembly the text named before", () => {
    const g = graphOf("nyhet.txt", text("Per Holm (MP) blir ny ordförande i Salas kommunfullmäktige."));
    expect(heldRoles(g)).toContain("Anna Berg: förste vice ordförande @ Kommunfullmäktige");
  });
  it("is held in none where the text named two", () => {
    const g = graphOf("nyhet.txt", text("Per Holm (MP) sitter i kommunfullmäktige och i regionfullmäktige."));
    expect(heldRoles(g)).toContain("Anna Berg: förste vice ordförande");
  });
});
