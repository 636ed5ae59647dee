/**
 * Round 63's annual meetings of associations (invented names and texts): the association's chair who opened the
 * meeting, read as the chair's field (`Ordförande Karin Lund öppnade mötet`), did not chair it where the meeting chose
 * another to lead it (`04-protocol.ts`, the chair held back until the paragraphs are read).
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf } from "../../../../test/helpers/minutes";

const text = (elected: string) =>
  [
    "Årsmötesprotokoll 2016",
    "",
    "Västbygdens hembygdsförbund",
    "",
    "Protokoll från årsmöte 2016-04-24 på Ekby hembygdsgård",
    "",
    "Närvarande Närvarolista bifogas",
    "",
    "§1 Mötets öppnande",
    "Ordförande Karin Lund öppnade mötet och hälsade gästerna och övriga deltagare varmt välkomna.",
    "",
    "§3 Val av ordförande och sekreterare för mötet",
    `Till ordförande valdes ${elected} och till sekreterare Stina Wall.`,
    "",
    "§4 Val av två justerare tillika rösträknare",
    "Olof Nyberg och Anna-Lena Kvist valdes.",
  ].join("\n");

describe("an annual meeting opened by the association's chair", () => {
  it("is chaired by the one chosen to lead it, not by the opener, who attends", () => {
    const g = graphOf(text("Erik Boman"));
    expect(chairs(g)).toEqual(["Erik Boman"]);
    expect(attendees(g).map((a) => a.split(":")[0])).toContain("Karin Lund");
  });
  it("is chaired by the one chosen to lead the day's business (`Till att leda dagens förhandlingar valdes X`)", () => {
    const g = graphOf(
      text("Erik Boman").replace("Till ordförande valdes Erik Boman och till sekreterare Stina Wall.", "Till att leda dagens förhandlingar valdes Erik Boman."),
    );
    expect(chairs(g)).toEqual(["Erik Boman"]);
  });
  it("is chaired by the opener where the meeting chose the opener to lead it", () => {
    expect(chairs(graphOf(text("Karin Lund")))).toEqual(["Karin Lund"]);
  });
});
