/**
 * Real minutes' layouts, round 26 (01-protocol.ts, 04-protocol.ts, 05-meetings.ts): where a listed official's title is
 * held, and what it says. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const written = { written: true, normalised: false };

describe("an official's employer written in letters in parentheses, a party's place (`Ek Eva (BUNNÖ), Skoldirektör`)", () => {
  const text = (letters: string) =>
    `1 Sammanträdesprotokoll 1 Plats och tid: Byskolan, kl 18:30-21:10 Ordförande: Holm Karl (FP) Ledamöter: Berg Stina (M) Dahl Olle (S) Ersättare: Lund Pia (C) Övriga närvarande: Ek Eva (${letters}), Skoldirektör Tell Maja (${letters}), Nämndsekreterare Rut Viklund (${letters}), Kommunikatör Justerare: Olle Dahl (S) Paragrafer: 1-9 Underskrifter: Sekreterare Maja Tell Ordförande Holm Karl Olle Dahl ANSLAG/BEVIS Protokollet är justerat. Organ: Barn- och skolnämnd Norrby : 25 september 2013\n`;
  const officials = (letters: string) => personRoles(graphOf(text(letters)), written).filter((r) => /^(?:Eva Ek|Maja Tell|Rut Viklund):/.test(r));
  it.each(["BUNNÖ", "BUNÖ"])("the titles after `(%s),` are held there; the letters are no party", (letters) => {
    const g = graphOf(text(letters));
    expect(officials(letters)).toEqual([
      `Eva Ek: skoldirektör`,
      `Eva Ek: skoldirektör @ ${letters}`,
      `Maja Tell: nämndsekreterare @ ${letters}`,
      `Maja Tell: sekreterare @ Barn- och skolnämnd Norrby`,
      `Rut Viklund: kommunikatör`,
      `Rut Viklund: kommunikatör @ ${letters}`,
    ]);
    expect(g.filterEdges((_, a) => a.kind === "member_of").map((e) => g.getNodeAttribute(g.target(e), "label"))).not.toContain(letters);
  });
  it("a local party's letters with no title after them stay a party", () => {
    const g = graphOf(text("BUNÖ").replace("Ek Eva (BUNÖ), Skoldirektör", "Ek Eva (BUNÖ)"));
    const parties = g
      .filterEdges((_, a) => a.kind === "member_of")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getNodeAttribute(g.target(e), "label")}`);
    expect(parties).toContain("Eva Ek: BUNÖ");
  });
});

describe("a listed official's title with its field and the organisation after it", () => {
  const text =
    "1 1(43) Plats och tid Rådssalen, stadshuset, klockan 15:00-15:45 Beslutande Ej tjänstgörande ersättare Utses att justera Karl Holm (S), ordförande Stina Berg (M) Olle Dahl (V) Pia Lund (C) Justeringens plats och tid Måndagen 15 mars 2021, stadshuset Paragrafer Underskrifter... Sekreterare Maja Tell Ordförande Justerande... Karl Holm... Olle Dahl Anslag/Bevis Protokollet är justerat. Organ och sammanträdesdatum Kommunstyrelsen 2021-03-09 Underskrift...\n\n2 2(43) Övriga närvarande Kent Ås, kommundirektör Rut Viklund, affärsområdeschef Logistik, Norrby kommunfastigheter AB, Sven Alm, fastighetschef, Lisa Ek, enhetschef, Försäkringskassan, Eva Lind, samordnare HR/IT Maja Tell, kommunsekreterare\n\n3 3(43) KS/2021:1 12 Val till kommunala uppdrag Beslut Avsägelsen godkänns.\n";
  const held = personRoles(graphOf(text), written).filter((r) => r.includes(" @ ") && !/^(?:Karl|Stina|Olle|Pia|Maja)/.test(r));
  it.each([
    ["a company named after the field's comma, lower-case words inside its name", "Rut Viklund: affärsområdeschef logistik @ Norrby kommunfastigheter AB"],
    ["an organisation the lexicon knows, after the title's comma", "Lisa Ek: enhetschef @ Försäkringskassan"],
  ])("%s", (_, expected) => {
    expect(held).toContain(expected);
  });
  it("holds no other title anywhere (`fastighetschef` is not the company's)", () => {
    expect(held).toHaveLength(2);
  });
  it("reads letters joined by a slash as the title's field (`samordnare HR/IT`)", () => {
    expect(personRoles(graphOf(text), written)).toContain("Eva Lind: samordnare hr/it");
  });
});

describe("a guest's title `representant för …` among the others present", () => {
  const text =
    "1 1 (23) Plats och tid Hotell Sjön, Styrelserummet Tisdag den 6 mars 2012, kl 13.00-16.00 Beslutande Se sida 2 Övriga deltagare Se sida 2 Utses att justera Olle Dahl Justeringens tid och plats Kultur- och fritidsförvaltningen Paragrafer Sekreterare Maja Tell Ordförande Karl Holm Justerande Olle Dahl Organ Anslag/Bevis Protokollet är justerat. Kultur- och fritidsnämnden Förvaringsplats för protokollet Kultur- och fritidsförvaltningen\n\n2 2 (23) Beslutande Karl Holm (S) ordförande Stina Berg (S) vice ordförande Olle Dahl (C) tj ledamot Övriga deltagare Kent Ås, avd chef park/anläggningar Sven Alm, representant för ishockeyföreningar 24 Pia Ek, representant för brukarna Maja Tell, sekreterare\n\n3 3 (23) Innehållsförteckning\n";
  it("keeps what the representative speaks for in the title; `för` before lower-case words replaces no one", () => {
    const roles = personRoles(graphOf(text), written).filter((r) => /^(?:Sven Alm|Pia Ek):/.test(r));
    expect(roles).toEqual(["Pia Ek: representant för brukarna", "Sven Alm: representant för ishockeyföreningar"]);
  });
});

describe("an item's field of the adjusters chosen, with no verb (`Val av protokollsjusterare … Justerare: X Ersättare: Y`)", () => {
  const text =
    "1 Protokoll Mn 12/2020 Miljönämnden Datum: Klockan: 09:00-12:10 Plats: Sessionssalen, Stadshuset Närvarande ledamöter Karl Holm (S) Stina Berg (KD) Olle Dahl (MP) Pia Lund (M) Rut Viklund (FP) Tjänstgörande ersättare Sven Alm (S) Ordförande Justerare Tjänstgör för Kent Ås (S) Närvarande ersättare Lisa Ek (C) Övriga Maja Tell Nämndadministratör 1\n\n2 Maja Tell, sekreterare Justerat den 19 november Karl Holm (S), ordförande Pia Lund (M), ersätter Rut Viklund (FP) som justerare Justeringen tillkännagiven på kommunens anslagstavla den 20 november Val av protokollsjusterare Dagens protokoll ska justeras av ordförande och av en utsedd justerare. Justerare: Rut Viklund (FP) Ersättare: Olle Dahl (MP) Tid: Tisdagen den 17 november 2020, kl. 08:30 Plats: Förvaltningskontoret Omedelbar justering\n";
  const adjusters = (t: string) => personRoles(graphOf(t), written).filter((r) => r.includes("justerare"));
  it("chooses the one under the field, not the reserve after it", () => {
    const chosen = text.replace("Pia Lund (M), ersätter Rut Viklund (FP) som justerare ", "");
    expect(adjusters(chosen)).toEqual(["Rut Viklund: justerare @ Miljönämnden"]);
  });
  it("not one another adjusted for (`X, ersätter Y som justerare`): who adjusted is who signed", () => {
    expect(adjusters(text)).toEqual(["Pia Lund: justerare @ Miljönämnden"]);
  });
});

describe("a steering group's minutes titled in capitals (`PROTOKOLL FRÅN STYRGRUPPSMÖTE VALLBY ENERGI`), an agency's hall as the place", () => {
  const text =
    "1 PROTOKOLL 1 (4) PROTOKOLL FRÅN STYRGRUPPSMÖTE VALLBY ENERGI Torsdag den 5 juni 2008, kl. 13: Sjörummet Länsstyrelsen Dalarna, Falun Närvarande: Karin Holm (Ordförande), Olle Dahl, Stina Berg, Pia Lund och Kent Ås (Sekreterare) Inbjuden: Rut Viklund (pkt 6) Förhinder: Sven Alm 1:Mötet öppnas av ordföranden Ordförande förklarade mötet öppnat. 2:Val av protokolljusterare Olle Dahl utsågs att justera dagens protokoll. 3: Föregående mötes minnesanteckningar Protokollet lades till handlingarna.\n";
  const g = graphOf(text);
  it("is the group's meeting, named by what the title says it steers, not the agency's", () => {
    const meetings = g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "label"));
    expect(meetings).toEqual(["2008-06-05 Styrgruppen Vallby Energi"]);
  });
  it("seats its members in the group", () => {
    const seats = personRoles(g, written).filter((r) => /^(?:Olle Dahl|Stina Berg):/.test(r));
    expect(seats).toEqual([
      "Olle Dahl: ledamot @ Styrgruppen Vallby Energi",
      // The adjuster's office as the item's heading writes it (`Val av protokolljusterare`).
      "Olle Dahl: protokolljusterare @ Styrgruppen Vallby Energi",
      "Stina Berg: ledamot @ Styrgruppen Vallby Energi",
    ]);
  });
  it.each([["STYRELSEMÖTE TORSDAG"], ["STYRELSEMÖTE NR 3 Torsdag"], ["STYRELSEMÖTE JUNI 2008 Torsdag"], ["STYRELSEMÖTE KL 13 Torsdag"]])(
    "keeps a board's bare meeting word nameless, before a weekday, a number's word, a month or a time (`%s`)",
    (title) => {
      const bare = graphOf(text.replace("STYRGRUPPSMÖTE VALLBY ENERGI Torsdag", title));
      const named = [...bare.filterNodes((_, a) => a.kind === "organisation"), ...bare.filterNodes((_, a) => a.kind === "meeting")].map((n) =>
        String(bare.getNodeAttribute(n, "label")),
      );
      expect(named.filter((label) => /^Styrelsen \p{Lu}/u.test(label))).toEqual([]);
    },
  );
});

describe("a network's notes an agency calls (`Minnesanteckningar från NGF den 3 maj 2017`, `Dnr 12/17 (MUCF)`), `Name, Organisation` a line", () => {
  const text =
    "Minnesanteckningar från NGF den 3 maj 2017\n\nDnr 0012/17 (MUCF)\nTema: Föreningslivet\n\nNärvarande\nKarin Holm, Vallby idrottsförbund\nOlle Dahl, Kulturdepartementet\nStina Berg, Norrby folkrörelseråd\nPia Lund, Unionen\n\nMöte i nätverket den 3 maj\n\n1. Välkommen\n\nOlle Dahl, ordförande, öppnade mötet och hälsade välkommen.\n";
  const g = graphOf(text);
  it("seats none of those present in the agency", () => {
    expect(personRoles(g, written).filter((r) => r.includes("Myndigheten"))).toEqual([]);
  });
  it("titles the meeting without the word that introduced its date", () => {
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "title"))).toEqual(["Minnesanteckningar från NGF"]);
  });
});

describe("a board's summary whose heading dates the meeting one day and whose first sentence another", () => {
  const text =
    "2021-03-12\n\nSammanfattning från styrelsemötet 11 mars\n\nDen 10 mars höll styrelsen för mandatperioden 2019-2022 sitt sista möte. På förbundsmötet den 24 april väljer Vallbyförbundet en ny styrelse. Under mötet fattade styrelsen beslut om årsredovisningen 2020.\n\nÅrsredovisning 2020\nÅrsredovisningen för 2020 godkändes.\n";
  const dates = (t: string) => {
    const g = graphOf(t);
    return g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "date"));
  };
  it("dates it by the sentence that says when the board met, the heading being a label", () => {
    expect(dates(text)).toEqual(["2021-03-10"]);
  });
  it("by the heading where no sentence says otherwise", () => {
    expect(dates(text.replace("Den 10 mars höll styrelsen", "Styrelsen höll"))).toEqual(["2021-03-11"]);
  });
});

describe("members listed again under the reserves' field beside the others', a field's label lost (`Kommunikatör : X (S) med Y (M) som ersättare`)", () => {
  const text =
    "1 Sammanträdesprotokoll 1 Plats och tid: Byskolan, kl 18:30-21:10 Ordförande: Holm Karl (FP) 2:e vice ordförande: Dahl Olle (S) Ledamöter: Berg Stina (M) Lund Pia (C) Ersättare: Övriga närvarande: Ek Eva (KD) Tell Maja (BUNNÖ), Nämndsekreterare Rut Viklund (BUNNÖ), Kommunikatör : Olle Dahl (S) med Stina Berg (M) som ersättare Paragrafer: 1-9 Underskrifter: Sekreterare Maja Tell Ordförande Holm Karl Olle Dahl ANSLAG/BEVIS Protokollet är justerat. Organ: Barn- och skolnämnd Norrby : 25 september 2013\n";
  const seats = (t: string) => personRoles(graphOf(t), written).filter((r) => /^(?:Olle Dahl|Stina Berg|Eva Ek):/.test(r) && !r.includes("justerare"));
  it("are no reserves: their seats are the members' fields'", () => {
    expect(seats(text)).toEqual([
      "Eva Ek: ersättare @ Barn- och skolnämnd Norrby",
      "Olle Dahl: 2:e vice ordförande @ Barn- och skolnämnd Norrby",
      "Stina Berg: ledamot @ Barn- och skolnämnd Norrby",
    ]);
  });
});

describe("a regional committee's header, its officials' fields joined by `och`, the adjuster chosen in the present tense", () => {
  const text =
    "1 PROTOKOLL 1(6) Regionala utvecklingsnämnden Sammanträdesdatum 2016-03-14 Plats: Regionens hus, sal A Närvarande: Karin Holm (M), Olle Dahl (KD), Stina Berg (S) ersätter Pia Lund (S), Rut Viklund (FP), Ersättare: Kent Ås (M) 1:e ersättare, Ola Ros (C) 1:e ersättare, Eva Holm (KD), Övriga: Maja Tell, regional utvecklingsdirektör Sven Alm direktör för verksamhetsstöd och service t.o.m. 108 Lisa Ek, strateg för arbetsmarknad och kompetensförsörjning, Eva Lind, nämndsekreterare 106 Val av protokollsjusterare Nämnden utser Rut Viklund att justera protokollet tillsammans med ordföranden.\n\n2 PROTOKOLL 2(6) 107 Fastställande av dagordningen Dagordningen fastställs.\n";
  const g = graphOf(text);
  it("keeps both words of a field joined by `och` in the title", () => {
    const titles = personRoles(g, written).filter((r) => /^(?:Sven Alm|Lisa Ek):/.test(r) && !r.includes(" @ "));
    expect(titles).toEqual(["Lisa Ek: strateg för arbetsmarknad och kompetensförsörjning", "Sven Alm: direktör för verksamhetsstöd och service"]);
  });
  it("reads a label with its colon after a comma as a field (`Rut Viklund (FP), Ersättare: Kent Ås (M)`)", () => {
    expect(personRoles(g, written).filter((r) => /^(?:Kent Ås|Ola Ros|Eva Holm):/.test(r))).toEqual([
      "Eva Holm: ersättare @ Regionala utvecklingsnämnden",
      "Kent Ås: ersättare @ Regionala utvecklingsnämnden",
      "Ola Ros: ersättare @ Regionala utvecklingsnämnden",
    ]);
  });
  it("reads `Nämnden utser X att justera` as choosing the adjuster", () => {
    expect(personRoles(g, written).filter((r) => r.includes("justerare"))).toEqual(["Rut Viklund: protokollsjusterare @ Regionala utvecklingsnämnden"]);
  });
});

describe("an association's annual meeting electing its board (`Till kassör på 2 år valdes X`, `Till styrelsesuppleanter … valdes: Y Nyval`)", () => {
  const text =
    "ÅRSMÖTESPROTOKOLL Datum: 2023-04-20\nPlats: Klubbhuset Vallby\n\nNärvarande: Karin Holm, Olle Dahl, Stina Berg, Pia Lund, Rut Viklund, Kent Ås, Maja Tell\n\n1. Ordförande Karin Holm förklarade årsmötet öppnat.\n2. Val av ordförande och sekreterare för årsmötet Till ordförande för årsmötet valdes Olle Dahl Till sekreterare för årsmötet valdes Stina Berg.\n11. Till ordförande på ett år valdes Pia Lund\n12. Till kassör på 2 år valdes Rut Viklund.\n15. Till styrelsesuppleanter på ett år valdes: Kent Ås Nyval\n";
  const roles = personRoles(graphOf(text), { written: true, normalised: true, where: false });
  it.each([
    ["the treasurer", "Rut Viklund: kassör [kassör]"],
    ["a board's substitute, the note after the name no part of it", "Kent Ås: styrelsesuppleanter [ersättare]"],
  ])("reads %s", (_, expected) => {
    expect(roles).toContain(expected);
  });
  it("reads no person `… Nyval`", () => {
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "person" && /Kent/.test(String(a.label))).map((n) => g.getNodeAttribute(n, "label"))).toEqual(["Kent Ås"]);
  });
});

describe("a board member named by a known company's genitive (`Vattenfalls styrelseledamot X`)", () => {
  it("holds a seat on the board", () => {
    const roles = personRoles(graphOf("Frågan besvarades av Vattenfalls styrelseledamot Olle Dahl vid stämman i Vallby."), { written: true, normalised: true });
    expect(roles.filter((r) => r.startsWith("Olle Dahl"))).toEqual(["Olle Dahl: styrelseledamot [ledamot] @ Vattenfall"]);
  });
});
