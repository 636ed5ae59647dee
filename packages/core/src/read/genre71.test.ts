/**
 * Round 71's minutes copied with every field label lost (invented names and places): the place and time, then a long
 * run of `Name (p)` with no comma between, a capitalised label of substitutes before more of them, and the items'
 * labels of the body's short form (`Kf 12 Dnr …`). Only two protocol cue words are left, yet the roll tells minutes; a
 * press page that lists an election's names with their parties in sentences stays a text.
 */
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";

const ROLL =
  "Anna Berg (m) Per Holm (s) Karin Dahl (m) Bo Strand (c) Lisa Ek (fp) Ola Fors (s) Siv Dahlin (m) Erik Sundin (kd) " +
  "Eva Lind (m), ordförande Nils Ås (mp) Ulla Björk (s) Lars Sjö (m)";

describe("minutes whose copy lost its field labels", () => {
  it("are minutes by the roll and a label of substitutes before a name of it", () => {
    const text = [
      `Rådhussalen, Ekby, kl. 18.30-21.00 ${ROLL} Tjänstgörande ersättare Gun Holm (m) Ivar Ek (s) Ej tjänstgörande ersättare ` +
        "Rut Dahl (c) Lars Berg (s) Per Holm och Anna Berg Sara Lund 12-14 Eva Lind Per Holm Anna Berg Kommunfullmäktige, 12-14 " +
        "2010-03-02 2010-03-05 2010-03-26 Kommunkansliet Sara Lund",
      "Kf 12 Dnr KS10/3-101 Avsägelser Bo Strand (c) har avsagt sig sina uppdrag.",
    ].join("\n");
    expect(detectGenre(text)).toBe("minutes");
  });

  it("are minutes by the roll and the items' labels of the body's short form", () => {
    const text = [
      `Rådhussalen, Ekby, kl. 18.30-21.00 ${ROLL}`,
      "Kf 12 Dnr KS10/3-101 Val av ersättare i valnämnden.",
      "Kf 13 Dnr KS10/4-101 Taxor för 2011.",
    ].join("\n");
    expect(detectGenre(text)).toBe("minutes");
  });
});

describe("a press page naming many people with their parties", () => {
  it("stays a text when it lists them in sentences", () => {
    const text = [
      "Regionstyrelsen 14 mars 2021",
      "",
      "Till ordinarie ledamöter i fastighetsutskottet valdes: Anna Berg (M) tillika ordförande, Per Holm (C), Karin Dahl (S), " +
        "Bo Strand (V), Lisa Ek (L) och Ola Fors (SD).",
      "",
      "Ersättare: Siv Dahlin (M), Erik Sundin (KD), Eva Lind (S), Nils Ås (MP) och Ulla Björk (V). Tjänstgörande ersättare utses av gruppen.",
    ].join("\n");
    expect(detectGenre(text)).toBe("text");
  });

  it("stays a text with a roll but no label or item of minutes", () => {
    const text = `Nya ledamöter i Ekby\n\nFrån vänster ${ROLL}. Valet av ersättare sker i maj.`;
    expect(detectGenre(text)).toBe("text");
  });
});
