/**
 * Minutes in layouts real minutes use (04-protocol.ts): the association a page header names, a month with no day.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, roles } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) =>
  g.filterNodes((_, a) => a.kind === "meeting").map((n) => `${label(g, n)} | ${(g.getNodeAttributes(n) as { date?: string }).date ?? "-"}`);

describe("a council of several municipalities whose page headers name the association", () => {
  const text =
    "Hotell Vika\n\n1 Ale Lerum Alingsås MINNESANTECKNINGAR 1(4) Regionrådet Dag Tid Plats ande Hotell Vika Lena Borg, Ale kommun Per Ek, Lerums kommun Siv Dahl. Alingsås kommun, vice ordförande Ola Fors, Alingsås kommun, ordförande Övriga deltagande Kim Ro, Nordvästregionens kansli, sekreterare\n\n2 NORDVÄSTREGIONEN MINNESANTECKNINGAR 2(4) Dagordning 1. Mötets öppnande 2. Föregående minnesanteckningar\n";
  it("is the meeting's, not the municipality after one member's name (`Siv Dahl. Alingsås kommun`)", () => {
    expect(meetings(graphOf(text))).toEqual(["Regionrådet, Nordvästregionen | -"]);
  });
  it("is no body's page header (`KOMMUNSTYRELSEN PROTOKOLL 2(4)`)", () => {
    const g = graphOf(text.replace("NORDVÄSTREGIONEN MINNESANTECKNINGAR", "REGIONRÅDET MINNESANTECKNINGAR"));
    expect(meetings(g)).toEqual(["Regionrådet | -"]);
  });
});

describe("a date's label with a month and a weekday but no day", () => {
  const text =
    'Protokoll Cykelsektionen Nr\n\nDownload "Protokoll Cykelsektionen Nr 4-2011"\n\n1 Protokoll Cykelsektionen Nr Datum: Plats: Mars Lördag 10:00 Söndag 13:00 Hotell Vika, Tuna Deltagare: Eva Lind Olle Berg Kim Nord 1. Mötets öppnande Ordföranden Eva Lind öppnar mötet. 2. Dagordningen godkändes\n';
  it("dates the meeting by the month and the title's year", () => {
    expect(meetings(graphOf(text))).toEqual(["2011-03 Protokoll Cykelsektionen Nr | 2011-03"]);
  });
  it("and by a month with its year", () => {
    expect(meetings(graphOf(text.replace("Mars Lördag", "Hotellet mars 2012, lördag")))).toEqual(["2012-03 Protokoll Cykelsektionen Nr | 2012-03"]);
  });
  it("not by a month word that is a name (`Maj Ek`)", () => {
    expect(meetings(graphOf(text.replace("Mars Lördag", "Hotell Maj Ek")))).toEqual(["Protokoll Cykelsektionen Nr (Hotell Maj Ek) | -"]);
  });
});

describe("a body's name before the labels of a header whose labels come before their values", () => {
  it("ends before them (`Kommunfullmäktige Tid Plats`, `Kommunfullmäktige Plats och tid`)", () => {
    const head = "SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Kommunfullmäktige ";
    const rest = " 2019-05-20 18:30-19:30 Skolans aula, Ale Beslutande ledamöter Eva Lind (S) (ordförande) Olle Berg (M) Kim Nord (C)\n§ 1 Val av justerare\n";
    for (const labels of ["Tid Plats", "Plats och tid"])
      expect(meetings(graphOf(head + labels + rest))[0]).toMatch(/^2019-05-20 Kommunfullmäktige(?:, Ale)? \|/);
  });
});

describe("old fullmäktige headers' abbreviated fields of reserves", () => {
  const head =
    "1 ALE KOMMUN Sammanträdesprotokoll Sammanträdesdatum Kommunfullmäktige Plats och tid Beslutande 12 Stadshuset, Ale måndagen den 14 juni 1993, kl Samtliga ledamöter utom Ada Berg Lena Holm ";
  const tail = " Övriga Siv Lund, sekr Justerare Bo Ask\n§ 1 Upprop\n";
  it("`Tjg suppl`: serving reserves", () => {
    expect(attendees(graphOf(`${head}Tjg suppl Nils Ek Ola Fors${tail}`)).filter((a) => /^(Nils|Ola)/.test(a))).toEqual([
      "Nils Ek: substitute",
      "Ola Fors: substitute",
    ]);
  });
  it("`Närv ej tjg ers`: reserves present, not serving, after the serving ones", () => {
    const g = graphOf(`${head}Tjg ersättare Per Alm Eva Lo Närv ej tjg ers Kim Ro${tail}`);
    expect(attendees(g).filter((a) => /^(Per|Eva|Kim)/.test(a))).toEqual(["Eva Lo: substitute", "Kim Ro: nonserving", "Per Alm: substitute"]);
  });
});

describe("a bare field of presence after the members' field", () => {
  it("lists the others present (`Beslutande:` … `Deltagande:`), who hold no seat", () => {
    const g = graphOf(
      "Protokoll\n\nDirektionen för Vallby Miljöförbund\n\nSammanträdesdatum: 2024-03-05\n\nBeslutande:\n\nEva Lind (S) Ordf.\n\nOlle Berg (M)\n\nEj tjänstgörande:\n\nKim Nord (C)\n\nDeltagande:\n\nLena Ulv, miljöchef\n\nTor Sand, sekreterare\n\n§ 1 Val av justerare\n",
    );
    expect(attendees(g).filter((a) => /^(Lena|Tor|Olle)/.test(a))).toEqual(["Lena Ulv: other", "Olle Berg: member", "Tor Sand: other"]);
    expect(roles(g).filter((r) => /^(Lena|Tor)/.test(r))).toEqual(["Lena Ulv: miljöchef", "Tor Sand: sekreterare"]);
  });
});

describe("a party in a parenthesis that never closes, as old minutes were typed", () => {
  it("is the party of the name before it (`Eva Lind, Lerum, (s, ordförande Olle Berg, Ale, (m Kim Nord`)", () => {
    const g = graphOf(
      "Protokoll\nStyrelsen\nSammanträdesdatum 2006-02-09\nBeslutande Eva Lind, Lerum, (s, ordförande Olle Berg, Ale, (m Kim Nord, Borås (mp, tjg ers Lisa Holm, Ale, (v Övriga deltagande Siv Ek, Lerum, (s, ers, t o m 12 Bo Ask, kansliet, sekr\n§ 1 Val av justerare\n",
    );
    const parties = g
      .filterEdges((_, a) => a.kind === "member_of")
      .map((e) => `${label(g, g.source(e))}→${label(g, g.target(e))}`)
      .sort();
    expect(parties).toEqual([
      "Eva Lind→Socialdemokraterna",
      "Kim Nord→Miljöpartiet de gröna",
      "Lisa Holm→Vänsterpartiet",
      "Olle Berg→Moderaterna",
      "Siv Ek→Socialdemokraterna",
    ]);
    // `Siv Ek, …, ers` among the others present: a reserve not serving (minutes33.test.ts).
    expect(attendees(g)).toEqual(["Bo Ask: other", "Eva Lind: member", "Kim Nord: substitute", "Lisa Holm: member", "Olle Berg: member", "Siv Ek: nonserving"]);
  });
});

describe("names glued after the body in a minutes' title", () => {
  it("are no part of the body's name (`PROTOKOLL Landstingsfullmäktige Justerat … Eva Ek Per Holm`, the signers)", () => {
    const g = graphOf(
      "PROTOKOLL Landstingsfullmäktige Eva Ek Per Holm Kim Alm\n\nPROTOKOLL Landstingsfullmäktige Justerat onsdagen den 7 december Eva Ek Per Holm Kim Alm 287 Inledning Ordföranden förklarade sammanträdet öppnat.\nSammanträdesdatum 2005-11-22\nNärvarande: Eva Ek (s), Per Holm (m), Kim Alm (fp)\n§ 1 Val av justerare\n",
    );
    expect(meetings(g)[0]).toMatch(/^2005-11-22 Landstingsfullmäktige(?:, [^|]+)? \|/);
  });
});

describe("a steering group's title in capitals below a document-sharing site's lines", () => {
  it("names the body that met, not the venue's authority (`Mötesrummet Länsstyrelsen Dalarna`)", () => {
    const g = graphOf(
      'Efter en kort diskussion tackade ordföranden för presentationen.\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "Efter en kort diskussion tackade ordföranden för presentationen."\n\nTranskript\n\n1 PROTOKOLL 1 (6) PROTOKOLL FRÅN STYRGRUPPSMÖTE SOLKRAFT VÄRMLAND Tisdag den 3 juni 2008, kl. 13: Mötesrummet Länsstyrelsen Värmland, Karlstad Närvarande: Eva Ek (Ordförande), Per Holm, Kim Alm och Ola Ros (Sekreterare) Förhinder: Lisa Berg 1:Mötet öppnas av ordföranden\n',
    );
    expect(meetings(g)[0]).toMatch(/^2008-06-03 Styrgruppen Solkraft Värmland/);
  });
});

describe("contents set out by the body that decides each matter", () => {
  it("are the minutes of the body deciding its own after those it proposes (`BESLUTAS AV KOMMUNFULLMÄKTIGE … BESLUTAS AV KOMMUNSTYRELSEN`)", () => {
    const g = graphOf(
      "1 INNEHÅLLSFÖRTECKNING 101 Informationspunkt BESLUTAS AV KOMMUNFULLMÄKTIGE 102 Riktlinjer för markanvisningar 103 Svar på motion om cykelvägar BESLUTAS AV KOMMUNSTYRELSEN 104 Delegationsärenden 105 Anmälningsärenden\n\n2 SAMMANTRÄDESPROTOKOLL 1[12] Plats och tid Kommunalhuset, Ale, kl 16:00-17:15 Beslutande Se bilaga Ersättare Övriga deltagande Se bilaga Ola Ros (kommundirektör), Lisa Berg (kommunsekreterare) Utses att justera Per Holm (M) och Kim Alm (C) Sekreterare Paragrafer Lisa Berg Ordförande Eva Ek (S) Justerare Per Holm (M) Kim Alm (C)\n",
    );
    expect(meetings(g)[0]).toMatch(/^Kommunstyrelsen(?: \(Kommunalhuset\))?(?:, Ale)? \|/);
  });
});

describe("the organ named only in the notice's block, a county's body in lower case", () => {
  it("is the body that met (`Organ Tuna läns landstingsstyrelse`), whose members hold their seats in it", () => {
    const g = graphOf(
      "Sammanträdesprotokoll 1 (15) Plats och tid Stora sessionssalen, landstingshuset, Östersund den 13 april 2000 kl Beslutande Eva Ek Per Holm Kim Alm Övriga deltagande Lisa Berg Utses att justera Per Holm Sekreterare Lisa Berg Ordförande Eva Ek Justerande Per Holm BEVIS Justeringen har tillkännagivits genom anslag Organ Värmlands läns landstingsstyrelse Datum för anslags uppsättande\n§ 1 Val av justerare\n",
    );
    expect(meetings(g)[0]).toMatch(/^2000-04-13 Värmlands läns landstingsstyrelse/);
  });
});

describe("a capitals title in a contents list below the body named on the first line (review of 81dade8)", () => {
  it("names no body: the first line's body met (`RAPPORT FRÅN STYRELSEMÖTE VALLBY ENERGI AB` is an item)", () => {
    const g = graphOf(
      "Kommunstyrelsen\nINNEHÅLLSFÖRTECKNING 101 Informationspunkt om budget och ekonomi för kommunens verksamheter 2019 102 Delegationsärenden från nämnderna och bolagen 103 RAPPORT FRÅN STYRELSEMÖTE VALLBY ENERGI AB 104 Anmälningsärenden\n\nSAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2019-03-04 Plats och tid Kommunalhuset, Ale, kl 16:00-17:15 Beslutande Eva Ek (S), ordförande Per Holm (M) Kim Alm (C) Sekreterare Lisa Berg\n§ 101 Information\n",
    );
    expect(meetings(g)[0]).toMatch(/^2019-03-04 Kommunstyrelsen/);
  });
});

describe("a page header's status or genre word before `PROTOKOLL n(m)` (review of 61f826f)", () => {
  const text =
    "Styrelsen för Vallby Vattenråd\n\nSammanträdesdatum 2021-05-04\nPlats Bygdegården\nBeslutande Eva Lind, ordförande Olle Berg Kim Nord\nSekreterare Bo Ask\n§ 1 Mötets öppnande\n\nJUSTERAT PROTOKOLL 2(3)\n§ 2 Dagordning\n";
  for (const header of ["JUSTERAT", "OJUSTERAT", "UTDRAG UR", "SAMMANTRÄDE", "2 STYRELSEMÖTE", "ANSLAG", "REVISORERNA", "ÖVERFÖRMYNDAREN"])
    it(`owns nothing (\`${header} PROTOKOLL 2(3)\`)`, () => {
      const g = graphOf(text.replace("JUSTERAT", header));
      expect(meetings(g)).toEqual(["2021-05-04 Styrelsen | 2021-05-04"]);
    });
  it("an association's name still does (`VALLBY VATTENRÅD PROTOKOLL 2(3)`)", () => {
    expect(meetings(graphOf(text.replace("JUSTERAT", "VALLBY VATTENRÅD")))[0]).toMatch(/^2021-05-04 Styrelsen, Vallby Vattenråd/);
  });
});

describe("a given name inside a body's name in a title in capitals (review of 7c804e6)", () => {
  const text =
    "PROTOKOLL FRÅN STYRGRUPPSMÖTE NOVA ENERGI Tisdag den 3 juni 2008, kl. 13 Närvarande: Eva Ek (Ordförande), Per Holm, Kim Alm och Ola Ros (Sekreterare) Förhinder: Lisa Berg 1:Mötet öppnas av ordföranden\n";
  it("does not cut it where no surname follows (`NOVA ENERGI`, `SAGA HEMTJÄNST`, `PROJEKT LINNEA`)", () => {
    expect(meetings(graphOf(text))[0]).toMatch(/^2008-06-03 Styrgruppen Nova Energi \|/);
    expect(meetings(graphOf(text.replace("NOVA ENERGI", "SAGA HEMTJÄNST")))[0]).toMatch(/^2008-06-03 Styrgruppen Saga Hemtjänst \|/);
    expect(meetings(graphOf(text.replace("NOVA ENERGI", "PROJEKT LINNEA")))[0]).toMatch(/^2008-06-03 Styrgruppen Projekt Linnea \|/);
  });
});

describe("a month with no day and a year elsewhere before the label (review of 61f826f)", () => {
  const text =
    "Protokoll Cykelsektionen\n\n1 Protokoll Cykelsektionen, bildad 1998 Datum: Plats: Mars Lördag 10:00 Söndag 13:00 Hotell Vika, Tuna Deltagare: Eva Lind Olle Berg Kim Nord 1. Mötets öppnande Ordföranden Eva Lind öppnar mötet. 2. Dagordningen godkändes\n";
  it("takes no year that is not the title's (`bildad 1998`, `föregående möte 2010`, `Verksamhetsplan 2011-2013`)", () => {
    for (const year of ["bildad 1998", "Nr 4, föregående möte 2010", "Nr 4 Verksamhetsplan 2011-2013"])
      expect(meetings(graphOf(text.replace("bildad 1998", year)))[0]).toMatch(/^Protokoll Cykelsektionen.* \| -$/);
  });
  it("takes the title's number-year (`nr 4/2004`)", () => {
    expect(meetings(graphOf(text.replace(", bildad 1998", " nr 4/2004")))[0]).toMatch(/^2004-03 .* \| 2004-03$/);
  });
});
