/**
 * Round 36's prose readings (invented names and sentences in the layouts of real press texts and web pages): a
 * table's cells run together in a web page's copy (`02-mentions.ts`, `03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

/** The people of a text, sorted. */
function people(text: string): string[] {
  const g = graphOf("nyhet.txt", text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();
}

describe("a table's cells run together with no separator (`VaxholmAnna BergEva Ek`)", () => {
  const table =
    "Förbundets styrelse\n\nStyrelsen möttes i veckan.\n\nLedamöterErsättare\nSigtunaMaj FrostedtLinnea Krook\nSalaGertrud HolmsgårdTove Vinterö\nFörsäkringskassanAstrid PellmarkDagny Orrhed\nRegion UppsalaKerstin VallsjöDen\n";

  it("each cell's name is a person, the place glued before it no part of it", () => {
    expect(people(table)).toEqual(["Astrid Pellmark", "Dagny Orrhed", "Gertrud Holmsgård", "Kerstin Vallsjö", "Linnea Krook", "Maj Frostedt", "Tove Vinterö"]);
  });

  it("the municipality that opens a row is the one its people stand for; a region's name is none", () => {
    expect(edges(graphOf("nyhet.txt", table), "represents")).toEqual([
      "represents Gertrud Holmsgård -> Sala",
      "represents Linnea Krook -> Sigtuna",
      "represents Maj Frostedt -> Sigtuna",
      "represents Tove Vinterö -> Sala",
    ]);
  });

  it("a misspelt given name after the row's municipality is still cut from it", () => {
    expect(people("Styrelsen\n\nLedamöterErsättare\nSigtunaBirgita LindmarkVera Hagström\n")).toEqual(["Birgita Lindmark", "Vera Hagström"]);
  });
});
