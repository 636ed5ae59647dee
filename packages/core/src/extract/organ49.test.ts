/**
 * The meeting of minutes whose body or date is not in a header box (05-meetings.ts): an association's general meeting
 * told by a numbered agenda with no roll. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) =>
  g.filterNodes((_, a) => a.kind === "meeting").map((n) => `${label(g, n)} | ${(g.getNodeAttributes(n) as { date?: string }).date ?? "-"}`);

describe("an association's general meeting with no roll", () => {
  const text =
    "Protokoll fört vid ordinarie årsmöte med Tallmo Bygdeförening lördagen den 9 april 2016 klockan 15.00 i Skolhuset\n\n" +
    "1. Mötets öppnande\nFöreningens ordförande Vera Dunberg öppnade mötet.\n\n" +
    "2. Val av mötesordförande\nTill ordförande för årsmötet valdes Ivar Kornstedt.\n\n" +
    "3. Val av mötessekreterare\nElsa Grundin valdes till sekreterare för årsmötet.\n\n" +
    "4. Val av justerare\nTill justerare valdes Hugo Ledin och Tyra Bolmgren.\n";
  const g = graphOf(text);
  it("is a dated meeting of the association's årsmöte", () => {
    expect(meetings(g)).toEqual(["2016-04-09 Årsmötet, Tallmo Bygdeförening | 2016-04-09"]);
  });
  it("has the officers its paragraphs choose, and the one who opened it", () => {
    expect(attendees(g)).toEqual(["Elsa Grundin: secretary", "Hugo Ledin: adjuster", "Ivar Kornstedt: chair", "Tyra Bolmgren: adjuster", "Vera Dunberg: -"]);
  });
});

describe("a decisions page under a dated heading", () => {
  it("dates its meeting by the heading when `Tid:` gives the hour only, and leaves the date out of its title", () => {
    const text =
      "Kommunfullmäktige 3 mars 2020\n\nPlats: Folkets hus, Ängsvägen 2, Lövby\nTid: Klockan 18:00 -\n\n" +
      "1. Val av ordförande\nKommunfullmäktige väljer Rut Almqvist (C) till ordförande.\n";
    expect(meetings(graphOf(text))).toEqual(["2020-03-03 Kommunfullmäktige | 2020-03-03"]);
  });
});
