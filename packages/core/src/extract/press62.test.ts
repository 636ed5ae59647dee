/**
 * A seat in press in the body a sentence opened by `Där` points back to (extract-document.ts `whereBody`): `… lämnar sin
 * plats i kulturnämnden. Där föreslog valberedningen Centerns X som ny ordförande.`; and in the body a sentence opens
 * with, the name's party or `tar … över som ny` before the seat (`frontedBody`). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a seat after a sentence-opening `Där`", () => {
  it("is held in the body named after `i` in the sentence before", () => {
    const text =
      "Nya namn i nämnderna\n\nHanna Rydell (S) lämnar sin plats i fritidsnämnden, där hon är ordförande. " +
      "Där föreslog valberedningen Centerns Åsa Lindvall som ny ordförande.\n";
    expect(heldRoles(graphOf("nyhet.txt", text))).toContain("Åsa Lindvall: ordförande @ Fritidsnämnden");
  });
});

describe("a seat after a name in a sentence opened by `I <body>`", () => {
  it("is held in that body with the name's party or `tar … över som ny` between", () => {
    const text =
      "Nya namn\n\nI fritidsnämnden blev Vera Holst (KD) ordförande.\n\n" + "I skolnämnden tar Olle Stenmark (M) över som ny ordförande efter Pia Alm (M).\n";
    const held = heldRoles(graphOf("nyhet.txt", text));
    expect(held).toContain("Vera Holst: ordförande @ Fritidsnämnden");
    expect(held).toContain("Olle Stenmark: ordförande @ Skolnämnden");
  });
});
