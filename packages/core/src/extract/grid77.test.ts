import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

describe("a board's signatures set as a grid of names", () => {
  it("pairs each given name with the word after it, a surname no list has too", () => {
    const g = graphOf(
      "Ekby 2021-04-14 Vattenförbundets styrelse\n\nPehr Tallgrav Peter Schilling Ann-Christin Frick\n\nLars Berg Tommy Lund Björn Ekforss\n\nRESULTATRÄKNING (tkr) Not 2020 2019\n",
    );
    expect(persons(g)).toEqual(["Ann-Christin Frick", "Björn Ekforss", "Lars Berg", "Pehr Tallgrav", "Peter Schilling", "Tommy Lund"]);
  });

  it("reads no person from a line of organisation words, nor pairs names on a line whose every other word is no given name", () => {
    const g = graphOf("Ekby 2021-04-14 Vattenförbundets styrelse\n\nEkby Energi Vallby Vatten Åby Renhållning\n\nVallby Vatten Björn Ekforss\n");
    expect(persons(g)).toEqual([]);
  });

  it("takes `-falk` for a surname's ending, in running text too", () => {
    expect(persons(graphOf("Styrelsen\n\nMötet leddes av Bo Tallfalk som sedan tackade.\n"))).toEqual(["Bo Tallfalk"]);
  });
});

describe("a place name enumerated with lower-case nouns at a line's start", () => {
  const municipalities = (text: string): string[] =>
    graphOf(text)
      .filterNodes((_, a) => a.kind === "municipality")
      .sort();

  it("is the common noun (`Mark, byggnader och …`, a balance sheet's item), no municipality", () => {
    expect(municipalities("Balansräkning 2020\n\nMark, byggnader och tekniska anläggningar 1 234 1 100\nMaskiner och inventarier 56 70\n")).toEqual([]);
  });

  it("stays a municipality enumerated with other municipalities", () => {
    expect(municipalities("Samverkan 2020\n\nMark, Borås och Ulricehamn delar på kostnaden.\n").length).toBe(3);
  });
});
