import { describe, expect, it } from "vitest";
import { meetingLabels } from "../../../../test/helpers/prose";
import { graphOf } from "../../../../test/helpers/minutes";
import { readDocument } from "./read-document";
import { findDates } from "./dates";

// Round 35's dates of minutes: a meeting held over days, compact dates in a heading, and minutes that give no date of
// their own. All names and texts are invented.

const chairs = (text: string): string[] => {
  const g = graphOf(text);
  return g.filterEdges((_, a) => a.kind === "chaired").map((e) => `${g.getNodeAttribute(g.source(e), "label")} -> ${g.getNodeAttribute(g.target(e), "label")}`);
};

describe("a meeting held over days", () => {
  it("is found as its first day, written from it", () => {
    const text = "Möte med klubbens styrelse den 21-22 maj 2011";
    expect(findDates(text).map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day])).toEqual([["21-22 maj 2011", 2011, 5, 21]]);
  });

  it("dates the meeting a heading names by its first day", () => {
    const text = [
      "Möte med klubbens styrelse den 21-22 maj 2011",
      "",
      "PROTOKOLL NR 4/2011",
      "",
      "Ledamöter Närvarande",
      "Asta Nyqvist X, mötesordförande",
      "Bo Lindell X",
      "Gun Ekdahl X, sekreterare",
      "",
      "§ 1 Mötet öppnas",
      "",
      "Asta Nyqvist förklarar mötet öppnat.",
      "",
    ].join("\n");
    expect(chairs(text)).toEqual(["Asta Nyqvist -> 2011-05-21 Möte med klubbens styrelse"]);
    expect(meetingLabels(graphOf(text))).toEqual(["2011-05-21 Möte med klubbens styrelse"]);
  });
});

describe("a compact date in a heading, year first", () => {
  const found = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day]);
  const cases: [string, string, (string | number)[][]][] = [
    ["six digits after a meeting word", "Styrelsemöte 230917", [["230917", 2023, 9, 17]]],
    ["dots after a meeting and its place", "FRÅN STYRELSEMÖTE I KYRKSKOLAN 11.02.15 kl 18.00-20.00.", [["11.02.15", 2011, 2, 15]]],
    ["eight digits after the minutes' word", "Minnesanteckningar 20190412", [["20190412", 2019, 4, 12]]],
    ["a case's number", "Dnr 230917 och ärende 11.02.15", []],
    ["an amount after a meeting's decision", "Styrelsemötet beslutade att anslå 150312 kronor", []],
    ["a personal identity number", "Protokoll 230917-1234", []],
    ["no month", "Styrelsemöte 231417", []],
  ];
  it.each(cases)("%s", (_, text, dates) => {
    expect(found(text)).toEqual(dates);
  });

  it("dates the minutes and their meeting, not the previous minutes they approve", () => {
    const text = [
      "Styrelsemöte 230917",
      "",
      "Protokoll fört vid styrelsemöte med Lindåsens Byalag söndagen den 17 september kl 18.00",
      "",
      "Närvarande styrelseledamöter:",
      "Tyra Holmlund, Ebbe Sandin, Greta Alm och Nils Ekberg.",
      "",
      "  • 1 Mötet öppnas",
      "",
      "Tyra Holmlund hälsar alla välkomna och öppnar mötet.",
      "",
      "  • 2 Föregående protokoll",
      "",
      "Genomgång av föregående protokoll, 2023-06-04 som godkänns av styrelsen.",
      "",
    ].join("\n");
    expect(readDocument({ source: "protokoll.txt", content: text }).date).toBe("2023-09-17");
    expect(meetingLabels(graphOf(text))).toEqual(["2023-09-17 Styrelsen"]);
  });

  it("dates minutes by the day their heading's line gives after the meeting's place", () => {
    const text = [
      "Protokoll Lindåsens Byalag",
      "LINDÅSENS BYALAG SAMMANTRÄDESPROTOKOLL",
      "FRÅN STYRELSEMÖTE I KYRKSKOLAN 11.02.15 kl 18.00-20.00.",
      "Närvarande Tyra Holmlund, ordförande, Ebbe Sandin, kassör, Greta Alm, sekreterare och Nils Ekberg, ledamot.",
      "",
      "§ 8 Sammanträdets öppnande",
      "Ordförande Tyra Holmlund öppnade sammanträdet.",
      "",
      "§ 9 Sommarfesten",
      "Festen hålls den 20 augusti.",
      "",
    ].join("\n");
    expect(readDocument({ source: "protokoll.txt", content: text }).date).toBe("2011-02-15");
    expect(chairs(text)).toEqual(["Tyra Holmlund -> 2011-02-15 Protokoll Lindåsens Byalag"]);
  });
});

describe("minutes that give no date of their own", () => {
  const dateOf = (text: string) => readDocument({ source: "protokoll.txt", content: text }).date;

  it("are not dated by an event they plan", () => {
    const text = [
      "Hoppa över navigering",
      " •   1",
      "",
      "  Mötets öppnande",
      "",
      " •   2",
      "",
      "  Höstmässan 2019 - Planering",
      "",
      " • Ordförande Alva Strömqvist presenterade mötets öppnande.",
      "",
      " • Enligt reglemente för Pensionärsrådet har föredragningslista utsänts till ledamöter och ersättare.",
      "",
      " • § 14",
      "",
      "  Val av justerare",
      "",
      " • Beslutande ledamöter:",
      "  Alva Strömqvist (C) (Ordförande)",
      "  Rune Backlund (PRO)",
      "  Elsa Vikberg (SPF)",
      "",
      " • AU föreslår att flytta fram Höstmässan till 12 oktober så att fler kan delta.",
      "",
    ].join("\n");
    expect(dateOf(text)).toBeUndefined();
    expect(meetingLabels(graphOf(text))).toEqual(["Pensionärsrådet"]);
  });

  it.each([
    [
      "the previous meeting's minutes approved",
      "Mötesprotokoll\n\nStyrelsemöte\n\nPlats: Församlingshemmet\n\nNärvarande: Alva Strömqvist, Rune Backlund, Elsa Vikberg\n\n 1. Mötet öppnades av ordförande Alva Strömqvist.\n 2. Föregående protokoll, 2020-11-08, godkändes och lades till handlingarna.\n 3. Nästa möte 2021-02-14 i församlingshemmet.\n",
    ],
    [
      "the annual meeting being planned, and the year the budget is for",
      "Mötesprotokoll\n\nStyrelsemöte\n\nPlats: Församlingshemmet\n\nNärvarande: Alva Strömqvist, Rune Backlund, Elsa Vikberg\n\n 1. Mötet öppnades av ordförande Alva Strömqvist.\n 2. Avgiften för år 2024 höjs med 5 %.\n 3. Planering av årsmötet\n  Datum och tid: 25 april kl. 9-13\n",
    ],
  ])("are not dated by %s", (_, text) => {
    expect(dateOf(text)).toBeUndefined();
  });

  it("are dated by the one full date they write, whatever days without a year they name", () => {
    expect(
      dateOf(
        "Mötesprotokoll\n\nStyrelsemöte 7 mars 2021\n\nNärvarande: Alva Strömqvist, Rune Backlund\n\n 1. Mötet öppnades.\n 2. Höstmässan hålls den 12 oktober.\n",
      ),
    ).toBe("2021-03-07");
  });
});
