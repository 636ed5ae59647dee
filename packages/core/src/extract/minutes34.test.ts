/**
 * Minutes in layouts real minutes use (01-protocol.ts, 04-protocol.ts): the body that met named in other ways than a
 * name ending in its noun, and a chair's title held elsewhere. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

/** Each role held in a body as `name: role @ body`, sorted. */
const held = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")} @ ${label(g, g.target(e))}`)
    .sort();
/** Each chair as `name @ meeting`, sorted. */
const chairs = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`)
    .sort();

describe("the body that met", () => {
  it("named with suspended hyphens and a comma (`Miljö-, bygg- och hälsoskyddsnämnden`) holds its members' seats", () => {
    const g = graphOf(
      "Sammanträdesprotokoll Blad Miljö-, bygg- och hälsoskyddsnämnden 2011-03-02 4 Plats och tid Kommunhuset Älvby, klockan 10.00-12.00 Beslutande Arvid Lund (s), ordförande Berit Ek (s) Cecilia Holm (v) Övriga närvarande Dora Falk, sekreterare Justerare Berit Ek\n§ 1 Upprop\n",
    );
    expect(chairs(g)).toEqual(["Arvid Lund @ 2011-03-02 Miljö-, bygg- och hälsoskyddsnämnden"]);
    expect(held(g).filter((r) => r.startsWith("Arvid") || r.startsWith("Cecilia"))).toEqual([
      "Arvid Lund: ordförande @ Miljö-, bygg- och hälsoskyddsnämnden",
      "Cecilia Holm: ledamot @ Miljö-, bygg- och hälsoskyddsnämnden",
    ]);
  });
  it("named by the matters it is for (`Nämnd för arbetsmarknad, näringsliv och kultur`)", () => {
    const g = graphOf(
      "Nämnd för arbetsmarknad, näringsliv och kultur\n\nPROTOKOLL 1(6) Plats: Regionens hus, sal A Närvarande: Eva Lind (M), ordförande, Olle Berg (S), Kim Nord (S) ersätter Siv Alm (S) Justerare: Olle Berg Sekreterare: Per Ek\n§ 1 Upprop\n",
    );
    expect(held(g).filter((r) => r.startsWith("Eva") || r.startsWith("Kim"))).toEqual([
      "Eva Lind: ordförande @ Nämnd för arbetsmarknad, näringsliv och kultur",
      "Kim Nord: ersättare @ Nämnd för arbetsmarknad, näringsliv och kultur",
    ]);
  });
  it("named in the genitive in the title (`Protokoll från samordningsgruppens möte`)", () => {
    const g = graphOf(
      "Protokoll från samordningsgruppens möte den 4 maj 2006 i Älvby Närvarande: Alma Berg, Borås, ordf Bo Carlsson, Umeå Cilla Dahl, Ale\n1. Mötet öppnas Alma Berg hälsar välkommen.\n",
    );
    expect(chairs(g)).toEqual(["Alma Berg @ 2006-05-04 Samordningsgruppen"]);
  });
  it("named only as the subject of its decisions, twice (`Valnämnden godkänner dagordningen`)", () => {
    const head =
      "Datum: kl 15:00-17:00 Paragrafer: 1-9 Plats: Nämndrummet Älvby Underskrifter Maja Berg Ordförande Nils Holm Sekreterare Justeras Olle Dahl Övriga Maja Berg (M), Ordförande Petra Ek (S), Vice ordförande Olle Dahl (M) Nils Holm, Kommunsekreterare Vn 1 Val av justerare Olle Dahl (M) justerar protokollet. Vn 2 Valnämnden godkänner dagordningen.";
    const g = graphOf(`${head} Vn 3 Mötesplan Valnämnden beslutar att anta mötesplanen.\n`);
    expect(held(g).filter((r) => r.startsWith("Petra"))).toEqual(["Petra Ek: vice ordförande @ Valnämnden"]);
    // Once may be another body's decision an item recounts: the seat is held at the meeting, the body unnamed.
    expect(held(graphOf(`${head}\n`)).filter((r) => r.startsWith("Petra"))).toEqual(["Petra Ek: vice ordförande @ Protokoll (Nämndrummet Älvby)"]);
  });
});

describe("a chair listed", () => {
  it("with where she comes from before her title (`Alma Berg, Dalarna, ordf`) chairs; one chairing another body (`ordförande i Nätverket X`) does not", () => {
    const g = graphOf(
      "Protokoll från samordningsgruppens möte den 4 maj 2006 i Älvby Närvarande: Alma Berg, Dalarna, ordf Bo Carlsson, Skåne Dan Ek, Halland, sekreterare Eva Fors, ordförande i Nätverket Friskt Län Mötet öppnas Alma Berg hälsar välkommen.\n",
    );
    expect(chairs(g)).toEqual(["Alma Berg @ 2006-05-04 Samordningsgruppen"]);
    expect(held(g).filter((r) => !r.includes("ledamot"))).toEqual([
      "Alma Berg: ordf @ Samordningsgruppen",
      "Dan Ek: sekreterare @ Samordningsgruppen",
      "Eva Fors: ordförande @ Nätverket Friskt Län",
    ]);
  });
});

describe("a signature block in capitals flattened with each title after its name", () => {
  it("gives the chair the name before `Ordförande`, a field's label inside the block (`ORGAN`) no break in it", () => {
    const g = graphOf(
      "PROTOKOLL PARAGRAF NR SIDA Kyrkofullmäktige 1-9 1(5) PLATS DATUM OCH TID FÖR MÖTET Församlingshemmet 2015-05-20 kl. 19.00-20.00 BESLUTANDE Rune Alm (Sfk), ordförande Siv Berg (Posk), 1:e vice ordförande ÖVRIGA DELTAGARE Tore Cl, kyrkoherde JUSTERINGENS PLATS OCH TID Kyrkokansliet 2015-05-27 Rune Alm Ordförande Ulla Dahl sekreterare Vera Ek Justerare ORGAN Yngve Falk Justerare ANSLAG/BEVIS Justeringen har tillkännagivits genom anslag\n",
    );
    expect(chairs(g)).toEqual(["Rune Alm @ 2015-05-20 Kyrkofullmäktige"]);
  });
});

describe("a council's member listed as the chair by her association's letters (`Per Alm PRO, Ordförande`)", () => {
  const text =
    "Kommunala pensionärsrådet 12 mars 2015 1 (6) Plats och tid Rådhuset, kl 13:00-15:00. Beslutande Per Alm PRO, Ordförande Siri Berg Omsorgsnämnden Tor Dahl Kommunstyrelsen Una Ek PRO Åke Holm SKPF Justerare Plats och tid Sekreterare Paragrafer 1-7 Ordförande Justerare Ebba Ivarsson Per Alm Instans Anslaget sätts upp Underskrift Una Ek BEVIS Justeringen har tillkännagivits genom anslag\n";
  it("chairs, over a signature block aligned so that it puts her under another office's label", () => {
    const g = graphOf(text);
    expect(chairs(g)).toEqual(["Per Alm @ 2015-03-12 Kommunala pensionärsrådet"]);
    expect(held(g).filter((r) => r.startsWith("Per"))).toEqual(["Per Alm: ordförande @ Kommunala pensionärsrådet"]);
  });
});

describe("a middle initial that is a party's letter, in a list of officials (`Anna S Gran Upphandlare`)", () => {
  it("is the name's, not a party for the next name", () => {
    const g = graphOf(
      "Teknik- och servicenämnden Sida 1(20) Plats och tid Kommunhuset, kl 13 Beslutande Bo Alm (s) Ulf Ek (m) Övriga närvarande Tjänstemän Rolf Fors Förvaltningschef Anna S Gran Upphandlare 50 Erik Holm Förvaltningschef 51 Maja Kling Nämndsekreterare Utses att justera Ulf Ek (m) Underskrifter Sekreterare Maja Kling Ordförande Bo Alm (s) Justerande Ulf Ek (m)\n",
    );
    const people = g.filterNodes((_, a) => a.kind === "person").map((n) => label(g, n));
    expect(people).toContain("Anna S Gran");
    const parties = g.filterEdges((_, a) => a.kind === "member_of").map((e) => label(g, g.source(e)));
    expect(parties).not.toContain("Erik Holm");
  });
});
