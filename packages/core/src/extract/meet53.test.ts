/**
 * Round 53's meetings in minutes (05-meetings.ts): an item of their business that names an earlier board meeting
 * (`§79 Utvärdering av styrelsemötet 21 oktober 2011`) is what the item is about, not a meeting; and a web page's title
 * glued to the PDF's capital title after its year (`… 3-4 mars 2012PROTOKOLL`) titles the meeting without the genre
 * words. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

const BOARD_MINUTES = [
  "Möte med föreningens styrelse den 3 mars 2012 Protokoll från 3-4 mars 2012PROTOKOLL",
  "",
  "Möte med föreningens styrelse den 3 mars 2012",
  "",
  "Ledamöter Närvarande",
  "Tove Almqvist X",
  "Rune Backlund X, mötesordf. § 12-20",
  "Greta Forsell X",
  "Ivar Sundqvist Anmält förhinder",
  "",
  "§12 Val av justerare",
  "",
  "Beslut",
  "",
  "att utse Greta Forsell till justerare.",
  "",
  "§13 Protokoll från möte med föreningens styrelse 14 januari 2012",
  "",
  "Beslut",
  "",
  "att lägga protokollet till handlingarna.",
  "",
  "§14 Utvärdering av styrelsemötet 14 januari 2012",
  "",
  "Styrelsen diskuterade mötet.",
].join("\n");

describe("minutes of a board meeting", () => {
  it("make one meeting, not one more of an earlier meeting an item names, titled without the glued genre words", () => {
    expect(meetingLabels(graphOf(BOARD_MINUTES))).toEqual(["2012-03-03 Möte med föreningens styrelse"]);
  });
});
