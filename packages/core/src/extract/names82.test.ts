/**
 * Names (session 82, 02-mentions.ts): a known given name and a surname glued into one word where a space was lost
 * (`KarinHolm (KD)`) are the person, in a roll before a party or a comma; one given name written as one word
 * (`LiseLotte`), a surname's prefix (`McKay`) or a given name that is also a word before no surname (`BoKlok`) is not
 * split. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, parties, persons } from "../../../../test/helpers/minutes";

describe("names", () => {
  it("reads a given name and a surname glued into one word as the person", () => {
    const g = graphOf("Ordet gick till StinaHolmqvist (KD) som yrkade bifall.\n");
    expect(g.hasNode("person:stina-holmqvist")).toBe(true);
    expect(parties(g)).toEqual([`${persons(g)[0]}: Kristdemokraterna`]);
    // Labelled as read, with its space, not as the glued word.
    expect(g.getNodeAttribute("person:stina-holmqvist", "label")).toBe("Stina Holmqvist");
    expect(graphOf("Övriga närvarande: kommunchef Eva Lund, avdelningschef NilsHolmqvist.\n").hasNode("person:nils-holmqvist")).toBe(true);
  });
  it("splits no given name written as one word, no surname's prefix and no word after a given name that is also a word", () => {
    expect(persons(graphOf("Vi köpte ett hus av BoKlok, sa hon till McKay, och LiseLotte nickade.\n"))).toEqual([]);
  });
});
