import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("an office a candidate stands for", () => {
  it("holds no `kandidat till` office, neither in the body nor in the page's municipality", () => {
    const g = graphOf("nyhet.txt", "Valet i Ekby kommun\n\n– Vi behöver fler bostäder, säger Anna Berg (S), kandidat till kommunstyrelsens ordförande.\n");
    expect(heldRoles(g)).toEqual([]);
  });

  it("holds no office one is `nominerad till`, but one held beside it", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt i Vallby\n\nPer Holm (S) är nominerad till ordförande i byggnadsnämnden. Eva Lind (M), ordförande i kulturnämnden, är nöjd.\n",
    );
    expect(heldRoles(g)).toEqual(["Eva Lind: ordförande @ Kulturnämnden"]);
  });
});
