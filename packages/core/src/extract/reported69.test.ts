/**
 * Reported meetings (round 69, invented names and places): a sentence opened `På <body> den <day>`; a sitting the day
 * before a page's glued stamp, the body glued to the meeting's word (`Under gårdagens fullmäktigemöte`); the evening's
 * council in an undated text (`Vid kvällens kommunfullmäktige valdes …`); no meeting of a coming month's meeting nor of
 * the body elected at it; an agenda page headed by the day and the body's name.
 */
import { describe, expect, it } from "vitest";
import { attendees } from "../../../../test/helpers/minutes";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a reported sitting", () => {
  it("reads a sentence opened by `På` and the body, its day after it", () => {
    const text = `På kommunfullmäktige den 4 april 2023 utsågs Ada Lindkvist (c) till kommunstyrelsens ordförande. Hon kommer närmast från en tjänst i Ekby.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2023-04-04 Kommunfullmäktige"]);
  });

  it("dates yesterday's meeting, its body glued to the word, from the page's stamp", () => {
    const text = `12OKT2021

Nytt presidium i Ekby

Under gårdagens fullmäktigemöte stod det klart att två partier tar över styret. Under mötet valdes också fullmäktiges presidium.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-10-11 Fullmäktige"]);
  });

  it("titles the evening's council in an undated text by the evening, and makes no meeting of a coming month's", () => {
    const text = `Val i fullmäktige

Vid kvällens kommunfullmäktige valdes fullmäktiges presidium.

Ada Lindkvist, ordförande
Bo Ek, vice ordförande

Vid oktobermötet skall budgeten för 2024 fastställas och vid novembermötet väljs kommunstyrelsen.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["Kommunfullmäktige (kvällens)"]);
  });

  it("dates the evening's council by a dated page", () => {
    const text = `Publicerad 12 oktober 2021

Val i fullmäktige

Vid kvällens kommunfullmäktige valdes fullmäktiges presidium.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-10-12 Kommunfullmäktige"]);
  });

  it("takes no elected body for a month's meeting", () => {
    const text = `Kommunfullmäktige i Ekby

Publicerad 12 oktober 2021

Vid oktobermötet valdes kommunstyrelsen för de kommande åren.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-10 Kommunfullmäktige"]);
  });

  it("takes no year for a month's meeting from a budget's year", () => {
    const text = `Kommunfullmäktige i Ekby

Vid oktobermötet fastställde kommunfullmäktige budgeten för 2024.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual([]);
  });
});

describe("an agenda page headed by the day and the body", () => {
  const text = `Om samarbetet
Kontakt

2023-09-14 - Kustsamverkans arbetsutskott

2023-09-14

Kommunhuset, Lilla salen

Dagordning

1. Godkännande av dagordning

2. Minnesanteckningar från föregående möte

3. Kustens beredskap
    • Läget i skärgården / Ada Lindkvist, Ekby kommun
`;
  it("is that body's meeting on that day, its presenters not attending", () => {
    const g = graphOf("sida.txt", text);
    expect(meetingLabels(g)).toEqual(["2023-09-14 Kustsamverkans arbetsutskott"]);
    expect(attendees(g)).toEqual([]);
  });
});
