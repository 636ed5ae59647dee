/**
 * Round 71's elections and presidia told in press texts (invented names and bodies, in the layouts of regions' news
 * pages on a board's decisions): `tillika <seat>` after a name of an election's list adds that seat in the list's body
 * (`extract-document.ts`, `left-role:elected`); a seat in a body's presidium's caption or lead-in is that body's; a seat
 * said of `Hon är` / `Han är` is the one person named just before; the object of `ersättare för Y` is no subject a
 * seat after the next name is handed back to.
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

describe("a seat said of a pronoun opening a sentence", () => {
  const text = (said: string) =>
    `Ny ordförande i Sala\n\n– Jag är nominerad, ${said}.\n\nHon är i dag förste vice ordförande i kommunfullmäktige och har suttit där länge.\n`;
  it("is the one person named just before", () => {
    expect(heldRoles(graphOf("nyhet.txt", text("säger Anna Berg")))).toEqual(["Anna Berg: förste vice ordförande @ Kommunfullmäktige"]);
  });
  it("is nobody's where two are named", () => {
    expect(heldRoles(graphOf("nyhet.txt", text("säger Anna Berg till Per Holm")))).toEqual([]);
  });
});

describe("a seat `för` a name, then the next name's seat", () => {
  it("is not handed back to the name after `för` (`A (S) är personlig ersättare för B (S) och C (C) är …`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Pensionärsråd, kommunalt\n\nRådet har sju ledamöter. Eva Lind (S) är personlig ersättare för Per Ek (S) och Ola Berg (C) är personlig ersättare för Kim Ahl (M), valda av kommunstyrelsen.\n",
    );
    expect(heldRoles(g).filter((r) => r.startsWith("Per Ek") || r.startsWith("Kim Ahl"))).toEqual([]);
  });
});
