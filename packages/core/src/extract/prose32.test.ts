/**
 * Round 32's prose readings (invented names and sentences in the layouts of real minutes, notices, newsletters, press
 * texts and web pages): the meeting of minutes titled by a compound of a body's noun, a name after a speaker's that
 * opens a clause of its own (`05-meetings.ts`); a title by its ending after a full name, the last entry of a list of
 * people with where they come from (`02-mentions.ts`); a title in the plural before a name, an acting title's `tf.`, a
 * title's first part glued to `och`, a municipality beside a politician's title (`03-appositions.ts`); a search box's
 * empty result over a page's heading (`read/read-document.ts`).
 */
import { describe, expect, it } from "vitest";
import { graphOf as graphOfSource, meetingLabels, speakers as speakersOf } from "../../../../test/helpers/prose";
import { readDocument, type PersonAttributes } from "@samverkan/core";

/** The graph of one document. */
const graphOf = (text: string, source = "protokoll.txt") => graphOfSource(source, text);

/** The labels of a text's meetings, sorted. */
const meetings = (text: string): string[] => meetingLabels(graphOf(text));

describe("minutes titled by a compound of a body's noun and the meeting's (`Protokoll från styrelsemötet`)", () => {
  const body = "Närvarande: Karin Holmqvist (S), Petter Lindgren (M)\n\n§ 1 Mötets öppnande\nOrdföranden Karin Holmqvist öppnade mötet.\n";
  it.each([
    ["Protokoll från styrelsemötet 12 mars", "Styrelsen"],
    ["Protokoll från styrgruppsmötet 12 mars", "Styrgruppen"],
    ["Protokoll nämndsammanträde 12 mars", "Nämnden"],
  ])("`%s` is the body's meeting", (title, label) => {
    expect(meetings(`${title}\n\n${body}`)).toEqual([label]);
  });

  it("but a compound of no body's noun keeps the title (`Protokoll från årsmötet`)", () => {
    expect(meetings(`Protokoll från årsmötet 12 mars\n\n${body}`)).toEqual(["Protokoll från årsmötet"]);
  });
});

/** The people of a text with the roles they hold, as `name: role`, sorted. */
function people(text: string): string[] {
  const g = graphOf(text, "kallelse.txt");
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => {
      const roles = ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => r.roleNormalised);
      return [String(g.getNodeAttribute(n, "label")), ...roles].join(": ");
    })
    .sort();
}

describe("a notice's header flattened into one line (`Tid kl 13 Plats X Eva Lind Förvaltningssekreterare Ledamöter …`)", () => {
  const notice = (secretary: string) =>
    `KALLELSE\n\nArbetsutskottet kallas till sammanträde\n\nTid kl 13.00 Plats A-salen, Stadshuset ${secretary} Ledamöter Bo Ask (M) Siv Ek (S)\n`;
  it("a title known by its ending after a full name ends the name", () => {
    expect(people(notice("Greta Lindqvist Förvaltningssekreterare")).map((p) => p.split(":")[0])).toEqual(["Bo Ask", "Greta Lindqvist", "Siv Ek"]);
  });

  it("a title in the plural is the heading of the names after it, none's title", () => {
    expect(people(notice("Greta Lindqvist Nämndsekreterare"))).toEqual(["Bo Ask", "Greta Lindqvist: sekreterare", "Siv Ek"]);
    expect(people("Nyhet\n\nTill mötet kom Siv Ek (S) Styrelseledamöter Bo Ask (M) och Per Holm (C).\n")).toEqual(["Bo Ask", "Per Holm", "Siv Ek"]);
  });

  it("but a title in the singular before a name is the name's", () => {
    expect(people("Nyhet\n\nTill mötet kom Siv Ek (S) och Styrelseledamot Bo Ask (M).\n")).toEqual(["Bo Ask: ledamot", "Siv Ek"]);
  });
});

describe("a staff title as written", () => {
  it("after an acting title's `tf.`, which ends no clause, in title case too (`X, tf. Utvecklingschef`)", () => {
    const text = "Nyhet\n\nKarin Holm, enhetschef, berättade om arbetet. Per Ek, tf. utvecklingschef, höll med.\n";
    expect(people(text)).toEqual(["Karin Holm: enhetschef", "Per Ek: utvecklingschef"]);
    const list = "Protokoll\n\nÖvriga deltagare\n\nKarin Holm, ekonomichef § 12 Per Ek, tf. Utvecklingschef § 13 Lena Berg, nämndsekreterare\n";
    expect(people(list)).toEqual(["Karin Holm: ekonomidirektör", "Lena Berg: sekreterare", "Per Ek: utvecklingschef"]);
  });

  it("with its first part glued to `och`, a PDF's copy that lost `- ` (`klimatoch miljöstrateg`)", () => {
    const text = "Nyhet\n\nPå mötet talade klimatoch miljöstrateg Ola Sten om planen. Även Eva Lund, klimatoch miljöstrateg, talade.\n";
    const g = graphOf(text);
    const written = g.filterNodes((_, a) => a.kind === "person").flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => r.role));
    expect(written).toEqual(["klimatoch miljöstrateg", "klimatoch miljöstrateg"]);
  });
});

/** The edges from people to municipalities, as `name kind municipality`, sorted. */
function places(text: string): string[] {
  const g = graphOf(text, "nyhet.txt");
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  return g
    .filterEdges((_, a, _source, t) => g.getNodeAttribute(t, "kind") === "municipality" && a.kind !== "mentions")
    .map((e) => `${label(g.source(e))} ${g.getEdgeAttribute(e, "kind")} ${label(g.target(e))}`)
    .sort();
}

describe("a municipality after a name with no party, beside a politician's title (`X, Partille kommun som vice ordförande`)", () => {
  it("is the one the person represents, no workplace", () => {
    const text =
      "Val av ordförande\n\nDirektionen har valt Eva Lindahl (M), Sala kommun som ordförande och Per Ekström, Partille kommun som vice ordförande.\n";
    expect(places(text)).toEqual(["Eva Lindahl represents Sala", "Per Ekström represents Partille"]);
  });

  it("but with no such title it is where the person works", () => {
    expect(places("Nyhet\n\nPer Ekström, Partille kommun, berättade om bygget.\n")).toEqual(["Per Ekström holds_role Partille"]);
    expect(places("Nyhet\n\nDocent Per Ekström i Partille, tidigare riksdagsledamot (fp), har skrivit en bok.\n")).toEqual(["Per Ekström holds_role Partille"]);
  });
});

describe("a search box's empty result over a page's heading (`• No results found`)", () => {
  it.each(["• No results found", "Inga sökträffar"])("`%s` is no title", (line) => {
    const text = `${line}\n\nProtokoll från socialnämndens sammanträde\n\nNärvarande: Karin Holm (S)\n`;
    expect(readDocument({ source: "sida.txt", content: text }).title).toBe("Protokoll från socialnämndens sammanträde");
  });
});

/** Who spoke at the event a text tells, sorted. */
const speakers = (text: string) => speakersOf(graphOf(text, "nyhet.txt"));

describe("a name joined after a speaker's by `och` that opens a clause of its own (`Därefter talade A, och B lyssnade`)", () => {
  const told = "Nyhetsbrev april\n\nBostadsdagen\n\nNätverkets vårträff hölls den 3 april i Sigtuna.";
  it("did not speak", () => {
    expect(speakers(`${told} Därefter talade Anna Berg, och Lars Ek lyssnade.\n`)).toEqual(["Anna Berg"]);
    expect(speakers(`${told} Därefter talade Anna Berg och Lars Ek (M) hade inga frågor.\n`)).toEqual(["Anna Berg"]);
  });

  it("but the names of a run did (`Därefter talade A, B och C om …`)", () => {
    expect(speakers(`${told} Därefter talade Anna Berg, Lars Ek och Maria Lund om bostäder.\n`)).toEqual(["Anna Berg", "Lars Ek", "Maria Lund"]);
  });
});

describe("the last entry of a list of people each with where they come from (`A, Länsstyrelsen och X, Y`)", () => {
  it.each(["Region Dalarna", "Länsstyrelsen"])("after `A, %s och` is a person", (where) => {
    const text = `Minnesanteckningar\n\nI skrivargruppen ingår Per Holm, ${where} och Kia Visén, Tunaverken. Förslaget presenteras i juni.\n`;
    expect(people(text)).toEqual(["Kia Visén", "Per Holm"]);
  });
});

describe("an organisation last in a list of people each with where they come from (`A, Länsstyrelsen och Visit Dalarna`)", () => {
  it.each([
    "I arbetsgruppen ingår Eva Lind, Länsstyrelsen och Destination Falun.",
    "Projektet drivs av Eva Lind, Region Dalarna och Dalarna Science Park.",
    "I arbetsgruppen ingår Eva Lind, Region Dalarna och Visit Dalarna.",
    "Inbjudna är Eva Lind, Region Dalarna och Visit Sweden.",
  ])("is no person: `%s`", (sentence) => {
    expect(people(`Minnesanteckningar\n\n${sentence}\n`).map((p) => p.split(":")[0])).toEqual(["Eva Lind"]);
  });
});

/** The edges from people to the places and organisations they represent or work at, as `name kind target`, sorted. */
function ties(text: string): string[] {
  const g = graphOf(text, "nyhet.txt");
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  return g
    .filterEdges((_, a, s) => g.getNodeAttribute(s, "kind") === "person" && (a.kind === "represents" || a.kind === "holds_role"))
    .map((e) => `${label(g.source(e))} ${g.getEdgeAttribute(e, "kind")} ${label(g.target(e))}`)
    .sort();
}

describe("a municipality or region after a name, beside a seat in no elected body (`X, Region Uppsala, ledamot i styrgruppen`)", () => {
  it.each([
    ["Lena Ulv, Region Uppsala, är ledamot i styrgruppen för e-hälsa och arbetar som IT-strateg.", "Lena Ulv holds_role Region Uppsala"],
    [
      "Eva Lind, Falu kommun, är sedan 2020 ordförande i Dalarnas handläggarnätverk för ekonomiskt bistånd och arbetar som enhetschef.",
      "Eva Lind holds_role Falun",
    ],
    ["Kim Ro, Region Dalarna, chair of the working group, presented the report.", "Kim Ro holds_role Region Dalarna"],
  ])("is where the person works: `%s`", (sentence, tie) => {
    const found = ties(`Nyhet\n\n${sentence}\n`);
    expect(found).toContain(tie);
    expect(found.filter((t) => t.includes(" represents "))).toEqual([]);
  });

  it("alike for two people in one sentence", () => {
    const text =
      "Nyhet\n\nSiv Dahl, Region Dalarna, ledamot i beredningsgruppen, och Per Holm, Region Dalarna, sekreterare i beredningsgruppen, skrev rapporten.\n";
    expect(ties(text).filter((t) => t.includes("Region Dalarna"))).toEqual(["Per Holm holds_role Region Dalarna", "Siv Dahl holds_role Region Dalarna"]);
  });
});

describe("minutes titled by a compound of a kind of meeting (`Protokoll från samrådsmöte`)", () => {
  it("keep the title", () => {
    const text = "Protokoll från samrådsmöte\nDatum: 2019-09-04\nNärvarande: Maria Lind, Per Holm, Kim Nord\nSekreterare: Bo Ask\n";
    expect(meetings(text)).toEqual(["2019-09-04 Protokoll från samrådsmöte"]);
  });
});
