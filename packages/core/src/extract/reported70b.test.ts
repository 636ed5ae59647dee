/**
 * Reported meetings (round 70, invented names and places): a webcast's record of a sitting, a line of the body and its
 * day with the sitting's opening items alone on their lines under it, is that day's meeting even where the only
 * decision is told in the present far below; a notice of a coming sitting with the same items is none.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, meetingLabels } from "../../../../test/helpers/prose";

const record = (head: string, date: string) => `Spela upp
00:00

1. Inledning

${head}Stadsfullmäktige ${date}

Inledande formalia (inleds klockan 10:00)

Mötets öppnande

Upprop

Val av justerare

Beslutsärende

1. Avsägelser från stadsfullmäktige (klockan 10:05)

Följande personer har avsagt sig uppdraget i stadsfullmäktige: Ragnar Lindholm (M) Ekby, Siv Ahlgren (S) Vallby.

Beslut: Stadsfullmäktige godkänner avsägelserna och begär en ny sammanräkning.

Publicerad
onsdag ${date}
`;

describe("a sitting's record under a line of the body and its day", () => {
  it("is that day's meeting of the body, which nobody is said to attend", () => {
    const g = graphOf("webbsida.txt", record("", "8 maj 2024"));
    expect(meetingLabels(g)).toEqual(["2024-05-08 Stadsfullmäktige"]);
    expect(edges(g, "attended")).toEqual([]);
  });

  it("is no meeting where the head summons the body to a coming sitting", () => {
    expect(meetingLabels(graphOf("webbsida.txt", record("Kallelse\n\n", "8 maj 2024")))).toEqual([]);
  });
});
