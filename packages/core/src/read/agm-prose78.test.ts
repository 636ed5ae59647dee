/**
 * Round 78: an association's annual-meeting minutes written as prose under `§ N.` headings, the meeting declared open
 * in the passive and its officers chosen in running sentences (`Till att leda dagens förhandlingar valdes X`, `Att
 * justera dagens protokoll valdes Y`), are minutes. Invented names and places.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";
import { detectGenre } from "./genre";

const AGM = [
  "Årsmöte 2016",
  "",
  "Avskrift av protokoll/Lena Berg:",
  "Årsmöte med föreningen ”Gamla Byn 1902” den 20 mars 2016.",
  "",
  "Mötet öppnas.",
  "Ordf. hälsade ung. 40 pers. välkomna till årsmötet. Därefter förklarades mötet öppnat.",
  "",
  "§ 1. Ordf. + sekr.",
  "Till att leda dagens förhandlingar valdes Nils Ekdahl med Maja Ekdahl som sekreterare.",
  "",
  "§ 2. Justeringsmän.",
  "Att justera dagens protokoll valdes Rut Sandberg, Åsen och Tore Sandberg, Bäcken.",
  "",
  "§ 3. Verksamhetsb.",
  "Verksamhetsberättelsen föredrogs och godkändes.",
].join("\n");

describe("an association's annual-meeting minutes in prose", () => {
  it("are minutes", () => {
    expect(detectGenre(AGM)).toBe("minutes");
  });

  it("make the dated meeting, which those chosen to adjust its minutes attend", () => {
    const g = graphOf(AGM);
    expect(meetingLabels(g)).toEqual(["2016-03-20 Årsmöte 2016"]);
    // The one chosen to lead it chairs and the one named beside as secretary keeps the minutes (round 67).
    expect(attendees(g)).toEqual(["Maja Ekdahl: secretary", "Nils Ekdahl: chair", "Rut Sandberg: adjuster", "Tore Sandberg: adjuster"]);
  });

  it("a press report that one was chosen to lead a meeting stays a text", () => {
    const text = "Föreningen Gamla Byn höll årsmöte i söndags. Till att leda dagens förhandlingar valdes Nils Ekdahl, som hälsade alla välkomna.";
    expect(detectGenre(text)).toBe("text");
  });
});
