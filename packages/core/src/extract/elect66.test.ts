/**
 * Round 66's elections told in press texts (invented names and bodies, in the layouts of regions' and councils' news
 * pages): the outgoing holder of a title before the name (`ordförande för regionstyrelsen efter avgående X`) holds it
 * in the body named after `för` (`03-appositions.ts`, `titleBefore`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("the outgoing holder of a title (`efter avgående X`)", () => {
  it("holds the title in the body named after `för`, the words of leaving no part of it", () => {
    const g = graphOf(
      "nyhet.txt",
      "Ny ordförande i Region Vallby\n\nI dag på regionfullmäktige stod det på dagordningen att utse ny ordförande för regionstyrelsen efter avgående Olle Berg. Eva Ek utsågs av ett enhälligt fullmäktige att bli regionstyrelsens ordförande.\n",
    );
    expect(heldRoles(g)).toContain("Olle Berg: ordförande @ Regionstyrelsen");
  });
});
