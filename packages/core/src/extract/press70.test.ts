/**
 * Round 70's press lists (invented names in the layouts of real press texts): labels inside a sentence
 * (`… i regionfullmäktige: Ledamöter: A (S) Ekby, B (M) Borås. Ersättare: C (C) Lerum`) give every name of their list
 * the label's seat, in the body the lead-in names (`extract-document.ts`, `inlineLabel`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("labels of lists inside a sentence", () => {
  it("`i regionfullmäktige: Ledamöter: A, B. Ersättare: C, D, E.`: each name holds its label's seat in the body", () => {
    const text =
      "Nya ledamöter\n\nLänsstyrelsen har utsett följande nya ledamöter och ersättare i regionfullmäktige: " +
      "Ledamöter: Karin Holmgren (S) Ockelbo, Per Sandberg (M) Hedemora. " +
      "Ersättare: Ola Eklund (C) Avesta, Lisa Berglund (S) Ludvika, Nils Åkesson (L) Falun.\n";
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([
      "Karin Holmgren: ledamot @ Regionfullmäktige",
      "Lisa Berglund: ersättare @ Regionfullmäktige",
      "Nils Åkesson: ersättare @ Regionfullmäktige",
      "Ola Eklund: ersättare @ Regionfullmäktige",
      "Per Sandberg: ledamot @ Regionfullmäktige",
    ]);
  });
});
