import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("press offices told in the future, in a list of bodies", () => {
  it("reads an adverbial between `kommer` and `(att) vara`, and gives the role in each body of a list closed by `och`", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nEva Lind (L) kommer under mandatperioden att vara ordförande i kulturnämnden, fritidsrådet och skolrådet. Per Holm kommer under året vara ordförande i skolnämnden.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Eva Lind: ordförande @ Fritidsrådet",
      "Eva Lind: ordförande @ Kulturnämnden",
      "Eva Lind: ordförande @ Skolrådet",
      "Per Holm: ordförande @ Skolnämnden",
    ]);
  });
  it("gives no second body after a comma that closes no list of bodies, nor reads `att` after any other word", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nEva Lind (L) är ordförande i kulturnämnden, fritidsrådet har inget möte. Per Holm (M) tror under året att vara ordförande i skolrådet.\n",
    );
    expect(heldRoles(g)).toEqual(["Eva Lind: ordförande @ Kulturnämnden"]);
  });
});
