/**
 * Round 43's meetings and their bodies (invented names and texts): a contents heading's item that names another body
 * (`04-protocol.ts` `ownDecisions`); an association's board named head first in a title in capitals (`associationBoard`); the place
 * after labels stacked before their values (`meetingPlace`); the short form items are numbered under
 * (`itemLabelBody`); the chair who opened the meeting named by the given name alone (`openingChair`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { edges, meetingLabels, meetings } from "../../../../test/helpers/prose";
import { personRoles } from "../../../../test/helpers/roles";

describe("an item listed under a contents heading of the body that decides it", () => {
  it("names no organ: the minutes are the body a later heading says decides its own", () => {
    const text = [
      "INNEHÅLL 1 [1] BESLUTAS AV KOMMUNFULLMÄKTIGE 41 Nytt reglemente för kommunala rådet för landsbygdsfrågor 42 Svar på motion om gatubelysning BESLUTAS AV KOMMUNSTYRELSEN 43 Anmälan av delegationsbeslut",
      "2 SAMMANTRÄDESPROTOKOLL 1[14] Plats och tid Kommunhuset, kl 15:00-16:30 Beslutande Se bilaga Övriga deltagande Jon Albrektsson (kommunchef) Utses att justera Hilda Ranmark (C) Sekreterare Paragrafer Vera Tollin Ordförande Sixten Hagberg (S) Justerare Hilda Ranmark (C)",
    ].join("\n");
    expect(meetingLabels(graphOf(text))).toEqual(["Kommunstyrelsen (Kommunhuset)"]);
  });
});

describe("an association named head first whose board's meeting the title names", () => {
  const text = (title: string) =>
    [
      `1 ${title} ONSDAGEN DEN 9 APRIL 2014`,
      "2 Datum: Onsdagen den 9 april 2014 Plats: Bygdegården, Närvarande ledamöter: Stina Vallgren, Kalmar, ordförande Arne Hed, Växjö, viceordförande Närvarande tjänstemän: Lisa Brodd, mötessekreterare",
    ].join("\n");
  it.each([["PROTOKOLL FÖRT VID FÖRENINGEN MYRLANDETS STYRELSEMÖTE"], ["Protokoll fört vid Föreningen Myrlandets styrelsemöte"]])(
    "is the board: %s",
    (title) => {
      const g = graphOf(text(title));
      expect(meetingLabels(g)).toEqual(["2014-04-09 Föreningen Myrlandets styrelse"]);
      expect(personRoles(g)).toEqual(
        expect.arrayContaining(["Stina Vallgren: ordförande @ Föreningen Myrlandets styrelse", "Lisa Brodd: sekreterare @ Föreningen Myrlandets styrelse"]),
      );
    },
  );
});

describe("the place of a header whose labels stand before their values", () => {
  it("is the first value, after the time, up to the first name listed", () => {
    const text = [
      "Ungdomsrådet 1(7) Plats och tid Beslutande 18:30, Stora salen, Medborgarhuset Ekby Ines Falkman, Otto Brandin, Maj Rydell Övriga närvarande Kim Sjöberg Justerare Justeringens datum, plats och tid 2022-05-10 kommunhuset Underskrifter Sekreterare Paragrafer: 3-8 Otto Brandin Ordförande Ines Falkman Justerare Maj Rydell",
      "2(7) Närvaro- och omröstningslista När- Ordinarie ledamöter varo Ines Falkman X Otto Brandin X Maj Rydell X",
    ].join("\n");
    expect(meetings(graphOf(text))).toEqual(["Ungdomsrådet (Stora salen) @ Stora salen, Medborgarhuset Ekby"]);
  });
});

describe("minutes that name their body only by the short form its items are numbered under", () => {
  it("are that body's, not the shared page's title", () => {
    const text = [
      "Se närvarolista på sidan två. Se närvarolista på sidan två.",
      "",
      "Transkript",
      "",
      "1 1/9 Plats och tid Lövsalen, Ekby, kl Paragrafer 1-4 Beslutande Se närvarolista på sidan två. Utses att justera Mira Tjäder (S) Underskrifter Sekreterare... Alva Rimberg Ordförande... Kasper Ulvhed (M) Justerande... Mira Tjäder (S)",
      "2 2/9 Närvarolista Beslutande Kasper Ulvhed (M), Lina Forsmark (M) Mira Tjäder (S) Övriga Alva Rimberg, sekreterare",
      "3 3/9 MHN 1 Föredragningslista Beslut Nämnden godkänner föredragningslistan.",
    ].join("\n");
    expect(meetingLabels(graphOf(text))).toEqual(["MHN (Lövsalen)"]);
  });
});

describe("the chair who opened the meeting, named by the given name alone", () => {
  const text = (opener: string) =>
    [
      "Protokoll från styrelsemöte 5 maj 2017 i Föreningen Östervik",
      "Närvarande: Saga Lindell, Föreningen Östervik, Hugo Rask, Saga Brunberg, Ebba Kvist",
      `1. ${opener} öppnade mötet och hälsade samtliga välkomna.`,
      "2. Ebba Kvist utsågs att justera dagens protokoll.",
    ].join("\n");
  it.each([
    ["Hugo", ["chaired Hugo Rask -> 2017-05-05 Styrelsen i Föreningen Östervik"]],
    // Two listed people have that given name: neither is read.
    ["Saga", []],
  ])("%s", (opener, chaired) => {
    expect(edges(graphOf(text(opener)), "chaired")).toEqual(chaired);
  });
});
