/**
 * Real minutes' layouts, round 25 (01-protocol.ts, 04-protocol.ts): roles of guests held in another body than the one
 * that met. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../../packages/core/src/index";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const written = { written: true, normalised: false };

describe("a role of a body with that body written after it in lower case, with or without `i`", () => {
  const header = (role: string) =>
    `1 Regionstyrelsen Datum: 2021-03-04 Tid: 09:00-12:00 Plats: Sjön Ledamöter Karl Holm (M), ordförande Stina Berg (C), vice ordförande Olle Dahl (S) Ej tjänstgörande ersättare Pia Lund (KD) Övriga närvarande Kent Ås, regiondirektör Maja Tell, kanslidirektör Rut Viklund (M), ${role} Sven Alm, hälso- och sjukvårdsdirektör Utses att justera Olle Dahl (S)\n\n2 Justeringens plats och tid Regionhuset Protokollet omfattar §§ 1-5 Underskrifter Sekreterare Maja Tell Ordförande Karl Holm Justerande Olle Dahl\n`;
  const guest = (role: string) => personRoles(graphOf(header(role)), written).filter((r) => r.startsWith("Rut Viklund"));
  it.each([
    ["vice ordföranden revisionen", "Rut Viklund: vice ordföranden @ Revisionen"],
    ["vice ordförande i revisionen", "Rut Viklund: vice ordförande @ Revisionen"],
    ["ordförande valnämnden", "Rut Viklund: ordförande @ Valnämnden"],
    ["ordförande i kultur- och fritidsnämnden", "Rut Viklund: ordförande @ Kultur- och fritidsnämnden"],
  ])("`%s` is held there, not in the body that met", (role, expected) => {
    expect(guest(role)).toEqual([expected]);
  });
  it("a role with nothing after it is still held in the body that met", () => {
    expect(guest("vice ordförande")).toEqual(["Rut Viklund: vice ordförande @ Regionstyrelsen"]);
  });
});

describe("items numbered by the council's short form instead of `§` (`Kf 40 Presentation …`), members listed in an appendix", () => {
  const text =
    "1 ORSA KOMMUN SAMMANTRÄDESPROTOKOLL 1 (12) Plats och tid Aulan, Vallbyskolan Tid: Beslutande Enligt bilaga. Övriga deltagande Per Ek, sekreterare Sven Alm, kommunchef Utses att justera Olle Dahl (v) och Pia Lund (m) Justeringens plats och tid Kommunkontoret Underskrifter Sekreterare... Paragrafer: Per Ek Ordförande. Rut Viklund Justerande Olle Dahl Pia Lund ANSLAG/BEVIS Protokollet är justerat. Organ Kommunfullmäktige Datum för anslags uppsättning Underskrift. Per Ek\n\n2 ORSA KOMMUN SAMMANTRÄDESPROTOKOLL 2 (12) Kf 40 Presentation av ny skolchef Kommunfullmäktiges ordförande Rut Viklund presenterar kommunens skolchef Lisa Dahl.\n\n3 ORSA KOMMUN SAMMANTRÄDESPROTOKOLL 3 (12) Kf 41 Allmänhetens frågestund Frågor: Vem ansvarar för skolskjutsen? Socialutskottets ordförande Karin Berg (s) svarar att det åvilar kommunen. Kommunstyrelsens ordförande Bo Holm (s) informerar om arbetet. Skolchefen Lisa Dahl visar bilder.\n";
  it("ends the header at the first item, so the items' people are not listed as present by the header", () => {
    expect(attendees(graphOf(text))).toEqual([
      "Bo Holm: -",
      "Karin Berg: -",
      "Olle Dahl: adjuster",
      "Per Ek: other",
      "Pia Lund: adjuster",
      "Rut Viklund: chair",
      "Sven Alm: other",
    ]);
  });
  it("reads the roles the items write before a name in the genitive of their body", () => {
    const held = personRoles(graphOf(text), written).filter((r) => /^(?:Karin Berg|Bo Holm):/.test(r));
    expect(held).toEqual(["Bo Holm: kommunstyrelsens ordförande @ Kommunstyrelsen", "Karin Berg: ordförande @ Socialutskottet"]);
  });
});

describe("a secretary's title among the others present where another signs as the meeting's secretary", () => {
  const text =
    "1 1(20) Plats och tid Rådssalen, stadshuset, klockan 15:00-16:45 Beslutande Ej tjänstgörande ersättare Utses att justera Karl Holm (S), ordförande Stina Berg (M) Olle Dahl (V) Pia Lund (C) Justeringens plats och tid Måndagen 15 mars 2021, stadshuset Paragrafer Underskrifter... Sekreterare Maja Tell Ordförande Justerande... Karl Holm... Olle Dahl Anslag/Bevis Protokollet är justerat. Organ och sammanträdesdatum Kommunstyrelsen 2021-03-09 Underskrift...\n\n2 2(20) Övriga närvarande Kent Ås, kommundirektör Rut Viklund, ekonomichef Sara Lind, kommunsekreterare Maja Tell, kommunsekreterare\n\n3 3(20) KS/2021:1 12 Val till kommunala uppdrag Beslut Avsägelsen godkänns.\n";
  it("is hers, not the meeting's office: only the one who signs kept the minutes", () => {
    const g = graphOf(text);
    expect(personRoles(g, written).filter((r) => /sekreterare/.test(r))).toEqual([
      "Maja Tell: kommunsekreterare @ Kommunstyrelsen",
      "Maja Tell: sekreterare @ Kommunstyrelsen",
      "Sara Lind: kommunsekreterare",
    ]);
    expect(attendees(g).filter((a) => /^(?:Maja|Sara)/.test(a))).toEqual(["Maja Tell: secretary", "Sara Lind: other"]);
    const answers = ask(g, "who was the secretary at the meeting on 2021-03-09").answers.filter((a) => !a.inferred);
    expect(answers.map((a) => a.label)).toEqual(["Maja Tell"]);
  });
});

describe("a board's minutes with officials under `Närvarande tjänstemän:` and a technician's title", () => {
  it("lists the officials as staff, not members", () => {
    const g = graphOf(
      "1 Protokoll fört vid styrelsemöte i Vallby Idrottsförbund Datum: Tisdagen den 16 mars 2021 Tid: Kl 18 Plats: Klubbhuset Närvarande ledamöter: Karl Holm, ordförande Stina Berg Olle Dahl Närvarande tjänstemän: Maja Tell, mötessekreterare Kent Ås Ärende/Notering Beslut 1 Formalia Ordförande Karl Holm öppnade mötet.\n",
    );
    expect(attendees(g).filter((a) => /^(?:Maja|Kent)/.test(a))).toEqual(["Kent Ås: staff", "Maja Tell: staff"]);
  });
  it("reads `drifttekniker` after the name's comma as a title, past a guest's item in parentheses", () => {
    const g = graphOf(
      "1 Protokoll nr 4 fört vid styrelsesammanträde för Vallby Bostäder AB Tid: Plats: 12 mars 2021 kl 15.00 Bolagets kontor, Storgatan 3 Närvarande ledamöter: Frånvarande: Övriga närvarande: Sven Alm Berit Kron Olof Hägg Maja Tell Rut Viklund, VD Kent Ås, ekonomichef Lisa Dahl, fastighetschef 24 (Uthyrningsläget januari-mars) Per Ek, drifttekniker Mötets öppnande Ordföranden hälsade alla välkomna och förklarade mötet öppnat 21 Godkännande av dagordning Föreslagen dagordning godkändes. 22 Val av sekreterare Till sekreterare för mötet valdes Kent Ås.\n",
    );
    expect(attendees(g)).toContain("Per Ek: other");
    expect(personRoles(g, written).filter((r) => r.startsWith("Per Ek"))).toEqual(["Per Ek: drifttekniker", "Per Ek: drifttekniker @ Vallby Bostäder AB"]);
  });
});

describe("a degree between the name's comma and the title's (`X, Ph.D, utredare Kalix kommun`)", () => {
  it("is passed over: the title and the municipality after it are read", () => {
    const g = graphOf(
      "1 Kultur- och fritidsnämnden Sammanträdesprotokoll Plats och tid Stadshuset kl 13.00-16.00 Beslutande Karl Holm (S) ordförande Stina Berg (M) Olle Dahl (V) Övriga deltagande Rut Viklund, förvaltningschef Kent Ås, fritidskonsulent 10 Sven Alm, Ph.D, utredare Kalix kommun 10 Maja Tell, sekreterare Utses att justera Stina Berg Justeringens plats och tid Stadshuset Underskrifter Sekreterare Maja Tell Ordförande Karl Holm Justerande Stina Berg\n\n2 Sammanträdesdatum 2012-03-06 § 10 Information\n",
    );
    expect(personRoles(g, written).filter((r) => r.startsWith("Sven Alm"))).toEqual(["Sven Alm: utredare", "Sven Alm: utredare @ Kalix"]);
  });
  it.each([["fil dr"], ["PhD"]])("also written `%s`", (degree) => {
    const g = graphOf(
      `1 Kultur- och fritidsnämnden Sammanträdesprotokoll Plats och tid Stadshuset kl 13.00-16.00 Beslutande Karl Holm (S) ordförande Stina Berg (M) Övriga deltagande Sven Alm, ${degree}, utredare Maja Tell, sekreterare Utses att justera Stina Berg Underskrifter Sekreterare Maja Tell Ordförande Karl Holm Justerande Stina Berg\n`,
    );
    expect(personRoles(g, written).filter((r) => r.startsWith("Sven Alm"))).toEqual(["Sven Alm: utredare"]);
  });
});

describe("a period where a listed name's comma belongs (`Lisa Dahl. dietist`, a scan's misread comma)", () => {
  const text = (sep: string) =>
    `1 Barn- och utbildningsnämnden Sammanträdesprotokoll Plats och tid Stadshuset kl 13.00-16.00 Beslutande Karl Holm (S) ordförande Stina Berg (M) Olle Dahl (V) Tjänstemän Maja Tell, nämndsekreterare Rut Viklund, förvaltningschef Kent Ås, verksamhetschef 99 Lisa Dahl${sep} dietist 99 Per Ek, ekonom Utses att justera Stina Berg Justeringens plats och tid Stadshuset Underskrifter Sekreterare Maja Tell Ordförande Karl Holm Justerande Stina Berg\n\n2 Sammanträdesdatum 2016-12-15 § 99 Information\n`;
  it("reads the title after it as after the comma", () => {
    expect(personRoles(graphOf(text(".")), written).filter((r) => r.startsWith("Lisa Dahl"))).toEqual(["Lisa Dahl: dietist"]);
    expect(personRoles(graphOf(text(",")), written).filter((r) => r.startsWith("Lisa Dahl"))).toEqual(["Lisa Dahl: dietist"]);
  });
});

describe("items numbered by a nämnd's short form after the page's number (`Socialnämnden (20) SN 139 …`)", () => {
  const text =
    "1 Socialnämnden (20) Plats och tid Kommunhuset, klockan 13.00 Beslutande Karl Holm (S), ordförande Stina Berg (S) Olle Dahl (M) Övriga deltagande Ersättarna Pia Lund (M) samt sekreterare Maja Tell, socialchef Rut Viklund Utses att justera Stina Berg (S) Justeringens plats och tid Kommunhuset den 18 december 2012 Underskrifter Paragrafer Sekreterare Maja Tell Ordförande Justerande Karl Holm (S) Stina Berg (S) ANSLAG/BEVIS Protokollet är justerat. Organ och Socialnämnden Underskrift Nämndkansliet. Maja Tell\n\n2 Socialnämnden (20) SN 139 Ekonomisk lägesrapport Dnr 17/12 Ekonomen Kent Ås redogör för läget. Kommunstyrelsens ordförande Per Ek (S) informerar.\n\n3 Socialnämnden (20) SN 140 Val Ordförande Sven Alm (M) yrkar bifall.\n";
  it("ends the header at the first item: the items' people are not present by the header, nor chairs", () => {
    const g = graphOf(text);
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(["Karl Holm", "Maja Tell", "Olle Dahl", "Pia Lund", "Rut Viklund", "Stina Berg"]);
    expect(g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g, g.source(e)))).toEqual(["Karl Holm"]);
  });
  it("not a club's letters after its town in a list of guests (`Vallby IF 11 Eva Ek`)", () => {
    const g = graphOf(
      "1 Kultur- och fritidsnämnden Sammanträdesprotokoll Plats och tid Stadshuset kl 13.00-16.00 Beslutande Karl Holm (S) ordförande Stina Berg (M) Övriga deltagande Rut Viklund, förvaltningschef 10 Sven Alm, Vallby Hockey 11 Per Ek, Vallby IF 11 Lisa Dahl, enhetschef kultur Maja Tell, sekreterare Utses att justera Stina Berg Underskrifter Sekreterare Maja Tell Ordförande Karl Holm Justerande Stina Berg\n",
    );
    expect(attendees(g).map((a) => a.split(":")[0])).toContain("Lisa Dahl");
  });
});
