/**
 * Reported meetings (round 74, invented names and places): a council's sitting told by its weekday's genitive, a
 * definite adjective and the body itself as the meeting's noun (`Vid måndagens extra kommunfullmäktige fattades beslut
 * …`), on that weekday of the page's week; a body only mentioned makes none.
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
