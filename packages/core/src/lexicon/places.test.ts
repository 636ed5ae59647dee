/** Places below the municipalities: localities, districts and islands, and the seats that name their municipality. */
import { describe, expect, it } from "vitest";
import { buildGraph, createLexicon, DEFAULT_LEXICON_DATA, readDocument } from "@samverkan/core";

const lexicon = createLexicon(DEFAULT_LEXICON_DATA);
const municipalities = (text: string) => {
  const { graph } = buildGraph([readDocument({ source: "x.txt", content: text })], { layout: false });
  const labels: string[] = [];
  graph.forEachNode((_, a) => void (a.kind === "municipality" && labels.push(a.label)));
  return labels.sort();
};

describe("places", () => {
  it.each([
    ["an island", "Ornö", true],
    ["a city district", "Kista", true],
    ["a municipal seat", "Åkersberga", true],
    ["a municipality is no place of the list", "Haninge", false],
    ["a surname is no place of the list", "Sjöberg", false],
  ])("%s", (_label, word, expected) => expect(lexicon.isPlace(word)).toBe(expected));

  it("a seat names its municipality", () => {
    expect(municipalities("Styrelsen sammanträdde i Visby och i Åkersberga.")).toEqual(["Gotland", "Österåker"]);
  });

  it("a seat that is an everyday word names none", () => {
    expect(municipalities("Handen på hjärtat: vi sammanträder i Nacka.")).toEqual(["Nacka"]);
  });
});
