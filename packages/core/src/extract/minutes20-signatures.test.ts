/**
 * Signature blocks and the meeting's date in minutes flattened from PDF (01-protocol.ts, 04-protocol.ts), in layouts
 * real minutes use: the names first and each label under its name, a row of names over a row of labels, a label whose
 * line held other words, a page footer for initials, and a notice's dates after a label of the meeting's. Invented
 * names and texts.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph, MeetingAttributes, PersonAttributes } from "@samverkan/core";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
}
/** Who chaired, and who holds an office of the meeting (`sekreterare`, `nämndsekreterare`, `justerare`), as `name: role`. */
function offices(g: KnowledgeGraph): { chairs: string[]; roles: string[] } {
  const label = (n: string) => g.getNodeAttribute(n, "label");
  const chairs = g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => label(g.source(e)))
    .sort();
  const roles = g
    .filterEdges((_, a) => a.kind === "holds_role" && /(?:sekreterare|justerare|justerande)$/.test(String(a.role)))
    .map((e) => `${label(g.source(e))}: ${g.getEdgeAttribute(e, "role")}`)
    .sort();
  return { chairs, roles };
}

describe("signature blocks flattened from PDF", () => {
  const cases: [string, string, string[], string[]][] = [
    [
      "the names first, each label on the line under its name (after `Underskrifter`)",
      [
        "PROTOKOLL Sida 1(9)",
        "Beslutsinstans: Arbetsutskottet Sammanträdesdatum: 2021-03-02",
        "Plats och tid",
        "Vallgården, 2021-03-02 kl. 09.00-10:05",
        "Beslutande",
        "Karin Berg (KD), ordförande Olof Strand (M)",
        "Nils Ekdahl (S)",
        "Övriga deltagare",
        "Maria Lundin, förvaltningschef",
        "Eva Sjögren, nämndsekreterare",
        "Paragrafer",
        "§§ 1-9",
        "Justeringens plats och tid",
        "Vallgården, 2021-03-02 kl. 10:30",
        "Underskrifter",
        "Karin Berg (KD)",
        "Ordförande Nils Ekdahl (S)",
        "Justerare",
        "Eva Sjögren Sekreterare",
        "",
        "§ 1 Fastställande av dagordning",
      ].join("\n\n"),
      ["Karin Berg"],
      ["Eva Sjögren: nämndsekreterare", "Nils Ekdahl: justerare"],
    ],
    [
      "a row of names over a row of labels, after the adjuster the header chose",
      "1 VALLBY KOMMUN Tid: 9:00 - 12:45 KOMMUNSTYRELSENS SOCIALA UTSKOTT Plats: Rodret Ledamöter Karin Berg (m) Ordförande Olof Strand (s) Nils Ekdahl (c) Lena Holm (s) Per Ström (l) Ersättare Anna Lindgren (s) Bo Sandberg (kd) Övriga Maria Lundin Ekonom Eva Sjögren Sekreterare Justeringsdag: Paragrafer: Justerare: Olof Strand Eva Sjögren Karin Berg Olof Strand Sekreterare Ordförande Justerare BEVIS Justeringen har tillkännagivits via anslag Organ Protokollet är anslaget fr o m t o m Förvaringsplats för protokoll Kommunkansliet\n\n2 35 Diarienummer 0371/11 Ekonomisk uppföljning\n",
      ["Karin Berg"],
      ["Eva Sjögren: sekreterare", "Olof Strand: justerare"],
    ],
    [
      "a label whose line held the adjustment's place, its names one label down",
      "1 Sammanträdesprotokoll Sida 1 (24) Plats och tid Sammanträdesrum Ekan, klockan 13.00-15.30 Beslutande Karin Berg (S) ordförande Olof Strand (S) ledamot Nils Ekdahl (M) 1:e vice ordförande Lena Holm (L) 2:e vice ordförande Per Ström (C) ledamot Övriga närvarande Anna Lindgren (S) Bo Sandberg (M) Maria Lundin Eva Sjögren ersättare ersättare förvaltningschef sekreterare Utses att justera Lena Holm (L) Justeringens plats och tid Sekreterare Vård och omsorg den 26/3 Paragrafer Nr Ordförande Eva Sjögren Justerande Karin Berg Lena Holm\n\n2 § 12 Val av justerare\n",
      ["Karin Berg"],
      ["Eva Sjögren: sekreterare", "Lena Holm: justerande"],
    ],
    [
      "a page's footer for the adjusters' initials (`Justerare signatur`) is no label of the block",
      "2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2019-04-23 Beslutande Karin Berg (S) Olof Strand (M) Nils Ekdahl (C) Lena Holm (S) Övriga Maria Lundin (Kommundirektör) Eva Sjögren (Kommunsekreterare) Protokollet innehåller paragraferna Ordförande Karin Berg (S) Justerare Lena Holm (S) Nils Ekdahl (C) Sekreterare Eva Sjögren Justerare signatur Utdragsbestyrkande\n\n§ 1 Val av justerare\n",
      ["Karin Berg"],
      ["Eva Sjögren: kommunsekreterare", "Eva Sjögren: sekreterare", "Lena Holm: justerare", "Nils Ekdahl: justerare"],
    ],
    [
      "labels side by side with a stop label's (`Justerare Justeringens plats och tid Underskrifter Sekreterare`), its value among the names",
      "1 1 (21) Plats och tid Storsalen Vallby, onsdagen den 31 augusti 2016 kl 09:00-10:40 Beslutande Karin Berg (S), ordförande Olof Strand (S), vice ordförande Nils Ekdahl (C) Lena Holm (M) Övriga närvarande Maria Lundin, tf kommunchef Eva Sjögren, kommunsekreterare Justerare Justeringens plats och tid Underskrifter Sekreterare Lena Holm (M) Omedelbar justering Eva Sjögren Paragrafer Ordförande Karin Berg (S) Justerare Lena Holm (M) ANSLAGSBEVIS Protokollet är justerat. Organ Anslaget är uppsatt Förvaringsplats för protokollet Kommunkansliet Underskrift Eva Sjögren\n\n2 2 (21) Ärendelista 115 Dnr Val av justerare\n",
      ["Karin Berg"],
      ["Eva Sjögren: kommunsekreterare", "Eva Sjögren: sekreterare", "Lena Holm: justerare"],
    ],
    [
      "a label's colon before its name (`Sekreterare: Eva Ek`) after labels side by side: the name is that label's",
      "1 PROTOKOLL 1(43) Plats och tid Mötesrum Vallgården, kl 09:00-12:10 Beslutande och tjänstgörande ersättare Karin Berg (M), ordförande Olof Strand (M) Nils Ekdahl (S) Lena Holm (S) Övriga deltagande Maria Lundin, tf kommunchef Eva Sjögren, sekreterare Utses att justera Justeringens plats och tid Underskrifter Sekreterare: Eva Sjögren Ordförande: Karin Berg Justerande: Lena Holm Lena Holm Kommunledningens lokaler, Vallby Paragrafer:\n\n2 PROTOKOLL 2(43) Organ ANSLAG/BEVIS Protokollet är justerat. Underskrift Eva Sjögren\n\n3 PROTOKOLL 3(43) Innehåll KS 115 Godkännande av dagordning\n",
      ["Karin Berg"],
      ["Eva Sjögren: sekreterare", "Lena Holm: justerande"],
    ],
    [
      "a notice's verbal noun after the last signature (`Tillkännagivandet`) is no part of the adjuster's name",
      "1 sid 1 (42) Närvarande Ordförande Ledamöter Karin Berg (M) Olof Strand (M) Nils Ekdahl (S) Lena Holm (C) Övriga Eva Sjögren, kommunsekreterare Underskrifter Sekreterare Eva Sjögren Ordförande Karin Berg forts.\n\n2 sid 2 (42) Justerande Nils Ekdahl Tillkännagivandet av justeringen har den anslagits på kommunens anslagstavla, intygar Anslaget nedtaget den\n\n3 sid 3 (42) KS 190 Dnr 2009/KKA500 Uppföljning\n",
      ["Karin Berg"],
      ["Eva Sjögren: kommunsekreterare", "Eva Sjögren: sekreterare", "Nils Ekdahl: justerande"],
    ],
    [
      "labels over their names, one a line, as before",
      "PROTOKOLL Kulturnämnden Sammanträdesdatum 2020-10-06 Plats och tid Stadshuset kl 13.00 Beslutande Karin Berg (S) Olof Strand (M) Nils Ekdahl (C) Övriga deltagande Eva Sjögren, nämndsekreterare Utses att justera Nils Ekdahl Underskrifter Sekreterare Paragrafer 1-9 Eva Sjögren Ordförande Karin Berg Justerande Nils Ekdahl\n\n§ 1 Val av justerare\n",
      ["Karin Berg"],
      ["Eva Sjögren: nämndsekreterare", "Nils Ekdahl: justerande"],
    ],
  ];
  it.each(cases)("%s", (_, text, chairs, roles) => {
    expect(offices(graphOf(text))).toEqual({ chairs, roles });
  });
});

describe("the meeting's date in minutes that also date their notice", () => {
  const meetingDates = (text: string) => {
    const g = graphOf(text);
    return g.filterNodes((_, a) => a.kind === "meeting").map((n) => (g.getNodeAttributes(n) as MeetingAttributes).date ?? null);
  };
  it.each([
    [
      "the notice's last day after the body's label (`Organ … Anslaget till och med`) is not the meeting's",
      "1(36) Plats och tid Kommunhuset, våning 4, 09.00-11.00 Beslutande ledamöter Karin Berg (S) Olof Strand (S) Nils Ekdahl (V) Lena Holm (C) Övriga närvarande Eva Sjögren, kommunsekreterare Per Ström, kommunchef Justerare Lena Holm (C) Underskrifter Sekreterare Paragrafer 26 -- 38 Eva Sjögren Ordförande Karin Berg (S) Justerare Lena Holm (C) ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelsens arbetsutskott Protokollet anslås Anslaget till och med 2018-04-25 Förvaringsplats för protokollet Kommunledningsförvaltningen Sista datum för överklagande 2018-04-24 Underskrift Eva Sjögren\n2(36) Kommunstyrelsens arbetsutskott Ärendelista 26 Dnr KS 2018/14 Information\n",
      [null],
    ],
    [
      "the meeting's date after the body's label in the same block still dates it",
      "1(12) Plats och tid Kommunhuset 09.00-11.00 Beslutande Karin Berg (S) Olof Strand (S) Nils Ekdahl (V) Övriga närvarande Eva Sjögren, kommunsekreterare Underskrifter Sekreterare Eva Sjögren Ordförande Karin Berg (S) Justerare Nils Ekdahl (V) ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsens arbetsutskott Sammanträdesdatum 2018-04-03 Anslaget till och med 2018-04-25\n2(12) Ärendelista\n",
      ["2018-04-03"],
    ],
  ])("%s", (_, text, dates) => {
    expect(meetingDates(text)).toEqual(dates);
  });
});

describe("guests in minutes' header", () => {
  it("`Inbjuden:` after the members present opens a field of others present, not more members", () => {
    const g = graphOf(
      "1 PROTOKOLL 1 (6) PROTOKOLL FRÅN STYRGRUPPSMÖTE ENERGISMART VALLBY Tisdag den 3 juni 2008, kl. 13: Storsalen Kommunhuset, Falun Närvarande: Karin Berg (Ordförande), Olof Strand, Nils Ekdahl och Lena Holm Inbjuden: Per Ström (pkt 6) Förhinder: Anna Lindgren, Bo Sandberg 1:Mötet öppnas av ordföranden Ordförande förklarade mötet öppnat och hälsade alla välkomna. 2:Val av protokolljusterare Lena Holm utsågs att justera dagens protokoll.\n",
    );
    const attended = g
      .filterEdges((_, a) => a.kind === "attended")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "capacity")}`)
      .sort();
    expect(attended).toEqual(["Karin Berg: member", "Lena Holm: member", "Nils Ekdahl: member", "Olof Strand: member", "Per Ström: other"]);
  });
});

describe("an agenda item in a page's title", () => {
  it("`Övriga frågor` before the header is no field, so the header after it is read", () => {
    const title = "Styrgruppen för Vallbyprojektet 4/97 1. Dagordningen fastställdes efter tillägg av nytt ärende under punkten 11 Övriga frågor";
    const g = graphOf(
      `${title}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "${title}"\n\nTranskript\n\n1 Styrgruppen för Vallbyprojektet 4/97 1 Protokoll från styrgruppsmöte den 3 oktober 1997 Närvarande: Karin Berg, ordf. Ledamöter: Olof Strand Nils Ekdahl Lena Holm Tjänstgörande ersättare Maria Lundin Dessutom: Ulla Dahl, sekretariatet Karin Berg öppnade mötet och hälsade alla välkomna. 1. Fastställande av dagordning Dagordningen fastställdes. 3. Val av justerare Lena Holm valdes till justerare.\n`,
    );
    const attended = g
      .filterEdges((_, a) => a.kind === "attended")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "capacity")}`)
      .sort();
    expect(attended).toEqual([
      "Karin Berg: member",
      "Lena Holm: member",
      "Maria Lundin: substitute",
      "Nils Ekdahl: member",
      "Olof Strand: member",
      "Ulla Dahl: other",
    ]);
    expect(offices(g)).toEqual({ chairs: ["Karin Berg"], roles: ["Lena Holm: justerare"] });
  });
});

describe("titles in a members' field flattened from a table", () => {
  it("`Vice ordförande` after a member's name and party is that member's title, not a field of the names after it", () => {
    const g = graphOf(
      "1 VALLBY KOMMUN Tid: 9:00 - 12:45 KOMMUNSTYRELSENS SOCIALA UTSKOTT Plats: Rodret Ledamöter Karin Berg (m) Ordförande Olof Strand (s) Vice ordförande Nils Ekdahl (c) Lena Holm (s) Ersättare Anna Lindgren (s) Övriga Eva Sjögren Sekreterare Justeringsdag: Paragrafer: Justerare: Lena Holm Eva Sjögren Karin Berg Lena Holm Sekreterare Ordförande Justerare BEVIS Justeringen har tillkännagivits via anslag Organ Protokollet är anslaget fr o m t o m\n\n2 35 Diarienummer 0371/11 Ekonomisk uppföljning\n",
    );
    const vice = g.filterEdges((_, a) => a.kind === "holds_role" && a.role === "vice ordförande").map((e) => g.getNodeAttribute(g.source(e), "label"));
    expect(vice).toEqual(["Olof Strand"]);
  });
});

describe("an association's notes flattened to one paragraph", () => {
  it("unnumbered first items (`Val av mötesordförande`) end the list of those present, and choose the officers", () => {
    const g = graphOf(
      "Protokoll från styrelsemötet 4 september\n\nMötets öppnande Mötet förklarades öppnat. Närvaro Karin Berg (lämnade mötet efter punkt 9) Olof Strand Nils Ekdahl Lena Holm Val av mötesfunktionärer Val av mötesordförande Nils Ekdahl valdes enhälligt till mötesordförande. Val av mötessekreterare Karin Berg valdes enhälligt till sekreterare. Val av två mötesjusterare Lena Holm och Olof Strand valdes till justerare. Godkännande av dagordning Dagordningen godkändes.\n",
    );
    expect(offices(g)).toEqual({
      chairs: ["Nils Ekdahl"],
      roles: ["Karin Berg: sekreterare", "Lena Holm: justerare", "Olof Strand: justerare"],
    });
  });
});

describe("titles of several words in parentheses", () => {
  it("make the named an official, not a member, under fields side by side", () => {
    const g = graphOf(
      "1 Vård- och omsorgsnämnden Plats och tid Bruket, Storgatan 7 kl. 16:30-19:45 Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande Utses att justera Karin Berg (S) (ordförande) Olof Strand (L) (vice ordförande) Nils Ekdahl (S) Lena Holm (M) Maria Lundin (chef vård- och omsorgsförvaltningen) Per Ström (kvalitetschef) 107 Eva Sjögren (nämndsekreterare) Lena Holm (M) Justeringens plats och tid Förvaltningen Paragrafer Underskrifter Sekreterare.... Eva Sjögren Ordförande.... Karin Berg (S) Justerande.... Lena Holm (M) Protokollet är justerat. 1\n\n2 Innehållsförteckning 103 Förändring av ärendelistan\n",
    );
    const capacity = (name: string) =>
      g
        .filterEdges((_, a) => a.kind === "attended")
        .filter((e) => g.getNodeAttribute(g.source(e), "label") === name)
        .map((e) => g.getEdgeAttribute(e, "capacity"));
    const vice = g.filterEdges((_, a) => a.kind === "holds_role" && a.role === "vice ordförande").map((e) => g.getNodeAttribute(g.source(e), "label"));
    expect([capacity("Maria Lundin"), capacity("Per Ström"), capacity("Nils Ekdahl"), vice]).toEqual([["other"], ["other"], ["member"], ["Olof Strand"]]);
  });
});

describe("minutes that list no one before their business", () => {
  it("a paragraph opening a line ends the header: the names in the business are no header's entries", () => {
    const text = [
      "Sammanträde 2011-03-01",
      "",
      "Datum",
      "Klockan",
      "17:30",
      "Plats",
      "Stadshuset i Vallby",
      "",
      "1 Ordföranden hälsar välkommen.",
      "",
      "§14 Frågestund",
      "",
      "Kommunstyrelsens ordförande, Sigrid Almgren (M), besvarar två frågor som ställdes vid förra mötet i kommunfullmäktige.",
      "",
      "På Torvald Enqvists (V) fråga om busshållplatsen meddelas att den nu är på plats.",
    ].join("\n");
    const g = buildGraph([{ ...readDocument({ source: "protokoll.txt", content: text }), genre: "minutes" }], { layout: false }).graph;
    const sigrid = g.findNode((_, a) => a.label === "Sigrid Almgren")!;
    expect(g.filterEdges((_, a) => a.kind === "attended")).toEqual([]);
    expect((g.getNodeAttributes(sigrid) as PersonAttributes).roles?.map((r) => r.roleNormalised)).toEqual(["kommunstyrelsens ordförande"]);
    expect(g.outEdges(sigrid).map((e) => g.getEdgeAttribute(e, "kind"))).toContain("member_of");
  });
});
