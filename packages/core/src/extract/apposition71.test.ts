/**
 * Round 71's appositions (invented names, in the layouts of joint bodies' pages and flattened lists): a run of names
 * headed by municipalities ends at a field label (`03-appositions.ts`, `headedMunicipalities`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

describe("a run of names headed by municipalities, then a field label", () => {
  it("stops at the label: the names after it (the adjusters, the signers) stand for no group", () => {
    const g = graphOf(
      "lista.txt",
      "Förbundets ledamöter Hedemora Greta Almqvist (S) Hugo Sandell (M) Avesta Klara Wiklund (KD) Leo Ramström (S) Justering Mira Dahlin Olle Bryn\n",
    );
    expect(edges(g, "represents")).toEqual([
      "represents Greta Almqvist -> Hedemora",
      "represents Hugo Sandell -> Hedemora",
      "represents Klara Wiklund -> Avesta",
      "represents Leo Ramström -> Avesta",
    ]);
  });
});
