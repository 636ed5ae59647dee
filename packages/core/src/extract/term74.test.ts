/**
 * Round 74's elections for a term at an association's annual meeting (invented names and association, in the layout
 * of real annual meetings' minutes), read in `04-protocol.ts` (`termElections`): a chair for the financial year
 * (`för verksamhetsåret (2021)`) is the board's; the auditors' reserves are not the board's.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
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
