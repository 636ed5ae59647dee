import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentIdFromSource, readDocument } from "@samverkan/core";
import type { DocumentRecord } from "@samverkan/core";
import { detectGenre, detectLanguage, headerFields } from "./genre";
import { metaProblem } from "./read-document";
import { errorCode } from "../../../../test/helpers/error-code";

const read = (content: string, source = "doc.txt") => readDocument({ source, content });

describe("front matter", () => {
  const cases: [string, string, Partial<DocumentRecord>, string][] = [
    [
      "title and date",
      "---\ntitle: Årsmöte i Rättvik\ndate: 2017-03-02\n---\n# Annan rubrik\nText om mötet.",
      { title: "Årsmöte i Rättvik", date: "2017-03-02" },
      "# Annan rubrik\nText om mötet.",
    ],
    [
      "quoted values and source url",
      '---\ntitle: "Rapport: vården"\nsource: https://exempel.se/a\n---\nBrödtext.',
      { title: "Rapport: vården", url: "https://exempel.se/a" },
      "Brödtext.",
    ],
    [
      "language from front matter wins",
      "---\nlanguage: en\n---\nDet här är svensk text och den är på svenska.",
      { language: "en" },
      "Det här är svensk text och den är på svenska.",
    ],
    [
      "no front matter: first line is the title",
      "# Protokoll från nätverket\n\nText.",
      { title: "Protokoll från nätverket" },
      "# Protokoll från nätverket\n\nText.",
    ],
  ];
  it.each(cases)("%s", (_label, content, meta, body) => {
    const doc = read(content, "doc.md");
    expect(doc).toMatchObject(meta);
    expect(doc.text).toBe(body);
    expect(doc.format).toBe("markdown");
  });

  it("caller metadata overrides front matter", () => {
    const doc = readDocument({ source: "a.md", content: "---\ntitle: Från filen\n---\nText.", meta: { title: "Från sidecar", date: "2020-01" } });
    expect(doc).toMatchObject({ title: "Från sidecar", date: "2020-01" });
  });
});

const SWEDISH_EMAIL = `**Från:** Birgitta Sandell
**Skickat:** den 14 mars 2018 09:12
**Till:** Ove Lindahl
**Kopia:** Maja Ekholm
**Ämne:** Rapport från regiondagen i Luleå

Regiondagen 13 mars.

Det var en bra dag med många talare.`;

const ENGLISH_EMAIL = `From: Tove Marklund
Sent: Tuesday, October 11, 2016 10:15 AM
To: Gerd Holm
Subject: Notes from the housing summit

The summit was held in Umeå and the speakers came from the whole region. It was a good day for all of us.`;

const MINUTES_TID_PLATS = `Minnesanteckningar nätverket för socialchefer
Tid: 2018-09-20 kl 9.00–12.00
Plats: Kommunhuset, Skellefteå
Närvarande: Hanna Öhman, Piteå Lars Berglund, Boden
Kansliet: Tord Nyqvist

1. Inledning
Hanna Öhman hälsade välkomna.`;

const NEWSLETTER = `Nyhetsbrev från Länsförbundet

Kalendarium
12 maj Nätverksträff
20 maj Seminarium om skolan

Läs mer på vår webbplats.`;

const PLAIN = `Anteckningar om kollektivtrafiken

Bussarna går oftare i år och resenärerna är nöjda med det.`;

const protocolFixture = readFileSync(new URL("../../../../test/fixtures/core/protokoll-kommunstyrelsen.txt", import.meta.url), "utf8");

describe("metadata from JSON", () => {
  const cases: [string, unknown, string | undefined][] = [
    ["all four fields", { title: "Styrelsemöte", date: "2019-05-09", url: "https://example.org/a", language: "en" }, undefined],
    ["a year and a month", { date: "2019-05" }, undefined],
    ["other keys ignored", { author: 7 }, undefined],
    ["a date given as a number", { date: 2019 }, "date"],
    ["a date not in ISO form", { date: "9 maj 2019" }, "date"],
    ["a thirteenth month", { date: "2019-13" }, "date"],
    ["a title given as a list", { title: ["a"] }, "title"],
    ["a URL given as an object", { url: {} }, "url"],
    ["an unknown language", { language: "fi" }, "language"],
    ["a list instead of an object", [], "object"],
    ["null", null, "object"],
  ];
  it.each(cases)("%s", (_label, meta, problem) => {
    expect(metaProblem(meta)?.message).toEqual(problem === undefined ? undefined : expect.stringContaining(problem));
  });

  it("readDocument refuses metadata of the wrong type from a JavaScript caller", () => {
    expect(errorCode(() => readDocument({ source: "a.txt", content: "Text", meta: { date: 2019 } as never }))).toBe("BAD_OPTION");
  });
});

describe("genre, date, title and language", () => {
  const cases: [string, string, Partial<DocumentRecord>][] = [
    [
      "Swedish e-mail (Från/Skickat/Till/Ämne, Markdown bold)",
      SWEDISH_EMAIL,
      { genre: "email", date: "2018-03-14", title: "Rapport från regiondagen i Luleå", language: "sv" },
    ],
    ["English e-mail (From/Sent/To/Subject)", ENGLISH_EMAIL, { genre: "email", date: "2016-10-11", title: "Notes from the housing summit", language: "en" }],
    ["minutes with Tid/Plats/Närvarande", MINUTES_TID_PLATS, { genre: "minutes", date: "2018-09-20", title: "Minnesanteckningar nätverket för socialchefer" }],
    [
      "standard municipal protocol form (Plats och tid, Beslutande, §)",
      protocolFixture,
      { genre: "minutes", date: "2019-11-05", title: "PROTOKOLL, Kommunstyrelsen i Ockelbo" },
    ],
    [
      "minutes with Datum and §-items only",
      "Protokoll\nDatum: 3 februari 2020\n\n§ 1 Öppnande\n§ 2 Val av justerare",
      { genre: "minutes", date: "2020-02-03" },
    ],
    [
      "an association's minutes titled with the day in digits, a year named further down",
      "Protokoll 190522\n\nNärvarande: Per Ek, Lisa Holm, Ove Sand\n\n1. Ordförande öppnar mötet\n2. Val av justeringsperson\nLisa Holm\n3. Verksamhetsberättelse 2018 godkändes\n",
      { genre: "minutes", date: "2019-05-22" },
    ],
    [
      "an association's board notes titled by the meeting, who took part listed",
      "Styrelsemöte 2021-09-14\n\nNärvarande: Per Ek, Lisa Holm, Ove Sand\n\nPunkt 1. Per hälsade välkommen.\nPunkt 2. Ekonomin gicks igenom.\n",
      { genre: "minutes", date: "2021-09-14" },
    ],
    [
      "minutes titled with the day in eight digits",
      "Styrelsens protokoll 20191104\n\nNärvarande: Per Ek, Lisa Holm\n\n§ 1 Öppnande\n§ 2 Val av justerare\n",
      { genre: "minutes", date: "2019-11-04" },
    ],
    [
      "a title's number that is no day is no date",
      "Protokoll 191345\n\nNärvarande: Per Ek, Lisa Holm\n\n§ 1 Öppnande\n§ 2 Verksamhetsberättelse 2018\n",
      { genre: "minutes", date: undefined },
    ],
    [
      "minutes dated by Sammanträdesdatum without a colon, adjusted a week later",
      "SALA KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2022-05-10\n\nPlats och tid: Stadshuset, kl. 13.00\nBeslutande:\nPer Ek (S), ordförande\nJusteringens plats och tid: Stadshuset 2022-05-17\n",
      { genre: "minutes", date: "2022-05-10" },
    ],
    [
      "a flattened header's Organ och sammanträdesdatum",
      "Anslag/Bevis Protokollet är justerat 2019-12-02. Organ och sammanträdesdatum Kommunfullmäktige 2019-11-25 Anslaget tas ned 2019-12-24 Beslutande Per Ek (S) § 1 Val av justerare\n",
      { genre: "minutes", date: "2019-11-25" },
    ],
    [
      "a page number, a menu and a logo before the heading are not the title",
      "16\nMeny\nVallby kommuns logotype\nSkolskjuts i glesbygden\nBrödtext om skolskjutsar.\n",
      { title: "Skolskjuts i glesbygden" },
    ],
    ["the page's stamp before the heading", "Uppdaterad 15 januari 2021\n\nDialogdag om välfärden\nBrödtext.\n", { title: "Dialogdag om välfärden" }],
    ["a bullet before a heading", "• Eldningsförbud i hela länet\nLänsstyrelsen har beslutat om eldningsförbud.\n", { title: "Eldningsförbud i hela länet" }],
    [
      "a flattened minutes header is titled by its start, up to the page number",
      "Socialnämnden SAMMANTRÄDESPROTOKOLL Sida 1(12) Sammanträdesdatum 2020-06-09 Plats och tid Rådhuset kl 13.00 Beslutande Per Ek (S) ordförande § 1 Val av justerare\n",
      { genre: "minutes", title: "Socialnämnden SAMMANTRÄDESPROTOKOLL" },
    ],
    [
      "notes titled as minutes with a Närvarande line and no field colons",
      "Minnesanteckningar från nätverksträff för kultursamordnare\n\nNärvarande\nEva Lind, Alby\nPer Holm, Vallby\n\nInledning\nGruppen gick igenom året.\n",
      { genre: "minutes" },
    ],
    [
      "notes flattened to one line, who took part after `Närvarande:`",
      "ANTECKNINGAR FRÅN MÖTE MED STYRGRUPPEN Tid och plats: Den 15 november 2001, kl 13 i Vallby. Närvarande: Eva Lind, ordförande, Per Holm 1. Mötet öppnas\n",
      { genre: "minutes", title: "ANTECKNINGAR FRÅN MÖTE MED STYRGRUPPEN" },
    ],
    [
      "a bare genre word is not completed by a document site's chrome under it",
      "Sammanträdesprotokoll\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nKommunstyrelsen\n\nPlats och tid: Rådhuset\nBeslutande: Eva Lind (S), ordförande, Per Holm (M)\n",
      { genre: "minutes", title: "Sammanträdesprotokoll" },
    ],
    [
      "a flattened header that opens with its page number and a field names no document: minutes, all it says",
      "Sida 1 (24) Plats och tid Rådhussalen, kl 13.00-15.30 Beslutande Eva Lind (S), ordförande Per Holm (M) Ola Ek (C) Utses att justera Per Holm Justeringens plats och tid Rådhuset 2021-05-04 Paragrafer 1-9\n",
      { genre: "minutes", title: "Protokoll" },
    ],
    [
      "a page number before a flattened header's title is not part of it",
      "1 (12) SAMMANTRÄDESPROTOKOLL Byggnadsnämnden Sammanträdesdatum 2021-04-27 Plats och tid Rådhussalen Beslutande Eva Lind (S), ordförande Per Holm (M)\n",
      { genre: "minutes", title: "SAMMANTRÄDESPROTOKOLL Byggnadsnämnden", date: "2021-04-27" },
    ],
    [
      "a short header line's title ends at its first field, even one written with a colon",
      "Regionstyrelsen. Plats: Rådhuset. Datum: 2021-04-27 Tid: 09:00-12:00\nBeslutande: Eva Lind (S), ordförande, Per Holm (M)\nJusterare: Per Holm\n\n§ 1 Val av justerare\n",
      { genre: "minutes", title: "Regionstyrelsen" },
    ],
    [
      "a header that opens with its page's number as a fraction and a field",
      "1 1/24 Plats och tid Rådhussalen, kl 13.00-15.30 Beslutande Eva Lind (S), ordförande Per Holm (M) Ola Ek (C) Utses att justera Per Holm Justeringens plats och tid Rådhuset 2021-05-04 Paragrafer 1-9\n",
      { genre: "minutes", title: "Protokoll" },
    ],
    [
      "the page's number in a short header line is left out of its title, the body after it kept",
      "SAMMANTRÄDESPROTOKOLL Sida 1 (23) Byggnadsnämnden\nSammanträdesdatum 2021-04-27\nBeslutande: Eva Lind (S), ordförande, Per Holm (M)\n",
      { genre: "minutes", title: "SAMMANTRÄDESPROTOKOLL Byggnadsnämnden" },
    ],
    [
      "minutes whose members stand in a table with a column for presence",
      "PROTOKOLL NR 5/2001/2002\nMöte med föreningens styrelse den 26 januari 2002\nLedamöter Närvarande\nEva Lind X, mötesordförande\nPer Holm X\n",
      { genre: "minutes" },
    ],
    [
      "notes flattened from PDF whose title in capitals follows a row of the members' names, `Övriga deltagande` inline",
      "1 Alby Vallby Solhem Norrby Österby Västerby MINNESANTECKNINGAR 1(8) Samrådet Dag Tid Plats Eva Lind, Alby kommun, ordförande Per Holm, Vallby kommun Övriga deltagande Ola Ek, Alby kommun\n",
      { genre: "minutes" },
    ],
    [
      "a title word in capitals after a full stop is no title",
      "Nytt i kommunen. Läs PROTOKOLL från nämnderna här. Övriga deltagande Ola Ek\n",
      { genre: "text" },
    ],
    [
      "minutes with `Närvaro` before the names",
      "Protokoll från styrelsemötet 4 september\nMötet förklarades öppnat. Närvaro Eva Lind Per Holm\n",
      { genre: "minutes" },
    ],
    [
      "a press text on minutes that tells who was there in prose is not minutes",
      "Protokoll från fullmäktige publicerat\n\nNu finns protokollet ute. Bland de närvarande fanns många nya ledamöter.\n",
      { genre: "text" },
    ],
    [
      "a text that mentions minutes later is not minutes",
      "Kulturen i länet växer\n\nKommunerna satsar mer på bibliotek. Det framgår av ett protokoll som regionen har publicerat.\n\nDeltagare\nEva Lind\n",
      { genre: "text" },
    ],
    ["newsletter (Läs mer, kalendarium)", NEWSLETTER, { genre: "newsletter", language: "sv" }],
    [
      "items that each lead on with Läs mer",
      "Nytt från förbundet\n\nSkolan växer\nFler elever i länet. Läs mer\n\nNy direktör\nStyrelsen har valt. Läs mer\n",
      { genre: "newsletter" },
    ],
    [
      "a press page with one Läs mer under a banner is not a newsletter",
      "• Eldningsförbud i länet\nLäs mer om förbudet på vår webbplats.\n\nMinistern besökte länet\nMinistern träffade landshövdingen.\n",
      { genre: "text" },
    ],
    ["a letter that cites a newsletter is not one", "Till statsrådet\n\nI ett nyhetsbrev från verket i våras stod att taxan höjs.\n", { genre: "text" }],
    [
      "a press text is dated by its publication stamp, not by the days it names",
      "Publicerad: 2019-05-28\nUppdaterad: 2020-01-10\n\nNy ordförande väljs 24 juni\n\nFullmäktige beslutade den 27 maj att bordlägga valet till mötet den 24 juni.\n",
      { genre: "text", date: "2019-05-28" },
    ],
    [
      "a page published one year and updated with another year's news is dated by the update",
      "Direktionen\n\nDirektionsmötet den 22 november 2021 är inställt. Nästa möte blir den 13 december 2021.\n\nPublicerad 2015-03-12, Uppdaterad 2021-11-18\n",
      { date: "2021-11-18" },
    ],
    [
      "a first line that is a date and nothing else",
      "2019-02-22\n\nSammanfattning från styrelsemötet\n\nDen 20 februari höll styrelsen möte. Nästa möte är den 21 mars.\n",
      { date: "2019-02-22" },
    ],
    [
      "a page's update stamp without a colon",
      "Avslutning för fullmäktige\n\nUppdaterad den 20 december 2019\n\nSista mötet hölls den 16 december och den 2 december.\n",
      { date: "2019-12-20" },
    ],
    ["plain text", PLAIN, { genre: "text", title: "Anteckningar om kollektivtrafiken" }],
    [
      "a day the title names dates notes that state none, not the month of the days they mention",
      "Noteringar från nätverksträffen 21 november 2016\n\nNärvarande: Karin Berg, Olof Strand\n\nVi talade om träffen 5 sept. Nästa träff blir den 24 januari och den 7 februari.\n",
      { date: "2016-11-21" },
    ],
    [
      "a newsletter by the month its title names, not its calendar's",
      "Nyhetsbrev september 2019\n\nNytt från förbundet\n\nKalendarium\n3 oktober Styrelsemöte\n10 oktober Seminarium om bostäder\n24 oktober Nätverksträff\n",
      { date: "2019-09" },
    ],
    [
      "the first day of a span in the title",
      "Länsdagarna 13-14 september 2017\n\nVälkommen till länsdagarna! Programmet kommer den 8 maj och den 20 maj.\n",
      { date: "2017-09-13" },
    ],
    [
      "a page's stamp comes before the title's day",
      "Info från kommunfullmäktiges möte 14 juni 2021\n\nArtikeln publicerades 21 juni 2021\n\nHär följer en sammanfattning.\n",
      { date: "2021-06-21" },
    ],
    [
      "a press room's stamp in the plural, month first",
      "Förbundets sista styrelsemöte\n\nPressmeddelanden   •   Dec 05, 2018 09:00 CET\n\nDen 6 december håller förbundet sitt sista styrelsemöte.\n\nTid: 6 december kl. 9.00–12.15\n",
      { date: "2018-12-05", title: "Förbundets sista styrelsemöte" },
    ],
    [
      "an event page's day and hours with a notice after them is no title",
      "16 juni 2021 kl. 13.00-15.00  OBS! Evenemanget har redan passerat!\n\nDen politiska organisationen inför mandatperioden\n\nEn workshop om den politiska organisationen.\n",
      { date: "2021-06-16", title: "Den politiska organisationen inför mandatperioden" },
    ],
    [
      "a heading broken at its colon goes on on the next line",
      "Nätverksträff:\nkommunernas arbete med klimatanpassning\n\nTräffen samlade tolv kommuner.\n",
      { title: "Nätverksträff: kommunernas arbete med klimatanpassning" },
    ],
    [
      "a logo's alt text that names whose logo it is is no title",
      "Logotyp för Vallby kommun\nLogotyp för Vallby kommun\n\nKommunstyrelsen, sammanträde\n\nKommunstyrelsen leder och samordnar förvaltningen.\n",
      { title: "Kommunstyrelsen, sammanträde" },
    ],
    ["a label over a name is no broken heading", "Kontaktperson:\nKarin Berg\n\nOm klimatanpassning i kommunerna.\n", { title: "Karin Berg" }],
    [
      "a year glued to the next line's first word is the date's",
      "Hej! Här kommer minnesanteckningar från vår träff 24 januari 2017Närvarande: Karin, Olof och Per. Nästa träff blir den 21 februari. Avgifterna för 2016 är betalda.\n",
      { date: "2017-01" },
    ],
    [
      "notes titled in the singular, completed by the line under the title",
      "Minnesanteckning\n\nArbetsgruppen för jubileet\n\nNärvarande 2011-08-23:\n\nKarin Berg\n\nOlof Strand\n\n1. Utvärdering av utflykten\n",
      { genre: "minutes", title: "Minnesanteckning, Arbetsgruppen för jubileet" },
    ],
  ];
  it.each(cases)("%s", (_label, content, expected) => {
    expect(read(content)).toMatchObject(expected);
  });

  // Library bug: genre counts Tid:/Plats: anywhere in the first 60 lines, so a short newsletter whose calendar item
  // has "Tid:" and "Plats:" lines is read as minutes (and then gets a "minutes" meeting named after the newsletter).
  it("newsletter with an event's Tid:/Plats: lines is still a newsletter", () => {
    const text = `Nyhetsbrev oktober 2018\n\nNytt från förbundet\nStyrelsen har beslutat om budgeten för nästa år.\n\nKalendarium\nDigitaliseringsdag för chefer\nEn dag om digitalisering i länets kommuner.\nTid: 14 november 2018 kl 9-12\nPlats: Lumière Konferens, Drottninggatan 12\nLäs mer`;
    expect(read(text).genre).toBe("newsletter");
  });
});

describe("headerFields", () => {
  it("reads fields with offsets into the text", () => {
    const text = "Tid: 9 maj 2019\nPlats:\tStadshuset\n**Ämne:** Budget";
    const fields = headerFields(text);
    expect(fields.map((f) => [f.name, f.value, text.slice(f.start, f.end)])).toEqual([
      ["tid", "9 maj 2019", "9 maj 2019"],
      ["plats", "Stadshuset", "Stadshuset"],
      ["ämne", "Budget", "Budget"],
    ]);
  });
  it("counts the lines that are not blank: a copy with a blank line after each has its fields as near the top", () => {
    const menu = Array.from({ length: 40 }, (_, n) => `Meny ${n + 1}`);
    const lines = [...menu, "Datum: 2022-05-03", "Plats: Kommunhuset", "Närvarande: Anna Berg (S), Per Lund (M), Stina Holm (C)", "Justerare: Per Lund"];
    const single = lines.join("\n");
    const doubled = lines.join("\n\n");
    expect(headerFields(single).map((f) => f.name)).toEqual(["datum", "plats", "närvarande", "justerare"]);
    expect(headerFields(doubled).map((f) => [f.name, f.line])).toEqual([
      ["datum", 80],
      ["plats", 82],
      ["närvarande", 84],
      ["justerare", 86],
    ]);
    expect(detectGenre(doubled)).toBe(detectGenre(single));
  });
  it("detectGenre needs the sender field for e-mail", () => {
    expect(detectGenre("Till: A\nÄmne: B\nSkickat: 2019-01-01\n\nText")).not.toBe("email");
  });
});

describe("detectLanguage", () => {
  const cases: [string, string, "sv" | "en"][] = [
    ["Swedish", "Kommunen har beslutat att det är dags för en ny plan och den ska gälla från i år.", "sv"],
    ["English", "The municipality has decided that it is time for a new plan and that the plan is to be in force from this year.", "en"],
    ["Swedish with English names", "Stockholm Business Region och Play movie är inte det som är viktigt för kommunen.", "sv"],
    ["no function words defaults to Swedish", "Xyz Qwerty", "sv"],
  ];
  it.each(cases)("%s", (_label, text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe("documentIdFromSource", () => {
  const cases: [string, string][] = [
    ["corpus/Protokoll KS 2019-11-05.txt", "protokoll-ks-2019-11-05"],
    ["C:\\mapp\\Nyhetsbrev Öst.html", "nyhetsbrev-ost"],
    ["a/b/rapport.md", "rapport"],
    ["!!!.txt", "doc"],
  ];
  it.each(cases)("%s → %s", (source, id) => expect(documentIdFromSource(source)).toBe(id));
});
