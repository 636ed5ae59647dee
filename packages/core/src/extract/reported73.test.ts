/**
 * Reported meetings (round 73, invented names and places): a press page telling a council's opening sitting by who
 * presided over it, with no day (`Eva Ek (S) öppnade fullmäktige i egenskap av ålderspresident … lämnade hon över
 * ordförandeklubban till Per Holm (M)`), is that council's sitting, titled as an undated one is, and both chaired it; a
 * page naming the council's chair with no one presiding makes none.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, meetingLabels } from "../../../../test/helpers/prose";

const OPENING = `Ny ordförande i Ekby kommunfullmäktige

Det bjöds inte på några överraskningar när det nya fullmäktige samlades. Kim Ahl (C) valdes till kommunstyrelsens ordförande och Per Holm (M) till fullmäktiges ordförande.

Eva Ek (S) öppnade fullmäktige i egenskap av ålderspresident, den som suttit längst i fullmäktige. Efter att ett presidium valts lämnade hon över ordförandeklubban till Per Holm (M) som fortsätter som ordförande. Därefter valdes kommunstyrelsen utan votering.
`;

describe("an undated council sitting told by who presided", () => {
  it("is the council's sitting, chaired by its opener and the gavel's taker", () => {
    const g = graphOf("nyhet.txt", OPENING);
    expect(meetingLabels(g)).toEqual(["Kommunfullmäktige"]);
    expect(edges(g, "chaired")).toEqual(["chaired Eva Ek -> Kommunfullmäktige", "chaired Per Holm -> Kommunfullmäktige"]);
  });

  it("is none where no one is said to have presided", () => {
    const text = `Ny ordförande i Ekby kommunfullmäktige

Kim Ahl (C) valdes till kommunstyrelsens ordförande och Per Holm (M) till fullmäktiges ordförande. Eva Ek (S) lämnar fullmäktige efter tolv år.
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual([]);
  });
});
