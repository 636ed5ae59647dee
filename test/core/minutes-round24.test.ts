/**
 * Real minutes' layouts, round 24 (01-protocol.ts, 04-protocol.ts, 05-reported.ts, extract-document.ts): offices of the
 * meeting chosen in its first paragraphs or signed for, where its header ends, titles glued or in columns, and roles
 * named with their body or county. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const written = { written: true, normalised: false };
const organisations = (text: string) => {
  const g = graphOf(text);
  return g.filterNodes((_, a) => a.kind === "organisation").map((n) => label(g, n));
};

describe("an election `för mötet` or `för perioden`", () => {
  const text =
    "Årsmöte i Vallby Idrottsförening\n\nTill ordförande för mötet valdes Stina Berg. Till sekreterare för mötet valdes Olle Dahl. Till justerare att jämte ordföranden justera protokollet utsågs Pia Lund.\n\nTill ordförande för perioden 2023–2026 valdes Karl Holm (S).\n";
  it("names the meeting or a term, no body (the office is held as a title), and lends none to the next clause", () => {
    expect(organisations(text).filter((o) => /^(?:mötet|perioden)/i.test(o))).toEqual([]);
    expect(personRoles(graphOf(text), written)).toEqual([
      "Karl Holm: ordförande",
      "Olle Dahl: sekreterare",
      "Pia Lund: justerare",
      "Stina Berg: ordförande för mötet",
    ]);
  });
  it("still carries the body of an election before it in the paragraph", () => {
    const g = graphOf("Val\n\nTill ordförande i socialnämnden valdes Karl Holm (S). Till vice ordförande för perioden 2023–2026 valdes Eva Sten (M).\n");
    expect(personRoles(g, written)).toEqual(["Eva Sten: vice ordförande @ Socialnämnden", "Karl Holm: ordförande @ Socialnämnden"]);
  });
});

describe("the adjuster chosen among names listed under fields side by side with the absent's", () => {
  const text =
    "1 Protokoll nr 4 fört vid styrelsesammanträde för Vallby Bostäder AB Tid: Plats: 12 mars 2021 kl 15.00 Bolagets kontor, Storgatan 3 Närvarande ledamöter: Frånvarande: Övriga närvarande: Sven Alm Berit Kron Olof Hägg Maja Tell Rut Viklund, VD Kent Ås, ekonomichef Mötets öppnande Ordföranden hälsade alla välkomna och förklarade mötet öppnat 21 Godkännande av dagordning Föreslagen dagordning godkändes. 22 Val av sekreterare Till sekreterare för mötet valdes Kent Ås. 23 Val av justerare Till justerare att jämte ordförande justera protokollet utsågs Olof Hägg. 24 Uthyrningsläget Rut Viklund informerade om läget.\n";
  it("attended as the adjuster; the others listed there are not said to", () => {
    expect(attendees(graphOf(text))).toEqual(["Kent Ås: other", "Olof Hägg: adjuster", "Rut Viklund: other"]);
  });
  it("holds the offices in the company that met, not in a body called `Mötet`", () => {
    expect(personRoles(graphOf(text), written).filter((r) => / @ /.test(r))).toEqual([
      "Kent Ås: ekonomichef @ Vallby Bostäder AB",
      "Kent Ås: sekreterare @ Vallby Bostäder AB",
      "Olof Hägg: justerare @ Vallby Bostäder AB",
      "Rut Viklund: vd @ Vallby Bostäder AB",
    ]);
    expect(organisations(text)).toEqual(["Vallby Bostäder AB"]);
  });
});

describe("an item that elects the adjusters joined to the item before it (`Föredragningslistan och val av justerare`)", () => {
  const text =
    "Barn- och skolnämnden Sammanträdesprotokoll\n\n1 Sammanträdesprotokoll 1 Plats och tid: Skolans matsal, Vallby, kl 18:30-21:10 Ordförande: Berg Stina (FP) Ledamöter: Holm Karl (M) Dahl Olle (S) Alm Sven (V) Ersättare: Övriga närvarande: Lund Pia (C) Tell Maja, nämndsekreterare Paragrafer: Plats/tid för justering: Skolkontoret, Vallby torsdag 26 september 2013 kl 15:00. Underskrifter: Sekreterare Maja Tell Ordförande Berg Stina Karl Holm ANSLAG/BEVIS Protokollet är justerat. Organ: : 25 september 2013 Underskrift: Maja Tell\n\n2 Vallby kommun Sammanträdesprotokoll Föredragningslistan och val av justerare Till att justera dagens protokoll utses Karl Holm (M) och ersättare Olle Dahl (S). Justering äger rum torsdagen den 26 september 2013 kl 15 på skolkontoret. Inledning: Premiärvisning av en film om Vallby Rut Viklund, HR-konsult, och Kent Ås, chef för kommunikationsavdelningen\n\n3 Vallby kommun Sammanträdesprotokoll Månadsvis information om lokaler\n";
  it("ends the header, so the one it chooses adjusts and the people of the items after it are not listed as present", () => {
    const g = graphOf(text);
    expect(personRoles(g).filter((r) => r.includes("justerare"))).toEqual(["Karl Holm: justerare @ Barn- och skolnämnden"]);
    expect(attendees(g)).toEqual([
      "Karl Holm: member",
      "Maja Tell: other",
      "Olle Dahl: member",
      "Pia Lund: nonserving",
      "Stina Berg: chair",
      "Sven Alm: member",
    ]);
  });
});

describe("a signature that swaps the adjuster (`X (M), ersätter Y (FP) som justerare`) before the item electing them", () => {
  const text =
    "1 Protokoll Mn 12/2021 Miljönämnden Datum: 2021-03-11 Klockan: 09:00-12:00 Plats: Sessionssalen, Stadshuset Närvarande ledamöter Stina Berg (S) Karl Holm (KD) Olle Dahl (M) Pia Lund (M) Sven Alm (FP) Tjänstgörande ersättare Maja Tell (S) Åke Sund (KD) Lena Borg (M) Ordförande Justerare Tjänstgör för Rut Viklund (S) Tjänstgör för Eje Nord (KD) Tjänstgör för Ulla Ros (M) Närvarande ersättare Kent Ås (C) Övriga Anna Rask Nils Öberg Miljöchef Nämndadministratör 1\n\n2 Nils Öberg, sekreterare Justerat den 19 mars Stina Berg (S), ordförande Pia Lund (M), ersätter Sven Alm (FP) som justerare Justeringen tillkännagiven på kommunens anslagstavla den 20 mars Val av protokollsjusterare Dagens protokoll ska justeras av ordförande och av en utsedd justerare. Justerare: Sven Alm (FP) Ersättare: Olle Dahl (M) Tid: Tisdagen den 16 mars 2021, kl. 08:30 Plats: Förvaltningskontoret\n";
  it("makes X the adjuster, not a substitute, and Y, listed among the members, no adjuster: the item's field is past the header", () => {
    const g = graphOf(text);
    expect(personRoles(g).filter((r) => /^(?:Pia|Sven|Olle) .* @ /.test(r))).toEqual([
      "Olle Dahl: ledamot @ Miljönämnden",
      "Pia Lund: justerare @ Miljönämnden",
      "Pia Lund: ledamot @ Miljönämnden",
      "Sven Alm: ledamot @ Miljönämnden",
    ]);
    expect(attendees(g).filter((a) => /^(?:Pia|Sven) /.test(a))).toEqual(["Pia Lund: member", "Sven Alm: member"]);
  });
});

describe("coordinated elections after a role of the lexicon that names its body (`ordförande i kommunstyrelsen`)", () => {
  it("hold each role in that body", () => {
    const g = graphOf(
      "Val av presidium\n\nTill ordförande i kommunstyrelsen valdes Anna Berg (S), till 1:e vice ordförande Per Holm (M) och till 2:e vice ordförande Eva Ek (C).\n",
    );
    expect(personRoles(g, written)).toEqual([
      "Anna Berg: ordförande i kommunstyrelsen @ Kommunstyrelsen",
      "Eva Ek: 2:e vice ordförande @ Kommunstyrelsen",
      "Per Holm: 1:e vice ordförande @ Kommunstyrelsen",
    ]);
  });
});

describe("a county named by its genitive without `län` before its governor's title", () => {
  it.each([
    ["two words", "Besök\n\nVästra Götalands landshövding Karin Lund besökte kommunen i tisdags.\n", ["Karin Lund: landshövding @ Västra Götalands län"]],
    ["a genitive s the county's name lacks (`Skåne län`)", "Besök\n\nSkånes landshövding Olof Sten invigde bron.\n", ["Olof Sten: landshövding @ Skåne län"]],
  ])("holds the title in the county: %s", (_, text, expected) => {
    expect(personRoles(graphOf(text), written)).toEqual(expected);
  });
});

describe("a title glued to the given name after it (`Stina Berg (S), ordförandeJan Åke Jansson (M)`)", () => {
  const text =
    "1 Socialnämnden PROTOKOLL Sammanträdesdatum 2021-05-11 Plats och tid Kommunhuset kl 13.00 Beslutande Stina Berg (S), ordförandeJan Åke Jansson (M) Per Holm (C) Övriga deltagande Olle Dahl, sekreterare Utses att justera Per Holm Underskrifter Sekreterare Olle Dahl Ordförande Stina Berg Justerande Per Holm\n";
  it("is the name before's title and the next name whole", () => {
    const g = graphOf(text);
    expect(attendees(g)).toContain("Jan Åke Jansson: member");
    expect(personRoles(g, written).filter((r) => /^(?:Stina|Jan) /.test(r))).toEqual([
      "Jan Åke Jansson: ledamot @ Socialnämnden",
      "Stina Berg: ordförande @ Socialnämnden",
    ]);
  });
  it("is no title where the word is none (`iJan`): the name is not read across it", () => {
    const g = graphOf("Nytt\n\nSkrivet av iJan Åke Jansson i går.\n");
    expect(g.filterNodes((_, a) => a.kind === "person").map((n) => label(g, n))).not.toContain("Jan Åke Jansson");
  });
});

describe("an attendance table's row whose given name and surname the lexicon lacks (`Zdravko Trapp c x`)", () => {
  it("is a member, as the rows the lexicon knows are: the row's party letters and mark make it a name", () => {
    expect(
      attendees(
        graphOf(
          "SAMMANTRÄDESPROTOKOLL\nUtbildningsnämnden 2006-05-02\n\nPlats och tid Skolan, Vallby, kl\n15.00-16.00\n\nBeslutande Se närvarolista\n\nÖvriga deltagande Nils-Gustav Berglund, utbildningschef\n\nUtses att justera Per-Olle Lindén (s)\n\nJusteringens \nplats och tid Förvaltningskontoret 2006-05-10, kl. 15.00\n\nUnderskrift Sekreterare ......... Paragrafer 17-27\nMarga Dalbom\n\nOrdförande .........\nNils Mattsén\n\nJusterande .........\nPer-Olle Lindén\n\nNÄRVAROLISTA\n\nNärvaro Votering\nLEDAMÖTER Ja Nej Tid Kl. 09.00-12.00 Ja Nej\nNils Mattsén, ordf m x \nLouise Brantén c x \nZdravko Trapp c x \nGöte Wara kd x \nOrvar Krassén, v ordf s x \nPer-Olle Lindén s x \nSaga-Li Jansén s x \n\nERSÄTTARE: \n",
        ),
      ),
    ).toEqual([
      "Göte Wara: member",
      "Louise Brantén: member",
      "Marga Dalbom: secretary",
      "Nils Mattsén: chair",
      "Nils-Gustav Berglund: other",
      "Orvar Krassén: member",
      "Per-Olle Lindén: adjuster",
      "Saga-Li Jansén: member",
      "Zdravko Trapp: member",
    ]);
  });
});

describe("the chair of a municipality's council named in a report of its meeting (`som fullmäktigeordförande i Eslöv`)", () => {
  it("represents the municipality, as a political role held there does", () => {
    const g = graphOf(
      "Sista mötet i fullmäktige\n\nPublicerad 2018-10-12\n\nI fyra år har ledamöterna i Eslövs kommunfullmäktige samlats i stadshuset. Oktobermötet blev det sista för många av dem. Där fick avgående ordföranden Britt Ohlsson (L) blommor.\n\nBritt Ohlsson tackades vid sitt sista sammanträde som fullmäktigeordförande i Eslöv.\n",
    );
    const represents = g.filterEdges((_, a) => a.kind === "represents").map((e) => `${label(g, g.source(e))} → ${label(g, g.target(e))}`);
    expect(represents).toEqual(["Britt Ohlsson → Eslöv"]);
  });
});

describe("a column of titles beside the officials' names whose last row says `sekreterare` after a comma", () => {
  const text =
    "1 Protokoll Sammanträdesdatum Regionstyrelsen Tid: Tisdagen den 9 mars 2021, kl 09:00-11:30 Plats: Regionhuset, Storgatan 1, Vallby Ledamöter Mats Ek (m) ordförande Göran Holm (c) 1:e vice ordförande Dan Sten (s) 2:e vice ordförande Gun Wik (m) Lisa Berg (m) Tjänstgörande ersättare Bengt Ahl (fp) Ersättare Ann Lund (m) Närvarorätt Inge Borg (c) Tjänstemän Mona Rask Anette Vik Rune Sund Kerstin Tall regionfullmäktiges ordförande regiondirektör ekonomidirektör personaldirektör kanslidirektör, sekreterare 1 (16)\n\n2 12 Justering Regionstyrelsen beslutar utse Dan Sten att jämte ordföranden justera protokollet.\n";
  it("makes that row's official the secretary, with the title before the comma still theirs", () => {
    const g = graphOf(text);
    expect(attendees(g).filter((a) => /^(?:Kerstin|Rune) /.test(a))).toEqual(["Kerstin Tall: secretary", "Rune Sund: staff"]);
    expect(personRoles(g, written).filter((r) => r.startsWith("Kerstin "))).toEqual([
      "Kerstin Tall: kanslidirektör",
      "Kerstin Tall: sekreterare @ Regionstyrelsen",
    ]);
  });
});

describe("a co-opted substitute among the others present (`Tomas Berg, adjungerad ersättare`)", () => {
  it("holds that seat in the body as written, not a bare `ersättare`", () => {
    const g = graphOf(
      "1 Kultur- och fritidsnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2012-03-06 Plats och tid Stadshuset kl 13.00-16.00 Beslutande Anna Berg (S) ordförande Per Holm (M) Ulla Sten (Fp) tj ersättare Övriga deltagare Per Lind, avd chef park Tomas Berg, adjungerad ersättare Rita Hov, enhetschef fritid Utses att justera Per Holm Underskrifter Sekreterare Inger Wall Ordförande Anna Berg Justerande Per Holm\n",
    );
    expect(personRoles(g, written).filter((r) => r.startsWith("Tomas "))).toEqual(["Tomas Berg: adjungerad ersättare @ Kultur- och fritidsnämnden"]);
  });
});
