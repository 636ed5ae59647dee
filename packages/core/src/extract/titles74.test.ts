/**
 * Round 74's titles (invented names, in the layouts of authorities' press pages): a county's office written with no
 * place (`landshövding X`, `länsöverdirektör Y`) on a page that names one county board is held there
 * (`03-appositions.ts`, `pageCountyBoard`), the board keeping the form the page writes as an alias; an association's
 * `dokumentarist`, and `sammank.` for `sammankallande` after a name, are titles of the lexicon (data/roles.json).
 */
import { describe, expect, it } from "vitest";
import type { PersonAttributes } from "../index";
import { graphOf as minutesOf, roles } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a county's office on its county board's page", () => {
  it("is held in the one county board the page names (`hälsades välkomna av landshövding A och länsöverdirektör B`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Ministern besökte Länsstyrelsen Gävleborg\n\nI tisdags kom bostadsministern till Länsstyrelsen för att höra om länets arbete. " +
        "Gästerna hälsades välkomna av landshövding Vera Lindfors och länsöverdirektör Arvid Stenmark. Sedan följde en rundvandring.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Arvid Stenmark: länsöverdirektör @ Länsstyrelsen i Gävleborgs län",
      "Vera Lindfors: landshövding @ Länsstyrelsen i Gävleborgs län",
    ]);
    const board = g.findNode((_, a) => a.kind === "organisation" && a.label === "Länsstyrelsen i Gävleborgs län")!;
    expect(g.getNodeAttribute(board, "aliases")).toContain("Länsstyrelsen Gävleborg");
  });

  it("is held after the name too (`A, landshövding, …`), and in no board where the page names two", () => {
    const one = graphOf("nyhet.txt", "Nytt beslut i Länsstyrelsen Dalarna\n\nBeslutet fattades av Vera Lindfors, landshövding, efter en lång dragning.\n");
    expect(heldRoles(one)).toEqual(["Vera Lindfors: landshövding @ Länsstyrelsen i Dalarnas län"]);
    const two = graphOf(
      "nyhet.txt",
      "Samarbete mellan Länsstyrelsen Dalarna och Länsstyrelsen Gävleborg\n\nAvtalet skrevs under av landshövding Vera Lindfors i går.\n",
    );
    expect(heldRoles(two)).toEqual(["Vera Lindfors: landshövding"]);
    // A bare `länsstyrelsen` names no county.
    const bare = graphOf("nyhet.txt", "Brev från länsstyrelsen\n\nÄgarna har fått brev från länsstyrelsen. Landshövding Vera Lindfors har lovat att svara.\n");
    expect(heldRoles(bare)).toEqual(["Vera Lindfors: landshövding"]);
  });
});

describe("an association's annual meeting's titles", () => {
  it("reads `dokumentarist`, and `(sammank.)` after a name as `sammankallande`", () => {
    const g = minutesOf(
      "Protokoll fört vid årsmöte med Ekby bygdeförening den 12 mars 2014\n\n" +
        "§ 17. Till valberedning valdes Rune Vallin (sammank.) & Tora Lindkvist.\n" +
        "§ 21. Övrigt. Hedda Norrlund som fortsätter som dokumentarist tackades för sin insats.\n",
    );
    expect(roles(g)).toEqual(expect.arrayContaining(["Hedda Norrlund: dokumentarist", "Rune Vallin: sammank."]));
    const normalised = g
      .filterNodes((_, a) => a.kind === "person")
      .flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => r.roleNormalised));
    expect(normalised).toContain("sammankallande");
  });
});
