/**
 * Round 35's prose readings (invented names and sentences in the layouts of municipal press texts): a bare given name
 * taken up after its full name with `som` and a title (`02-mentions.ts`, `givenNamesAlone`), a company after a chief
 * executive's title and a staff title's unit in prose (`03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles, writtenTitles } from "../../../../test/helpers/prose";

const roles = (text: string) => heldRoles(graphOf("nyhet.txt", text));

/** Each role held in a body as written, `name: role @ body`, sorted. */
function heldTitles(text: string): string[] {
  const g = graphOf("nyhet.txt", text);
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  return g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g.source(e))}: ${g.getEdgeAttribute(e, "role")} @ ${label(g.target(e))}`)
    .sort();
}

describe("a given name alone after the full name, with `som` and a title, is that person", () => {
  it.each([
    ["Stefan Nord tillträder i dag. Stefan, som är kommunchef i Tomelilla, har arbetat i Ystad.", ["Stefan Nord: kommundirektör @ Tomelilla"]],
    ["Stefan Nord hälsades välkommen. Stefan, som kommunchef i Tomelilla, ansvarar för budgeten.", ["Stefan Nord: kommundirektör @ Tomelilla"]],
    ["Karin Åslund har anställts. Från maj arbetar Karin som tf kommunchef i Tomelilla.", ["Karin Åslund: kommundirektör @ Tomelilla"]],
  ])("`%s`", (sentence, want) => {
    expect(roles(`Nyheter\n\n${sentence}\n`)).toEqual(want);
  });

  it("not when two full names open with it, nor before the full name is given", () => {
    expect(roles("Nyheter\n\nStefan Nord och Stefan Lind talade. Stefan, som är kommunchef i Tomelilla, log.\n")).toEqual([]);
    expect(roles("Nyheter\n\nStefan, som är kommunchef i Tomelilla, log. Sedan talade Stefan Nord.\n")).toEqual([]);
  });
});

describe("a company after a chief executive's title is where it is held", () => {
  it.each([
    ["Karin Åslund, vd Vallbybostäder, talade om bostäderna.", ["Karin Åslund: vd @ Vallbybostäder"]],
    ["Per Lind, VD för Ängelbostäder AB, var också där.", ["Per Lind: vd @ Ängelbostäder AB"]],
    ["Hanna Svärd är verkställande direktör i Sjöstadsbolaget sedan i våras.", ["Hanna Svärd: vd @ Sjöstadsbolaget"]],
    ["Nya vd Vallbybostäder Olle Berg tillträder i maj.", ["Olle Berg: vd @ Vallbybostäder"]],
    ["Det meddelar vd för Vallbybostäder Eva Lund.", ["Eva Lund: vd @ Vallbybostäder"]],
  ])("`%s`", (sentence, want) => {
    expect(roles(`Nyheter\n\n${sentence}\n`)).toEqual(want);
  });

  it.each([
    ["Medverkande:\n\nKim Ros, vd Knivstabostäder\n", "Kim Ros: vd @ Knivstabostäder"],
    ["Medverkande:\n\nLars Ny, vd Norrfrakt\n", "Lars Ny: vd @ Norrfrakt"],
    ["Nyhetsbrev april\n\nPå träffen medverkade:\n\nPer Holm, vd Norrfrakt AB\n", "Per Holm: vd @ Norrfrakt AB"],
  ])("in a list's entry, the company no unit written with the title: `%s`", (text, want) => {
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([want]);
  });

  it("a company of its own on a municipality's page, no body of the municipality", () => {
    const g = graphOf("nyhet.txt", "Knivsta kommun\n\nNy ledning\n\nAnna Dahl, vd Vallbybostäder, talade.\n");
    const company = g.filterNodes((_, a) => a.label === "Vallbybostäder");
    expect(company.map((n) => (g.getNodeAttributes(n) as { partOf?: string }).partOf)).toEqual([undefined]);
  });

  it("not a place after `i` (`vd i Sverige`)", () => {
    expect(roles("Nyheter\n\nKarin Åslund är vd i Sverige för ett bolag.\n")).toEqual(["Karin Åslund: vd"]);
  });
});

describe("a unit after a staff title in prose is read with it, up to where the apposition closes", () => {
  const titles = (sentence: string) => writtenTitles(`Nyheter\n\n${sentence}\n`);

  it.each([
    ["Eva Lind, enhetschef Vård och omsorg, berättade om arbetet.", ["Eva Lind: enhetschef vård och omsorg"]],
    ["Per Ek, verksamhetschef Individ- och familjeomsorg, berättade om arbetet.", ["Per Ek: verksamhetschef individ- och familjeomsorg"]],
    ["Eva Lind är enhetschef Vård och omsorg.", ["Eva Lind: enhetschef vård och omsorg"]],
    ["Eva Lind, enhetschef Björkgården, tar emot priset.", ["Eva Lind: enhetschef björkgården"]],
  ])("`%s`", (sentence, want) => {
    expect(titles(sentence)).toEqual(want);
  });

  it("and the title is still held where the sentence goes on to say (`i Knivsta kommun`, `på Xbolaget`)", () => {
    expect(roles("Nyheter\n\nDet säger Eva Lind, enhetschef Vård och omsorg i Knivsta kommun.\n")).toEqual(["Eva Lind: enhetschef @ Knivsta"]);
    expect(heldTitles("Nyheter\n\nDet säger Per Ek, processledare för social hållbarhet på Vallbyhem.\n")).toEqual([
      "Per Ek: processledare för social hållbarhet @ Vallbyhem",
    ]);
  });

  it("not an entry that goes on into a clause", () => {
    expect(titles("Maja Ek, enhetschef Björkgården tar emot priset.")).toEqual(["Maja Ek: enhetschef"]);
    expect(titles("Per Ahl, avdelningschef Stöd och Service visar siffror.")).toEqual(["Per Ahl: avdelningschef"]);
  });
});
