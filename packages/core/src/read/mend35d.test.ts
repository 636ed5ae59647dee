import { describe, expect, it } from "vitest";
import { meetingLabels } from "../../../../test/helpers/prose";
import { graphOf } from "../../../../test/helpers/minutes";
import { readDocument } from "./read-document";
import { findDates } from "./dates";

// Mending round 35's dates of minutes: a compact date of the previous minutes, a dotted date written day first, and a
// year that ends minutes' heading. All names and texts are invented.

const dateOf = (text: string) => readDocument({ source: "protokoll.txt", content: text }).date;
const found = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day]);

describe("a compact date of other minutes", () => {
  const undated = [
    "Styrelsemöte Vallby Ryttarförening",
    "Tid: tisdag 19 september kl 18.30",
    "Närvarande: Ola Berg (ordf), Siv Lund (sekr), Kent Åkesson",
    "",
    "§ 1 Mötets öppnande",
    "Ola Berg öppnade mötet.",
    "",
    "§ 2 Föregående protokoll 230820 godkändes och lades till handlingarna.",
    "",
  ].join("\n");

  it("does not date the meeting that approves them", () => {
    expect(dateOf(undated)).toBeUndefined();
    expect(meetingLabels(graphOf(undated)).some((l) => l.includes("2023-08-20"))).toBe(false);
  });

  it("is no date after a word of the previous or next meeting or of adjusting", () => {
    expect(found("§ 2 Föregående protokoll 230820 godkändes")).toEqual([]);
    expect(found("Förra mötets protokoll 230820 lades till handlingarna")).toEqual([]);
    expect(found("Nästa möte 231015 i klubbstugan")).toEqual([]);
    expect(found("Protokollet justerat 230925")).toEqual([]);
  });

  it("is no date in a list of the minutes' numbers", () => {
    expect(found("Protokoll 880101 och 901231 i arkivet.")).toEqual([]);
    expect(dateOf("Protokoll 880101 och 901231 i arkivet.\n")).toBeUndefined();
  });

  it("gives way to the full date of the title", () => {
    const text =
      "Protokoll styrelsemöte Vallby IK 17 september 2023 Närvarande: Ola Berg, Siv Lund § 1 Mötet öppnas § 2 Föregående protokoll 230820 godkändes\n";
    expect(dateOf(text)).toBe("2023-09-17");
  });

  it("in a paragraph is not the heading's, whatever word of meetings comes before it", () => {
    const text = ["Styrelsemöte Vallby IK", "", "Närvarande: Ola Berg, Siv Lund", "", "§ 1 Mötet öppnas", "§ 2 Protokoll 230820 lades fram", ""].join("\n");
    expect(readDocument({ source: "protokoll.txt", content: text }).genre).toBe("minutes");
    expect(dateOf(text)).toBeUndefined();
  });
});

describe("a dotted compact date written day first", () => {
  it("is read day first when the text's year agrees with that reading alone", () => {
    const text = "PROTOKOLL FRÅN STYRELSEMÖTE 28.02.23\nNärvarande: Ola Berg, Siv Lund\n§ 1 Avgiften för 2023 fastställdes.\n";
    expect(found(text).filter((d) => d[0] === "28.02.23")).toEqual([["28.02.23", 2023, 2, 28]]);
    expect(dateOf(text)).toBe("2023-02-28");
  });

  it("is read day first when a day without a year agrees with that reading alone", () => {
    const text = "PROTOKOLL FRÅN STYRELSEMÖTE 20.03.22\nMötet hölls den 20 mars i klubbstugan.\n";
    expect(found(text)[0]).toEqual(["20.03.22", 2022, 3, 20]);
  });

  it("stays year first when the text agrees with that reading, and the six digits always", () => {
    expect(found("FRÅN STYRELSEMÖTE I KLUBBSTUGAN 04.04.21\nÅrsavgiften för 2004 är oförändrad.")[0]).toEqual(["04.04.21", 2004, 4, 21]);
    expect(found("Styrelsemöte 220320\nAvgiften för 2020 höjs.")[0]).toEqual(["220320", 2022, 3, 20]);
  });
});

describe("a year that ends minutes' heading", () => {
  it("dates the meeting of minutes that state no day", () => {
    const text = ["Protokoll årsmöte Vallby Byalag 2019", "Ordförande: Ester Holm", "Sekreterare: Tage Lund", ""].join("\n");
    expect(dateOf(text)).toBe("2019");
    expect(meetingLabels(graphOf(text)).some((l) => l.startsWith("2019"))).toBe(true);
  });

  it("is not a year of their items or of an event they plan", () => {
    expect(dateOf("Styrelsemöte Vallby IK\n\nNärvarande: Ola Berg, Siv Lund\n\n§ 1 Öppnande\n§ 2 Verksamhetsberättelse 2018\n")).toBeUndefined();
    expect(dateOf("Protokoll\nHöstmässan 2019 - Planering\nNärvarande: Ola Berg, Siv Lund\n§ 1 Öppnande\n")).toBeUndefined();
  });
});
