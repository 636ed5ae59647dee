import { describe, expect, it } from "vitest";
import { findCalendar } from "./calendar";

const PARALLEL = `På gång
3 april
10 april

9 maj
Se hela kalendariet
Politisk styrgrupp gemensam gymnasieregion
Kommundirektörsmöte
Förbundets styrelse
`;

describe("findCalendar", () => {
  it("pairs parallel lists of dates and titles in order", () => {
    expect(findCalendar(PARALLEL).map((e) => [e.day, e.month, e.title])).toEqual([
      [3, 4, "Politisk styrgrupp gemensam gymnasieregion"],
      [10, 4, "Kommundirektörsmöte"],
      [9, 5, "Förbundets styrelse"],
    ]);
  });
  it("leaves lists of unequal length alone rather than guessing", () => {
    expect(findCalendar(PARALLEL.replace("Förbundets styrelse\n", ""))).toEqual([]);
  });
  it("needs at least three dates to call it a calendar", () => {
    expect(findCalendar("3 april\n10 april\nMöte A\nMöte B\n")).toEqual([]);
  });
  it("gives offsets of the title lines", () => {
    const [first] = findCalendar(PARALLEL);
    expect(PARALLEL.slice(first.titleStart, first.titleStart + first.title.length)).toBe(first.title);
  });
});
