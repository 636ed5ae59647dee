/**
 * Reported meetings (round 68, invented names and places): a sitting opened by its weekday and day, the verb before the
 * body (`Onsdag 6 mars samlades kommunfullmäktige i Ekby`), dated in the page's year; a weekday after a past verb
 * (`Kommunfullmäktige sammanträdde på onsdagen`); and a weekday's sitting with the body after a determiner and its
 * adjective (`på onsdagens sammanträde med det nyvalda kommunfullmäktige`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a reported sitting told by its weekday", () => {
  it("dates a day opened by its weekday, the verb before the body, in the page's year", () => {
    const text = `Publicerad 8 mars 2024

Nytt presidium i Ekby

Onsdag 6 mars samlades kommunfullmäktige i Ekby för årets första sammanträde. Ada Lindkvist (C) valdes till ordförande.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2024-03-06 Kommunfullmäktige"]);
  });

  it("takes the weekday after a past verb, that week's in a dated text", () => {
    const text = `Publicerad 8 mars 2024

Nytt presidium i Ekby

Kommunfullmäktige sammanträdde på onsdagen. Ada Lindkvist (C) valdes till ordförande.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2024-03-06 Kommunfullmäktige"]);
  });

  it("makes no sitting of a body that will sit on a weekday (`sammanträder på onsdagen`)", () => {
    const text = `Publicerad 8 mars 2024

Nytt presidium i Ekby

Kommunfullmäktige sammanträder på onsdagen. Då väljs en ny ordförande.
`;
    expect(meetingLabels(graphOf(text))).toEqual([]);
  });

  it("ties a weekday's sitting to the body after a determiner and its adjective", () => {
    const text = `Publicerad 8 mars 2024

Nytt presidium i Ekby

Fullmäktiges presidium valdes på onsdagens sammanträde med det nyvalda kommunfullmäktige. Ada Lindkvist (C) valdes till ordförande.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2024-03-06 Kommunfullmäktige"]);
  });
});
