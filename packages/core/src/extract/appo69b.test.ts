/**
 * Appositions (session 69, continued): `i presidiet` after a text that named `fullmäktiges presidium`.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("`i presidiet` after the text named `fullmäktiges presidium`", () => {
  const text =
    "Val i fullmäktige\n\nVid gårdagens kommunfullmäktige valdes fullmäktiges presidium och fullmäktiges valberedning.\n\nMiljöpartister i dessa organ:\nEva Ek, förste vice ordförande i presidiet\nsamt\nKim Ahl, ersättare i valberedningen.\n";

  it("is that body, as `i valberedningen` is", () => {
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([
      "Eva Ek: förste vice ordförande @ Fullmäktiges presidium",
      "Kim Ahl: ersättare @ Fullmäktiges valberedning",
    ]);
  });

  it("is no body in a text that named none", () => {
    expect(heldRoles(graphOf("nyhet.txt", text.replace("fullmäktiges presidium och ", "")))).toEqual([
      "Eva Ek: förste vice ordförande",
      "Kim Ahl: ersättare @ Fullmäktiges valberedning",
    ]);
  });
});
