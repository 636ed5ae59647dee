/**
 * Press (session 65): an election by a passive with its agent and `att bli` (`X utsågs av ett enhälligt fullmäktige att
 * bli regionstyrelsens ordförande`), read as one with `till`.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("`X utsågs av <agent> att bli <title>`", () => {
  it("elects X to the title as `till` does", () => {
    const g = graphOf("nyhet.txt", "Nyval\n\nGun Sand utsågs av ett enhälligt fullmäktige att bli kommunstyrelsens ordförande.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ordförande @ Kommunstyrelsen"]);
  });

  it("a title naming its body in the genitive, in the region the headline names, is the seat in that body", () => {
    const g = graphOf(
      "nyhet.txt",
      "Ny ordförande i Region Halland\n\nI dag på regionfullmäktige skulle en ny ordförande utses. Gun Sand utsågs av ett enhälligt fullmäktige att bli regionstyrelsens ordförande.\n",
    );
    expect(heldRoles(g)).toContain("Gun Sand: ordförande @ Regionstyrelsen");
  });
});

describe("`ålderspresident` (the eldest member presiding) in the lexicon", () => {
  it("reads `Ålderspresident X (S)` before the name", () => {
    const g = graphOf("nyhet.txt", "Nytt styre\n\nÅlderspresident Gun Sand (S) leder mötet fram tills dess att en ny ordförande utses.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ålderspresident"]);
  });
});
