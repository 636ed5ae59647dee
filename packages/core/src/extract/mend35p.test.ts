/**
 * Round 35's review (invented texts): a region after `vd i` is no company (`03-appositions.ts`, `namesCompany`), and a
 * given name alone after a determiner or a kin word is someone else of that name (`02-mentions.ts`, `givenNamesAlone`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const roles = (text: string) => heldRoles(graphOf("nyhet.txt", `Nyheter\n\n${text}\n`));

describe("a chief executive `i` a region holds no company there", () => {
  it.each([
    "Eva Moberg, vd i Norrbotten, talade om exporten.",
    "Nils Ek, vd i Mälardalen för en bank, deltog också.",
    "Jan Falk är verkställande direktör i Stockholmsregionen sedan i våras.",
  ])("`%s`", (sentence) => {
    expect(roles(sentence).filter((r) => / @ /.test(r))).toEqual([]);
  });

  it("a company by its head or form after `i` still is one", () => {
    expect(roles("Hanna Svärd är verkställande direktör i Sjöstadsbolaget sedan i våras.")).toEqual(["Hanna Svärd: vd @ Sjöstadsbolaget"]);
    expect(roles("Olle Dahl, vd i Vallbyhem, deltog.")).toEqual(["Olle Dahl: vd @ Vallbyhem"]);
  });
});

describe("a given name alone after a determiner or a kin word is someone else", () => {
  it.each([
    "Kommunstyrelsens ordförande Stefan Nord (S) invigde skolan. En annan Stefan, som är förskolechef i Tomelilla, var också på besök.",
    "Stefan Nord (S) invigde skolan. Hans son Stefan, som är kommunchef i Tomelilla, kom också.",
  ])("`%s`", (sentence) => {
    expect(roles(sentence).filter((r) => r.includes("Tomelilla"))).toEqual([]);
  });
});
