/**
 * Round 59's minutes titled by the meeting they were kept at (invented names and places): a federation's general
 * meeting flattened from PDF (`Protokoll fört vid X:s ordinarie förbundsmöte 2015` over `Tid och plats …`), with no field
 * colon, no § and its roll of delegates in prose, is minutes by its title, and so the meeting its delegates attended.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels as meetings } from "../../../../test/helpers/prose";
import { detectGenre } from "./genre";

describe("a protocol kept at a federation's general meeting of a year", () => {
  const protocol = [
    "Protokoll fört vid Nordliga Kanotförbundets ordinarie förbundsmöte 2015\n\nTid och plats Fredagen den 8 och lördagen den 9 maj,",
    "2015 på Folkets hus, Ekby. Förbundsmötets öppnande 1 Förbundsordförande Ada Berg hälsar ombud och gäster välkomna.",
    "Därefter förklarar förbundsordförande Ada Berg förbundsmötet öppnat. Upprop 2 Röstlängden konstateras omfatta 5 ombud",
    "enligt följande: Norrdal 2 Åsa Berglind, Tor Ekvik Västmark 3 Pia Strand, Ola Nygren 2 röster, Eva Holm",
  ].join(" ");

  it("is minutes by its title", () => {
    expect(detectGenre(protocol)).toBe("minutes");
  });

  it("makes the meeting its delegates attended", () => {
    const g = graphOf(protocol);
    expect(meetings(g)).toEqual(["2015-05-08 Förbundsmötet, Nordliga Kanotförbundet"]);
    expect(attendees(g)).toEqual(["Eva Holm: other", "Ola Nygren: other", "Pia Strand: other", "Tor Ekvik: other", "Åsa Berglind: other"]);
  });

  it("a sentence that speaks of a protocol kept at a meeting is not its title", () => {
    expect(detectGenre("Styrelsen läste protokoll fört vid förbundsmötet 2015 och fann det riktigt.")).toBe("text");
  });
});

describe("a report of a meeting its titled chair opened", () => {
  it("is minutes by the opening and the election of its officers", () => {
    const report = [
      "Kanotförbundets möte i Ekby",
      "Därefter förklarade förbundsordförande Ada Berg förbundsmötet öppnat.",
      "Till mötessekreterare valdes Ola Ek.",
    ].join("\n");
    expect(detectGenre(report)).toBe("minutes");
  });
});
