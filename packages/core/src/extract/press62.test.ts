/**
 * A seat in press in the body a sentence opened by `Där` points back to (extract-document.ts `whereBody`): `… lämnar sin
 * plats i kulturnämnden. Där föreslog valberedningen Centerns X som ny ordförande.` Invented names and texts.
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
