/**
 * Roll-call tables of a council flattened to text (01-protocol.ts): a legend of marks, then per party a heading and its
 * names, each followed by its mark and a note of the items it held. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { attendees, graphOf, label, parties } from "../../../../test/helpers/minutes";

const persons = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => label(g, n))
    .sort();

describe("a roll-call table with a legend and party headings (`Moderata samlingspartiet (M) Name X Name T …`)", () => {
  const text =
    "Sammanträdesprotokoll 1 (30) Vid Sjövalla kommunfullmäktiges sammanträde den 4 april 2016, i Medborgarhuset, närvarade och tjänstgjorde ledamöter och ersättare enligt nedan. " +
    "Teckenförklaring X Anger att ledamot tjänstgjort under sammanträdet - Anger att personen varit frånvarande T Anger ersättare som tjänstgjort N Anger att ersättare närvarat under sammanträdet " +
    "Ledamöter X/- Ersättare T/N Moderata samlingspartiet (M) Greta Holm X Sixten Ahl T Rune Falk - Maja Lund N From 12/3, ej 14 Torsten Berg X Hedvig Sund T Tom 12/5 och 14, ej Yrsalie Bergenholm X\n\n" +
    "2 Sjövalla kommun Sammanträdesprotokoll 2 Socialdemokraterna (S) Ingrid Vall X Oskar Brant T Elsa Norr X Viktor Ahlgren N\n";
  const g = graphOf(text);
  it("reads each name without its mark or note", () => {
    expect(persons(g)).toEqual([
      "Elsa Norr",
      "Greta Holm",
      "Hedvig Sund",
      "Ingrid Vall",
      "Maja Lund",
      "Oskar Brant",
      "Rune Falk",
      "Sixten Ahl",
      "Torsten Berg",
      "Viktor Ahlgren",
      "Yrsalie Bergenholm",
    ]);
  });
  it("makes the members marked absent no attendees, the reserves by their marks", () => {
    expect(attendees(g)).toEqual([
      "Elsa Norr: member",
      "Greta Holm: member",
      "Hedvig Sund: substitute",
      "Ingrid Vall: member",
      "Maja Lund: nonserving",
      "Oskar Brant: substitute",
      "Sixten Ahl: substitute",
      "Torsten Berg: member",
      "Viktor Ahlgren: nonserving",
      "Yrsalie Bergenholm: member",
    ]);
  });
  it("gives the heading's party to the names under it, up to the next heading", () => {
    const m = parties(g);
    expect(m.filter((p) => p.startsWith("Rune Falk") || p.startsWith("Maja Lund") || p.startsWith("Ingrid Vall") || p.startsWith("Viktor Ahlgren"))).toEqual([
      "Ingrid Vall: Socialdemokraterna",
      "Maja Lund: Moderaterna",
      "Rune Falk: Moderaterna",
      "Viktor Ahlgren: Socialdemokraterna",
    ]);
    expect(m).toHaveLength(11);
  });
  it("quotes the heading with the name as the party's evidence", () => {
    const edge = g.findEdge((_, a, s, t) => a.kind === "member_of" && label(g, s) === "Maja Lund" && label(g, t) === "Moderaterna");
    const quote = g.getEdgeAttributes(edge!).evidence[0].quote;
    expect(quote.startsWith("Moderata samlingspartiet (M)")).toBe(true);
    expect(quote).toMatch(/Maja Lund N$/);
  });
});

describe("the same table with other letters in its legend, in one column", () => {
  const text =
    "Protokoll fört vid Sjövalla kommunfullmäktiges sammanträde 2016-04-04\n\nTeckenförklaring\nJ = ledamot som tjänstgjort\nF = frånvarande\nE = ersättare som tjänstgjort\n\n" +
    "Centerpartiet (C)\nGreta Holm J\nRune Falk F\nSixten Ahl E\n\nVänsterpartiet (V)\nIngrid Vall J\nOskar Brant F\n";
  it("reads the marks as the legend defines them", () => {
    const g = graphOf(text);
    expect(attendees(g)).toEqual(["Greta Holm: member", "Ingrid Vall: member", "Sixten Ahl: substitute"]);
    expect(parties(g)).toEqual([
      "Greta Holm: Centerpartiet",
      "Ingrid Vall: Vänsterpartiet",
      "Oskar Brant: Vänsterpartiet",
      "Rune Falk: Centerpartiet",
      "Sixten Ahl: Centerpartiet",
    ]);
  });
});

describe("the table with its legend lost (an excerpt of the roll call)", () => {
  const text =
    "Sammanträdesprotokoll Kommunfullmäktige 2016-04-04\n\nLedamöter Ersättare Kristdemokraterna (KD) Greta Holm X Sixten Ahl T Rune Falk - Maja Lund N Torsten Berg X Hedvig Sund T\n";
  it("reads the usual marks: X present, T serving, N present reserve, - absent", () => {
    expect(attendees(graphOf(text))).toEqual([
      "Greta Holm: member",
      "Hedvig Sund: substitute",
      "Maja Lund: nonserving",
      "Sixten Ahl: substitute",
      "Torsten Berg: member",
    ]);
  });
});
