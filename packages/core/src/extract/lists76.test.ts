/**
 * Field-a-line lists (session 76): a reserve's mark glued after its abbreviation's dot (`X (C) tjg.ersättare`) seats a
 * serving reserve. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

const roll = `Direktionens protokoll\n\nProtokoll från direktionens sammanträde den 3 maj 2021.\n\nStora salen, Åby kommunhus, kl 09.00—11.00.\n\nBeslutande:\n\nPer Ek (M)\n\nKim Dahl (V) tjg.ers §12\n\nOlle Berg (-) tjg.ersättare\n\nEva Lind (S) ordf.\n\nAnna Sjö (C) tjg.ersättare\n\nUno Ahl (C)\n\nEj tjänstgörande\n\nRut Alm (S)\n\nNils Sten (M)\n\nDeltagande:\n\nLisa Rahm, sekreterare\n\nUtses att justera:\n\nPer Ek (M)\n`;

describe("field-a-line lists", () => {
  it("reads `X (C) tjg.ersättare` as a reserve serving", () => {
    const g = graphOf(roll);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Olle Berg: substitute", "Anna Sjö: substitute", "Kim Dahl: substitute"]));
    expect(roles(g)).toEqual(expect.arrayContaining(["Olle Berg: tjg.ersättare", "Anna Sjö: tjg.ersättare"]));
    expect(roles(g)).not.toContain("Olle Berg: ledamot");
  });
});
