/**
 * Round 53's meetings in minutes (05-meetings.ts): an item of their business that names an earlier board meeting
 * (`§79 Utvärdering av styrelsemötet 21 oktober 2011`) is what the item is about, not a meeting; and a web page's title
 * glued to the PDF's capital title after its year (`… 3-4 mars 2012PROTOKOLL`) titles the meeting without the genre
 * words; and an annual meeting on a wiki's page dated to its month, its day on a line under its heading, is one meeting
 * on that day. Invented names and texts.
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

/** A wiki's page of an example: its page chrome, then an association's annual meeting under a heading line and its day. */
const WIKI_ANNUAL = [
  "Protokoll",
  "",
  "Från Föreningsboken",
  "Hoppa till: navigering, sök",
  "",
  "Ett protokoll är ett dokument som berättar vad som hände på ett möte, t.ex. årsmöte eller styrelsemöte.",
  "",
  "Mötesprotokoll",
  "",
  "Årsmöte för Unga Seglare Vikby, Strandvägen 9",
  "",
  "14 november 2019",
  "",
  "1. Mötets öppnande.",
  "",
  "Vera Lindholm förklarade mötet öppnat 18:00 den 14 november 2019.",
  "",
  "2. Justering av röstlängd.",
  "",
  "Närvarande med rösträtt:",
  "",
  "Selma Westin",
  "",
  "Arvid Norrman",
  "",
  "Vera Lindholm",
  "",
  "",
  "Övriga närvarande:",
  "",
  "Holger Strand",
  "",
  "Mötet fastställde röstlängden till 3 personer.",
  "",
  "",
  "3. Val av mötesordförande.",
  "",
  "Mötet valde Vera Lindholm till mötesordförande.",
  "",
  "4. Val av mötessekreterare.",
  "",
  "Mötet valde Arvid Norrman till mötessekreterare.",
  "",
  "5. Val av justerare.",
  "",
  "Mötet valde Selma Westin till justerare.",
  "",
  "6. Mötets avslutande.",
  "",
  "Mötesordförande Vera Lindholm förklarade mötet avslutat 19:10 den 14 november 2019.",
].join("\n");

describe("an association's annual meeting on a wiki's page", () => {
  // Its title is the page's chrome still (context.ts's minutesMeetingLine, which the protocol's header reads too).
  it("is one meeting, on the day under its heading, not a second on the page's month", () => {
    expect(meetingLabels(graphOf(WIKI_ANNUAL)).map((l) => l.slice(0, 10))).toEqual(["2019-11-14"]);
  });
});
