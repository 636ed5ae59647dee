/**
 * Round 73: a span of two days whose dash a sharing site's copy lost (`8 9 maj 2010`) is dated by its first day, as
 * `8–9 maj 2010` is; a day after a number that is not a day (an item's, an hour's, a year's) stays its own. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { readDocument } from "./read-document";

const firstDate = (text: string) => {
  const d = findDates(text)[0];
  return d && { day: d.day, month: d.month, year: d.year, written: text.slice(d.start, d.end) };
};

describe("a two-day span whose dash was lost", () => {
  it("is dated by its first day", () => {
    expect(firstDate("Årsmöte på Kursgården, Ekö 8 9 maj 2010 Närvarande")).toEqual({ day: 8, month: 5, year: 2010, written: "8 9 maj 2010" });
    expect(firstDate("Ekö 8–9 maj 2010")).toMatchObject({ day: 8 });
  });

  it("dates a title's meeting so", () => {
    const text =
      "Protokoll fört vid Ekbygdens Pensionärsförenings Representantskap (RS) Kursgården, Ekö 30 31 maj 2010\n\n" +
      "Närvarande Eva Ek, Per Holm, Kim Ahl\n\n§ 1 Mötets öppnande\nEva Ek hälsade alla välkomna.\n";
    expect(readDocument({ source: "rs.txt", content: text }).date).toBe("2010-05-30");
  });
});

describe("a day after a number that is no day of a span", () => {
  it.each([
    ["an item's number", "Ärende § 8 9 maj 2010", 9],
    ["an hour", "Samling kl. 13 14 maj 2010", 14],
    ["a year's number", "Verksamhetsår 2009 8 9 maj 2010", 9],
    ["a number two days before", "Bilaga 7 9 maj 2010", 9],
    ["a page", "sida 8 9 maj 2010", 9],
  ])("keeps its own day after %s", (_what, text, day) => {
    expect(firstDate(text)).toMatchObject({ day });
  });
});
