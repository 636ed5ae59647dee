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

describe("a sentence opened by a body's presidium and a copula, then names with their seats", () => {
  it("holds each seat in that body, named in the genitive (`Övriga i kommunstyrelsens presidium blir A (L), förste vice ordförande, och B (S), …`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nÖvriga i kommunstyrelsens presidium blir Olof Berg (L), förste vice ordförande, och Lisa Gran (S), andre vice ordförande.\n",
    );
    expect(heldRoles(g)).toEqual(["Lisa Gran: andre vice ordförande @ Kommunstyrelsen", "Olof Berg: förste vice ordförande @ Kommunstyrelsen"]);
  });
  it("or by its short form (`KS presidium blir …`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nKS presidium blir Olof Berg (L), förste vice ordförande, och Lisa Gran (S), andre vice ordförande.\n",
    );
    expect(heldRoles(g)).toEqual(["Lisa Gran: andre vice ordförande @ Kommunstyrelsen", "Olof Berg: förste vice ordförande @ Kommunstyrelsen"]);
  });
  it("leaves a seat named with its own body there (`…, och B (S), ordförande i kulturnämnden`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nKS presidium blir Olof Berg (L), förste vice ordförande, och Lisa Gran (S), ordförande i kulturnämnden.\n",
    );
    expect(heldRoles(g)).toContain("Lisa Gran: ordförande @ Kulturnämnden");
    expect(heldRoles(g)).not.toContain("Lisa Gran: ordförande @ Kommunstyrelsen");
  });
});
