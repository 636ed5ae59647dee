/**
 * Reported meetings (round 74, invented names and places): a council's sitting told by its weekday's genitive, a
 * definite adjective and the body itself as the meeting's noun (`Vid måndagens extra kommunfullmäktige fattades beslut
 * …`), on that weekday of the page's week; the body's turn to sit told after the day (`I går, onsdag, var det dags för
 * det nyvalda kommunfullmäktige att sammanträda`), that day, or in an undated text a sitting of that weekday; a body
 * only mentioned makes none.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a council's sitting told by its weekday and the body alone", () => {
  it("is the body's sitting on that weekday before the page's day", () => {
    const text = `Nytt styre i Ekby kommun

14 mars 2024

Vid tisdagens extra kommunfullmäktige fattades beslut om ett nytt styre i Ekby kommun. Till kommunstyrelsens ordförande valdes Ada Lindkvist (C).
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2024-03-12 Kommunfullmäktige"]);
  });

  it("is none where the body is only mentioned", () => {
    const text = `Nytt styre i Ekby kommun

14 mars 2024

Efter tisdagens besked står det klart att kommunfullmäktige får ett nytt styre. Till kommunstyrelsens ordförande valdes Ada Lindkvist (C).
`;
    expect(meetingLabels(graphOf(text))).toEqual([]);
  });
});

describe("a council's turn to sit, told after its day", () => {
  const told = (day: string) => `Nytt presidium i Ekby

${day}var det dags för det nyvalda kommunfullmäktige att sammanträda för första gången. Ada Lindkvist (C) fick förtroendet att leda fullmäktige i Ekby.
`;

  it("is the sitting of the day before the page's", () => {
    expect(meetingLabels(graphOf(`Publicerad 14 mars 2024\n\n${told("I går, onsdag, så ")}`))).toEqual(["2024-03-13 Kommunfullmäktige"]);
    expect(meetingLabels(graphOf(`Publicerad 14 mars 2024\n\n${told("I går ")}`))).toEqual(["2024-03-13 Kommunfullmäktige"]);
  });

  it("is that weekday's sitting in an undated text", () => {
    expect(meetingLabels(graphOf(told("Igår, onsdag, så ")))).toEqual(["Kommunfullmäktige (onsdagen)"]);
  });

  it("is none with no day, or told as to come", () => {
    expect(meetingLabels(graphOf(`Publicerad 14 mars 2024\n\n${told("Efter valet ")}`))).toEqual([]);
    expect(meetingLabels(graphOf(`Publicerad 14 mars 2024\n\n${told("I morgon är det dags för kommunfullmäktige att sammanträda. Sedan ")}`))).toEqual([]);
  });
});
