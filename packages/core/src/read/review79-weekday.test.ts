/**
 * Review of round 62: one weekday count (Monday 0) for a written stem and an ISO day, used by `weekdayAgrees` and by
 * 05-reported's weekday sittings and `dayBefore`. Invented dates.
 */
import { describe, expect, it } from "vitest";
import { weekdayAgrees, weekdayIndex, weekdayOf } from "./dates";

describe("weekdayIndex and weekdayOf", () => {
  it("count from Monday, a stem in any case and without its diacritics", () => {
    expect(["mån", "Tis", "ONS", "tors", "fre", "lör", "sön"].map(weekdayIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayIndex("man")).toBe(0);
    expect(weekdayIndex("går")).toBe(-1);
    expect(weekdayIndex("")).toBe(-1);
    expect(["2024-03-11", "2024-03-14", "2024-03-17"].map(weekdayOf)).toEqual([0, 3, 6]);
  });
  it("agree in weekdayAgrees", () => {
    for (const [text, agrees] of [
      ["Torsdagen den 14 mars", true],
      ["Onsdagen den 14 mars", false],
    ] as const)
      expect(weekdayAgrees(text, { iso: "2024-03-14", start: text.indexOf("14") })).toBe(agrees);
  });
});
