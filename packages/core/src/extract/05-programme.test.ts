/**
 * Event programmes (05-programme.ts) and meetings told in reports (05-reported.ts), on texts written for these tests
 * with invented people, in the layouts of real programmes and municipal press texts.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { DocumentRecord, KnowledgeGraph, MeetingAttributes } from "@samverkan/core";

function graphOf(text: string, overrides: Partial<DocumentRecord> = {}): KnowledgeGraph {
  return buildGraph([{ ...readDocument({ source: "sida.txt", content: text }), ...overrides }], { layout: false }).graph;
}
const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttributes(n) as MeetingAttributes);
const people = (g: KnowledgeGraph, kind: string) =>
  g.filterEdges((_, a) => a.kind === kind).map((e) => ({ name: g.getNodeAttribute(g.source(e), "label") as string, attrs: g.getEdgeAttributes(e) }));

const SEMINAR = `Vem bär ansvaret i kommunen?

Seminarium 2022.05.17

Allt fler kommuner styrs av minoriteter och breda koalitioner.

Medverkande

Tove Grahn, docent i statsvetenskap vid Örebro universitet

Kalle Ström (M), kommunalråd i Sala

Ines Wikander, politisk redaktör vid Mälardalsposten

Seminariet leds av journalisten Mira Lundh.

Uppdaterad 2022-06-01
`;

const PANEL = `Hur bygger vi staden? – slutseminarium för Framtidsstaden. Välkommen att debattera.

Slutseminariet hölls 14 november 2016. Program och medverkande nedan.

Tid: 14 november, kl 13–16
Plats: Kulturhuset

Moderator: Göran Lindholm, KTH
Paneldeltagare:
Sara Björk, kommunalråd i Solna, (S)
Erik Dahl, Trafikverket
Maria Ek, Sweco

Under fyra månader har utställningen varit en mötesplats för frågor om staden.
`;

describe("programme: one event with its listed people and its leader", () => {
  it("programme:event, programme:participant, programme:led-by: the date the text gives the event, not the page's", () => {
    const g = graphOf(SEMINAR, { genre: "text" });
    const ms = meetings(g);
    expect(ms.map((m) => m.date)).toEqual(["2022-05-17"]);
    expect(people(g, "chaired").map((c) => [c.name, c.attrs.rule])).toEqual([["Mira Lundh", "programme:led-by"]]);
    expect(
      people(g, "attended")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Ines Wikander", "Kalle Ström", "Mira Lundh", "Tove Grahn"]);
    expect(people(g, "attended").find((a) => a.name === "Tove Grahn")?.attrs.capacity).toBe("speaker");
  });

  it("programme:moderator: `Moderator: X` chairs; panellists listed a line each attend; one event, with its place", () => {
    const g = graphOf(PANEL, { genre: "text" });
    const ms = meetings(g);
    expect(ms).toHaveLength(1);
    expect(ms[0].date).toBe("2016-11-14");
    expect(ms[0].place).toBe("Kulturhuset");
    expect(ms[0].title).toBe("Hur bygger vi staden? – slutseminarium för Framtidsstaden");
    expect(people(g, "chaired").map((c) => [c.name, c.attrs.rule])).toEqual([["Göran Lindholm", "programme:moderator"]]);
    expect(
      people(g, "attended")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Erik Dahl", "Göran Lindholm", "Maria Ek", "Sara Björk"]);
  });

  it.each([
    [
      "the speakers after the item's title on its line",
      "Seminarium om välfärd\n\nProgram 12 mars 2020\n\n09.00 Välkommen, Tove Grahn, kommundirektör\n09.30 Framtidens skola, Kalle Ström, skolchef\n10.15 Kaffe\n",
      ["Kalle Ström", "Tove Grahn"],
    ],
    [
      "the speakers on the lines under the item's title",
      "Seminarium om välfärd\n\nProgram 12 mars 2020\n\nKl. 09:00\nVälkommen till dialogdagen\nTove Grahn, Vallby kommun\n\nKl. 09:30\nFramtidens skola\nKalle Ström, skolchef, och Ines Wikander, rektor\n\nKl. 10:15\nKaffe\n",
      ["Ines Wikander", "Kalle Ström", "Tove Grahn"],
    ],
  ])("programme:participant: a timed programme with no labels, %s", (_, text, speakers) => {
    const g = graphOf(text, { genre: "text" });
    expect(meetings(g).map((m) => m.date)).toEqual(["2020-03-12"]);
    expect(
      people(g, "attended")
        .map((a) => `${a.name} ${a.attrs.capacity}`)
        .sort(),
    ).toEqual(speakers.map((s) => `${s} speaker`));
  });

  it.each([
    [
      "timed items under a `Program` heading",
      "Regional kompetensdag\n\nDatum: 14 oktober 2021\n\nProgram\n\n09.00 Välkommen, Tove Grahn, regiondirektör\n09.20 Arbetsmarknaden, Kalle Ström, analytiker\n10.00 Kaffe\n",
      ["Kalle Ström", "Tove Grahn"],
    ],
    [
      "untimed items, each a title and its speakers a line each, up to the contact box",
      "Vallby 2040 – digitalt seminarium\n\nDen 19 mars samtalade vi om regionens utveckling.\n\nProgram\n\nInledning\nTove Grahn, regionstyrelsens ordförande\nKalle Ström, regiondirektör\n\nSamtal om framtiden\nInes Wikander, kommunstyrelsens ordförande i Vallby\n\nAvslutning\nTove Grahn, regionstyrelsens ordförande\n\nKontakt\nOlle Berg\nKommunikatör\n",
      ["Ines Wikander", "Kalle Ström", "Tove Grahn"],
    ],
    [
      "bulleted items with a title before the name, up to the next heading",
      "Frukostmöte om valet\n\nProgram:\n\n  • Landshövding Tove Grahn hälsar välkommen\n\n  • Kalle Ström, länsjurist, informerar om vallagen\n\nPraktisk information:\n\nOlle Berg svarar på frågor.\n",
      ["Kalle Ström", "Tove Grahn"],
    ],
    [
      "bulleted names under `Medverkande`",
      "Ledarskap i kris\n\nMedverkande\n\n  • Tove Grahn, överbefälhavare\n  • Kalle Ström, generaldirektör\n",
      ["Kalle Ström", "Tove Grahn"],
    ],
    [
      "times on their own lines, the speakers after `av` on the item's title line or bulleted below it",
      "Vallby – nuläge och framtid\n\nProgram\n\n10:00-10:15\n\nVälkomsttal av Tove Grahn, ordförande i nämnden\n\n10:15-11:00\n\nPanelsamtal\n\n  • Kalle Ström, rektor\n  • Ines Wikander, kommundirektör\n\n12:00-12:50\n\nLunch\n",
      ["Ines Wikander", "Kalle Ström", "Tove Grahn"],
    ],
  ])("programme:participant: %s", (_, text, speakers) => {
    const g = graphOf(text, { genre: "text" });
    expect(meetings(g)).toHaveLength(1);
    expect(
      people(g, "attended")
        .map((a) => `${a.name} ${a.attrs.capacity}`)
        .sort(),
    ).toEqual(speakers.map((s) => `${s} speaker`));
  });

  it("programme:moderator: a programme's `X, moderator` chaired; the day over the programme dates the event", () => {
    const text =
      "Dialogdag\n\nProgram\n\nTorsdag 23 maj\n\nMira Lundh, moderator, leder oss genom dagen.\n\nKl 9:00\n\nInledning\n\n • Tove Grahn, generaldirektör\n\nKl 9:20\n\nUtblick\n\n • Kalle Ström, forskare\n";
    const g = graphOf(text, { genre: "text", date: "2024-05" });
    expect(meetings(g).map((m) => m.date)).toEqual(["2024-05-23"]);
    expect(people(g, "chaired").map((c) => [c.name, c.attrs.rule])).toEqual([["Mira Lundh", "programme:moderator"]]);
    expect(
      people(g, "attended")
        .map((a) => `${a.name} ${a.attrs.capacity}`)
        .sort(),
    ).toEqual(["Kalle Ström speaker", "Mira Lundh chair", "Tove Grahn speaker"]);
  });

  it("programme:led-by, programme:event: `Programmet ledes av X`; a weekday with a comma (`Onsdag, 22 november 2023`) dates the event", () => {
    const text =
      "Nordiskt forum\n\nProgrammet ledes av Mira Lundh, Vallby universitet\n\nProgram\n\nOnsdag, 22 november 2023 kl 13.15-14.45\n\nKl. 13:15\nVälkommen\nTove Grahn, Mässan\n\nKl. 13:20\nInledning\nKalle Ström, forskare\n";
    const g = graphOf(text, { genre: "text" });
    expect(meetings(g).map((m) => m.date)).toEqual(["2023-11-22"]);
    expect(people(g, "chaired").map((c) => [c.name, c.attrs.rule])).toEqual([["Mira Lundh", "programme:led-by"]]);
  });

  it("programme:event: the date and the place under labels on lines of their own (`När` / `14 mars`, `Var` / the place)", () => {
    const text =
      "Vallby – nuläge och framtid\n\nNär\n\n14 mars\n\nVar\n\nGrand hotell i Vallby\n\nProgram\n\n09:30 Välkommen, Tove Grahn, ordförande\n10:00 Läget i länet, Kalle Ström, analytiker\n";
    const ms = meetings(graphOf(text, { genre: "text", date: "2019-03" }));
    expect(ms.map((m) => [m.date, m.place])).toEqual([["2019-03-14", "Grand hotell i Vallby"]]);
  });

  it.each([
    [
      "one speaker under a label, in a dated text",
      "Bostäder i länet\n\nSeminarium 12 mars 2020\n\nMedverkande: Tove Grahn, bostadsforskare\n",
      ["Tove Grahn speaker"],
    ],
    ["one speaker in a text with no date: no event", "Bostäder i länet\n\nEn text om bostäder.\n\nMedverkande: Tove Grahn, bostadsforskare\n", []],
    [
      "`Medverkar gör:` with its speakers on the label's line",
      "Bostäder i länet\n\nSeminarium 12 mars 2020\n\nMedverkar gör: Tove Grahn, bostadsforskare, och Kalle Ström, kommunalråd i Vallby\n",
      ["Kalle Ström speaker", "Tove Grahn speaker"],
    ],
    [
      "`Medverkar gör` over a line each; `X, moderator` among them led",
      "Bostäder i länet\n\nSeminarium 12 mars 2020\n\nMedverkar gör\nTove Grahn, bostadsforskare\nKalle Ström, kommunalråd i Vallby\nMira Lundh, moderator, Vallby universitet\n",
      ["Kalle Ström speaker", "Mira Lundh chair", "Tove Grahn speaker"],
    ],
  ])("programme:participant: %s", (_, text, attended) => {
    const g = graphOf(text, { genre: "text" });
    expect(meetings(g)).toHaveLength(attended.length ? 1 : 0);
    expect(
      people(g, "attended")
        .map((a) => `${a.name} ${a.attrs.capacity}`)
        .sort(),
    ).toEqual(attended);
  });

  it("a text with no programme label makes no programme event", () => {
    const g = graphOf("Nyheter\n\nSeminariet leds av journalisten Mira Lundh och Tove Grahn talar.\n", { genre: "text" });
    expect(people(g, "chaired").filter((c) => c.attrs.rule?.startsWith("programme:"))).toEqual([]);
  });
});

const YEAR_END = `Sista mötet för året

Uppdaterad den 20 december 2019

Det var ett högtidligt sista möte i kommunfullmäktige den 16 december. Kommunfullmäktiges ordförande Lena Holm tackade de avgående ledamöterna.

Kommunstyrelsens ordförande Per Andersson höll ett tal, och kommunfullmäktiges vice ordförande Olle Berg delade ut blommor.
`;

const MONTH = `Avslutning för fullmäktige

Publicerad 2017-11-30

I fyra år har ledamöterna i Ludvikas kommunfullmäktige samlats varje månad. Novembermötet blev det sista för många av dem.

Anna Berg tackades vid sitt sista sammanträde som fullmäktigeordförande i Ludvika.
`;

describe("an invitation's event", () => {
  it("is named without the page's `Pressinbjudan:` and dated by a `Datum:` line beside `Tid:`", () => {
    const g = graphOf(
      "Pressinbjudan: Länsdagen 2023\n\nVälkommen till Länsdagen.\n\nDatum: måndag den 2 oktober 2023.\n\nTid: 09.00-16.00\n\nPlats: Stora salen i Vallby.\n\nTalare: Sigrid Almgren, landshövding.\n",
    );
    expect(meetings(g).map((m) => [m.title, m.date])).toEqual([["Länsdagen 2023", "2023-10-02"]]);
  });
});

describe("reported: a body's meeting told in a press text", () => {
  it("reported:meeting, reported:chair: the chair of that body, not of another and not a vice chair", () => {
    const g = graphOf(YEAR_END, { genre: "text" });
    const ms = meetings(g);
    expect(ms.map((m) => [m.title, m.date])).toEqual([["Kommunfullmäktige", "2019-12-16"]]);
    expect(people(g, "chaired").map((c) => [c.name, c.attrs.rule])).toEqual([["Lena Holm", "reported:chair"]]);
    expect(people(g, "chaired")[0].attrs.evidence[0].quote).toBe("Kommunfullmäktiges ordförande Lena Holm");
  });

  it("a month's meeting (`Novembermötet`) of the body named before it, with its municipality; the chair named after", () => {
    const g = graphOf(MONTH, { genre: "text" });
    const ms = meetings(g);
    expect(ms.map((m) => [m.title, m.date])).toEqual([["Kommunfullmäktige, Ludvika", "2017-11"]]);
    expect(people(g, "chaired").map((c) => c.name)).toEqual(["Anna Berg"]);
  });

  it("reported:chair: the chair and vice chairs of that body hold their roles in it, the chair of another body not", () => {
    const text = YEAR_END.replace("Olle Berg delade ut blommor.", "Olle Berg delade ut blommor. Kommunfullmäktiges 2:e vice ordförande Siv Lind sjöng.");
    const held = (g: KnowledgeGraph) =>
      people(g, "holds_role")
        .filter((h) => h.attrs.rule === "reported:chair")
        .map((h) => [h.name, h.attrs.role, h.attrs.roleNormalised, h.attrs.evidence[0].quote]);
    expect(held(graphOf(text, { genre: "text" }))).toEqual([
      ["Lena Holm", "ordförande", "ordförande", "Kommunfullmäktiges ordförande Lena Holm"],
      ["Olle Berg", "vice ordförande", "vice ordförande", "kommunfullmäktiges vice ordförande Olle Berg"],
      ["Siv Lind", "2:e vice ordförande", "andre vice ordförande", "Kommunfullmäktiges 2:e vice ordförande Siv Lind"],
    ]);
    const g = graphOf(MONTH, { genre: "text" });
    expect(held(g)).toEqual([["Anna Berg", "fullmäktigeordförande", "ordförande", "Anna Berg tackades vid sitt sista sammanträde som fullmäktigeordförande"]]);
    const organisation = g.target(g.filterEdges((_, a) => a.kind === "holds_role")[0]);
    expect(g.getNodeAttribute(organisation, "label")).toBe("Kommunfullmäktige");
    expect(g.getNodeAttribute(organisation, "partOf" as never)).toBe("municipality:ludvika");
  });

  it("a term's end year leaves the document's year sure", () => {
    const text =
      "På Kommunfullmäktiges sammanträde den 23 oktober valdes Lena Holm (M) till ordförande för mandatperioden 2018 - 2022. Kommunstyrelsen sitter kvar till 31 december 2018.\n";
    expect(meetings(graphOf(text, { genre: "text", date: "2018-10" })).map((m) => [m.title, m.date])).toEqual([["Kommunfullmäktige", "2018-10-23"]]);
  });

  it("a date without a year is not completed from a year the text leaves in doubt", () => {
    const text = "Ny styrelse\n\nVid kommunfullmäktiges sammanträde den 20 november väljs styrelsen. Budgeten för 2021 antas, planen från 2019 följs upp.\n";
    expect(meetings(graphOf(text, { genre: "text", date: "2021" }))).toEqual([]);
    expect(meetings(graphOf(text, { genre: "text", date: "2020-11-02" })).map((m) => m.date)).toEqual(["2020-11-20"]);
  });

  it("`X sammanträdde den ...` is a meeting; two meetings in one text give no chair", () => {
    const text =
      "Nytt från regionen\n\nRegionstyrelsen sammanträdde den 4 mars 2020 i Västerås. Regionfullmäktige sammanträdde den 10 mars 2020. Regionstyrelsens ordförande Eva Lind var nöjd.\n";
    const g = graphOf(text, { genre: "text", date: "2020-03" });
    expect(
      meetings(g)
        .map((m) => m.date)
        .sort(),
    ).toEqual(["2020-03-04", "2020-03-10"]);
    expect(people(g, "chaired")).toEqual([]);
  });
});
