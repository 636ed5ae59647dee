import { describe, expect, it } from "vitest";
import { bareYears, findDates, inferDocumentDate, isoDate, isoPeriod, monthNumber } from "./dates";

type D = { text: string; year?: number; month?: number; day?: number };

describe("findDates", () => {
  const cases: [string, string, D[]][] = [
    ["ISO", "Mötet hölls 2016-10-11 i Gävle.", [{ text: "2016-10-11", year: 2016, month: 10, day: 11 }]],
    ["Swedish with den and year", "Konferensen den 5 oktober 2017 samlade många.", [{ text: "5 oktober 2017", year: 2017, month: 10, day: 5 }]],
    ["Swedish without year", "styrelsemötet den 9 maj", [{ text: "9 maj", year: undefined, month: 5, day: 9 }]],
    ["English day month year", "held on 11 October 2016 in Luleå", [{ text: "11 October 2016", year: 2016, month: 10, day: 11 }]],
    ["English month day, year", "held on October 11, 2016 in Luleå", [{ text: "October 11, 2016", year: 2016, month: 10, day: 11 }]],
    ["abbreviated month", "Anmälan senast 3 dec.", [{ text: "3 dec", year: undefined, month: 12, day: 3 }]],
    ["ordinal colon form", "den 1:a april 2020", [{ text: "1:a april 2020", year: 2020, month: 4, day: 1 }]],
    ["capitalised month", "Tid: 14 November 2018", [{ text: "14 November 2018", year: 2018, month: 11, day: 14 }]],
    [
      "several in order",
      "11 och 12 juni, sedan 2019-08-20",
      [
        { text: "12 juni", month: 6, day: 12 },
        { text: "2019-08-20", year: 2019, month: 8, day: 20 },
      ],
    ],
    ["invalid ISO month rejected", "nummer 2016-13-01", []],
    ["invalid day rejected", "den 32 maj", []],
    ["year alone is no date", "budgeten för 2019", []],
    ["a month word inside another word is no date", "3 majstänger", []],
    ["English abbreviation, day first", "Posted 12 Mar 2024", [{ text: "12 Mar 2024", year: 2024, month: 3, day: 12 }]],
    ["English abbreviation with a dot, month first", "Mar. 12, 2024", [{ text: "Mar. 12, 2024", year: 2024, month: 3, day: 12 }]],
    ["English ordinal before the month", "on the 3rd of December 2019", [{ text: "3rd of December 2019", year: 2019, month: 12, day: 3 }]],
    ["Swedish abbreviation with a dot", "Seminariet 12 okt. 2016 i Umeå", [{ text: "12 okt. 2016", year: 2016, month: 10, day: 12 }]],
    [
      "Swedish sept and febr",
      "12 sept 2016 och 3 febr.",
      [
        { text: "12 sept 2016", year: 2016, month: 9, day: 12 },
        { text: "3 febr", month: 2, day: 3 },
      ],
    ],
    ["weekday before the day", "tisdagen den 5 mars 2019", [{ text: "5 mars 2019", year: 2019, month: 3, day: 5 }]],
    ["day/month and a year", "Mötet 11/10 2016 i Luleå", [{ text: "11/10 2016", year: 2016, month: 10, day: 11 }]],
    ["day/month and a short year after a dash", "Minnesanteckningar 11/10-16", [{ text: "11/10-16", year: 2016, month: 10, day: 11 }]],
    [
      "day/month/year",
      "den 5/3/2019 och 1.2.2018",
      [
        { text: "5/3/2019", year: 2019, month: 3, day: 5 },
        { text: "1.2.2018", year: 2018, month: 2, day: 1 },
      ],
    ],
    [
      "day/month without a year after a weekday or den",
      "tisdag 5/3 och den 12/4",
      [
        { text: "5/3", month: 3, day: 5 },
        { text: "12/4", month: 4, day: 12 },
      ],
    ],
    ["a fraction is no date", "ungefär 3/4 av kommunerna, 1/3 av dem", []],
    ["a paragraph or case number is no date", "§ 11/10 2016 och Dnr 12/10-16 och KS 2016/123 och dnr 2016/11/10", []],
    ["a time is no date", "kl. 11.10 och 9.30-12.00", []],
    ["a day its month lacks is no date", "den 31/4 2019", []],
  ];
  it.each(cases)("%s", (_label, text, expected) => {
    const found = findDates(text).map((d) => ({ text: text.slice(d.start, d.end), year: d.year, month: d.month, day: d.day }));
    expect(found).toEqual(expected.map((e) => ({ year: undefined, ...e })));
  });
});

describe("isoDate and monthNumber", () => {
  const cases: [string, string, string][] = [
    ["year, month, day", isoDate(2016, 10, 1), "2016-10-01"],
    ["year and month", isoDate(2019, 4), "2019-04"],
    ["year only", isoDate(2019), "2019"],
  ];
  it.each(cases)("%s", (_label, got, expected) => expect(got).toBe(expected));
  it.each([
    ["maj", 5],
    ["Oktober", 10],
    ["sept", 9],
    ["May", 5],
    ["mandag", undefined],
  ] as [string, number | undefined][])("monthNumber(%s) = %s", (name, n) => expect(monthNumber(name)).toBe(n));
});

describe("inferDocumentDate", () => {
  const cases: [string, string, string | undefined][] = [
    ["one full date → that day", "Rapport från mötet 2017-03-02.", "2017-03-02"],
    ["newsletter month from its calendar", "Nyhetsbrev\n3 mars 2019 Möte\n14 mars Seminarium\n28 mars Nätverk\n2 april Styrelse", "2019-03"],
    ["year from a bare year when no full date", "Verksamhetsplan 2021 med 9 maj och 12 maj", "2021-05"],
    ["nothing", "Inga datum här alls.", undefined],
    ["a vision's year is not the document's", "Vallby 2040 – seminarium\n\nDen 19 mars samtalade vi om Vision 2040.", undefined],
    ["a plan's year gives way to the text's own", "Arbetet med klimatstrategi 2045 och Agenda 2030 följs upp i budget 2019.", "2019"],
  ];
  it.each(cases)("%s", (_label, text, expected) => expect(inferDocumentDate(text)).toBe(expected));
});

describe("bareYears", () => {
  // [label, text, the years that date something]
  const cases: [string, string, number[]][] = [
    ["a plan's or vision's name", "Vision 2030, RUFS 2050, Det öppna Vallby 2030 och regionens klimatstrategi 2045", []],
    ["a deadline", "fossilfritt senast 2030", []],
    ["a time, even at a sentence's start", "Under 2020 och sedan 2015 ökade budget 2020. Mars 2020 var kall.", [2020, 2015, 2020, 2020]],
    ["a year that is not round names its own time", "Verksamhetsplan 2021 och Regiondagen 2019", [2021, 2019]],
    ["the end of a span", "för mandatperioden 2018 - 2022 och åren 2019–2023", [2018, 2019]],
    ["a year that numbers a document or starts a range", "Interpellation 2000/01:3 och SOU 2010:45 om Vision 2010-2015", [2000, 2010, 2010]],
  ];
  it.each(cases)("%s", (_label, text, years) => expect(bareYears(text)).toEqual(years));
});

describe("isoPeriod", () => {
  it.each([
    ["11 oktober 2016", "2016-10-11"],
    ["June 9, 2016", "2016-06-09"],
    ["2016-06-09", "2016-06-09"],
    ["juni 2016", "2016-06"],
    ["October 2016", "2016-10"],
    ["2016-06", "2016-06"],
    ["2016", "2016"],
    ["11/10 2016", "2016-10-11"],
    ["Mar. 12, 2024", "2024-03-12"],
    ["Oct. 11, 2016", "2016-10-11"],
    ["Sept 2019", "2019-09"],
    ["9 juni", undefined],
    ["Nacka", undefined],
  ])("%s → %s", (text, expected) => expect(isoPeriod(text)).toBe(expected));
});
