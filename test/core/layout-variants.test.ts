/**
 * The same minutes in the spacings real copies give them (invented names and texts): what is read must not depend on
 * which kind of space a PDF, a word processor or a copied page put between two words.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";
import type { KnowledgeGraph } from "../../packages/core/src/index";

const MINUTES = `Sammanträdesprotokoll
Socialnämnden, Tyresö kommun
Sammanträdesdatum 14 mars 2024

Plats och tid: Kommunhuset, kl. 18.00–20.15

Beslutande
Karin Holm (S), ordförande
Olle Dahl (M), vice ordförande
Stina Berg (C)
Nils Ek (L), tjänstgörande ersättare för Pia Lund (L)

Övriga närvarande
Ida Strand, sekreterare
Per Sand, socialchef

Utses att justera: Olle Dahl

§ 12 Budget 2025
Socialnämnden beslutar att godkänna förslaget.
`;

/** What the minutes tell: who attended and how, the roles, and whom each represents. */
function told(g: KnowledgeGraph): string[] {
  const represents = g.filterEdges((_, a) => a.kind === "represents").map((e) => `${label(g, g.source(e))} represents ${label(g, g.target(e))}`);
  const meetings = g.filterNodes((_, a) => a.kind === "meeting").map((n) => `meeting ${String(g.getNodeAttribute(n, "date"))}`);
  return [...attendees(g), ...personRoles(g), ...represents.sort(), ...meetings];
}

describe("minutes whose words are parted by no-break spaces", () => {
  const plain = told(graphOf(MINUTES));
  it("reads the plain copy as minutes (the comparison below has something to compare)", () => {
    expect(plain).toContain("Karin Holm: ordförande @ Socialnämnden");
    expect(plain).toContain("meeting 2024-03-14");
  });
  it.each([
    ["U+00A0 between every name's words", (t: string) => t.replace(/(\p{Lu}\p{Ll}+) (?=\p{Lu}\p{Ll}+)/gu, "$1\u00a0")],
    ["U+00A0 in every third space", (t: string) => t.replace(/ /g, (_, i: number) => (i % 3 === 1 ? "\u00a0" : " "))],
    [
      "U+202F (narrow) between every name's words and in the date",
      (t: string) => t.replace(/(\p{Lu}\p{Ll}+) (?=\p{Lu}\p{Ll}+)/gu, "$1\u202f").replace("14 mars", "14\u202fmars"),
    ],
  ])("with %s, reads what the plain copy gives", (_, spaced) => {
    const text = spaced(MINUTES);
    expect(text).not.toBe(MINUTES);
    expect(told(graphOf(text))).toEqual(plain);
  });
});

describe("an association's minutes whose organ stands in the notice's field (`Organ och §§:` and the name below)", () => {
  const lines = [
    "Protokoll",
    "Sammanträdesdatum: 2021-03-12",
    "Plats: Stadshuset, Kumla",
    "Beslutande:",
    "Lena Ahl, ordförande",
    "Per Holm",
    "Stina Berg",
    "Övriga deltagande:",
    "Nils Ek, förbundschef",
    "Anna Lind, sekreterare",
    "Organ och §§:",
    "Samordningsförbundet Mellansjö",
    "§ 1 Mötets öppnande",
  ];
  /** The roles, with the body each is held in, and who organised the meeting. */
  const read = (text: string) => {
    const g = graphOf(text);
    const organisers = g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)));
    return [...personRoles(g), ...organisers.map((o) => `organised by ${o}`)];
  };
  const expected = [
    "Anna Lind: sekreterare @ Samordningsförbundet Mellansjö",
    "Lena Ahl: ordförande @ Samordningsförbundet Mellansjö",
    "Nils Ek: förbundschef",
    "Nils Ek: förbundschef @ Samordningsförbundet Mellansjö",
    "Per Holm: ledamot @ Samordningsförbundet Mellansjö",
    "Stina Berg: ledamot @ Samordningsförbundet Mellansjö",
    "organised by Samordningsförbundet Mellansjö",
  ];
  it.each([
    ["a line each (read by its field lines)", lines.join("\n")],
    ["a blank line after each (read as a header inline)", lines.join("\n\n")],
  ])("%s: the association met, and its officials' titles are held in it", (_, text) => {
    expect(read(text)).toEqual(expected);
  });
});
