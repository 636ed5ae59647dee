/**
 * Round 54's minutes of a council's meetings (04-protocol.ts), invented names and places in the layouts of real
 * minutes: the meeting's officers chosen by their given names alone (`Till att leda mötet utsågs Eva samt till att
 * skriva protokoll Per`); the body its title says it met with (`Protokoll fört vid möte med <Body>`), not the first
 * organisation of the column printed after the names.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

const COUNCIL = [
  "Protokoll fört vid möte med Norrå samverkansgrupp , Ekgårdens konferens, Bystad Närvarande; Tilda Runmark Oskar Hedlund Vera Sundin Arne Lövgren 1 Val av ordförande och sekreterare för mötet Arne hälsade välkommen och öppnade mötet Till att leda mötet utsågs Vera samt till att skriva protokoll Oskar 2 Fastställande av dagordning Dagordningen godkändes 3 Ekonomi Tilda meddelar att kassan är oförändrad.",
].join("\n");

describe("officers chosen by their given names", () => {
  it("reads `Till att leda mötet utsågs X samt till att skriva protokoll Y` as the chair and the secretary", () => {
    const g = graphOf(COUNCIL);
    expect(chairs(g)).toEqual(["Vera Sundin"]);
    // Not Tilda, named alone in a later item of the same run-on sentence.
    expect(roles(g)).toEqual(["Oskar Hedlund: sekreterare", "Vera Sundin: mötesordförande"]);
  });
});

const SHARED = [
  "Protokoll fört vid möte med Ekådalens vattennämnd , Ekgårdens konferens, Bystad",
  "",
  'Download "Protokoll fört vid möte med Ekådalens vattennämnd 20120314, Ekgårdens konferens, Bystad"',
  "",
  "Transkript",
  "",
  "1 Protokoll fört vid möte med Ekådalens vattennämnd , Ekgårdens konferens, Bystad Närvarande; Tilda Runmark Oskar Hedlund Vera Sundin Arne Lövgren Länsstyrelsen Vallby kommun Skogsbolaget Norrtuna kommun 1 Val av ordförande för mötet Arne hälsade välkommen och öppnade mötet. 2 Fastställande av dagordning Dagordningen godkändes.",
].join("\n");

describe("the body a title met with", () => {
  it("reads `Protokoll fört vid möte med <Body>` as the organ, not the organisations' column after the names", () => {
    expect(meetingLabels(graphOf(SHARED))).toEqual([expect.stringMatching(/Ekådalens vattennämnd/)]);
  });

  it("dates the meeting by eight digits after the body's name in the title (`… vattennämnd 20120314, Ekgården`)", () => {
    expect(meetingLabels(graphOf(SHARED))).toEqual([expect.stringMatching(/^2012-03-14 Ekådalens vattennämnd/)]);
  });
});

describe("a council named by the indefinite `råd` (`Ekådalens vattenråd`, `Regionalt Myrråd`)", () => {
  it("is the body a title met with, as a nämnd is", () => {
    expect(meetingLabels(graphOf(SHARED.replace(/vattennämnd/g, "vattenråd")))).toEqual([expect.stringMatching(/^2012-03-14 Ekådalens vattenråd/)]);
  });
});
