/**
 * Round 74's elections for a term at an association's annual meeting (invented names and association, in the layout
 * of real annual meetings' minutes), read in `04-protocol.ts` (`termElections`, `electedOffice`): a chair for the
 * financial year (`för verksamhetsåret (2021)`) is the board's; the auditors' reserves are not the board's; a compound
 * seat elected in the plural (`styrelseledamöter`) is each one's in the singular; the nomination committee elected
 * whole (`Till valberedning valdes A (sammank.) & B`) has its members, A its convener.
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const minutes = (...items: string[]) =>
  [
    "Årsmötesprotokoll",
    "",
    "Protokoll fört vid Ekbacka byalags årsmöte",
    "Datum : 2021-04-11",
    "Plats : Bygdegården",
    "Närvarande : 17 st.",
    "§ 1. Tora Backlund, ordförande, förklarade mötet öppnat.",
    "§ 2. Dagordningen fastställdes.",
    ...items,
    "§ 9. Mötet avslutades.",
  ].join("\n");

describe("a chair elected for the financial year (`Till ordförande för verksamhetsåret (2021) valdes X`)", () => {
  it("holds the chair of the board, the year in brackets a term", () => {
    const g = graphOf(minutes("§ 3. Till ordförande för verksamhetsåret (2021) valdes Hugo Dahlin."));
    expect(heldRoles(g)).toContain("Hugo Dahlin: ordförande @ Styrelsen");
  });
});

describe("the auditors' reserve (`Till ersättare för revisorerna valdes X`)", () => {
  it("is not a reserve of the board", () => {
    const g = graphOf(
      minutes(
        "§ 3. Till revisorer valdes Olle Berg & Per Holm.",
        "§ 4. Till ersättare för revisorerna valdes Kim Ahl.",
        "§ 5. Till ersättare på två år valdes Maj Ek.",
      ),
    );
    expect(heldRoles(g)).toContain("Maj Ek: ersättare @ Styrelsen");
    expect(heldRoles(g)).not.toContain("Kim Ahl: ersättare @ Styrelsen");
  });
});

describe("a compound seat elected in the plural (`Till styrelseledamöter på två år valdes A & B`)", () => {
  it("is each one's in the singular", () => {
    const g = graphOf(minutes("§ 3. Till styrelseledamöter på två år valdes Anton Rask & Elsa Tornberg."));
    expect(roles(g)).toEqual(expect.arrayContaining(["Anton Rask: styrelseledamot", "Elsa Tornberg: styrelseledamot"]));
    // (The first name's title on its node, from the election clause read in extract-document.ts, still keeps the plural.)
    expect(roles(g)).not.toContain("Elsa Tornberg: styrelseledamöter");
  });
});

describe("the nomination committee elected whole (`Till valberedning valdes A (sammank.) & B`)", () => {
  it("has both as members, the one marked its convener", () => {
    const g = graphOf(minutes("§ 3. Till valberedning valdes Bo Lind (sammank.) & Eva Ek."));
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Bo Lind: sammankallande @ Valberedningen", "Eva Ek: ledamot @ Valberedningen"]));
  });
});
