import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { readDocument } from "./read-document";

// Round 69's page stamp written without spaces, the month abbreviated in capitals. All texts are invented.

const read = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.year, d.month, d.day]);

describe("a page stamp glued together (`04NOV2019`)", () => {
  it("is a full date", () => {
    expect(read("04NOV2019")).toEqual([["04NOV2019", 2019, 11, 4]]);
    expect(read("12OKT2021\n")).toEqual([["12OKT2021", 2021, 10, 12]]);
  });
  it("not a code of capitals that names no month", () => {
    expect(read("Ärende 12ABC2019")).toEqual([]);
  });
  it("dates the page it heads", () => {
    const text = "12OKT2021\n\nNytt styre i Ekby\n\nMöllare och Ekbyborna möttes på torget.\n";
    expect(readDocument({ source: "nyhet.txt", content: text }).date).toBe("2021-10-12");
  });
});
