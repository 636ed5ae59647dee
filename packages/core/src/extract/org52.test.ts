/**
 * Round 52's body that met (invented names and places in the layouts of minutes), read in `04-protocol.ts`: an
 * organisation that stands between two listed names on one line, with no comma (`Eva Ek Vallby kommun Per Holm
 * Skogsägareförbundet Lisa Berg …`, a column of members' organisations flattened), is the member's, not the body that
 * met nor its parent; and a body's name on its own line (`Sammanträdesprotokoll Kommunfullmäktige`) takes no word of
 * the next (`Plats och tid …`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels as meetings } from "../../../../test/helpers/prose";

describe("the body that met in a column of members' organisations", () => {
  it("does not take a member's organisation between two names on one line as the body that met", () => {
    const minutes = [
      "PROTOKOLL 1 (4) STYRELSEN FÖR TÅSJÖNS FISKEVÅRDSRÅD Närvarande Ledamöter: Kommunrepresentanter Algot Brandin Vallby kommun (ordf.) Sigrun Teleman Ekeby kommun (vice ordf.) Markägare Ture Fagerlind Markägareförbundet Företag/industrier Hedvig Sandros Tåsjö bruk Ideella föreningar Olov Reuterdahl Sportfiskeklubben",
      "Tid: 3 maj 2018 kl 10.00 Plats: Bygdegården i Vallby",
      "§ 1 Mötets öppnande",
      "Ordföranden öppnade mötet.",
    ].join("\n");
    expect(meetings(graphOf(minutes))).toEqual(["2018-05-03 Styrelsen för Tåsjöns fiskevårdsråd"]);
  });
});

describe("the body's name at a line's end", () => {
  it("does not run the body's name on into the next line's field (`Kommunfullmäktige` over `Plats och tid`)", () => {
    const minutes = [
      "Sammanträdesprotokoll Kommunfullmäktige",
      "Plats och tid Rådhussalen, Vallby, den 4 februari 2013, kl 18.00 Beslutande Gerd Almblad (S) Tor Ekwall (M) Övriga närvarande Siv Krantz, kommunsekreterare Utses att justera Tor Ekwall (M) Underskrifter Sekreterare Siv Krantz Ordförande Gerd Almblad Justerare Tor Ekwall",
    ].join("\n");
    expect(meetings(graphOf(minutes))).toEqual(["2013-02-04 Kommunfullmäktige"]);
  });
});
