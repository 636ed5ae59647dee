/**
 * Reported meetings (round 68, invented names and places): a weekday's sitting with the body after a determiner and
 * its adjective (`på onsdagens sammanträde med det nyvalda kommunfullmäktige`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a reported sitting told by its weekday", () => {
  it("ties a weekday's sitting to the body after a determiner and its adjective", () => {
    const text = `Publicerad 8 mars 2024

Nytt presidium i Ekby

Fullmäktiges presidium valdes på onsdagens sammanträde med det nyvalda kommunfullmäktige. Ada Lindkvist (C) valdes till ordförande.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2024-03-06 Kommunfullmäktige"]);
  });
});
