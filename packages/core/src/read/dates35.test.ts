import { describe, expect, it } from "vitest";
import { meetingLabels } from "../../../../test/helpers/prose";
import { graphOf } from "../../../../test/helpers/minutes";
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
