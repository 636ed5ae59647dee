/**
 * Round 54's press texts on a municipality's officers (invented names, in the layouts of municipalities' news pages):
 * several office clauses joined in one sentence, the body named in the first only (`Fullmäktiges ordförande är A (M),
 * vice ordförande är B (L) och andre vice ordförande är C (S).`), read in `extract-document.ts`; a lead-in ending in
 * `följande <title>:` over one `Name (P)` a line (`03-appositions.ts`, `labelRole`); a body's sentence of who sits in it
 * (`Kommunstyrelsen i Hjo består av A (M) ordförande, B (L) och C (S).`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

const news = (...lines: string[]) =>
  [
    "Så styrs Hjo efter valet",
    "",
    "3 december 2019",
    "",
    "Hjo kommuns nya politiska organisation beslutades på kommunfullmäktiges sammanträde i går.",
    "",
    ...lines,
  ].join("\n");

describe("office clauses joined in one sentence", () => {
  it("places each seat in the body the first clause names, and its holder in the page's municipality", () => {
    const g = graphOf(
      "nyhet.txt",
      news("Kommunfullmäktiges ordförande är Gunnel Arnér (M), vice ordförande är Ture Sandvik (L) och andre vice ordförande är Maj Forsell (S)."),
    );
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining(["Maj Forsell: andre vice ordförande @ Kommunfullmäktige", "Ture Sandvik: vice ordförande @ Kommunfullmäktige"]),
    );
    expect(edges(g, "represents")).toEqual(expect.arrayContaining(["represents Maj Forsell -> Hjo", "represents Ture Sandvik -> Hjo"]));
  });

  it("does not carry the body past the sentence's end", () => {
    const g = graphOf("nyhet.txt", news("Kommunfullmäktiges ordförande är Gunnel Arnér (M). Vice ordförande är Ture Sandvik (L)."));
    expect(heldRoles(g)).not.toContain("Ture Sandvik: vice ordförande @ Kommunfullmäktige");
  });
});

describe("a lead-in's title over one name a line", () => {
  it("gives each listed name the title of `följande <title>:`, held in the page's municipality", () => {
    const g = graphOf(
      "nyhet.txt",
      news(
        "Den styrande majoriteten i Hjo består av följande kommunalråd:",
        "",
        "Oskar Lindgrip (M)",
        "Vera Holmgård (L)",
        "",
        "Ytterligare ett kommunalråd väljs senare.",
      ),
    );
    expect(heldRoles(g)).toEqual(["Oskar Lindgrip: kommunalråd @ Hjo", "Vera Holmgård: kommunalråd @ Hjo"]);
  });

  it("stops at a line that is no name's (`Ytterligare …` then a name)", () => {
    const g = graphOf(
      "nyhet.txt",
      news(
        "Den styrande majoriteten i Hjo består av följande kommunalråd:",
        "",
        "Oskar Lindgrip (M)",
        "Ytterligare ett kommunalråd väljs senare.",
        "Vera Holmgård (L)",
      ),
    );
    expect(heldRoles(g)).toEqual(["Oskar Lindgrip: kommunalråd @ Hjo"]);
  });
});

describe("a body's sentence of who sits in it", () => {
  it("seats each name in the body, in the seat after the name or as a member, placed in the page's municipality", () => {
    const g = graphOf(
      "nyhet.txt",
      news("Kommunstyrelsen i Hjo består av Oskar Lindgrip (M) ordförande, Vera Holmgård (L) vice ordförande, Kim Tallqvist (C) och Ada Rysberg (SD)."),
    );
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Ada Rysberg: ledamot @ Kommunstyrelsen",
        "Kim Tallqvist: ledamot @ Kommunstyrelsen",
        "Oskar Lindgrip: ordförande @ Kommunstyrelsen",
        "Vera Holmgård: vice ordförande @ Kommunstyrelsen",
      ]),
    );
    expect(edges(g, "represents")).toContain("represents Ada Rysberg -> Hjo");
  });
});

describe("an ordinal written with a dash", () => {
  it("reads `2-e vice ordförande` as `andre vice ordförande`", () => {
    const g = graphOf("nyhet.txt", news("Direktionens 2-e vice ordförande Signe Bly (C) öppnade mötet."));
    expect(heldRoles(g).some((r) => r.startsWith("Signe Bly: andre vice ordförande"))).toBe(true);
  });
});
