/**
 * Forms of prose met in press texts, news items, member pages and conference programmes (round 18): each test's text
 * is invented, in the form of writing it stands for.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../helpers/roles";

describe("a programme's run of speakers", () => {
  it("a role and its place set off by commas after one speaker is theirs, not the next speaker's", () => {
    const g = graphOf(
      "Seminarium om valet\n\nMedverkande: Ulla Brandström (S), kommunstyrelsens ordförande i Nyköping, Tore Vikmark, forskare vid valforskningsprogrammet, Lisa Enquist (M), kommunstyrelsens ordförande i Lidköping.\n",
    );
    const roles = personRoles(g);
    expect(roles.filter((r) => r.startsWith("Tore"))).toEqual(["Tore Vikmark: forskare"]);
    expect(roles.filter((r) => r.startsWith("Ulla"))).toContain("Ulla Brandström: kommunstyrelsens ordförande @ Nyköping");
  });
});
