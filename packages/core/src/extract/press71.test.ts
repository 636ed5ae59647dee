/**
 * Round 71's elections and presidia told in press texts (invented names and bodies, in the layouts of regions' news
 * pages on a board's decisions): `tillika <seat>` after a name of an election's list adds that seat in the list's body
 * (`extract-document.ts`, `left-role:elected`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("an election's list with `tillika <seat>` after a name", () => {
  const g = graphOf(
    "nyhet.txt",
    "Beslut i regionstyrelsen\n\nTill ordinarie ledamöter i fastighetsutskottet valdes: Anna Berg (M) tillika ordförande, Per Holm (C), Lisa Ek (S) tillika vice ordförande och Bo Ås (V).\n",
  );
  it("gives each its seat in the list's body, and the list goes on past it", () => {
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Anna Berg: ordförande @ Fastighetsutskottet",
        "Lisa Ek: vice ordförande @ Fastighetsutskottet",
        "Per Holm: ledamot @ Fastighetsutskottet",
        "Bo Ås: ledamot @ Fastighetsutskottet",
      ]),
    );
  });
});

describe("a caption of a body's presidium with each seat before its name", () => {
  it("gives each the seat in the body the genitive names (`<Body>s presidium med ordförande A och vice ordförande B`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Beslut i regionstyrelsen\n\nRegionstyrelsens nya presidium med ordförande Anna Berg (M) och vice ordförande Lisa Ek (S).\n\nStyrelsen beslutade om budgeten.\n",
    );
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Anna Berg: ordförande @ Regionstyrelsen", "Lisa Ek: vice ordförande @ Regionstyrelsen"]));
  });
});

describe("a lead-in naming a body's presidium before a list of names, each with its seat after a comma", () => {
  it("gives each the seat in that body (`Föreslagna till <body>s presidium: A (C), ordförande, B (S), vice ordförande`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Förslag till nya styret i Region Vallby\n\nFöreslagna till regionfullmäktiges presidium: Anna Berg (C), ordförande, Per Holm (S), förste vice ordförande, Lisa Ek (M), andre vice ordförande.\n",
    );
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Anna Berg: ordförande @ Regionfullmäktige",
        "Per Holm: förste vice ordförande @ Regionfullmäktige",
        "Lisa Ek: andre vice ordförande @ Regionfullmäktige",
      ]),
    );
  });
});
