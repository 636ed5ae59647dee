/**
 * Layouts of real minutes the protocol reader (01-protocol, 04-protocol) reads beyond the standard header: a body
 * named in capitals only, a member list by municipality in the minutes' body, a chair chosen in the first paragraph,
 * empty fields side by side, and staff titles held in an association or company that met. Invented people; real
 * municipalities and regions, which the lexicon knows.
 */
import { buildGraph, readDocument, type EdgeAttributes, type KnowledgeGraph } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const graphOf = (text: string) => buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
const held = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => {
      const a = g.getEdgeAttributes(e) as EdgeAttributes & { role?: string };
      return `${g.getNodeAttribute(g.source(e), "label")}: ${a.role} @ ${g.getNodeAttribute(g.target(e), "label")}`;
    })
    .sort();

describe("minutes layouts", () => {
  it("read the body that met from a header in capitals (`BEREDNINGSGRUPPEN FÖR …`), which holds its chairs' and secretary's roles", () => {
    const text = `1 REGION HALLAND ANTECKNINGAR BEREDNINGSGRUPPEN FÖR Sammanträde 2011-03-15 NÄRINGSLIV Kl 09.00 Plats: Hotell Strand, Varberg NÄRVARANDE Kommunernas ledamöter Arne Dahl (Varberg), 1:e vice ordförande Berit Holm (Falkenberg), 2:e vice ordförande Carl Lund (Halmstad) Regionens ledamöter Doris Ek, ordförande Erik Falk Sekreterare Frida Sten Övriga närvarande Gösta Berg, Region Halland
2 1 Mötets öppnande Ordföranden öppnade mötet.
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Arne Dahl: 1:e vice ordförande @ Beredningsgruppen");
    expect(roles).toContain("Berit Holm: 2:e vice ordförande @ Beredningsgruppen");
    expect(roles).toContain("Doris Ek: ordförande @ Beredningsgruppen");
    expect(roles).toContain("Frida Sten: sekreterare @ Beredningsgruppen");
    expect(roles.filter((r) => r.startsWith("Gösta Berg"))).toEqual([]);
  });

  it("take `FÖR` and the next word in capitals into a body's name in capitals", () => {
    const text = `PROTOKOLL BEREDNINGEN FÖR FOLKHÄLSA Sammanträde 2011-03-15 Plats: Regionens hus NÄRVARANDE Ledamöter Arne Dahl (S), ordförande Berit Holm (M)
1 Mötets öppnande
`;
    expect(held(graphOf(text))).toContain("Arne Dahl: ordförande @ Beredningen för folkhälsa");
  });

  it("read a member list by municipality in the minutes' body as the seats of the body that met", () => {
    const text = `Direktionsprotokoll
1 Plats och tid Falun, kl 10.00 Beslutande Arne Dahl (S) ordförande Berit Holm (M) Ersättare Carl Lund (S) Övriga Doris Ek, förbundsdirektör
2 Sekreterare Doris Ek Ordförande... Arne Dahl Justerare Berit Holm
3 1 Val av justerare Berit Holm (M) utses att jämte ordförande justera dagens protokoll. 2 Redovisning av kommunernas val Medlemskommunerna har utsett följande ledamöter och ersättare Borlänge Erik Falk (S) ledamot Frida Sten (M) ersättare Falun Arne Dahl (S) ledamot Carl Lund (S) ersättare Gagnef Gösta Berg (C) ledamot 3 Övrigt Inget.
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Erik Falk: ledamot @ Direktionen");
    expect(roles).toContain("Frida Sten: ersättare @ Direktionen");
    expect(roles).toContain("Arne Dahl: ledamot @ Direktionen");
    expect(roles).toContain("Carl Lund: ersättare @ Direktionen");
    expect(roles).toContain("Gösta Berg: ledamot @ Direktionen");
  });

  it("not read one municipality's names with their seats as the body's list", () => {
    const text = `Direktionsprotokoll
1 Plats och tid Falun, kl 10.00 Beslutande Arne Dahl (S) ordförande Berit Holm (M) Övriga Doris Ek, förbundsdirektör
2 Sekreterare Doris Ek Ordförande... Arne Dahl Justerare Berit Holm
3 1 Information Kommunen meddelar att Borlänge Erik Falk (S) ledamot i kommunstyrelsen har avgått.
`;
    expect(held(graphOf(text)).filter((r) => r.startsWith("Erik Falk") && r.endsWith("@ Direktionen"))).toEqual([]);
  });

  it("end the header at a numbered item of information, so the adjusters' field takes no one from the items", () => {
    const text = `SAMMANTRÄDESPROTOKOLL
Direktionen
1 Plats och tid Falun, kl 10.00 Beslutande Arne Dahl (S) ordförande Berit Holm (M) Övriga Doris Ek, förbundsdirektör
2 Sekreterare Doris Ek Ordförande... Arne Dahl Justerare Berit Holm
3 1 Information Kommunen meddelar att Borlänge Erik Falk (S) ledamot i kommunstyrelsen har avgått.
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Berit Holm: justerare @ Direktionen");
    expect(roles.filter((r) => r.startsWith("Erik Falk") && r.endsWith("@ Direktionen"))).toEqual([]);
  });

  it("read the chair and the secretary the first paragraphs choose for the meeting as their roles in the body that met", () => {
    const text = `Styrelsen PROTOKOLL Sammanträdesdatum 2013-05-30 Plats och tid Kontoret kl 13.00 Närvarande ledamöter Arne Dahl (S) Berit Holm (M) Carl Lund (C) Övriga närvarande Doris Ek, ekonomiansvarig
1 Mötets öppnande Ordföranden förklarade mötet öppnat. 2 Val av mötesordförande Till mötesordförande utses Berit Holm (M). 3 Val av sekreterare Till sekreterare för mötet valdes Doris Ek. 4 Val av justerare Till justerare utsågs Carl Lund.
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Berit Holm: mötesordförande @ Styrelsen");
    expect(roles).toContain("Doris Ek: sekreterare @ Styrelsen");
    expect(roles).toContain("Carl Lund: justerare @ Styrelsen");
    expect(roles.filter((r) => r.startsWith("Arne Dahl"))).toEqual(["Arne Dahl: ledamot @ Styrelsen"]);
  });

  it("read a role written as a field (`2:e vice ordförande: Name`) as the next name's, not the name's before it", () => {
    const text = `Sammanträdesprotokoll 1 Plats och tid: Skolan, kl 18:30 Ordförande: Ek Doris (L) 2:e vice ordförande: Falk Erik (S) Ledamöter: Holm Berit (M) Lund Carl (KD) Underskrifter: Sekreterare Frida Sten Ordförande Ek Doris
Barn- och skolnämnden Sammanträdesdatum 2013-09-25
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Erik Falk: 2:e vice ordförande @ Barn- och skolnämnden");
    expect(roles.filter((r) => r.startsWith("Doris Ek") && r.includes("vice"))).toEqual([]);
  });

  it("read names under fields side by side (`Ersättare: Övriga närvarande:`): a staff title or an organisation's letters make one of the others", () => {
    const text = `Barn- och skolnämnden Sammanträdesprotokoll Sammanträdesdatum 2013-09-25 Plats och tid: Skolan, kl 18:30 Ordförande: Ek Doris (L) Ledamöter: Holm Berit (M) Lund Carl (KD) Ersättare: Övriga närvarande: Strand Frida (FP) Gösta Berg (BUNVÖ), Skoldirektör Hanna Wik, Förvaltningsekonom Underskrifter: Sekreterare Hanna Wik Ordförande Ek Doris
`;
    const g = graphOf(text);
    const capacity = (name: string) =>
      g
        .filterEdges((_, a) => a.kind === "attended")
        .filter((e) => g.getNodeAttribute(g.source(e), "label") === name)
        .map((e) => (g.getEdgeAttributes(e) as EdgeAttributes & { capacity?: string }).capacity);
    expect(capacity("Frida Strand")).toEqual(["nonserving"]);
    expect(capacity("Gösta Berg")).toEqual(["other"]);
    expect(capacity("Hanna Wik")).toEqual(["other"]);
    // No seat for the officials; the letters before the title say where it is held.
    expect(held(g).filter((r) => r.startsWith("Gösta Berg") || r.startsWith("Hanna Wik: ersättare"))).toEqual(["Gösta Berg: skoldirektör @ BUNVÖ"]);
    const titles = (name: string) => (g.getNodeAttributes(g.findNode((_n, a) => a.label === name)!).roles ?? []).map((r) => r.roleNormalised);
    expect(titles("Gösta Berg")).toEqual(["skoldirektör"]);
  });

  it("keep the names under present and absent fields side by side as persons, and the titled ones as others present", () => {
    const text = `Protokoll nr 6

1 Protokoll nr 6 fört vid styrelsesammanträde för Vallby Bostäder AB Tid: Plats: 30 maj 2013 kl 13.00 Kontoret Närvarande ledamöter: Frånvarande: Övriga närvarande: Arne Dahl Berit Holm Carl Lund Doris Ek, VD Erik Falk, ekonomiansvarig Mötets öppnande Ordföranden förklarade mötet öppnat 54 Godkännande av dagordning Dagordningen godkändes. 55 Val av sekreterare Till sekreterare för mötet valdes Erik Falk. 56 Val av justerare Till justerare att jämte ordförande justera protokollet utsågs Carl Lund.
`;
    const g = graphOf(text);
    const people = g.filterNodes((_n, a) => a.kind === "person").map((n) => g.getNodeAttribute(n, "label"));
    expect(people).toEqual(expect.arrayContaining(["Arne Dahl", "Berit Holm", "Carl Lund", "Doris Ek", "Erik Falk"]));
    const attended = g
      .filterEdges((_, a) => a.kind === "attended")
      .map((e) => g.getNodeAttribute(g.source(e), "label"))
      .sort();
    // Carl Lund, chosen in the paragraphs to adjust the minutes, was there (round 24).
    expect(attended).toEqual(["Carl Lund", "Doris Ek", "Erik Falk"]);
  });

  it("read a company's board minutes: the company is the body that met, its officials' titles are held in it, and the chosen secretary and adjuster hold their roles", () => {
    const text = `Protokoll nr 6

1 Protokoll nr 6 fört vid styrelsesammanträde för Vallby Bostäder AB Tid: Plats: 30 maj 2013 kl 13.00 Kontoret Närvarande ledamöter: Frånvarande: Övriga närvarande: Arne Dahl Berit Holm Carl Lund Doris Ek, VD Erik Falk, ekonomiansvarig Mötets öppnande Ordföranden förklarade mötet öppnat 54 Godkännande av dagordning Dagordningen godkändes. 55 Val av sekreterare Till sekreterare för mötet valdes Erik Falk. 56 Val av justerare Till justerare att jämte ordförande justera protokollet utsågs Carl Lund.
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Doris Ek: vd @ Vallby Bostäder AB");
    expect(roles).toContain("Erik Falk: ekonomiansvarig @ Vallby Bostäder AB");
    expect(roles).toContain("Erik Falk: sekreterare @ Vallby Bostäder AB");
    expect(roles).toContain("Carl Lund: justerare @ Vallby Bostäder AB");
    expect(roles.filter((r) => r.startsWith("Arne Dahl"))).toEqual([]);
  });

  it("hold an association's officials' titles in the association that met, but not a title followed by another organisation", () => {
    const text = `Samordningsförbundet Vallby PROTOKOLL Sammanträdesdatum 2016-12-16 Plats och tid Hotellet, Askersund kl. 09.00-12.00 Beslutande Arne Dahl, ordförande Berit Holm Övriga deltagande Carl Lund, Förbundschef Doris Ek, Ekonom Erik Falk, enhetschef, Försäkringskassan Utses att justera Berit Holm Underskrifter Sekreterare Doris Ek Ordförande Arne Dahl Justerande Berit Holm
`;
    const roles = held(graphOf(text));
    expect(roles).toContain("Carl Lund: förbundschef @ Samordningsförbundet Vallby");
    expect(roles).toContain("Doris Ek: ekonom @ Samordningsförbundet Vallby");
    expect(roles.filter((r) => r.startsWith("Erik Falk") && r.endsWith("Samordningsförbundet Vallby"))).toEqual([]);
  });

  it("read a municipality written after a member's party (`(S) Varbergs kommun`) and one after a staff title (`kommunchef Borås`)", () => {
    const text = `Direktionsprotokoll
1 Plats och tid Borås, kl 10.00 Beslutande Arne Dahl (S) ordförande Berit Holm (M) Adjungerade Carl Lund (S) Varbergs kommun Doris Ek (KD) Övriga Erik Falk, förbundsdirektör Frida Strand, kommunchef Borås
2 Sekreterare Erik Falk Ordförande... Arne Dahl Justerare Berit Holm
3 1 Val av justerare Berit Holm (M) utses att jämte ordförande justera dagens protokoll. 2 Övrigt Inget.
`;
    const g = graphOf(text);
    const represents = g
      .filterEdges((_, a) => a.kind === "represents")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} -> ${g.getNodeAttribute(g.target(e), "label")}`)
      .sort();
    expect(represents).toContain("Carl Lund -> Varberg");
    expect(represents).toContain("Frida Strand -> Borås");
    expect(represents.filter((r) => r.startsWith("Doris Ek"))).toEqual([]);
    expect(held(g)).toContain("Frida Strand: kommunchef @ Borås");
  });

  it("read a member replaced by surname only (`ersättare för Nilsson`) without taking the next name as the member replaced", () => {
    const text = `Kulturnämnden PROTOKOLL Sammanträdesdatum 2015-01-21 Plats och tid Stadshuset kl 17.00 Beslutande Arne Dahl (fp), ordförande Berit Holm (m), ersättare för Nilsson Carl Lund (s), 2:e vice ordförande Doris Ek (s) Utses att justera Carl Lund Underskrifter Sekreterare Erik Falk Ordförande Arne Dahl Justerande Carl Lund
`;
    const g = graphOf(text);
    expect(held(g)).toContain("Carl Lund: 2:e vice ordförande @ Kulturnämnden");
    const attended = g
      .filterEdges((_, a) => a.kind === "attended")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} ${(g.getEdgeAttributes(e) as EdgeAttributes & { capacity?: string }).capacity}`);
    expect(attended).toContain("Berit Holm substitute");
  });

  it("a school named after someone among those present (`Jon Berg, sekreterare Tord Vinges skola`) is no person in the header", () => {
    const text = `Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2019-04-02 Plats och tid Stadshuset kl 13.00 Beslutande Hanna Ekdal (S), ordförande Ivar Lund (M) Övriga närvarande Jon Berg, sekreterare Tord Vinges skola Utses att justera Ivar Lund Underskrifter Sekreterare Jon Berg Ordförande Hanna Ekdal Justerare Ivar Lund
§ 1 Mötets öppnande
`;
    const people = graphOf(text).filterNodes((_, a) => a.kind === "person");
    expect(people.sort()).toEqual(["person:hanna-ekdal", "person:ivar-lund", "person:jon-berg"]);
  });
});
