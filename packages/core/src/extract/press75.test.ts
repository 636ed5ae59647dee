import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("press appointments of a new term, each seat in its body", () => {
  it("carries a body named in the genitive over the coordinated `blir` clauses after it (`A blir kommunstyrelsens ordförande, B blir vice ordförande och C andre vice ordförande`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nEva Ek (C) blir kommunstyrelsens ordförande, Per Holm (S) blir vice ordförande och Kim Ahl (C) andre vice ordförande.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Eva Ek: ordförande @ Kommunstyrelsen",
      "Kim Ahl: andre vice ordförande @ Kommunstyrelsen",
      "Per Holm: vice ordförande @ Kommunstyrelsen",
    ]);
  });
  it("reads an office before `blir` as taken, and `dess` as the body the sentence names (`Kommunstyrelsens ordförande blir A och B dess 2:e vice ordförande`)", () => {
    const g = graphOf("nyhet.txt", "Nytt styre i Vallby\n\nKommunstyrelsens ordförande blir Eva Ek (M) och Per Holm (S) dess 2:e vice ordförande.\n");
    expect(heldRoles(g)).toEqual(["Eva Ek: ordförande @ Kommunstyrelsen", "Per Holm: andre vice ordförande @ Kommunstyrelsen"]);
  });
  it("gives no body to a seat after a clause of its own that names none (`A blir kommunstyrelsens ordförande. B blir vice ordförande`)", () => {
    const g = graphOf("nyhet.txt", "Nytt styre i Vallby\n\nEva Ek (C) blir kommunstyrelsens ordförande. Per Holm (S) är vice ordförande i kulturnämnden.\n");
    expect(heldRoles(g)).not.toContain("Per Holm: vice ordförande @ Kommunstyrelsen");
  });
  it("reads a fronted body with `fortsätter … som` (`I kulturnämnden fortsätter A (S) som 2:e vice ordförande`)", () => {
    const g = graphOf("nyhet.txt", "Nytt styre i Vallby\n\nI kulturnämnden fortsätter Eva Ek (S) som 2:e vice ordförande.\n");
    expect(heldRoles(g)).toEqual(["Eva Ek: andre vice ordförande @ Kulturnämnden"]);
  });
});
