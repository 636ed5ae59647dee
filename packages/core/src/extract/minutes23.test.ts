/**
 * Minutes flattened from PDF in layouts real minutes use (01-protocol.ts, 03-appositions.ts): staff written title first
 * with no commas. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, roles } from "../../../../test/helpers/minutes";

describe("staff written title first with no commas", () => {
  const text =
    "1 Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sid (18) Plats och tid Beslutande Blå rummet, Socialförvaltningen, Vallby, kl.09:00-13:40 Enligt särskild närvarolista Övriga deltagande Nämndsekreterare Sune Kalmér Tf. socialchef Lena Boström 63-68, 70, Individ- och familjeomsorgschef Yrsa Wallin Administrativ chef Tord Nykvist Verksamhetsområdeschef hemvård Jon Stenbäck 69 Utredare Olle Jonsson Verksamhetsområdeschef Myndighet Agda Rönnlund Utses att justera Ann-Li Söderholm (M) Justeringens plats och tid Socialkontoret, Vallby, , kl. 13:55 Underskrifter Paragrafer Sekreterare Sune Kalmér Ordförande Justerande Lisa Norgren (S) Ann-Li Söderholm (M)\n\n2 Socialnämnden SAMMANTRÄDESPROTOKOLL Ärendelista 63. Fastställande av dagordning\n";
  it("hold the words between the name before and theirs, a qualifier or unit after the title with it", () => {
    expect(roles(graphOf(text)).filter((r) => !/^(Lisa|Ann-Li) /.test(r))).toEqual([
      "Agda Rönnlund: verksamhetsområdeschef myndighet",
      "Jon Stenbäck: verksamhetsområdeschef hemvård",
      "Lena Boström: tf. socialchef",
      "Olle Jonsson: utredare",
      "Sune Kalmér: nämndsekreterare",
      "Tord Nykvist: administrativ chef",
      "Yrsa Wallin: individ- och familjeomsorgschef",
    ]);
  });
  it("a unit's name after a title (`Myndighet`) ends no field: the last name is present too", () => {
    expect(attendees(graphOf(text))).toContain("Agda Rönnlund: other");
  });
});

describe("titles the role endings know: `-sköterska`, `-assistent`", () => {
  it("make a name under bunched labels an official, not a member or a reserve", () => {
    const g = graphOf(
      "1 Vård- och omsorgsnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Plats och tid Kommunhuset kl 13.00-16.00 Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande Utses att justera Eva Lund (S) (ordförande) Kent Borg (M) (vice ordförande) Anna Frisk (C) Pia Strand (V) Rolf Berg (S) ersätter Leif Wall (S) Mats Hed (S) Gun Alm (M) Moa Lindvall (chef vård- och omsorgsförvaltningen) Per Lever (kvalitetschef) 107 Malin Torsson (nämndsekreterare) Karin Blomkvist (medicinskt ansvarig sjuksköterska, MAS) 107 Ella Sundin (nämndassistent) 108 Kent Borg (M) Justeringens plats och tid Förvaltningen Paragrafer Underskrifter Sekreterare Malin Torsson Ordförande Eva Lund (S) Justerande Kent Borg (M)\n",
    );
    expect(attendees(g).filter((a) => /^(Karin|Ella) /.test(a))).toEqual(["Ella Sundin: other", "Karin Blomkvist: other"]);
    expect(roles(g).filter((r) => /^(Karin|Ella) /.test(r))).toEqual([
      "Ella Sundin: nämndassistent",
      "Karin Blomkvist: medicinskt ansvarig sjuksköterska, mas",
    ]);
  });
});

describe("officials sharing one title in parentheses, under bunched labels", () => {
  it("are all others present with that title, not reserves (`A, B, C (politiska sekreterare)`)", () => {
    const g = graphOf(
      "1 SAMMANTRÄDESPROTOKOLL 1[25] Plats och tid Kommunalhuset 2:3, kl 16:00-17:15 Beslutande Se bilaga Ersättare Övriga deltagande Se bilaga Mats Jarl (kommundirektör), Nils Johansen (ekonomichef), Emil Kasper, Jonas Svedberg, Ville Vitala (politiska sekreterare), Sara Hultgren (kommunsekreterare) Utses att justera Dan Gahn (MP) och Sten Dahl (KD) Plats och tid för justering Kommunalhuset plan 4, kl Sekreterare Paragrafer Erika Rönn Ordförande Katarina Berglund (S) Justerare Dan Gahn (MP) Sten Dahl (KD) ANSLAG/BEVIS Protokollet är justerat. Nämnd Kommunstyrelsen\n",
    );
    expect(attendees(g).filter((a) => /^(Emil|Jonas|Ville|Sara) /.test(a))).toEqual([
      "Emil Kasper: other",
      "Jonas Svedberg: other",
      "Sara Hultgren: other",
      "Ville Vitala: other",
    ]);
    expect(roles(g).filter((r) => /^(Emil|Jonas|Ville) /.test(r))).toEqual([
      "Emil Kasper: politiska sekreterare",
      "Jonas Svedberg: politiska sekreterare",
      "Ville Vitala: politiska sekreterare",
    ]);
  });
});

describe("a members' field labelled in the plural", () => {
  it("gives each member the seat in the singular (`Ledamöter A (S) B (C)` → `ledamot`)", () => {
    const g = graphOf(
      "1 Protokoll Barn- och utbildningsnämnden Sammanträdesdatum Sammanträdestid 13:15 14:30 Ledamöter Pia Dyrberg (S) Gun Gertsson (S) Tor Holmén (C) Tjänstgörande ersättare Jon Palmér (M) Ersättare Jonas Esberg (L) Övriga närvarande Sten Pettersson, förvaltningschef Åsa Jonsén, nämndsekreterare Paragrafer 9-21 Justering Ordföranden och Gun Gertsson. Underskrifter Sekreterare... Åsa Jonsén Ordförande... Pia Dyrberg Justerare... Gun Gertsson 1\n",
    );
    expect(roles(g).filter((r) => /^(Gun|Tor) /.test(r))).toEqual(["Gun Gertsson: justerare", "Gun Gertsson: ledamot", "Tor Holmén: ledamot"]);
  });
});

describe("labels of members, substitutes, other reserves and officials over one list, parties in lower case", () => {
  const text =
    "1 1 VALLBY KOMMUN PROTOKOLL Nr 6 Socialnämnden Sammanträdesdatum Sammanträdestid NÄRVARANDE Ledamöter Tjg ersättare Övriga ersättare Tjänstemän Jan Bergé, ordf (mp) Britt Jonsén, v ordf (s) Sigge Dahl (c) Tomas Fagerö (s) Elin Karlén (fp) Runar Kattö (s) Rie Bolund (m) Glenn Ljungå (s) för Mia Pettersén Irja Kasén (s) för Vera Norlin Lena Carlén (c) Bengt Martén (c) t o m 77 Per Sjövik (v) Jan Dickén, socialchef Anders Bergkvist, avdchef, 81 Anders Hedén, sekreterare Paragrafer Justering Ordföranden samt Britt Jonsén Underskrifter Sekreterare... Ordförande... Justerande... Protokollet justerat och anslaget Underskrift...\n\n2 2 70 Anmälan av utskottens beslut\n";
  it("reads the members before the substitutes written out, the reserves after them, and the titled names as officials", () => {
    expect(attendees(graphOf(text))).toEqual([
      "Anders Bergkvist: staff",
      "Anders Hedén: staff",
      "Bengt Martén: nonserving",
      "Britt Jonsén: member",
      "Elin Karlén: member",
      "Glenn Ljungå: substitute",
      "Irja Kasén: substitute",
      "Jan Bergé: member",
      "Jan Dickén: staff",
      "Lena Carlén: nonserving",
      "Per Sjövik: nonserving",
      "Rie Bolund: member",
      "Runar Kattö: member",
      "Sigge Dahl: member",
      "Tomas Fagerö: member",
    ]);
  });
  it("takes `Justering Ordföranden samt X` for the adjuster's field, so the chair is the member written `ordf`", () => {
    const g = graphOf(text);
    expect(g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g, g.source(e)))).toEqual(["Jan Bergé"]);
  });
});

describe("a reservation by all of a group", () => {
  it("is no person (`Reservation Samtliga ledamöter … tillhörande (S)`)", () => {
    const g = graphOf(
      "1 Kommunfullmäktige SAMMANTRÄDESPROTOKOLL Plats och tid Kommunhuset kl 18.00 Beslutande Enligt närvarolista Underskrifter Sekreterare Eva Lindqvist Ordförande Bo Hammar (M)\n\n2 KF § 12 Avfallsplan\nBeslut\n1. Planen antas. Reservation Samtliga ledamöter och tjänstgörande ersättare tillhörande (S) och (MP) reserverar sig enligt skriftlig reservation.\n",
    );
    expect(g.filterNodes((_, a) => a.kind === "person").map((n) => label(g, n))).not.toContain("Reservation Samtliga");
  });
});

describe("the adjuster's reserve written before the name", () => {
  it("adjusts only in the adjuster's stead (`Utses att justera X och som ersättare Y`)", () => {
    const g = graphOf(
      "1 Barn- och utbildningsnämnden Plats och tid Kommunhuset Vallby Torsdagen den 27 augusti 2009, kl. 16:00-19:00 Beslutande Per-Ove Lindkvist (M) ordf Bengt Evertsén (V) v ordf Åsa Nilsdotter (C) Ulf Axelsén (V) Dana Mossberg (S) Övriga deltagande Conny Jonsén, förvaltningschef Utses att justera Dana Mossberg och som ersättare Åsa Nilsdotter Justeringens plats och tid Förvaltningskontoret Underskrifter Sekreterare... Paragrafer Ordförande... Justerare...\n",
    );
    const adjusters = g.filterEdges((_, a) => a.kind === "holds_role" && a.role === "justerare").map((e) => label(g, g.source(e)));
    expect(adjusters).toEqual(["Dana Mossberg"]);
  });
});

describe("a guest's title held in another body, written after `i`", () => {
  it("is held in that body, not the meeting's (`Förste vice ordförande i utbildningsnämnden X`)", () => {
    const g = graphOf(
      "1 KOMMUNSTYRELSEN Sidan 1(30) Plats och tid Rådhussalen kl. 09:00-11:50 Beslutande Ledamöter Kjell Hedin (S), Kajsa Ek (S), Bertil Jonsén (M) och Tommy Lars (KD). Tjänstgörande ersättare Övriga närvarande Ersättare Tjänstemän Lise Karl (S) ersätter Mats Ryd (S). Hilda Hedén (S) och Karl Fernö (FP). Kommundirektör Jan Frans, kommunsekreterare Linda Matt. Övriga Justering Justerande Plats och tid Förste vice ordförande i utbildningsnämnden Sofia Hellmark (S) 226 och andre vice ordförande i utbildningsnämnden Johan Lindgård (M) 226. Tommy Lars (KD) Kommunstyrelsens verksamheter Paragrafer Underskrifter Sekreterare Ordförande Justerande Linda Matt Kjell Hedin (S) Tommy Lars (KD) Utdragsbestyrkande\n",
    );
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .filter((e) => /^(Sofia|Johan) /.test(label(g, g.source(e))))
      .map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`)
      .sort();
    expect(held).toEqual(["Johan Lindgård: Utbildningsnämnden", "Sofia Hellmark: Utbildningsnämnden"]);
  });
});

describe("a staff title after a comma, then the part of the meeting attended", () => {
  it("ends before `del av` (`X, konsult, del av 6`)", () => {
    const g = graphOf(
      "1 Social- och äldrenämnden Plats och tid Beslutande Rummet Måndag den 27 februari 2012, klockan 18: Ledamöter: Maria Falk (KD), ordförande Lena Kansén (M), vice ordförande Ibra Abdal (S) Gun Eriksén (S) Övriga deltagande Eva Dahl, KVK Barbro Jonsén, VV, 6-10 Karin Oldén, VV, del av 6 Fredrik Eklöf, konsult, del av 6 Sara Östling, S&P, nämndsekr. Utses att justera Lena Kansén (M) Justeringens plats och tid Kommunhuset Underskrifter Sekreterare... Paragrafer 6-21 Ordförande... Justerande... ANSLAG/BEVIS Protokollet är justerat. Organ Social- och äldrenämnden\n",
    );
    expect(roles(g).filter((r) => r.startsWith("Fredrik "))).toEqual(["Fredrik Eklöf: konsult"]);
  });
});

describe("`Personalföreträdare` over the staff side's representatives", () => {
  it("is their field, no title of the official before it (`X, nämndsekreterare Personalföreträdare Y, TCO`)", () => {
    const g = graphOf(
      "1 Barn- och utbildningsnämnden Plats och tid Rummet Kindla, kommunhuset Vallby Torsdagen den 27 augusti 2009, kl. 16:00-19:00 Beslutande Per-Ove Lindkvist (M) ordf Bengt Evertsén (V) v ordf Ulf Axelsén (V) Dana Mossberg (S) Övriga deltagande Conny Jonsén, förvaltningschef Ingalill Sennerud, nämndsekreterare Personalföreträdare Eva Eriksdotter, TCO Jan Siversson, SACO Utses att justera Dana Mossberg Justeringens plats och tid Förvaltningskontoret Underskrifter Sekreterare... Paragrafer Ordförande... Justerare...\n",
    );
    expect(roles(g).filter((r) => /^(Ingalill|Eva|Jan) /.test(r))).not.toContainEqual(expect.stringMatching(/personalföreträdare/));
    expect(attendees(g).filter((a) => /^(Eva|Jan) /.test(a))).toEqual(["Eva Eriksdotter: other", "Jan Siversson: other"]);
  });
});

describe("an attendance table after the header: `LEDAMÖTER Ja Nej Tid`, rows `Name party x`", () => {
  const text =
    "SAMMANTRÄDESPROTOKOLL\nUtbildningsnämnden 2006-05-02\n\nPlats och tid Skolan, Vallby, kl\n15.00-16.00\n\nBeslutande Se närvarolista\n\nÖvriga deltagande Nils-Gustav Berglund, utbildningschef\nMarga Dalbom, sekrUtses att justera Per-Olle Lindén (s)\n\nJusteringens \nplats och tid Förvaltningskontoret 2006-05-10, kl. 15.00\n\nUnderskrift Sekreterare ......... Paragrafer 17-27\nMarga Dalbom\n\nOrdförande .........\nNils Mattsén\n\nJusterande .........\nPer-Olle Lindén\n\nNÄRVAROLISTA\n\nNärvaro Votering\nLEDAMÖTER Ja Nej Tid Kl. 09.00-12.00 Ja Nej\nNils Mattsén, ordf m x \nLouise Brantén c x \nJane Trapp c x \nGöte Wara kd x \nKristian Krassén, v ordf s x \nPer-Olle Lindén s x \nPeter Jansén s x \n\nERSÄTTARE: \n";
  it("reads the rows as members present, with their parties", () => {
    const g = graphOf(text);
    expect(attendees(g).filter((a) => /^(Louise|Jane|Göte|Peter) /.test(a))).toEqual([
      "Göte Wara: member",
      "Jane Trapp: member",
      "Louise Brantén: member",
      "Peter Jansén: member",
    ]);
    const parties = g.filterEdges((_, a) => a.kind === "member_of").map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`);
    expect(parties).toContain("Louise Brantén: Centerpartiet");
    expect(parties).toContain("Göte Wara: Kristdemokraterna");
  });
});
