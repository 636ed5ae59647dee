/**
 * Names in prose (02-mentions.ts, data/given-names.json): a given name of the former Yugoslavia written without its
 * diacritics (`Natasa`); a given name that is also a place (`Ed`) after a party's word before a surname no lexicon
 * knows; and a list of companies and their heads run together (`Vallby Elverk AB, genom VD Nils Ek Vatten & Avlopp i
 * Vallby AB, genom VD …`), where the next company's name is no part of the head's. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

const names = (text: string) => {
  const g = graphOf("a.txt", text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();
};

describe("names in prose", () => {
  it("reads a given name written without its diacritics", () => {
    expect(names("Bygglov i Ekby\n\nBygglovsarkitekten Natasa Rovic visade ritningarna för nämnden.\n")).toEqual(["Natasa Rovic"]);
  });
  it("reads a given name that is a place after a party's word", () => {
    const g = graphOf("a.txt", "Presidiet i Ekby\n\nÄven moderaten Ed Vahls lämnar presidiet efter valet.\n");
    expect(edges(g, "member_of")).toEqual(["member_of Ed Vahls -> Moderaterna"]);
  });
  it("ends a company's head's name where the next company's name begins", () => {
    const text =
      "Protokoll Kommunstyrelsen\n\n§ 4 Information från bolagen\nFöljande bolag redovisade. Ekbyhem AB, genom VD Olof Sandberg Ekby-Åsen Turism AB, " +
      "genom VD Nils Grönvall Ekby Elverk AB, genom VD Karl Mattsson Vatten & Avlopp i Ekby-Åsen AB (VAEK), genom VD Per Strömlund. Redovisningarna godkändes.\n";
    expect(names(text)).toEqual(expect.arrayContaining(["Karl Mattsson", "Nils Grönvall", "Olof Sandberg"]));
    expect(names(text).filter((n) => n.split(" ").length > 2)).toEqual([]);
  });
});
