/**
 * Round 66's elections told in press texts (invented names and bodies, in the layouts of regions' and councils' news
 * pages): the outgoing holder of a title before the name (`ordförande för regionstyrelsen efter avgående X`) holds it
 * in the body named after `för` (`03-appositions.ts`, `titleBefore`); a title before the name is held in the body the
 * copula after it names in the genitive (`Ålderspresident X (S) är kommunfullmäktiges ordförande`, `extract-document.ts`).
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

describe("a title before the name and a copula naming a body in the genitive after it", () => {
  it("holds the title in that body (`Ålderspresident X (S) är kommunfullmäktiges ordförande`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt presidium i Vallby kommun\n\nPartierna förhandlar inför kommunfullmäktiges möte 27 maj. Ålderspresident Maj Ek (S) är kommunfullmäktiges ordförande fram tills ett nytt presidium har valts. Första mötet hålls i rådhuset.\n",
    );
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Maj Ek: ordförande @ Kommunfullmäktige", "Maj Ek: ålderspresident @ Kommunfullmäktige"]));
  });
});
