import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("an office taken over", () => {
  it("holds `får rollen som` and `tar också över posten som` a seat in its body, as `blir` does", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt i Vallby\n\nEva Lind (M) får rollen som vice ordförande i kommunstyrelsen. Per Holm (C) tar också över posten som ordförande i kommunstyrelsen.\n",
    );
    expect(heldRoles(g)).toEqual(["Eva Lind: vice ordförande @ Kommunstyrelsen", "Per Holm: ordförande @ Kommunstyrelsen"]);
  });

  it("reads no office taken over from a role only mentioned (`tar upp rollen som`)", () => {
    const g = graphOf("nyhet.txt", "Nytt i Vallby\n\nEva Lind (M) tar upp rollen som vice ordförande i kommunstyrelsen i sitt tal.\n");
    expect(heldRoles(g)).toEqual(["Eva Lind: kommunstyrelsens vice ordförande"]);
  });
});

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
