/**
 * The rule registry: every fact names a registered rule, the protocol rules each have a case in the layouts real
 * minutes come in (fixtures written here, with invented names), and `core/src` has no import cycle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { EdgeAttributes, KnowledgeGraph, MeetingAttributes } from "@samverkan/core";
import { RULES, ruleInfo, STEPS } from "./rules";

const graphOf = (text: string, source = "protokoll.txt") => buildGraph([readDocument({ source, content: text })], { layout: false }).graph;
const edges = (g: KnowledgeGraph, kind: string) =>
  g
    .filterEdges((_, a) => a.kind === kind)
    .map(
      (e) => [g.getNodeAttribute(g.source(e), "label"), g.getNodeAttribute(g.target(e), "label"), g.getEdgeAttributes(e)] as [string, string, EdgeAttributes],
    );
const chairs = (g: KnowledgeGraph) =>
  edges(g, "chaired")
    .map(([p]) => p)
    .sort();
const attendees = (g: KnowledgeGraph) =>
  edges(g, "attended")
    .map(([p]) => p)
    .sort();
const meetingsOf = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttributes(n) as MeetingAttributes);
const partyOf = (g: KnowledgeGraph, name: string) =>
  edges(g, "member_of")
    .filter(([p]) => p === name)
    .map(([, party]) => party);

// Layouts of real minutes, with invented people.
const FLATTENED = `Miljö- och teknikutskottet SAMMANTRÄDESPROTOKOLL Sida 1(12) Sammanträdesdatum 2021-03-16 Plats och tid Stora salen, tisdagen den 16 mars 2021 kl 09.00-11.30 Beslutande Ledamöter Helga Brandt, M, Ordförande Oskar Lindqvist, C, 1:e vice ordförande Maja Forsén, S Tobias Wennberg, SD Ersättare Frida Holmgren, S Övriga närvarande Ingvar Sahlin, förvaltningschef Rut Edlund, sekreterare Justerare Maja Forsén, S Justeringens plats och tid Kommunhuset 2021-03-23 Underskrifter Sekreterare Paragrafer §§ 10-18 Rut Edlund Ordförande Helga Brandt Justerare Maja Forsén
`;
const POSITIONAL = `Kommunfullmäktige Sammanträdesprotokoll 1(20)
Plats och tid Stadshuset, kl 18.00-20.00 Beslutande Enligt förteckning Övriga deltagande Erik Stensson, kommunsekreterare Utses att justera Lisa Ahlgren (S) och Nils Berglund (M) Underskrifter Sekreterare Ordförande Justerande Erik Stensson Karin Vallin Lisa Ahlgren Nils Berglund ANSLAG/BEVIS Protokollet är justerat. Organ Kommunfullmäktige Sammanträdesdatum 2019-11-25
`;
const BLANK_SIGNATURES = `Socialnämnden Sammanträdesprotokoll Sammanträdesdatum 2018-05-03 Plats och tid Rådhuset kl 13.00 Beslutande Anna Lundell (S) ordförande Per Åkesson (M) Gunilla Strand (V) Utses att justera Per Åkesson Underskrifter Sekreterare... Ordförande... Justerande...
`;
const SURNAME_FIRST = `Sammanträdesprotokoll Barn- och skolnämnden 2017-02-14 Plats och tid: Skolan, kl 18:30 Ordförande: Ekdahl Sara (L) Ledamöter: Holm Anders (M) Persson Karin (S) Lindgren Peter (KD) Ersättare: Övriga närvarande: Nyberg Eva (L) Underskrifter: Sekreterare Maria Kron Ordförande Ekdahl Sara
`;
const PARTY_COLUMN = `SAMMANTRÄDESPROTOKOLL Sida 1 (9) Kulturnämnden Sammanträdesdatum 2016-10-04 Plats och tid Biblioteket 4 oktober 2016 Beslutande L Jonas Frisk, ordförande M Ella Borg (M) S Hanna Wall tjänstgör för Olle Sand (S) V Rolf Dahl Utses att justera Hanna Wall Underskrifter Sekreterare Lena Kvist Ordförande Jonas Frisk Justerare Hanna Wall
`;
const TITLE_COLUMN = `Tekniska nämnden PROTOKOLL Sammanträdesdag 2015-09-01 Tid och Plats Kl 17.00 Sessionssalen Närvarande: Ordinarie ledamöter Gustav Ek (M) Sara Lind (S) Ivar Holm (C) Lena Moberg (MP) ordförande 1:e vice ordförande 2:e vice ordförande Ersättare Axel Nord (M), tjg för Bo Falk (M)
`;
const ABSENT = `Kommunfullmäktige Sammanträdesprotokoll Sammanträdesdatum 2013-06-17 Plats och tid Aulan, kl 18.00 Beslutande Kommunfullmäktiges samtliga ledamöter med undantag för Ove Lager (M) och Stina Berg (S) Övriga närvarande Tove Lund, kommunsekreterare Underskrifter Sekreterare Tove Lund Ordförande Gerd Nyman Justerare Carl Ström
`;
const UNDATED_ASSOCIATION = `Styrelsen (9) Plats och tid Närvarande Ledamöter Kommunförbundet Västmark, Bruksgatan 3, Sala kl 09.30 Gerda Nilsson (m), ordförande Olle Berg (s) Stina Ek (c) Övriga deltagare Frans Ekberg, Mälardalens kommunalförbund Utses att justera Olle Berg Underskrifter: Sekreterare... Paragrafer: Frans Ekberg Ordförande... Gerda Nilsson Justerande... Olle Berg
`;
const WEB_COPY = `Din position: Hem > Vallby stad > AB Vallbyhem > Sammanträde 2011-03-15

Sammanträde 2011-03-15

Datum
Klockan
09.00
Plats
Vallbyhems kontor

Justeras:
Greta Holm Sven Ek

Närvarande:

Ordföranden Greta Holm (m)

Vice ordföranden Sven Ek (s)

Ledamöterna
Eva Lund (v)
Per Berg (fp)

Verkställande direktören
Olle Sand
`;
const REGISTER = `Kommunfullmäktige Sammanträdesdatum Sida 1 Plats och tid Rådhuset, måndagen den 3 februari 2020, kl. 18:30 Beslutande Ordförande Lars Ekman (S) Övriga deltagande Karin Nord, kommunsekreterare Utses att justera Ingrid Moberg Ylvali Quist Underskrifter Sekreterare Ordförande Justerande Karin Nord Lars Ekman Ingrid Moberg Ylvali Quist
2 Kommunfullmäktige Sammanträdesdatum Sida 2 Närvaroförteckning Ordinarie ledamot Paragraf Ersättare vid ledamots frånvaro Paragraf 1. Stina Wall (S) Bo Karlsson (C) Mona Lind (M)
`;
// A table laid out as text (PDF, Word): fields and values in columns with tabs, signatures in three columns.
const COLUMNS = `PROTOKOLL
Bygg- och miljönämnden
Sammanträdesdatum\t2022-09-06
Plats och tid\tRådhuset, kl. 17.00–19.00
Beslutande\tRut Falkman (S), ordförande
Ivan Sjögren (M), vice ordförande
Tilde Ek (C)
Övriga deltagare\tMoa Strand, bygglovschef
Utses att justera\tIvan Sjögren

§ 40 Detaljplan för Ängen
Nämnden beslutar att godkänna planen.

Sekreterare\tOrdförande\tJusterande
Nils Borg\tRut Falkman\tIvan Sjögren
`;

// A kommunalförbund's page of its direktion: members and substitutes under their municipalities, no meeting.
const ROSTER = `Direktionen

Direktionen är förbundets högsta beslutande organ. Varje medlemskommun utser två ledamöter och två ersättare.

Protokoll

Kallelser

Hedemora kommun

Ledamot: Greta Almqvist (s) och Hugo Sandell (m)
Ersättare: Irma Kjellin (c) och Jonas Tegnér (sd)

Avesta kommun

Ledamot: Klara Wiklund (kd) och Leo Ramström (s)
Ersättare: Mira Dahlin (m) och Nils Ohlsson (l)
`;
// The same kind of list flattened to one line, each member with their municipality after the party.
const INLINE_ROSTER = `Direktionen Protokoll från varje sammanträde finns under Protokoll. Ledamöter Greta Almqvist (S), Hedemora Hugo Sandell (M), Avesta Ersättare Irma Kjellin (C), Hedemora Mira Dahlin (M), Avesta
`;
// Minutes with the same fields, and a date and paragraphs: a meeting.
const DATED_FIELDS = `Protokoll Kommunstyrelsen
Sammanträdesdatum: 2020-02-03

Ledamot: Greta Almqvist (s)
Ersättare: Irma Kjellin (c)

§ 1 Val av justerare
`;

// Members under their municipalities, flattened into one run inside a paragraph; and names each followed by theirs.
const HEADED = `Protokoll Direktionen 2015-02-10. Medlemskommunerna har utsett följande ledamöter och ersättare Hedemora Greta Almqvist (S) ledamot Hugo Sandell (M) ersättare Avesta Klara Wiklund (KD) ledamot Leo Ramström (S) ersättare Säter Mira Dahlin (M) ledamot
`;
const TRAILING = `Nätverket för regional samverkan. Deltagare: Greta Almqvist (S) Hedemora Hugo Sandell (M) Avesta Klara Wiklund (KD) Säter
`;

describe("the rule registry", () => {
  it("has unique ids, each in a known step with a reason", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(STEPS).toContain(r.step);
      expect(r.reason.length).toBeGreaterThan(20);
    }
  });

  it("docs/DESIGN.md lists exactly the registered rules", () => {
    const design = readFileSync(new URL("../../../../docs/DESIGN.md", import.meta.url), "utf8");
    const listed = [...design.matchAll(/^\|\s*`([^`]+)`\s*\|\s*(\S+)\s*\|/gm)].filter((m) => (STEPS as readonly string[]).includes(m[2])).map((m) => m[1]);
    expect(listed).toEqual(RULES.map((r) => r.id));
  });

  it("every fact of the sample corpus and of these fixtures names a registered rule", () => {
    const corpus = fileURLToPath(new URL("../../../../examples/storsthlm/corpus/", import.meta.url));
    const docs = readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readDocument({ source: f, content: readFileSync(join(corpus, f)) }));
    for (const [n, text] of [
      FLATTENED,
      POSITIONAL,
      BLANK_SIGNATURES,
      SURNAME_FIRST,
      PARTY_COLUMN,
      TITLE_COLUMN,
      ABSENT,
      UNDATED_ASSOCIATION,
      WEB_COPY,
      REGISTER,
      COLUMNS,
      ROSTER,
      INLINE_ROSTER,
      HEADED,
    ].entries())
      docs.push(readDocument({ source: `fixture-${n}.txt`, content: text }));
    const { graph } = buildGraph(docs, { layout: false });
    const used = new Set<string>();
    graph.forEachEdge((_, a) => void (a.rule && used.add(a.rule)));
    for (const rule of used) expect(ruleInfo(rule), rule).toBeDefined();
    // Each protocol rule that yields an edge is exercised by the fixtures (staff titles stay on the person node).
    for (const id of [
      "protocol:meeting",
      "protocol:organ",
      "protocol:attended",
      "protocol:signature-chair",
      "protocol:listed-chair",
      "protocol:role",
      "protocol:party",
      "protocol:municipality",
      "protocol:roster-municipality",
    ]) {
      expect(used.has(id), id).toBe(true);
    }
  });
});

describe("protocol layouts (01-protocol, 04-protocol)", () => {
  it("protocol:role: a capacity written after each name (`tj ledamot`, `tj ersättare`) is the role, and makes a substitute", () => {
    const header = `Kultur- och fritidsnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2012-03-06 Plats och tid Nolia, kl 13.00 Beslutande Alma Berg (S) tj ledamot Bror Lund (M) tj ledamot Cilla Ahl (S) tj ersättare Övriga deltagare Dan Ek, fritidschef Utses att justera Bror Lund Underskrifter Sekreterare Dan Ek Ordförande Alma Berg Justerande Bror Lund
`;
    const g = graphOf(header);
    const of = (name: string) =>
      edges(g, "holds_role")
        .filter(([p]) => p === name)
        .map(([, , a]) => `${a.role} (${a.roleNormalised})`);
    expect(of("Alma Berg")).toContain("tj ledamot (ledamot)");
    expect(of("Cilla Ahl")).toEqual(["tj ersättare (tjänstgörande ersättare)"]);
    expect(edges(g, "attended").find(([p]) => p === "Cilla Ahl")![2].capacity).toBe("substitute");
    expect(edges(g, "attended").find(([p]) => p === "Bror Lund")![2].capacity).toBe("member");
  });

  it("protocol:role: a role that names another body in the genitive is held in that body, not in the body that met", () => {
    const header = `Regionstyrelsen Region Kronoberg PROTOKOLL Sammanträdesdatum 2019-03-05 Plats och tid Residenset kl 09.00 Beslutande Alma Berg (S) ordförande Bror Lund (M) Närvarorätt Cilla Ahl (C) regionfullmäktiges ordförande Utses att justera Bror Lund Underskrifter Sekreterare Dan Ek Ordförande Alma Berg Justerande Bror Lund
`;
    const held = edges(graphOf(header), "holds_role").map(([p, body, a]) => `${p}: ${a.role} @ ${body}`);
    expect(held).toContain("Cilla Ahl: regionfullmäktiges ordförande @ Regionfullmäktige");
    expect(held).toContain("Alma Berg: ordförande @ Regionstyrelsen");
    expect(held.filter((h) => h.startsWith("Cilla Ahl") && h.endsWith("@ Regionstyrelsen"))).toEqual([]);
  });

  it("protocol:role: a role implied by its label is written as the label writes it (`Justerande`)", () => {
    const header = `Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2016-06-09 Plats och tid Folkets hus kl 09.00 Beslutande Alma Berg (S) ordförande Bror Lund (M) Cilla Ahl (V) Underskrift Sekreterare Dan Ek Ordförande Alma Berg Justerande Bror Lund
`;
    const roles = edges(graphOf(header), "holds_role")
      .filter(([p]) => p === "Bror Lund")
      .map(([, , a]) => `${a.role} (${a.roleNormalised})`)
      .sort();
    expect(roles).toEqual(["justerande (justerare)", "ledamot (ledamot)"]);
  });

  it("protocol:role: an adjuster chosen under `Utses att justera` and signing under `Justerande` holds the role as the label writes it", () => {
    const header = `Byggnadsnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2014-02-11 Plats och tid Rådhuset kl 18.00 Beslutande Alma Berg (S) ordförande Bror Lund (M) Cilla Ahl (V) Utses att justera Bror Lund Underskrifter Sekreterare... Paragrafer: Dan Ek Ordförande... Alma Berg Justerande... Bror Lund
`;
    const roles = edges(graphOf(header), "holds_role")
      .filter(([p]) => p === "Bror Lund")
      .map(([, , a]) => `${a.role} (${a.roleNormalised})`)
      .sort();
    expect(roles).toEqual(["justerande (justerare)", "ledamot (ledamot)"]);
  });

  it("protocol:staff-title: a staff title runs on over its field written after it, up to the paragraphs or the next name", () => {
    const header = `Barn- och utbildningsnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2020-06-09 Plats och tid Kommunhuset kl 13.00 Beslutande Alma Berg, S Bror Lund, M Ersättare Cilla Ahl, S Övriga närvarande Dan Ek, förvaltningschef Eva Sten, enhetschef elevhälsan, §§ 57, 60 Frej Holm, verksamhetschef musik, bild, § 62 Gun Bergh, enhetschef skola Hugo Falk, avd chef park/idrott Justerare Bror Lund, M Underskrifter Sekreterare Dan Ek Ordförande Alma Berg Justerare Bror Lund
`;
    const g = graphOf(header);
    const rolesOf = (name: string) =>
      ((g.getNodeAttributes(g.findNode((_, a) => a.label === name)!) as { roles?: { role: string }[] }).roles ?? []).map((r) => r.role);
    expect(rolesOf("Eva Sten")).toEqual(["enhetschef elevhälsan"]);
    expect(rolesOf("Frej Holm")).toEqual(["verksamhetschef musik, bild"]);
    expect(rolesOf("Gun Bergh")).toEqual(["enhetschef skola"]);
    expect(rolesOf("Hugo Falk")).toEqual(["avd chef park/idrott"]);
    expect(rolesOf("Dan Ek")).toEqual(["förvaltningschef"]);
  });

  it("protocol:staff-title: a unit named right after a title is where it is held; a name with no known given name before a title is a person", () => {
    const header = `PROTOKOLL Sammanträdesdag 2013-08-29 Tid och Plats Kl 18.00 Tekniska nämndens sessionssal Närvarande: Ordinarie ledamöter Alma Berg (M) Bror Lund (S) Cilla Ahl (C) Ersättare Dan Ek (M) Övriga Eva Sten avdelningschef Parkavdelningen Zoltar Mirowa avdelningschef Inköpsavdelningen Frej Holm enhetschef Lön- och HR-enheten Gun Bergh näringslivsutvecklare, Kommunledningsförvaltningen, Hugo Falk sekreterare
`;
    const g = graphOf(header);
    const held = edges(g, "holds_role")
      .filter(([, , a]) => a.rule === "protocol:staff-title")
      .map(([p, org, a]) => `${p}: ${a.role} @ ${org}`)
      .sort();
    expect(held).toEqual([
      "Eva Sten: avdelningschef @ Parkavdelningen",
      "Frej Holm: enhetschef @ Lön- och HR-enheten",
      "Gun Bergh: näringslivsutvecklare @ Kommunledningsförvaltningen",
      "Zoltar Mirowa: avdelningschef @ Inköpsavdelningen",
    ]);
    // A unit is not part of the body that met.
    const unit = g.getNodeAttributes(g.findNode((_, a) => a.label === "Parkavdelningen")!) as { partOf?: string };
    expect(unit.partOf).toBeUndefined();
    expect(
      edges(g, "holds_role")
        .filter(([p]) => p === "Hugo Falk")
        .map(([, org, a]) => `${a.role} @ ${org}`),
    ).toEqual(["sekreterare @ Tekniska nämnden"]);
  });

  it("protocol:role: a listed member the first paragraph chooses to adjust is an adjuster; the reserve named with them is not", () => {
    const header = (
      paragraph: string,
    ) => `PROTOKOLL Sammanträdesdag 2013-08-29 Tid och Plats Kl 18.00 Tekniska nämndens sessionssal Närvarande: Ordinarie ledamöter Alma Berg (M) Bror Lund (S) Cilla Ahl (C) Dan Ek (M) ordförande Ersättare Eva Sten (S) Övriga Frej Holm sekreterare

2 41 Upprop och val av justerare ${paragraph} 42 Godkännande av föredragningslista Listan godkänns.
`;
    const adjusters = (paragraph: string) =>
      edges(graphOf(header(paragraph)), "holds_role")
        .filter(([, , a]) => a.roleNormalised === "justerare")
        .map(([p, org]) => `${p} @ ${org}`)
        .sort();
    expect(adjusters("Att jämte ordföranden justera dagens protokoll utsågs Bror Lund (S) med Cilla Ahl (C) som ersättare.")).toEqual([
      "Bror Lund @ Tekniska nämnden",
    ]);
    expect(adjusters("Ledamöterna beslutar utse Cilla Ahl och Alma Berg att jämte ordföranden justera protokollet.")).toEqual([
      "Alma Berg @ Tekniska nämnden",
      "Cilla Ahl @ Tekniska nämnden",
    ]);
    expect(adjusters("Till att justera dagens protokoll utses Alma Berg (M) och ersättare Bror Lund (S).")).toEqual(["Alma Berg @ Tekniska nämnden"]);
    // A paragraph that chooses nobody to adjust names no adjuster.
    expect(adjusters("Bror Lund (S) valdes till ordförande. Protokollet justeras senare.")).toEqual([]);
  });

  it("protocol:staff-title: a column of titles with more titles than its field has names began its rows in the field before", () => {
    const header = `Protokoll Sammanträdesdatum Regionstyrelsen Tid: Måndagen den 8 december 2003, kl 10:00 Plats: Regionhuset Ledamöter Alma Berg (m) ordförande Bror Lund (s) Ersättare Cilla Ahl (c) Närvarorätt Dan Ek (c) Tjänstemän Eva Lindqvist Karl Holm Anna Bergh förbundsjurist regiondirektör ekonomidirektör kanslidirektör, sekreterare 1 (16)
`;
    const g = graphOf(header);
    const rolesOf = (name: string) =>
      ((g.getNodeAttributes(g.findNode((_, a) => a.label === name)!) as { roles?: { role: string }[] }).roles ?? []).map((r) => r.role);
    expect(rolesOf("Eva Lindqvist")).toEqual(["regiondirektör"]);
    expect(rolesOf("Karl Holm")).toEqual(["ekonomidirektör"]);
    expect(rolesOf("Anna Bergh")).toEqual(["kanslidirektör"]);
    expect(rolesOf("Dan Ek")).toEqual(["förbundsjurist"]);
  });

  it("protocol:staff-title: a column of capitalised titles, each with its field or first part (`Enhetschef Livsmedel`, `Miljö- och hälsoskyddsinspektör`)", () => {
    const header = `Protokoll Mn 12/2015 Miljönämnden Datum: 2015-03-10 Klockan: 09:00 Plats: Stadshuset Närvarande ledamöter Alma Berg (S) Bror Lund (KD) Tjänstgörande ersättare Olle Sand (S) Ordförande Justerare Övriga Cilla Ahl Dan Ek Eva Lindqvist Karl Holm Anna Bergh Miljöchef Enhetschef Livsmedel Nämndadministratör Miljö- och hälsoskyddsinspektör Miljö- och hälsoskyddsinspektör 1
`;
    const g = graphOf(header);
    const rolesOf = (name: string) =>
      ((g.getNodeAttributes(g.findNode((_, a) => a.label === name)!) as { roles?: { role: string }[] }).roles ?? []).map((r) => r.role);
    expect(["Cilla Ahl", "Dan Ek", "Eva Lindqvist", "Karl Holm", "Anna Bergh"].map(rolesOf)).toEqual([
      ["miljöchef"],
      ["enhetschef livsmedel"],
      ["nämndadministratör"],
      ["miljö- och hälsoskyddsinspektör"],
      ["miljö- och hälsoskyddsinspektör"],
    ]);
  });

  it("protocol:organ: a body named only in the genitive (`Tekniska nämndens sessionssal`) is the one that met", () => {
    const header = `PROTOKOLL Sammanträdesdag 2013-08-29 Tid och Plats Kl 18.00 Tekniska nämndens sessionssal Närvarande: Ordinarie ledamöter Alma Berg (M) Bror Lund (S) Cilla Ahl (C) ordförande 1:e vice ordförande Ersättare Dan Ek (M) Övriga Eva Sten sekreterare
`;
    const g = graphOf(header);
    expect(meetingsOf(g).map((m) => m.title)).toEqual(["Tekniska nämnden"]);
    expect(
      edges(g, "holds_role")
        .filter(([p, body]) => p === "Alma Berg" && body === "Tekniska nämnden")
        .map(([, , a]) => a.roleNormalised),
    ).toEqual(["ordförande"]);
  });

  it("protocol:organ: a compound title (`Direktionsprotokoll`, `Kommunstyrelseprotokoll`) names the body that met", () => {
    const header = (title: string) => `${title}

1 Plats och tid Kommunhuset kl 09.00 Omfattning 1-9 Beslutande Helga Brandt (S) ordförande Tobias Wennberg (M) 1:e vice ordförande Ersättare Olle Sand (S) Övriga Rut Edlund, förbundssekreterare Sekreterare Rut Edlund Ordförande... Helga Brandt Justerare Tobias Wennberg
`;
    for (const [title, body] of [
      ["Direktionsprotokoll 2021-03-16", "Direktionen"],
      ["KOMMUNSTYRELSEPROTOKOLL 2021-03-16", "Kommunstyrelsen"],
      ["Nämndprotokoll 2021-03-16", "Nämnden"],
    ]) {
      const g = graphOf(header(title));
      expect(meetingsOf(g).map((m) => m.title)).toEqual([body]);
      expect(
        edges(g, "holds_role")
          .filter(([p]) => p === "Tobias Wennberg")
          .map(([, org, a]) => `${a.roleNormalised} @ ${org}`),
      ).toEqual([`förste vice ordförande @ ${body}`, `justerare @ ${body}`]);
    }
    // `Sammanträdesprotokoll` names no body.
    expect(meetingsOf(graphOf(header("Sammanträdesprotokoll 2021-03-16"))).map((m) => m.title)).not.toEqual(["Sammanträden"]);
  });

  it("protocol:meeting: a municipality written after a listed member is theirs, not the body's", () => {
    const header = `Direktionen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-16 Plats och tid Kommunhuset, Säter kl 09.00-11.30 Beslutande Helga Brandt (S) ordförande Tobias Wennberg (M) Adjungerade Oskar Lindqvist (S) Avesta kommun Övriga närvarande Rut Edlund, förbundssekreterare Utses att justera Tobias Wennberg Underskrifter Sekreterare Rut Edlund Ordförande Helga Brandt Justerande Tobias Wennberg
`;
    expect(meetingsOf(graphOf(header)).map((m) => m.label)).toEqual(["2021-03-16 Direktionen"]);
  });

  it("protocol:meeting, protocol:organ: a flattened header is one meeting of its organ on its date", () => {
    const g = graphOf(FLATTENED);
    const [m] = meetingsOf(g);
    expect(m.date).toBe("2021-03-16");
    expect(m.title).toBe("Miljö- och teknikutskottet");
    expect(m.place).toBe("Stora salen");
  });

  it("protocol:signature-chair, protocol:attended: the signature's chair, everyone present attended", () => {
    const g = graphOf(FLATTENED);
    expect(chairs(g)).toEqual(["Helga Brandt"]);
    expect(attendees(g)).toEqual(["Frida Holmgren", "Helga Brandt", "Ingvar Sahlin", "Maja Forsén", "Oskar Lindqvist", "Rut Edlund", "Tobias Wennberg"]);
    // Header words are never part of a name.
    expect(g.filterNodes((_, a) => a.kind === "person" && /Beslutande|Ledamöter|Justeringens|Underskrifter/.test(a.label))).toEqual([]);
  });

  it("protocol:party, protocol:role, protocol:staff-title", () => {
    const g = graphOf(FLATTENED);
    expect(partyOf(g, "Oskar Lindqvist")).toEqual(["Centerpartiet"]);
    const roles = edges(g, "holds_role")
      .filter(([p]) => p === "Oskar Lindqvist")
      .map(([, , a]) => a.roleNormalised);
    expect(roles).toContain("förste vice ordförande");
    expect(
      edges(g, "holds_role")
        .filter(([p]) => p === "Tobias Wennberg")
        .map(([, , a]) => a.roleNormalised),
    ).toEqual(["ledamot"]);
    const staff = (g.getNodeAttributes(g.findNode((_, a) => a.label === "Ingvar Sahlin")!) as { roles?: { role: string }[] }).roles ?? [];
    expect(staff.map((r) => r.role)).toContain("förvaltningschef");
  });

  it("positional signature block: labels first, names in the same order", () => {
    const g = graphOf(POSITIONAL);
    expect(chairs(g)).toEqual(["Karin Vallin"]);
    const [m] = meetingsOf(g);
    expect(m.date).toBe("2019-11-25");
    const chair = edges(g, "chaired")[0][2];
    expect(chair.evidence[0].quote.startsWith("Ordförande Justerande")).toBe(true);
    const adjusters = edges(g, "holds_role")
      .filter(([, , a]) => a.roleNormalised === "justerare")
      .map(([p]) => p)
      .sort();
    expect(adjusters).toEqual(["Lisa Ahlgren", "Nils Berglund"]);
  });

  it("protocol:signature-chair: a signature table of two rows, a chair for each part of the meeting, with the adjusters the header chose", () => {
    const header = (
      chosen: string,
    ) => `Kommunfullmäktige Sammanträdesdatum Sida 1-9 Plats och tid Folkets hus, måndagen den 3 mars 2014, kl. 18:30 Beslutande Alma Berg (S) Bror Lund (C) Cilla Ahl (S) Dan Ek (M) Övriga deltagare Eva Sten, kommunsekreterare Utses att justera Justeringens plats och tid ${chosen} Kansliet, kl. 15:00. Underskrifter Sekreterare Paragrafer Eva Sten Ordförande Justerande Alma Berg Cilla Ahl Bror Lund Dan Ek ANSLAG/BEVIS Protokollet är justerat. Organ Kommunfullmäktige
`;
    const g = graphOf(header("Cilla Ahl och Dan Ek"));
    expect(chairs(g)).toEqual(["Alma Berg", "Bror Lund"]);
    const adjusters = (graph: KnowledgeGraph) =>
      edges(graph, "holds_role")
        .filter(([, , a]) => a.roleNormalised === "justerare")
        .map(([p]) => p)
        .sort();
    expect(adjusters(g)).toEqual(["Cilla Ahl", "Dan Ek"]);
    // Names that do not fit the rows are read as before: the first under the chair, the rest under the adjusters.
    const other = graphOf(header("Cilla Ahl och Bror Lund"));
    expect(chairs(other)).toEqual(["Alma Berg"]);
    expect(adjusters(other)).toEqual(["Bror Lund", "Cilla Ahl", "Dan Ek"]);
  });

  it("protocol:listed-chair: blank signatures give the member marked ordförande, and no other chair", () => {
    const g = graphOf(BLANK_SIGNATURES);
    expect(chairs(g)).toEqual(["Anna Lundell"]);
    expect(edges(g, "chaired")[0][2].rule).toBe("protocol:listed-chair");
  });

  it("surname-first lists are read as given name, surname", () => {
    const g = graphOf(SURNAME_FIRST);
    expect(chairs(g)).toEqual(["Sara Ekdahl"]);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Anders Holm", "Karin Persson", "Peter Lindgren", "Eva Nyberg"]));
  });

  it("a party column before the names, and a substitute's member replaced does not attend", () => {
    const g = graphOf(PARTY_COLUMN);
    expect(partyOf(g, "Jonas Frisk")).toEqual(["Liberalerna"]);
    expect(partyOf(g, "Rolf Dahl")).toEqual(["Vänsterpartiet"]);
    expect(attendees(g)).not.toContain("Olle Sand");
    expect(edges(g, "attended").find(([p]) => p === "Hanna Wall")?.[2].capacity).toBe("substitute");
    expect(chairs(g)).toEqual(["Jonas Frisk"]);
  });

  it("a detached column of titles goes to the first names in order", () => {
    const g = graphOf(TITLE_COLUMN);
    expect(chairs(g)).toEqual(["Gustav Ek"]);
    expect(attendees(g)).not.toContain("Bo Falk");
  });

  it("organisation:shape: an association outside the lexicon names an undated meeting's body, and is no person", () => {
    const g = graphOf(UNDATED_ASSOCIATION);
    const [m] = meetingsOf(g);
    expect(m.title).toBe("Styrelsen, Kommunförbundet Västmark");
    expect(m.date).toBeUndefined();
    expect(chairs(g)).toEqual(["Gerda Nilsson"]);
    const orgs = g.filterNodes((_, a) => a.kind === "organisation").map((n) => g.getNodeAttribute(n, "label"));
    expect(orgs).toEqual(expect.arrayContaining(["Kommunförbundet Västmark", "Mälardalens kommunalförbund"]));
    expect(g.filterNodes((_, a) => a.kind === "person" && /förbund/i.test(a.label))).toEqual([]);
    expect(attendees(g)).toEqual(["Frans Ekberg", "Gerda Nilsson", "Olle Berg", "Stina Ek"]);
  });

  it("a web copy: a field and its name on one line with no colon, the date and place from a breadcrumb title", () => {
    const g = graphOf(WEB_COPY, "sammantrade.txt");
    const [m] = meetingsOf(g);
    expect(m.date).toBe("2011-03-15");
    expect(m.title).toBe("AB Vallbyhem, Sammanträde");
    expect(chairs(g)).toEqual(["Greta Holm"]);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Eva Lund", "Olle Sand", "Per Berg", "Sven Ek"]));
  });

  it("an attendance register's names under no field are people with their parties, not attendees; two names of four", () => {
    const g = graphOf(REGISTER);
    expect(partyOf(g, "Stina Wall")).toEqual(["Socialdemokraterna"]);
    expect(partyOf(g, "Mona Lind")).toEqual(["Moderaterna"]);
    expect(attendees(g)).not.toContain("Stina Wall");
    expect(chairs(g)).toEqual(["Lars Ekman"]);
    // `Ingrid Moberg Ylvali Quist`: a known given name and surname, then a name the lexicon does not know.
    expect(attendees(g)).toEqual(expect.arrayContaining(["Ingrid Moberg", "Ylvali Quist"]));
  });

  it("field lines in columns: each signature under its label, roles in the body and staff titles as in an inline header", () => {
    const g = graphOf(COLUMNS);
    expect(chairs(g)).toEqual(["Rut Falkman"]);
    const roles = (name: string) =>
      edges(g, "holds_role")
        .filter(([p]) => p === name)
        .map(([, body, a]) => `${a.roleNormalised} @ ${body}`)
        .sort();
    expect(roles("Nils Borg")).toEqual(["sekreterare @ Bygg- och miljönämnden"]);
    expect(roles("Ivan Sjögren")).toEqual(["justerare @ Bygg- och miljönämnden", "vice ordförande @ Bygg- och miljönämnden"]);
    expect(roles("Rut Falkman")).toEqual(["ordförande @ Bygg- och miljönämnden"]);
    const staff = (g.getNodeAttributes(g.findNode((_, a) => a.label === "Moa Strand")!) as { roles?: { role: string }[] }).roles ?? [];
    expect(staff.map((r) => r.role)).toEqual(["bygglovschef"]);
  });

  it("members named after `med undantag för` are absent", () => {
    const g = graphOf(ABSENT);
    expect(attendees(g)).not.toContain("Ove Lager");
    expect(attendees(g)).not.toContain("Stina Berg");
    expect(chairs(g)).toEqual(["Gerd Nyman"]);
  });
});

describe("rosters (04-protocol, 05-meetings)", () => {
  const represents = (g: KnowledgeGraph) =>
    edges(g, "represents")
      .map(([p, m, a]) => `${p} -> ${m} (${a.rule})`)
      .sort();
  const seats = (g: KnowledgeGraph) =>
    edges(g, "holds_role")
      .map(([p, body, a]) => `${p}: ${a.roleNormalised} @ ${body}`)
      .sort();

  it("protocol:roster-municipality: members under municipality lines stand for them, and nobody attended a meeting", () => {
    const g = graphOf(ROSTER, "direktionen.txt");
    expect(meetingsOf(g)).toEqual([]);
    expect(attendees(g)).toEqual([]);
    expect(represents(g)).toEqual([
      "Greta Almqvist -> Hedemora (protocol:roster-municipality)",
      "Hugo Sandell -> Hedemora (protocol:roster-municipality)",
      "Irma Kjellin -> Hedemora (protocol:roster-municipality)",
      "Jonas Tegnér -> Hedemora (protocol:roster-municipality)",
      "Klara Wiklund -> Avesta (protocol:roster-municipality)",
      "Leo Ramström -> Avesta (protocol:roster-municipality)",
      "Mira Dahlin -> Avesta (protocol:roster-municipality)",
      "Nils Ohlsson -> Avesta (protocol:roster-municipality)",
    ]);
    // The evidence runs from the municipality's line to the name.
    const [, , first] = edges(g, "represents").find(([p]) => p === "Irma Kjellin")!;
    expect(first.evidence[0].quote).toMatch(/^Hedemora kommun\n\nLedamot: .*\nErsättare: Irma Kjellin$/);
    expect(seats(g)).toContain("Greta Almqvist: ledamot @ Direktionen");
    expect(seats(g)).toContain("Nils Ohlsson: ersättare @ Direktionen");
  });

  it("a roster flattened to one line is no meeting either; each member stands for the municipality written after them", () => {
    const g = graphOf(INLINE_ROSTER, "direktionen.txt");
    expect(meetingsOf(g)).toEqual([]);
    expect(attendees(g)).toEqual([]);
    expect(represents(g)).toEqual([
      "Greta Almqvist -> Hedemora (protocol:municipality)",
      "Hugo Sandell -> Avesta (protocol:municipality)",
      "Irma Kjellin -> Hedemora (protocol:municipality)",
      "Mira Dahlin -> Avesta (protocol:municipality)",
    ]);
    expect(seats(g)).toEqual([
      "Greta Almqvist: ledamot @ Direktionen",
      "Hugo Sandell: ledamot @ Direktionen",
      "Irma Kjellin: ersättare @ Direktionen",
      "Mira Dahlin: ersättare @ Direktionen",
    ]);
  });

  it("the same fields with a meeting's date and paragraphs are minutes: a meeting its members attended", () => {
    const g = graphOf(DATED_FIELDS);
    expect(meetingsOf(g).map((m) => m.date)).toEqual(["2020-02-03"]);
    expect(attendees(g)).toEqual(["Greta Almqvist", "Irma Kjellin"]);
  });
});

describe("municipalities in a run of names (03-appositions)", () => {
  const represents = (text: string) =>
    edges(graphOf(text, "lista.txt"), "represents")
      .map(([p, m, a]) => `${p} -> ${m} (${a.rule}): ${a.evidence[0].quote}`)
      .sort();

  it("apposition:municipality-heading: a run that opens with a municipality has each one head the names after it", () => {
    expect(represents(HEADED)).toEqual([
      "Greta Almqvist -> Hedemora (apposition:municipality-heading): Hedemora Greta Almqvist",
      "Hugo Sandell -> Hedemora (apposition:municipality-heading): Hedemora Greta Almqvist (S) ledamot Hugo Sandell",
      "Klara Wiklund -> Avesta (apposition:municipality-heading): Avesta Klara Wiklund",
      "Leo Ramström -> Avesta (apposition:municipality-heading): Avesta Klara Wiklund (KD) ledamot Leo Ramström",
      "Mira Dahlin -> Säter (apposition:municipality-heading): Säter Mira Dahlin",
    ]);
    // The name before a heading does not hold a role in it, and its evidence stops before it.
    const g = graphOf(HEADED, "lista.txt");
    expect(edges(g, "holds_role").filter(([, target]) => ["Avesta", "Säter"].includes(target))).toEqual([]);
    const [, , party] = edges(g, "member_of").find(([p]) => p === "Hugo Sandell")!;
    expect(party.evidence[0].quote).toBe("Hugo Sandell (M) ersättare");
  });

  it("apposition:represents: names each followed by their municipality keep it", () => {
    expect(represents(TRAILING)).toEqual([
      "Greta Almqvist -> Hedemora (apposition:represents): Greta Almqvist (S) Hedemora",
      "Hugo Sandell -> Avesta (apposition:represents): Hugo Sandell (M) Avesta",
      "Klara Wiklund -> Säter (apposition:represents): Klara Wiklund (KD) Säter",
    ]);
  });
});

describe("core/src has no import cycle", () => {
  it("the import graph of core/src is acyclic", () => {
    const src = resolve(dirname(fileURLToPath(import.meta.url)), "..");
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) files.push(join(d, e.name));
      }
    };
    walk(src);
    const deps = new Map<string, string[]>();
    for (const f of files) {
      const imports = [...readFileSync(f, "utf8").matchAll(/^(?:import|export)[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm)].map((m) => m[1]);
      deps.set(
        f,
        imports
          .map((i) => resolve(dirname(f), i))
          .map((p) => (p.endsWith(".json") ? p : `${p}.ts`))
          .filter((p) => deps.has(p) || files.includes(p)),
      );
    }
    const state = new Map<string, number>();
    const cycle: string[] = [];
    const visit = (f: string, path: string[]): boolean => {
      if (state.get(f) === 2) return false;
      if (state.get(f) === 1) {
        cycle.push(...path.slice(path.indexOf(f)), f);
        return true;
      }
      state.set(f, 1);
      for (const d of deps.get(f) ?? []) if (visit(d, [...path, f])) return true;
      state.set(f, 2);
      return false;
    };
    for (const f of files) if (visit(f, [])) break;
    expect(cycle.map((f) => f.slice(src.length))).toEqual([]);
  });
});
