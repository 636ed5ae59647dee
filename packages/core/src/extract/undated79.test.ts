/**
 * Round 79's titles of undated minutes (`bodyMeetingRef`, `protocolMeeting` in 04-protocol.ts): where the minutes give
 * both the room they sat in and their town (a later page's running head), the title keeps both
 * (`Kommunstyrelsen (Lärksalen), Habo`), and minutes that name no body are a sitting there (`Sammanträde (Lärksalen),
 * Habo`), not the document's kind; a dated meeting's title stays the body's and the town's. A column's heading right
 * after the place's label is no place. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels, meetings } from "../../../../test/helpers/prose";

const minutes = (title: string, date = "", pages = true) =>
  [
    `${title} Sammanträdesprotokoll 1 (4) ${date}Plats och tid Lärksalen, kommunhuset kl 18.00-20.00 Beslutande Eva Ek (S), ordförande ` +
      "Per Holm (M) Kim Ahl (C) Bo Lind (S) Övriga närvarande Lisa Ås, sekreterare Utses att justera Per Holm Underskrifter " +
      "Sekreterare Lisa Ås Paragrafer 1-4 Ordförande Eva Ek Justerande Per Holm",
    ...(pages
      ? ["HABO KOMMUN Sammanträdesprotokoll Sida 2(4) 1 Val av justerare Per Holm utses.", "HABO KOMMUN Sammanträdesprotokoll Sida 3(4) 2 Budget Godkänns."]
      : []),
  ].join("\n");

describe("undated minutes with a room and a town", () => {
  it("a body's meeting keeps both: `Kommunstyrelsen (Lärksalen), Habo`", () => {
    expect(meetingLabels(graphOf(minutes("Kommunstyrelsen")))).toEqual(["Kommunstyrelsen (Lärksalen), Habo"]);
  });
  it("minutes that name no body: a sitting in the room and the town, not `Sammanträdesprotokoll`", () => {
    expect(meetingLabels(graphOf(minutes("")))).toEqual(["Sammanträde (Lärksalen), Habo"]);
  });
  it("with no town, the document's kind and the room as before", () => {
    expect(meetingLabels(graphOf(minutes("", "", false)))).toEqual(["Sammanträdesprotokoll (Lärksalen)"]);
  });
  it("a dated meeting's title is the body's and the town's", () => {
    expect(meetingLabels(graphOf(minutes("Kommunstyrelsen", "Sammanträdesdatum 2031-03-04 ")))).toEqual(["2031-03-04 Kommunstyrelsen, Habo"]);
  });
});

describe("a column's heading right after the place's label", () => {
  it("is no place, nor a room of the title (`Plats och tid Närvarande Ledamöter …`)", () => {
    const text =
      "Kommunstyrelsen Sammanträdesprotokoll 1 (4) Plats och tid Närvarande Ledamöter Eva Ek (S), ordförande Per Holm (M) Kim Ahl (C) " +
      "Utses att justera Per Holm Underskrifter Sekreterare Lisa Ås Ordförande Eva Ek Justerande Per Holm\n" +
      "HABO KOMMUN Sammanträdesprotokoll Sida 2(4) 1 Val av justerare Per Holm utses.";
    expect(meetings(graphOf(text))).toEqual(["Kommunstyrelsen, Habo @ -"]);
  });
});
