/**
 * Lexicon (session 78, data/given-names.json and data/roles.json): given names of prose subjects and party-group runs
 * (`Thore`, `Monalisa`, `Ashti`), the inflected auditor (`Revisorn X`, `till revisorer`) and the abbreviated
 * substitute (`som suppl.`); a board's name after the plural title is no person. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const names = (text: string) => persons(graphOf("a.txt", text));
const held = (text: string) => heldRoles(graphOf("a.txt", text));

describe("given names", () => {
  it.each(["Thore", "Monalisa", "Ashti"])("reads `%s` before a surname no lexicon knows", (given) => {
    expect(names(`${given} Vrångfjäll föreslog att ärendet skulle bordläggas.\n`)).toEqual([`${given} Vrångfjäll`]);
  });
  it("splits a run of two names before a party at a known given name", () => {
    expect(names("Närvarande Ledamöter Karin Ås (S) Charlotte Gyllenfjäll Monalisa Kvarnbäcksdal (V) Per Moberg (M)\n")).toEqual([
      "Charlotte Gyllenfjäll",
      "Karin Ås",
      "Monalisa Kvarnbäcksdal",
      "Per Moberg",
    ]);
  });
  it("reads a name right after a party-group heading", () => {
    expect(names("Socialdemokraterna Ashti Kord, frånvarande Eva Ek, Nils Ros\n")).toEqual(["Ashti Kord", "Eva Ek", "Nils Ros"]);
  });
});

describe("role forms", () => {
  it("reads the definite auditor before a name", () => {
    expect(held("Protokoll från årsmöte 2016-04-24\n§9 Revisorn Mats Falk föredrog revisionsberättelsen.\n")).toEqual(["Mats Falk: revisor"]);
  });
  it("reads auditors elected in the plural and a substitute written `suppl.`", () => {
    expect(held("Protokoll från årsmöte 2016-04-24\n§5 Siv Holm och Britt Nyman omvaldes till revisorer med Ivar Ekdal som suppl.\n")).toEqual([
      "Britt Nyman: revisor",
      "Ivar Ekdal: ersättare",
      "Siv Holm: revisor",
    ]);
  });
  it("reads no person in a board's name after the plural title (`revisorer Centrala Xnämnden`)", () => {
    expect(names("I fjol kritiserade Riksdagens revisorer Centrala Bidragsnämnden, CBN, för långa handläggningstider.\n")).toEqual([]);
  });
  it("reads the definite plural before two names", () => {
    expect(held("Protokoll från årsmöte 2016-04-24\n§5 Revisorerna Siv Holm och Britt Nyman föredrog berättelsen.\n")).toEqual([
      "Britt Nyman: revisor",
      "Siv Holm: revisor",
    ]);
  });
});
