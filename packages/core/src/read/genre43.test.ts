/**
 * Round 43's genre: minutes flattened from PDF with no genre word and no colons, their labels run together mid-line
 * (`Plats och tid … kl Närvarande Övriga Anna Berg, SN, ordförande …`). And a press text's meeting: the day opening the
 * sentence before its verb and body (`Den 13 oktober sammanträdde nyvalda kommunfullmäktige`), not the coming one named
 * after it, and a heading line of the body and its day with the body deciding below. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";
import { attendees, graphOf, label } from "../../../../test/helpers/minutes";
import { graphOf as proseGraph, meetingLabels } from "../../../../test/helpers/prose";

/** A council's notes on a shared PDF's page: its page headline, then the PDF's text, each page flattened to one line. */
const RUN_TOGETHER = [
  "1 (3) Kommunala Tillgänglighetsrådet Logen, Norra Udden Onsdag den 7 oktober 2020, kl",
  "",
  "Transkript",
  "",
  "1 1 (3) Plats och tid Logen, Norra Udden Onsdag den 7 oktober 2020, kl Närvarande Övriga Vera Holmqvist, SN, ordförande " +
    "Elis Brandt, KS Tyra Lundgren, DHR Oskar Wiklund, SRF Hanna Sjödin, verksamhetschef, Logen Jon Ekholm, sekreterare, " +
    "socialförvaltningen Underskrift Sekreterare Jon Ekholm Ordförande Vera Holmqvist",
  "2 2 (3) Mötets öppnande Ordföranden hälsade välkommen och förklarade mötet öppnat.",
].join("\n");

describe("minutes whose labels run together mid-line, with no colon", () => {
  it("are minutes by a label of place and time and one of who attended with a listed person after it", () => {
    expect(detectGenre(RUN_TOGETHER)).toBe("minutes");
  });

  it("give the meeting, its chair and who attended", () => {
    const g = graphOf(RUN_TOGETHER);
    const meetings = g.filterNodes((_, a) => a.kind === "meeting");
    expect(meetings).toHaveLength(1);
    const chairs = g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g, g.source(e)));
    expect(chairs).toEqual(["Vera Holmqvist"]);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Elis Brandt: member", "Oskar Wiklund: member", "Tyra Lundgren: member", "Vera Holmqvist: member"]));
  });

  it.each([
    [
      "a press text that tells who was present",
      "Nytt rådhus invigt\n\nPlats och tid för invigningen var Torget i Åby. Närvarande var Vera Holmqvist, som höll tal.",
    ],
    [
      "an event's notice with a place and time but no one listed",
      "Öppet möte om bredband\n\nPlats och tid Folkets hus, Åby, 12 maj kl 18. Närvarande blir politiker från alla partier.",
    ],
    [
      "a list with no label of place and time",
      "Styrelsen\n\nTisdag den 3 mars. Närvarande Vera Holmqvist, Elis Brandt och Tyra Lundgren diskuterade budgeten.",
    ],
  ])("keeps %s as text", (_, text) => {
    expect(detectGenre(text)).toBe("text");
  });
});

describe("a press text's meeting", () => {
  it("is the day opening the sentence before its verb and body, not the coming meeting named after it", () => {
    const text = [
      "Fullmäktige har börjat",
      "",
      "Publicerat 9 oktober, 2019",
      "",
      "Den 8 oktober sammanträdde nyvalda kommunfullmäktige för första gången. På sammanträdet valdes ett presidium.",
      "",
      "Valen till nämnderna ska göras på kommunfullmäktiges sammanträde den 25 november.",
    ].join("\n");
    expect(meetingLabels(proseGraph("nyhet.txt", text))).toEqual(["2019-10-08 Kommunfullmäktige"]);
  });

  it("is the day of a heading line of the body, with the body deciding below it", () => {
    const text = ["Ny styrelse vald", "", "Regionfullmäktige 3 maj 2017", "", "Regionfullmäktige valde Alma Ruud (S) till regionstyrelsens ordförande."].join(
      "\n",
    );
    expect(meetingLabels(proseGraph("nyhet.txt", text))).toEqual(["2017-05-03 Regionfullmäktige"]);
    // A schedule's line has no decision under it.
    expect(meetingLabels(proseGraph("nyhet.txt", text.replace("valde Alma Ruud (S) till", "har nu en ny")))).toEqual([]);
  });
});
