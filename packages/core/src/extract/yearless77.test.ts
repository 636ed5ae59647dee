/**
 * Round 62's minutes whose only date is a yearless `Tid` (04-protocol.ts `diaryDatedTime`): the head's diary number
 * gives the year (`RS 14/2016`, `Dnr 2014/31`), taken only when the weekday written before the day is that day's in that
 * year. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

const minutes = (head: string, when: string) =>
  `1 PROTOKOLL 1(12) Regionens kansli ${head} Regionstyrelsen Tid ${when}, kl Plats Närvarande ledamöter ` +
  "Sal 4, Regionhuset, Norrby Eva Ekholm (M), ordförande Per Almqvist (S), vice ordf. Siv Holmgren (C) Bo Lundell (MP) " +
  "§ 1 Val av justerare Till justerare utsågs Siv Holmgren. § 2 Budget Regionstyrelsen beslutar att godkänna budgeten.";

describe("a yearless `Tid` dated by the head's diary number", () => {
  it("met that day of the number's year when the weekday is that day's (`RS 14/2016`, `Onsdagen den 9 mars`)", () => {
    const g = graphOf(minutes("RS 14/2016", "Onsdagen den 9 mars"));
    expect(meetingLabels(g)).toContainEqual(expect.stringMatching(/^2016-03-09 /));
    expect(chairs(g)).toEqual(["Eva Ekholm"]);
  });

  it("reads the year written first too (`Dnr 2014/31`, `tisdagen den 18 november`)", () => {
    expect(meetingLabels(graphOf(minutes("Dnr 2014/31", "tisdagen den 18 november")))).toContainEqual(expect.stringMatching(/^2014-11-18 /));
  });

  it("stays undated when the weekday disagrees (`Torsdagen den 9 mars` was no Thursday in 2016)", () => {
    expect(meetingLabels(graphOf(minutes("RS 14/2016", "Torsdagen den 9 mars"))).filter((m) => m.startsWith("2016"))).toEqual([]);
  });

  it("stays undated without a weekday (`den 9 mars`)", () => {
    expect(meetingLabels(graphOf(minutes("RS 14/2016", "den 9 mars"))).filter((m) => m.startsWith("2016"))).toEqual([]);
  });
});
