import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("an assembly's active election of a name to a board's seat, and the seat elected after it", () => {
  it("holds the seat in the board its title names, and the next sentence's seat with no body there too (`valde A till regionstyrelsens ordförande. Till vice ordförande valdes B`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nRegionfullmäktige valde Olof Berg (S) till regionstyrelsens ordförande. Till vice ordförande valdes Lisa Gran (M).\n",
    );
    expect(heldRoles(g)).toEqual(["Lisa Gran: vice ordförande @ Regionstyrelsen", "Olof Berg: ordförande @ Regionstyrelsen"]);
  });
});
