import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a body's list of its members with their offices", () => {
  it("holds each parenthesised office of `<body> består av A (office), B (office) och C` in that body", () => {
    const g = graphOf(
      "nyhet.txt",
      "Årsmöte i Vallby\n\nKulturnämnden består av Eva Lind (ordförande), Per Holm (vice ordförande), Siv Ek (sekreterare), Bo Sand och Lena Alm.\n",
    );
    // Each listed name is a member too (read before this), the offices beside it.
    expect(heldRoles(g).filter((r) => !r.includes(": ledamot @"))).toEqual([
      "Eva Lind: ordförande @ Kulturnämnden",
      "Per Holm: vice ordförande @ Kulturnämnden",
      "Siv Ek: sekreterare @ Kulturnämnden",
    ]);
  });

  it("holds no office in a body the run does not make up (`träffade`)", () => {
    const g = graphOf("nyhet.txt", "Årsmöte i Vallby\n\nKulturnämnden träffade Eva Lind (ordförande) och Per Holm (kassör).\n");
    expect(heldRoles(g)).toEqual(["Eva Lind: ordförande", "Per Holm: kassör"]);
  });
});
