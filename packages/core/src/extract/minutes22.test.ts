/**
 * Minutes flattened from PDF in layouts real minutes use (01-protocol.ts, 04-protocol.ts): officials written title
 * first after the reserves under bunched labels. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { attendees, graphOf, label, roles } from "../../../../test/helpers/minutes";

describe("officials written title first after the reserves, under bunched labels", () => {
  const text =
    "1 KOMMUNSTYRELSEN Sidan 1(20) Plats och tid Rådhussalen kl. 09:00-12:00 Beslutande Ledamöter Anna Bergman (S), Per Holmström (M), Eva Sundin (V) och Kim Lindahl (L). Tjänstgörande ersättare Övriga närvarande Ersättare Tjänstemän Siv Dahlgren (S) ersätter Mats Ugla (S) och Bo Rask (M) ersätter Lena Hök (M). Gun Frost (S), Leo Palm (M) och Ivar Ström (C). Kommundirektör Jan Wiklund, kommunsekreterare Lisa Moberg, ekonom Tove Alm 12, ekonomichef Rut Kvist 12 och controller Maj Sjö 13. Övriga Justering Justerande Plats och tid Kim Lindahl (L) Paragrafer Underskrifter Sekreterare Ordförande Justerande Lisa Moberg Anna Bergman (S) Kim Lindahl (L) Utdragsbestyrkande\n";
  it("are the officials' field, not reserves", () => {
    expect(attendees(graphOf(text))).toEqual([
      "Anna Bergman: member",
      "Bo Rask: substitute",
      "Eva Sundin: member",
      "Gun Frost: nonserving",
      "Ivar Ström: nonserving",
      "Jan Wiklund: other",
      "Kim Lindahl: member",
      "Leo Palm: nonserving",
      "Lisa Moberg: other",
      "Maj Sjö: other",
      "Per Holmström: member",
      "Rut Kvist: other",
      "Siv Dahlgren: substitute",
      "Tove Alm: other",
    ]);
  });
  it("each hold the title written before the name", () => {
    const officials = roles(graphOf(text)).filter((r) => /^(Jan|Lisa|Tove|Rut|Maj) /.test(r));
    expect(officials).toEqual([
      "Jan Wiklund: kommundirektör",
      "Lisa Moberg: kommunsekreterare",
      "Lisa Moberg: sekreterare",
      "Maj Sjö: controller",
      "Rut Kvist: ekonomichef",
      "Tove Alm: ekonom",
    ]);
  });
});

describe("the notice of adjustment's signature", () => {
  it("is no one present: `Förvaringsplats för protokollet Underskrift <office> X` after `BEVIS`", () => {
    const g = graphOf(
      "1 VALLBY KOMMUN SAMMANTRÄDESPROTOKOLL Sida Kommunfullmäktige [30] Plats och tid Stora salen, kommunhuset kl Beslutande Förteckning enligt bilaga Övriga närvarande Bo Lindfors, kommunchef Anna Ekholm, kommunsekreterare Utses att justera Rut Hagström (KD) och Gun Norling (S) Justeringens plats och tid Kommunhuset Paragrafer 16-22 Underskrifter Sekreterare Ordförande Justerare Anna Ekholm Berit Alvin (L) Rut Hagström (KD) Gun Norling (S) BEVIS Justeringen har tillkännagivits genom anslag Organ Kommunfullmäktige Datum för Datum för anslagets uppsättande anslagets nedtagande Förvaringsplats för protokollet Underskrift Kommunstyrelsens expedition Maja Eklind Utdragsbestyrkad\n\n2 Kommunfullmäktige [30] KF 16 Val av protokolljusterare Rut Hagström (KD) och Gun Norling (S) utses att justera protokollet jämte ordföranden.\n",
    );
    expect(attendees(g)).toEqual(["Anna Ekholm: other", "Berit Alvin: chair", "Bo Lindfors: other", "Gun Norling: adjuster", "Rut Hagström: adjuster"]);
  });
});

describe("a serving mark in lower case after a name and its party, two columns flattened", () => {
  it("makes that name a serving reserve, not the next name replaced (`X (C) tjg ers Y (S)`)", () => {
    const g = graphOf(
      "1 Plats och tid Storsalen, Kommunhuset, Vallby kl18:00-21:00 Beslutande: Mona Frisk (S) Sten Ågren (C) Ulla Berg (S) ordf Maj Tönnes (C) Ruth Ängstedt (S) Ulf Nyhed (C) tjg ers Kjell Nilsén (S) Ann Sved (C) tjg ers Leif Hamre (V) Maria Adler (S) tjg ers Yvonne Oskar (V) Övriga deltagande Utses att justera Administrativ chef Karin Hölund Ruth Ängstedt Justeringens plats och tid Kommunkansliet Underskrifter Sekreterare... Paragrafer Karin Hölund Ordförande... Ulla Berg Justerande... Ruth Ängstedt\n",
    );
    expect(attendees(g).filter((a) => !a.startsWith("Karin"))).toEqual([
      "Ann Sved: substitute",
      "Kjell Nilsén: member",
      "Leif Hamre: member",
      "Maj Tönnes: member",
      "Maria Adler: substitute",
      "Mona Frisk: member",
      "Ruth Ängstedt: member",
      "Sten Ågren: member",
      "Ulf Nyhed: substitute",
      "Ulla Berg: member",
      "Yvonne Oskar: member",
    ]);
  });
});

describe("the body named only in the notice of adjustment", () => {
  /** The labels of the meetings, sorted. */
  const meetings = (g: KnowledgeGraph) =>
    g
      .filterNodes((_, a) => a.kind === "meeting")
      .map((n) => label(g, n))
      .sort();
  it("is the organ: its `Forum` field", () => {
    const g = graphOf(
      "1 Plats och tid Storsalen, Kommunhuset, Vallby kl18:00-21:00 Beslutande: Mona Frisk (S) Sten Ågren (C) Olle Mård (S) Inga Ohlin (C) Ulla Berg (S) ordf Maj Tönnes (C) Ruth Ängstedt (S) Ulf Nyhed (C) Kjell Nilsén (S) Ann Sved (C) Stina Mikkelsen (S) Leif Hamre (V) Maria Adler (S) Yvonne Oskar (V) Jan Hedin (M) Harald Norén (L) Lars Molander (M) Maud Jonsén (L) Desiré Ekman (M) Karin Jansén (MP) Erik Nyström (M) Lasse Göransson (MP) Christer Sjöberg (M) Mikael Olander (SD) Torsten Hellqvist (M) Kennet Hedberg (M) Övriga deltagande Utses att justera Ruth Ängstedt Justeringens plats och tid Kommunkansliet Underskrifter Sekreterare... Paragrafer Karin Hölund Ordförande... Ulla Berg Justerande... Ruth Ängstedt\n\n2 ANSLAGSBEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag Forum Kommunfullmäktige Sammanträdesdatum för anslags upprättande Förvaringsplats för protokollet Kommunkansliet Underskrift Karin Hölund\n",
    );
    expect(meetings(g)).toEqual(["Kommunfullmäktige (Storsalen)"]);
  });
  it("is the organ: its genitive before `protokoll är justerat`", () => {
    const g = graphOf(
      "1 (30) Tid och plats Stadshuset, Sessionssalen Kl Beslutande Se förteckning bilaga 1 Närvarande, ej tjänstgörande. Ersättare Per Alström Sune Svedin Mary Jonsén Övriga närvarande Ulla Andrén, sekr Tid och plats för justering Torsdagen den 19 december kl Paragrafer Sekreterare. Ulla Andrén Ordförande.. Olle Säfberg Justerande.. Gösta Dahlin ANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat. Sammanträdesdatum Anslaget sätts upp Anslaget tas ned Protokollet finns hos Stadskansliet Underskrift..\n",
    );
    expect(meetings(g)).toEqual(["Kommunfullmäktige (Stadshuset)"]);
  });
});

describe("names marked with an asterisk among a council's members", () => {
  it("attend in no capacity and hold no seat, the legend lost; the unmarked are members", () => {
    const g = graphOf(
      "1 (30) Tid och plats Stadshuset, Sessionssalen Kl Beslutande Se förteckning bilaga 1 Övriga närvarande Ulla Andrén, sekr Tid och plats för justering Torsdagen den 19 december kl Paragrafer Sekreterare. Ulla Andrén Ordförande.. Olle Säfberg Justerande.. Gösta Dahlin ANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat. Sammanträdesdatum Anslaget sätts upp Anslaget tas ned Underskrift..\n\n2 (30) Beslutande Olle Säfberg Gösta Dahlin Vera Dalman Bo Swedin * Frida Fjell Anita Frisén *Ester Holm Helene Lagerqvist Maria Nordin\n",
    );
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")}`)
      .filter((r) => /^(Frida|Ester|Vera) /.test(r))
      .sort();
    expect(attendees(g).filter((a) => /^(Frida|Ester|Vera) /.test(a))).toEqual(["Ester Holm: -", "Frida Fjell: -", "Vera Dalman: member"]);
    expect(seats).toEqual(["Vera Dalman: ledamot"]);
  });
});

describe("parties in parentheses one after another after a name", () => {
  // Not as many as the names before them (five names, four parties): as many are theirs in order (minutes33.test.ts).
  it("are a party column flattened, none of them the name's", () => {
    const g = graphOf(
      "1 (30) Tid och plats Stadshuset Kl Beslutande Se förteckning bilaga 1 Övriga närvarande Ulla Andrén, sekr Paragrafer Sekreterare. Ulla Andrén Ordförande.. Olle Säfberg Justerande.. Gösta Dahlin\n\n2 (30) Beslutande Olle Säfberg Gösta Dahlin Vera Dalman Ester Holm Bo Swedin (M) (MP) (KD) (C) Frida Fjell Anita Frisén (S)\n",
    );
    const parties = g
      .filterEdges((_, a) => a.kind === "member_of")
      .map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`)
      .sort();
    expect(parties).toEqual(["Anita Frisén: Socialdemokraterna"]);
  });
});

describe("the members' field whose value refers to an annex", () => {
  it("takes none of the names before the next label (a programme's speakers)", () => {
    const g = graphOf(
      "UN0605\nPlats och tid Skolans aula, Storgatan 5, Vallby, kl\n15.00-16.00\n\nBeslutande Se närvarolista\n\nProgram:\nKl. 09.00-10.00 Förvaltningen informerar\nKl. 10.00-12.00 Information om HR\n(Agda Strand-Berg/Britta Holm-Lind)\nKl. 15.00-16.00 Nämndsammanträde\n\nÖvriga deltagande Nils Bergman, utbildningschef\nMaja Dahl, sekr\nUtses att justera Per Lindell (s)\n\nUnderskrift Sekreterare ........ Paragrafer 17-27\nMaja Dahl\n\nOrdförande ........\nNils Mattsson\n\nJusterande ........\nPer Lindell\n\nANSLAG/BEVIS\nOrgan Utbildningsnämnden\n\nSammanträdesdatum 2006-05-02\n",
    );
    expect(attendees(g).filter((a) => /^(Agda|Britta) /.test(a))).toEqual([]);
  });
});

describe("a staff title after the name's comma, over an abbreviation", () => {
  it("is the name's, who is among the others present, not the members (`X, tillträdande vik. nämndsekreterare`)", () => {
    const g = graphOf(
      "1 1 (28) Paragrafer 3-24 Plats och tid Kommunhuset i Vallby, kl Beslutande Övriga närvarande Utses att justera Tomas Cederlund (L), ordförande Helena Dahlin (M) Fredrik Hammar (M) Gunnel Jonsson (C) Olle Nyberg (S) Gun Samuelsén (S) JanErik Assarsson, skolchef Åsa Lönnberg, nämndsekreterare Lina Strömsten, tillträdande vik. nämndsekreterare Bengt Ekholm, personalföreträdare, 4-6 Gun Samuelsén (S) Justeringens plats och tid Förvaltningen Sekreterare Ordförande Justerare Åsa Lönnberg Tomas Cederlund Gun Samuelsén\n",
    );
    expect(attendees(g).filter((a) => a.startsWith("Lina"))).toEqual(["Lina Strömsten: other"]);
    expect(roles(g).filter((a) => a.startsWith("Lina"))).toEqual(["Lina Strömsten: tillträdande vik. nämndsekreterare"]);
  });
});

describe("a seat of the body left vacant in the members' field", () => {
  it("is no one's, and the next seat written before its name is that name's", () => {
    const g = graphOf(
      "REGIONSTYRELSEN Arbetsutskottet Sammanträdesprotokoll\n2 Tid och plats Onsdagen den 30 november 2016 kl Regionhuset, Storstad Närvarande Ordförande Carina Mattsson (S) 1:e vice ordförande - (S) 2:e vice ordförande Lennart Förman (M) Ledamöter Kalle Sandberg (S) Sara Högberg (V) Tjänstemän Anna-Lena Cederlund regiondirektör Sekreterare Andrea Hellberg administration Övriga Paragrafer Underskrifter Andrea Hellberg sekreterare Carina Mattsson ordförande.. Sara Högberg justerare\n",
    );
    // The chair's title before the first name is hers as the vice chair's is his: a written title, no implied seat.
    expect(roles(g).filter((r) => /^(Carina|Lennart) /.test(r))).toEqual(["Carina Mattsson: ordförande", "Lennart Förman: 2:e vice ordförande"]);
  });
});

describe("a second chair's signature before the chosen adjusters", () => {
  it("is a chair's, not a third adjuster's", () => {
    const g = graphOf(
      "1 VALLBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunfullmäktige Plats och tid Stora salen, kommunhuset kl Utses att justera Mats Johnsson (L) och Azra Hedlund (MP) Justeringens plats och tid Kommunhuset , klockan Paragrafer Underskrifter Sekreterare Ordförande Justerare Kajsa Carlberg Birgit Adolfsén (L) Anders G Högberg (M) Mats Johnsson (L) Azra Hedlund (MP) ANSLAG/ BEVIS Justeringen har tillkännagivits genom anslag Nämnd Kommunfullmäktige\n\n2 Kommunfullmäktige 153 Val av fullmäktiges ordförande Välja Anders G Högberg (M) till Kommunfullmäktiges ordförande.\n",
    );
    expect(attendees(g)).toEqual([
      "Anders G Högberg: chair",
      "Azra Hedlund: adjuster",
      "Birgit Adolfsén: chair",
      "Kajsa Carlberg: secretary",
      "Mats Johnsson: adjuster",
    ]);
  });
});
describe("an adjuster whose given name the choice lost", () => {
  it("stays an adjuster after the chair's signature", () => {
    const g = graphOf(
      "1 VALLBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunfullmäktige Plats och tid Stora salen, kommunhuset kl Beslutande Förteckning enligt bilaga Utses att justera Hagström (KD) och Gun Norling (S) Justeringens plats och tid Kommunhuset Paragrafer 16-22 Underskrifter Sekreterare Ordförande Justerare Anna Ekholm Berit Alvin (L) Rut Hagström (KD) Gun Norling (S) BEVIS Justeringen har tillkännagivits genom anslag Organ Kommunfullmäktige\n",
    );
    expect(attendees(g)).toEqual(["Anna Ekholm: secretary", "Berit Alvin: chair", "Gun Norling: adjuster", "Rut Hagström: adjuster"]);
  });
});
