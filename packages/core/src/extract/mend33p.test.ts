/**
 * The readings round 33's appositions (1466473, b206155) took too far, found by review with invented texts: a body's
 * noun after `chef för` read as a unit, a place after a genitive body's title lost, a chair of an association or
 * company before a copula representing a place, a national or company body in the genitive placed in the page's
 * municipality, and a unit running on into a clause or naming a company (`03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles, writtenTitles as written } from "../../../../test/helpers/prose";

describe("a body's noun after `chef för` is where the title is held, no unit of it", () => {
  it("in a contact block and a list of participants", () => {
    expect(heldRoles(graphOf("nyhet.txt", "Kontakt\n\nAnna Ek, chef för miljöenheten\n"))).toEqual(["Anna Ek: chef @ Miljöenheten"]);
    const list = "Nyhetsbrev\n\nMedverkande:\n\nPer Ahl, chef för ekonomienheten\nEva Sund, chef för personalavdelningen, Kim Ros, ekonom\n";
    expect(heldRoles(graphOf("nyhet.txt", list))).toEqual(["Eva Sund: chef @ Personalavdelningen", "Kim Ros: ekonom", "Per Ahl: chef @ Ekonomienheten"]);
  });
});

describe("a place after a genitive body's title is the place of that body", () => {
  it.each([
    ["Per Holm (M), socialnämndens ordförande i Uppsala kommun, och Eva Lind (S) kommenterar.", "Per Holm", "municipality:uppsala"],
    ["Anna Berg (S), hälso- och sjukvårdsnämndens ordförande i Region Uppsala, välkomnar beslutet.", "Anna Berg", "organisation:region-uppsala"],
  ])("`%s`", (sentence, name, place) => {
    // On another municipality's page, which is not the body's.
    const g = graphOf("nyhet.txt", `Knivsta kommun\n\nNyhet\n\n${sentence}\n`);
    const held = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => g.getNodeAttributes(g.target(e)));
    expect(held).toEqual([expect.objectContaining({ partOf: place })]);
    expect(edges(g, "represents")).toEqual([`represents ${name} -> ${g.getNodeAttribute(place, "label")}`]);
  });
});

describe("a chair before a copula represents no place but an elected body's", () => {
  it.each([
    "Pensionärsföreningen SPF Seniorerna har valt ny styrelse. Ordförande blev Gun Mark, Heby, och vice ordförande blev Sven Ryd, Sala.",
    "Bolagets ordförande är Jonas Fors, Uppsala.",
    "Ordförande är Per Holm, Knivsta IF.",
    "Mötesordförande var Anna Berg, Tierp.",
    "Styrelsens ordförande blev Ulf Rapp, Gävle.",
  ])("`%s`", (sentence) => {
    expect(edges(graphOf("nyhet.txt", `Nyhet\n\n${sentence}\n`), "represents")).toEqual([]);
  });
});

describe("a body in the genitive is placed in the page's municipality only if it is of a municipality's kind", () => {
  it("not a proper-named organisation, a company, a Nordic council or a Riksdag committee", () => {
    const g = graphOf(
      "nyhet.txt",
      "Knivsta kommun\n\nPressmeddelande\n\nSvenska Afghanistankommitténs generalsekreterare Sara Nord besökte Knivsta. Nordiska ministerrådets generalsekreterare Karen Holm talade.\n\nICA-gruppens vd Per Strand kom också. Konstitutionsutskottets ordförande Karin Enlund (M) deltog. Kulturnämndens ordförande Eva Lind (M) talade.\n",
    );
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} -> ${g.target(e)} ${(g.getNodeAttributes(g.target(e)) as { partOf?: string }).partOf ?? "-"}`)
      .sort();
    expect(held).toEqual([
      "Eva Lind -> organisation:kulturnamnden-knivsta municipality:knivsta",
      "Karen Holm -> organisation:nordiska-ministerradet -",
      "Karin Enlund -> organisation:konstitutionsutskottet -",
      "Per Strand -> organisation:ica-gruppen -",
      "Sara Nord -> organisation:svenska-afghanistankommitten -",
    ]);
  });
});

// A company's name after `vd` is where the title is held (prose35.test.ts), no unit written with it.
describe("a staff title's unit ends where a clause goes on", () => {
  it.each([
    ["Bildtext\n\nMaja Ek, enhetschef Björkgården tar emot priset\n", "Maja Ek: enhetschef"],
    ["Program\n\n10.30 Per Ahl, avdelningschef Stöd och Service visar siffror\n", "Per Ahl: avdelningschef"],
    ["Protokoll\n\n§ 12 Björkgården\n\nMaja Ek, enhetschef Björkgården informerar om verksamheten\n", "Maja Ek: enhetschef"],
  ])("`%s`", (text, role) => {
    expect(written(text)).toEqual([role]);
  });
});
