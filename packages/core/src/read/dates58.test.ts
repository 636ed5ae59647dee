import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { readDocument } from "./read-document";

// Round 41's dates of minutes: two days joined by `och`, each maybe with its weekday. All texts are invented.

const read = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day]);

describe("a meeting held on two days joined by och", () => {
  it("is its first day, written from it, with the year after a comma", () => {
    expect(read("Tid och plats Fredagen den 8 och lördagen den 9 maj, 2015 på Folkets hus")).toEqual([["8 och lördagen den 9 maj, 2015", 2015, 5, 8]]);
    expect(read("Kongressen hölls den 3 och 4 juni 2019.")).toEqual([["3 och 4 juni 2019", 2019, 6, 3]]);
  });
  it("dates the minutes by it", () => {
    const text =
      "Protokoll fört vid Nordliga Kanotförbundets ordinarie förbundsmöte 2015\n\n" +
      "Tid och plats Fredagen den 8 och lördagen den 9 maj, 2015 på Folkets hus, Ekby.\n";
    expect(readDocument({ source: "protokoll.txt", content: text }).date).toBe("2015-05-08");
  });
  it("not a list of days", () => {
    expect(read("Stängt 11 och 12 juni 2015")).toEqual([["12 juni 2015", 2015, 6, 12]]);
  });
});
