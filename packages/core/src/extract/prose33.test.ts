/**
 * Round 33's prose readings (invented names and sentences in the layouts of real newsletters and press texts): a staff
 * title's unit written with it in a list of people (and a student's title by its ending), a body named in the genitive before a title, a board
 * (`direktion`) as a body, and the municipality after a name whose seat stands before a copula (`03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles, writtenTitles as written } from "../../../../test/helpers/prose";

describe("a staff title's unit, up to the end of a list's entry, is written with it", () => {
  it.each([
    ["Maja Ek, enhetschef Björkgården\n", "Maja Ek: enhetschef björkgården"],
    ["Maja Ek, enhetschef Björkgården, § 12 Olle Sten, kvalitetsledare\n", "Maja Ek: enhetschef björkgården"],
    ["Maja Ek, avdelningschef Livsmedel o Hälsoskydd\n", "Maja Ek: avdelningschef livsmedel o hälsoskydd"],
    ["Maja Ek, chef för projekt- och verksamhetsutveckling, Olle Sten, kvalitetsledare\n", "Maja Ek: chef för projekt- och verksamhetsutveckling"],
    // An abbreviation glued to the title, and a place's name joined by `&` inside the unit.
    ["Maja Ek, avd.chef Livsmedel o Hälsoskydd\n", "Maja Ek: avd.chef livsmedel o hälsoskydd"],
    ["Maja Ek, avdelningschef Miljöskydd, Mark & Vatten\n", "Maja Ek: avdelningschef miljöskydd, mark & vatten"],
    // A student's title by its ending.
    ["Maja Ek, socionomstuderande\n", "Maja Ek: socionomstuderande"],
  ])("`%s`", (entry, role) => {
    expect(written(`Nyhetsbrev april\n\nPå träffen medverkade:\n\n${entry}`)).toContain(role);
  });

  // (A company's name after `vd` is where the title is held: prose35.test.ts.)
  it("but not words a clause goes on with, nor the next name", () => {
    const text = "Nyhetsbrev april\n\nMaja Ek, enhetschef Björkgården och berättade om arbetet i år.\n\nOlle Sten, kvalitetsledare Eva Lund, samordnare\n";
    expect(written(text)).toEqual(["Eva Lund: samordnare", "Maja Ek: enhetschef", "Olle Sten: kvalitetsledare"]);
  });
});

describe("a body named in the genitive before a title is where it is held", () => {
  it.each([
    ["Förbundsdirektionens ordförande Eva Lind (M) talade.", "Eva Lind: ordförande @ Förbundsdirektionen"],
    ["Kulturnämndens nuvarande ordförande Eva Lind (M) talade.", "Eva Lind: ordförande @ Kulturnämnden"],
    ["Han sade att Svenska Östkommitténs ordförande Eva Lind (M) talade.", "Eva Lind: ordförande @ Svenska Östkommittén"],
    ["Idag talade Eva Lind (M), förbundsdirektionens ordförande.", "Eva Lind: ordförande @ Förbundsdirektionen"],
    ["Eva Lind (M) valdes till ordförande i förbundsdirektionen.", "Eva Lind: ordförande @ Förbundsdirektionen"],
  ])("`%s`", (sentence, role) => {
    expect(heldRoles(graphOf("nyhet.txt", `Nyhet\n\n${sentence}\n`))).toEqual([role]);
  });

  it("but a board's bare noun names no particular board (`Styrelsens ordförande X`)", () => {
    expect(heldRoles(graphOf("nyhet.txt", "Nyhet\n\nStyrelsens ordförande Eva Lind (M) talade.\n"))).toEqual(["Eva Lind: styrelseordförande"]);
  });
});

describe("a municipality after a name whose seat stands before a copula is the one represented", () => {
  it("`Vice ordförande blev X, Knivsta`", () => {
    const g = graphOf("nyhet.txt", "Nyhet\n\nVice ordförande blev Ola Berg, Knivsta.\n");
    expect(edges(g, "represents", "holds_role")).toEqual(["represents Ola Berg -> Knivsta"]);
  });

  it("but not after a staff title's copula (`Kommundirektör blev X, Knivsta`)", () => {
    const g = graphOf("nyhet.txt", "Nyhet\n\nNy kommundirektör blev Ola Berg, Knivsta.\n");
    expect(edges(g, "represents")).toEqual([]);
  });
});
