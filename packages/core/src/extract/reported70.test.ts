/**
 * Reported meetings (round 70, invented names and places): a sitting told `hölls det första <body>` dated in the year
 * its term starts; a party's council group that `hade … sitt konstituerande sammanträde` on a page of no year, an
 * undated meeting of the group.
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a reported sitting", () => {
  it("reads `hölls det första <body>` and dates it in the term's first year, not a later year in the text", () => {
    const text = `Första fullmäktige i Ekby

Den 14 oktober hölls det första kommunfullmäktige för mandatperioden 2018–2022. Ada Lindkvist (C) valdes till ordförande för kommunstyrelsen.

Fullmäktige beslutade också om en ny nämndorganisation från och med den 1 januari 2019.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2018-10-14 Kommunfullmäktige"]);
  });

  it("makes an undated meeting of a party's council group that had its constituent sitting on a day of no year", () => {
    const text = `Ny gruppledning för Liberalerna i Ekby

Tisdagen den 12 mars hade fullmäktigegruppen för den nya perioden sitt konstituerande sammanträde. Bo Ek valdes till gruppledare.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["Fullmäktigegruppen (12 mars)"]);
  });
});
