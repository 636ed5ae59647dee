/**
 * A region's or municipality's own board in the genitive before a seat the lexicon does not read with it (invented
 * names and region, in the layout of real regional press releases): `X (S), regionstyrelsens nya ordförande`,
 * `Y (C), regionstyrelsens vice ordförande` hold the seat in the board, as `kulturnämndens nya ordförande` does.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const release = (line: string) => graphOf("nyhet.txt", `Region Gävleborg har nytt styre\n\nValet innebar ett maktskifte i Region Gävleborg. ${line}\n`);

describe("a region's board in the genitive before a seat", () => {
  it("holds the seat after a new-adjective in the board (`X (S), regionstyrelsens nya ordförande`)", () => {
    expect(heldRoles(release("”Vi tar ansvar”, säger Eva Lind (S), regionstyrelsens nya ordförande."))).toEqual(["Eva Lind: ordförande @ Regionstyrelsen"]);
    expect(heldRoles(release("– Vi vill framåt, säger Kim Ahl (M), kommunstyrelsens nya ordförande."))).toEqual(["Kim Ahl: ordförande @ Kommunstyrelsen"]);
  });

  it("holds a seat the lexicon has no `regionstyrelsens` form of in the board, after the name or past an adjective", () => {
    expect(heldRoles(release("– Vi vill framåt, säger Nils Berg (C), regionstyrelsens vice ordförande."))).toEqual([
      "Nils Berg: vice ordförande @ Regionstyrelsen",
    ]);
    expect(heldRoles(release("– Vi vill framåt, säger regionstyrelsens nya ordförande Nils Berg (C)."))).toEqual(["Nils Berg: ordförande @ Regionstyrelsen"]);
  });

  it("leaves the lexicon's whole title as it was (`X (M), regionstyrelsens ordförande`)", () => {
    expect(heldRoles(release("– Vi vill framåt, säger Kim Ahl (M), regionstyrelsens ordförande."))).toEqual([
      "Kim Ahl: regionstyrelsens ordförande @ Region Gävleborg",
    ]);
  });

  it("reads a second seat after `och tillika nyvald` (`X, kommunalråd i Y kommun och tillika nyvald ordförande för Z`)", () => {
    const g = graphOf("nyhet.txt", "Nytt styre\n\n– Vi vill framåt, säger Kim Ahl, kommunalråd i Ludvika kommun och tillika nyvald ordförande för SKR.\n");
    expect(heldRoles(g)).toEqual(["Kim Ahl: kommunalråd @ Ludvika", "Kim Ahl: ordförande @ Sveriges Kommuner och Regioner"]);
  });
});
