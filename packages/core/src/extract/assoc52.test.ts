/**
 * Round 52's association minutes (invented names and places): the people who sign for the association, listed a line
 * each by title and comma (`Kassör, Tomas Berg`), hold those titles (`05-meetings.ts`, `minutes:title-lines`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const minutes = (signers: string[]) =>
  [
    "PROTOKOLL FÖR KONSTITUERANDE MÖTE MED FÖRENINGENS STYRELSE",
    "",
    "Tid: 8 maj 2012, kl.15.45-16.15",
    "Plats: Folkets hus, Vallby",
    "Ordförande: Lena Ahl",
    "Justerare: Per Ström",
    "",
    "Närvarande",
    "",
    "Ledamöter",
    "Lena Ahl",
    "Per Ström",
    "",
    "§ 7 Innehavare av teckningsrätt",
    "",
    "Beslut",
    "",
    "att följande personer, var för sig, äger rätt att teckna föreningens firma:",
    "",
    ...signers,
    "",
    "§ 8 Mötet avslutas",
  ].join("\n");

describe("people listed a line each by title and comma", () => {
  it("hold their titles", () => {
    const roles = personRoles(graphOf(minutes(["Sektionsordförande, Lena Ahl", "Kassör, Tomas Berg", "Generalsekreterare, Anna Wik"])));
    expect(roles).toContain("Tomas Berg: kassör");
    expect(roles).toContain("Anna Wik: generalsekreterare");
    expect(roles).toContain("Lena Ahl: sektionsordförande");
  });

  it("one such line alone is no list", () => {
    expect(personRoles(graphOf(minutes(["Kassör, Tomas Berg"])))).not.toContain("Tomas Berg: kassör");
  });

  it("a meeting's office so listed (`Sekreterare, X` of a signature block) is left to the header's readers", () => {
    const roles = personRoles(graphOf(minutes(["Sekreterare, Tomas Berg", "Justerare, Anna Wik"])));
    expect(roles).not.toContain("Tomas Berg: sekreterare");
    expect(roles).not.toContain("Anna Wik: justerare");
  });
});
