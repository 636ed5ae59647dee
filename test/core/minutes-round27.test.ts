/**
 * Real minutes' layouts, round 27 (01-lists.ts, 04-protocol.ts, 05-meetings.ts): a network's notes whose attendance
 * names where each comes from. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { createExtractionModel, extractDocument, type DocumentRecord } from "../../packages/core/src/index";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

describe("a network's notes, `Name, Organisation` a line and `Från <Org> närvarade A och B`", () => {
  const notes = (first: string, second: string) =>
    `Minnesanteckningar från nätverksträff för folkhälsosamordnare 2022-09-14\n\nPlats: Kommunhuset\n\nNärvarande\nKarin Holm, ${first}\nOlle Dahl, ${second}\nStina Berg, Region Västerbotten\nPia Lund, Länsstyrelsen Dalarna\n\nFrån Länsstyrelsen i Västerbottens län närvarade Rut Viklund och Kent Ås.\n\n1. Inledning\nKarin Holm hälsade välkommen.\n`;
  // Municipalities the lexicon knows (an inline header's reading), and places it does not (field lines').
  const layouts = [
    ["municipalities the lexicon knows", notes("Umeå kommun", "Skellefteå kommun")],
    ["places the lexicon lacks", notes("Vallby kommun", "Norrby kommun")],
  ];
  it.each(layouts)("with %s: no body those present come from met, nor organised the meeting", (_, text) => {
    const g = graphOf(text);
    const organisers = g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)));
    expect(organisers).toEqual([]);
    expect(personRoles(g, { written: true }).filter((r) => /Länsstyrelsen|Region/.test(r))).toEqual([]);
  });
  it.each(layouts)("with %s: those from the named organisation are present among the others", (_, text) => {
    expect(attendees(graphOf(text))).toEqual(expect.arrayContaining([expect.stringMatching(/^Kent Ås: /), expect.stringMatching(/^Rut Viklund: /)]));
  });
  it.each(layouts)("with %s: the organisation after a name's comma is no person", (_, text) => {
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "person").map((n) => label(g, n))).not.toContain("Länsstyrelsen Dalarna");
    expect(attendees(g)).toEqual(expect.arrayContaining(["Karin Holm: member", "Pia Lund: member", "Stina Berg: member"]));
  });
  it("a municipality after a name's comma, an entry a line, is the one the person stands for", () => {
    const g = graphOf(layouts[0][1]);
    const represents = g.filterEdges((_, a) => a.kind === "represents").map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`);
    expect(represents.sort()).toEqual(["Karin Holm: Umeå", "Olle Dahl: Skellefteå"]);
  });
  it("the body named in a title before the list is the one that met", () => {
    const g = graphOf(`Socialnämnden\n${notes("Umeå kommun", "Skellefteå kommun")}`);
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual(["Socialnämnden"]);
  });
});

describe("an association's annual meeting whose items elect its board (`Val av styrelse`) and choose its officers (`Mötet valde X till …`)", () => {
  const text =
    "Årsmöte för Vallby Ungdomsförening, Storgatan 4\n\n10 december 2019\n\n1. Mötets öppnande.\n\nKarin Holm förklarade mötet öppnat 18:05 den 10 december 2019.\n\n3. Justering av röstlängd.\n\nNärvarande med rösträtt:\n\nOlle Dahl\n\nStina Berg\n\nKarin Holm\n\nÖvriga närvarande:\n\nPia Lund\n\n4. Val av mötesordförande.\n\nMötet valde Karin Holm till mötesordförande.\n\n5. Val av mötessekreterare.\n\nMötet valde Stina Berg till mötessekreterare.\n\n6. Val av justeringspersoner.\n\nMötet valde Olle Dahl till justerare av protokollet.\n\n13. Val av styrelse.\n\nMötet valde\n\nStina Berg till ordförande.\n\nRut Viklund till kassör.\n";
  const g = graphOf(text);
  it("is no meeting of the board the item elects", () => {
    const bodies = [...g.filterNodes((_, a) => a.kind === "organisation"), ...g.filterNodes((_, a) => a.kind === "meeting")].map((n) => label(g, n));
    expect(bodies.filter((b) => /styrelse/i.test(b))).toEqual([]);
    expect(personRoles(g, { written: true }).filter((r) => r.includes("ledamot"))).toEqual([]);
  });
  it("reads the meeting's officers chosen with the active verb", () => {
    const held = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")}`);
    // Each office as the sentence choosing it writes it (`till mötessekreterare`).
    expect(held.sort()).toEqual(["Karin Holm: mötesordförande", "Olle Dahl: justerare", "Stina Berg: mötessekreterare"]);
  });
});

describe("an adjuster the header lists whom another adjusts for (`X (C) ersätter Y (L) som justerare`)", () => {
  const inline =
    "PROTOKOLL Kommunstyrelsen Sammanträdesdatum 2021-03-09 Plats: Stadshuset Beslutande: Karl Holm (S), ordförande, Stina Berg (M), Olle Dahl (V), Pia Lund (C), Rut Viklund (L) Sekreterare: Maja Tell Utses att justera: Rut Viklund\n\n§ 1 Val av justerare Pia Lund (C) ersätter Rut Viklund (L) som justerare. Protokollet justeras den 15 mars 2021.\n\n§ 2 Budget Beslut Kommunstyrelsen godkänner budgeten.\n";
  const lines =
    "Protokoll Kommunstyrelsen 2021-03-09\n\nPlats: Stadshuset\nNärvarande: Karl Holm (S), Stina Berg (M), Olle Dahl (V), Pia Lund (C), Rut Viklund (L)\nSekreterare: Maja Tell\nJusterare: Rut Viklund\n\n§ 1 Val av justerare\nPia Lund (C) ersätter Rut Viklund (L) som justerare.\n\n§ 2 Budget\nKommunstyrelsen godkänner budgeten.\n";
  it.each([
    ["an inline header", inline],
    ["field lines", lines],
  ])("in %s, only the one who adjusted holds the office", (_, text) => {
    const g = graphOf(text);
    const held = g.filterEdges((_, a) => a.kind === "holds_role" && a.role === "justerare").map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`);
    expect(held).toEqual(["Pia Lund @ Kommunstyrelsen"]);
  });
});

describe("a guest's office in another organisation, its short form before the body (`vice ordförande LRF regionstyrelsen`)", () => {
  const text =
    "1 PROTOKOLL 1 (28) Sammanträdestid 2019-05-14 kl 09:00-12:30 Sammanträdesplats Tallen, Region Västerbotten, Umeå Beslutande Enligt närvarolista sidan 2 Paragrafer 86-107 Underskrifter Sekreterare Maja Tell Ordföranden Karin Holm (S) Olle Dahl (M) BEVIS OM ANSLAG Justering har tillkännagivits genom anslag. Myndighet Arbetsutskottet\n\n2 PROTOKOLL 2 (28) Närvarolista Ledamöter (7) Karin Holm S 1 Ordförande Olle Dahl M 1 Stina Berg S 1 Övriga närvarande Maja Tell, nämndsekreterare, Eva Lind, kanslichef, Nils Berg, vice ordförande LRF regionstyrelsen, 107\n\n3 PROTOKOLL 3 (28) Ärendelista Sida 86. Fastställande av ärendelistan\n";
  it("is held there, not in the committee that met", () => {
    expect(personRoles(graphOf(text), { written: true, normalised: false }).filter((r) => r.startsWith("Nils Berg"))).toEqual([
      "Nils Berg: vice ordförande @ LRF regionstyrelsen",
    ]);
  });
  it.each(["(S)", "S"])("a party's letters %s before a body name no organisation", (letters) => {
    const roles = personRoles(graphOf(text.replace("vice ordförande LRF regionstyrelsen", `vice ordförande ${letters} regionstyrelsen`)), { written: true });
    expect(roles.filter((r) => r.includes("LRF") || r.includes(`${letters} regionstyrelsen`))).toEqual([]);
  });
});

describe("guests' organisations after their names' commas in a flattened header (`Sven Alm, Kommunförbundet X Bo Dahl, …`)", () => {
  const text =
    "1 VÄSTRA GÖTALANDSREGIONEN ANTECKNINGAR BEREDNINGSGRUPPEN FÖR Sammanträde 2007-04-10 REGIONUTVECKLING Kl 9.30 Plats: Hotell Havsbaden, Stenungsund NÄRVARANDE Kommunernas ledamöter Karin Holm(Skaraborg), 1:e vice ordförande Olle Dahl(Göteborgsregionen) Stina Berg (Skaraborg) Regionens ledamöter Kent Ås, ordförande Lisa Ek Sekreterare Maja Tell Övriga närvarande Sven Alm, Kommunförbundet Skaraborg Bo Dahl, Sjuhärads Kommunalförbund Anna Ek, visionspanelen, p6\n\n1. Mötets öppnande Ordföranden öppnade mötet.\n";
  it("name no body that met", () => {
    const g = graphOf(text);
    const bodies = g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)));
    expect(bodies.filter((b) => /förbund/i.test(b))).toEqual([]);
    expect(personRoles(g, { written: true }).filter((r) => /förbund/i.test(r))).toEqual([]);
  });
});

describe("a web copy's items numbered before the sign (`53 § Sammanträdets öppnande`), the adjuster chosen beside the chair", () => {
  const text = (choice: string) =>
    `Direktionens protokoll 8 december 2023\n\nNärvarande\n\nDirektionens ledamöter\nKarin Holm (S)\nOlle Dahl (S)\nStina Berg (SD)\nPia Lund, ordförande (S)\n\nDirektionens ersättare\nKent Ås (C) tjänstgörande\nLisa Ek (S)\n\nTjänstepersoner\nSven Alm, förbundschef\nMaja Tell, administratör\n\n53 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.\n\n${choice}\n\n54 § Föregående protokoll\n\nProtokollet lades till handlingarna.\n`;
  const adjusters = (t: string) => {
    const g = graphOf(t);
    return g.filterEdges((_, a) => a.kind === "holds_role" && a.roleNormalised === "justerare").map((e) => label(g, g.source(e)));
  };
  it("ends the header at the first item, so the paragraph that chooses the adjuster is read", () => {
    expect(adjusters(text("Till justeringsperson valdes Stina Berg."))).toEqual(["Stina Berg"]);
  });
  it.each(["jämte ordförande", "tillsammans med ordföranden"])("does not choose the chair named `%s X`", (beside) => {
    expect(adjusters(text(`Att ${beside} Pia Lund justera dagens protokoll valdes Stina Berg.`))).toEqual(["Stina Berg"]);
  });
});

describe("a board's meeting over two days, its title's date a range (`den 14-15 mars 2015`)", () => {
  const text =
    "Möte med föreningens styrelse den 14-15 mars 2015\n\nPROTOKOLL NR 4/2014/2015\n\nMöte med föreningens styrelse den 14-15 mars 2015\n\nLedamöter Närvarande\nKarin Holm X, mötesordförande § 40 - § 52\nOlle Dahl X\nStina Berg X, mötesordförande § 53 - § 60\nPia Lund anmält förhinder\nRut Viklund X\nSuppleanter\nKent Ås X\nLisa Ek anmält förhinder\nSekretariatet\nMaja Tell X, sekreterare\nSven Alm X\nÖvriga\nEva Lind X, § 45 - § 46\n§ 40 Mötet öppnas\n\nOrdförande Karin Holm hälsar alla välkomna och förklarar mötet öppnat.\n\n§ 41 Val av justerare\n\nBeslut\n\natt utse Rut Viklund till justerare samt till att, jämte ordförandena, justera protokollet.\n";
  it("is titled without the range's first day", () => {
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n))).toEqual(["2015-03-14 Möte med föreningens styrelse"]);
  });
});

describe("minutes that end on the word of replacing, no name after it (`Anna Berg tjg för`)", () => {
  it("are read without an error", () => {
    const text = "Anna Berg tjg för ";
    const doc = { id: "p", source: "p.txt", genre: "minutes", language: "sv", format: "text", encoding: "utf-8", text, title: text } as DocumentRecord;
    expect(() => extractDocument(doc, createExtractionModel())).not.toThrow();
  });
});
