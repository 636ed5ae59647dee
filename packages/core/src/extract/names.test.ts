import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "../index";

const people = (text: string) => {
  const { graph } = buildGraph([readDocument({ source: "x.txt", content: text })], { layout: false });
  const labels: string[] = [];
  graph.forEachNode((_, a) => void (a.kind === "person" && labels.push(a.label)));
  return labels.sort();
};

// Names as parliamentary and municipal papers write them, beyond the plain "Given Surname".
describe("person names", () => {
  it.each([
    ["middle initial", "Interpellation av Margareta E Nordenvall (m) till socialministern.", ["Margareta E Nordenvall"]],
    ["middle initial with full stop", "En fråga av Carl B. Hamilton (fp) till statsministern.", ["Carl B. Hamilton"]],
    ["inner capital in a given name", "Frågan ställdes av LiseLotte Olsson (v) till statsrådet.", ["LiseLotte Olsson"]],
    ["a municipality name as surname", "Motion av Marléne Lund Kopparklint (M) om barn.", ["Marléne Lund Kopparklint"]],
    ["particle inside a name", "Marietta de Pourbaix Lundin (m) frågar.", ["Marietta de Pourbaix Lundin"]],
  ])("%s", (_label, text, expected) => expect(people(text)).toEqual(expected));

  // Invented people with the less frequent given names of the generations in councils and boards, in running text
  // where no list, party or role says they are people: only the lexicon does.
  it("knows the given names of older generations and their spellings", () => {
    const text = "Vid mötet talade Greger Vinterlund och Åse Brännmark om skolan. Sverker Tallqvist och Crister Höglind lyssnade.";
    expect(people(text)).toEqual(["Crister Höglind", "Greger Vinterlund", "Sverker Tallqvist", "Åse Brännmark"]);
  });
  it("a brand named like a person is no person without context", () => {
    expect(people("Resan gick med Silja Line till Helsingfors.")).toEqual([]);
  });

  it("a lone capital letter is no initial when no name follows", () => {
    expect(people("Bilaga A Presentationsmaterial. Se punkt B nedan.")).toEqual([]);
  });
  it("an initial with and without its full stop is one person", () => {
    expect(people("Carl B. Hamilton (fp) talade. Sedan svarade Carl B Hamilton (fp) igen.")).toEqual(["Carl B. Hamilton"]);
  });
});
