import { describe, expect, it } from "vitest";
import { parties } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a seat elected to for the holders of a title in the plural", () => {
  it("is held in their group, not in a body named before (`väljs till ordförande för revisorerna`)", () => {
    const g = graphOf(
      "förslag.txt",
      "Val av revisorer\n\n1. Till ledamöter i kommunstyrelsen väljs Eva Ek (S) och Per Holm (M).\n2. Tomas Ask (M) väljs till ordförande för revisorerna.\n3. Siv Lund (S) väljs till vice ordförande för revisorerna.\n",
    );
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Siv Lund: vice ordförande @ Revisorerna", "Tomas Ask: ordförande @ Revisorerna"]));
    expect(heldRoles(g)).not.toContain("Tomas Ask: ordförande @ Kommunstyrelsen");
  });
});

describe("a known party's tag after a name with its bracket misread or left open", () => {
  it("is still the name's party (`Eva Ek (S tackade …`, `Per Holm (C} höll med`)", () => {
    const g = graphOf("nyhet.txt", "Möte i Vallby\n\nOrdföranden Eva Ek (S tackade alla. Per Holm (C} höll med.\n");
    expect(parties(g)).toEqual(["Eva Ek: Socialdemokraterna", "Per Holm: Centerpartiet"]);
  });
});
