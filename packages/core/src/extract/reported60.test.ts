/**
 * Reported meetings (session 60): a press text whose day stands between the body and its verb and gives no year
 * (`när fullmäktige den 12 oktober sammanträdde`), and a notice summoning a body (`… i Ekby kallas att sammanträda`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a reported meeting told with its day before the verb, or summoned", () => {
  it("makes a meeting titled with its day where the text gives no year (`Kommunfullmäktige (12 oktober)`)", () => {
    const text = `Fullmäktiges nya presidium

När det nya kommunfullmäktige den 12 oktober sammanträdde för första gången var salen full. Till ordförande valdes Ada Berg (C).
`;
    expect(meetingLabels(graphOf(text))).toEqual(["Kommunfullmäktige (12 oktober)"]);
  });

  it("makes a meeting told by its weekday only, titled with it (`på regionfullmäktiges möte under tisdagen valdes`)", () => {
    const text = `Nya regionråd i Ekregionen

På regionfullmäktiges möte under tisdagen valdes fem regionråd. Under mötet utsågs Ola Ek (MP) till regionråd.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["Regionfullmäktige (tisdagen)"]);
  });

  it("dates a body's summons by the day later in the sentence (`kallas att sammanträda i Salen, måndagen den …`)", () => {
    const text = `Kommunfullmäktige sammanträder

Kommunfullmäktige i Ekby kallas att sammanträda i Ekesalen i stadshuset, måndagen den 14 mars 2022 klockan 18.00.

Interpellation från Ola Ek (M) till kommunstyrelsens ordförande.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2022-03-14 Kommunfullmäktige"]);
  });
});
