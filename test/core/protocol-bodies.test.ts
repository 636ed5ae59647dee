/**
 * The body that met, as minutes name it in more layouts (04-protocol, 05-meetings): a committee of a body named with
 * its owner in the genitive (`Kommunstyrelsens arbetsutskott`), one named by an adjective (`Allmänna utskottet`), the
 * `Organ`, `Myndighet` and `Nämnd` fields, and the groups and networks of regional cooperation. Invented people; real
 * municipalities, which the lexicon knows.
 */
import { buildGraph, readDocument, type KnowledgeGraph } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const graphOf = (text: string) => buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
const organisers = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "organised_by")
    .map((e) => g.getNodeAttribute(g.target(e), "label") as string)
    .sort();

const CASES: [string, string, string[]][] = [
  [
    "a committee named with its owner in the genitive",
    `1 Kommunstyrelsens arbetsutskott Sammanträdesprotokoll Plats och tid Kommunhuset, kl 8:15 Beslutande Arne Dahl Berit Holm Carl Lund Utses att justera Berit Holm Sekreterare Doris Ek Ordförande Arne Dahl Justerare Berit Holm
2 6 Ändring i reglementet Arbetsutskottet beslutar att inte ändra reglementet.
`,
    ["Kommunstyrelsens arbetsutskott"],
  ],
  [
    "the `Organ:` field's committee, without the owner's name written after it",
    `Protokoll 91 Organ: Plats och tid: Regionförbundets arbetsutskott Regionförbundet i Kalmar län Torsdagen den 27 augusti 2009, kl 9 Beslutande: Arne Dahl ordförande Berit Holm vice ordförande Carl Lund Övriga deltagare: Doris Ek sekreterare Utses att justera: Berit Holm Paragrafer: 91-99
2 92 Godkännande av dagordning Arbetsutskottet godkänner dagordningen.
`,
    ["Regionförbundets arbetsutskott"],
  ],
  [
    "a body named by an adjective",
    `Allmänna utskottet Sammanträdesdatum 2015-03-05 Plats och tid Stadshuset kl 13.00 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Carl Lund (C) Sekreterare Doris Ek
1 Val av justerare
`,
    ["Allmänna utskottet"],
  ],
  [
    "the `Myndighet` field of a notice block, not a body named on the way",
    `PROTOKOLL 1 (28) Sammanträdestid kl 09:00-12:30 Sammanträdesplats Tallen, Umeå Beslutande Arne Dahl (S) Berit Holm (M) Carl Lund (C) Övriga närvarande Eva Ek, Kulturnämnden Underskrifter Sekreterare Doris Ek Ordföranden Arne Dahl (S) BEVIS OM ANSLAG Justering har tillkännagivits genom anslag. Myndighet Arbetsutskottet Anslagsdatum Förvaringsplats för protokollet Kansliet, Umeå
`,
    ["Arbetsutskottet"],
  ],
  [
    "a field `Nämnd:` before the body's name, in field lines",
    `Nämnd:Omvårdnadsnämnden
Titel:2019-01-30 Protokoll

Sammanträdesdatum 2019-01-30
Plats och tid: Förvaltningshuset, kl. 13:15
Beslutande: Arne Dahl (KD), Berit Holm (C), Carl Lund (S)
Sekreterare: Doris Ek
`,
    ["Omvårdnadsnämnden"],
  ],
  [
    "a group of regional cooperation",
    `Beslutsgruppen för landsbygdsprogrammet 4/97 Protokoll från beslutsgruppsmöte den 3 oktober 1997 Närvarande: Arne Dahl, ordf. Ledamöter: Berit Holm Carl Lund Doris Ek Tjänstgörande ersättare Erik Falk Frida Sten
1. Fastställande av dagordning Dagordningen fastställdes.
`,
    ["Beslutsgruppen"],
  ],
];

describe("protocol: the body that met", () => {
  it.each(CASES)("%s", (_, text, expected) => {
    expect(organisers(graphOf(text))).toEqual(expected);
  });

  it("a lower-case compound after a county's genitive is no body's name (`Jämtlands läns landstingsstyrelse`)", () => {
    const text = `Sammanträdesprotokoll 1 (18) Plats och tid Sessionssalen den 7 juni 2001 kl 9 Beslutande Arne Dahl Berit Holm Carl Lund Underskrifter Sekreterare Doris Ek Ordförande Arne Dahl Organ Jämtlands läns landstingsstyrelse Förvaringsplats för protokollet Kansliet
`;
    expect(organisers(graphOf(text)).filter((o) => /^\p{Ll}/u.test(o))).toEqual([]);
  });

  const partOf = (g: KnowledgeGraph) =>
    g
      .filterNodes((_, a) => a.kind === "organisation" && (a as { type?: string }).type === "body")
      .map((n) => `${g.getNodeAttribute(n, "label")} ${g.getNodeAttribute(n, "partOf" as never) ?? ""}`.trim());

  it.each([
    [
      "inline, the place of the meeting",
      `Kommunstyrelsens arbetsutskott Sammanträdesprotokoll 25 mars 2004 Plats och tid Bällstarummet, Kommunalhuset, Tierp torsdagen den 25 mars 2004 kl 9 Beslutande Arne Dahl (m), ordförande Berit Holm (fp) Carl Lund (s) Sekreterare Doris Ek Justerande Carl Lund
1 Val av justerare
`,
      ["Kommunstyrelsens arbetsutskott municipality:tierp"],
    ],
    [
      "not the municipalities its members stand for",
      `Kommunstyrelsen Sammanträdesprotokoll Sammanträdesdatum 2004-03-25 Plats och tid Kommunalhuset kl 9 Beslutande Arne Dahl (S), Sala Berit Holm (M), Heby Sekreterare Doris Ek Justerande Berit Holm
1 Val av justerare
`,
      ["Kommunstyrelsen"],
    ],
  ])("a municipality's body is of the municipality its header names: %s", (_, text, expected) => {
    expect(partOf(graphOf(text))).toEqual(expected);
  });

  it.each([
    [
      "Regionstyrelsen in Västerås",
      "Regionstyrelsen Sammanträdesprotokoll Sammanträdesdatum 2018-06-19 Plats och tid Regionhuset, Västerås kl 9 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Carl Lund (C) Sekreterare Doris Ek Justerare Carl Lund",
      ["Regionstyrelsen organisation:region-vastmanland"],
    ],
    [
      "Hälso- och sjukvårdsnämnden in Kalmar",
      "Hälso- och sjukvårdsnämnden Sammanträdesprotokoll Sammanträdesdatum 2018-06-19 Plats och tid Sjukhuset, Kalmar kl 9 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Sekreterare Doris Ek Justerare Berit Holm",
      ["Hälso- och sjukvårdsnämnden organisation:region-kalmar"],
    ],
    [
      "Regionstyrelsen in Eskilstuna, a county whose region is not named after it (Södermanlands län, Region Sörmland)",
      "Regionstyrelsen Sammanträdesprotokoll Sammanträdesdatum 2018-06-19 Plats och tid Regionhuset, Eskilstuna kl 9 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Sekreterare Doris Ek Justerare Berit Holm",
      ["Regionstyrelsen organisation:region-sormland"],
    ],
    [
      "not a municipality's Socialnämnden",
      "Socialnämnden Sammanträdesprotokoll Sammanträdesdatum 2018-06-19 Plats och tid Stadshuset, Kalmar kl 9 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Sekreterare Doris Ek Justerare Berit Holm",
      ["Socialnämnden"],
    ],
  ])("a region's body with no region named is of the county's region where it met: %s", (_, header, expected) => {
    expect(partOf(graphOf(`${header}\n1 Val av justerare\n`))).toEqual(expected);
  });
});
