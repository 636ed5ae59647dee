/**
 * Round 47's header lists (invented names in the layouts of real minutes): a web copy of an attendance table set out
 * one cell a line, with a member's seat on the line under the name, and its signature block (`01-lists.ts`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";
import { edges } from "../../../../test/helpers/prose";

const TABLE =
  "Nämnd:Kulturnämnden\nTitel:2022-04-06 Protokoll  Nämnd\n\n" +
  "  Utses att justera\n  Rut Åkervall\n  Underskrifter\n  _____________________\n  Tore Brännström (KD), ordförande\n" +
  "  _____________________\n  Malin Östgård, sekreterare\n  _____________________\n  Rut Åkervall (S), justerare\n  Beslutande\n\n" +
  "   Ordinarie ledamöter\n   Närvaro\n   § 7\n   §\n   Tjg\n   Ej tjg\n   JA\n   NEJ\n" +
  "   Tore Brännström (KD)\n   ordförande\n   X\n   X\n   Lars Vinterdal (C)\n   vice ordförande\n   X\n   X\n" +
  "   Rut Åkervall (S)\n   X\n   X\n   Henrik Sjöblad (M)\n   X\n   X\n" +
  "   Ersättare\n   Närvaro\n   Tjg\n   Ej tjg\n   Ebba Norrgård (M)\n   X\n   Stina Lövgren (S)\n   -\n   -\n\n" +
  "  Övriga närvarande\n  Kulturchef Dan Ekholm\n";

describe("an attendance table set out one cell a line", () => {
  const g = graphOf(TABLE);

  it("gives the member with a seat under the name that seat, and the members below it none of it", () => {
    expect(edges(g, "chaired")).toEqual(["chaired Tore Brännström -> 2022-04-06 Kulturnämnden"]);
    expect(roles(g)).toEqual(
      expect.arrayContaining(["Henrik Sjöblad: ledamot", "Lars Vinterdal: vice ordförande", "Rut Åkervall: ledamot", "Tore Brännström: ordförande"]),
    );
    expect(roles(g)).not.toContain("Henrik Sjöblad: ordförande");
  });

  it("lists the members and reserves present under their field, and a reserve's row of dashes as absent", () => {
    expect(attendees(g)).toEqual([
      "Dan Ekholm: other",
      "Ebba Norrgård: nonserving",
      "Henrik Sjöblad: member",
      "Lars Vinterdal: member",
      "Malin Östgård: other",
      "Rut Åkervall: adjuster",
      "Tore Brännström: other",
    ]);
  });

  it("reads the signature block's names with the offices after them", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Malin Östgård: sekreterare", "Rut Åkervall: justerare"]));
    expect(roles(g)).not.toContain("Tore Brännström: justerare");
  });
});
