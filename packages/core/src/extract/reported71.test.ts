/**
 * Reported meetings (round 71, invented names and places): a press page headed by a body and its day over numbered
 * items with their decisions (`Ärende 1:` … `Beslut: enligt förslag`); a sentence opened by a day of no year, what
 * was done then, and closed by the meeting it was done at (`på KS-mötet`, `vid fullmäktiges möte`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a headline of a body and its day", () => {
  it("is that body's meeting that day over items each with its decision", () => {
    const text = `Gå direkt till huvudinnehållet

Regionstyrelsen 14 mars 2021

Publicerad: Uppdaterad:

Ärende 1:

Avgifter för 2022

Enligt ett förslag från majoriteten så beslutar regionstyrelsen att föreslå regionfullmäktige att behålla avgifterna.

Beslut: enligt förslag

Ärende 2:

Val till fastighetsutskottet

Till ledamöter i fastighetsutskottet valdes: Anna Berg (M) och Per Holm (C).
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-03-14 Regionstyrelsen"]);
  });

  it("is no meeting over items with no decision (a coming sitting's list)", () => {
    const text = `Regionstyrelsen 14 mars 2021

Ärende 1:

Avgifter för 2022

Förslaget ska behandlas av regionstyrelsen.

Ärende 2:

Val till fastighetsutskottet
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual([]);
  });
});

describe("a day opening a sentence closed by the meeting", () => {
  it("reads `<day> valdes … på <SHORT>-möte` as the body's meeting that day, in the page's year", () => {
    const text = `Nytt presidium i Ekby

14 mars valdes styrelsens ordförande och vice ordförande på KS-möte.

Lisa Ek (S) valdes till ordförande och Bo Ås (M) till vice ordförande.

Senast uppdaterad: 14 mars 2021
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-03-14 Kommunstyrelsen"]);
  });

  it("reads `Den <day> utsågs … vid <body>s möte` likewise", () => {
    const text = `Ny ordförande i Ekby

Den 3 maj utsågs Lisa Ek (S) till ny ordförande i byggnadsnämnden vid kommunfullmäktiges möte.

Senast uppdaterad: 4 maj 2021
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-05-03 Kommunfullmäktige"]);
  });

  it("keeps a meeting the decision is only sent on to (`beslutade … att lyfta frågan på KF-mötet`)", () => {
    const text = `Ny plan i Ekby

Den 3 maj beslutade nämnden att lyfta frågan på KF-mötet.

Senast uppdaterad: 4 maj 2021
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual([]);
  });
});
