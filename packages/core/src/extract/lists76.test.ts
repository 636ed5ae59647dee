/**
 * Field-a-line lists (session 76): a reserve's mark glued after its abbreviation's dot (`X (C) tjg.ersättare`) seats a
 * serving reserve; a staff row's title runs on to the line's end in its unit's capitalised words (`t.f avd.chef Skog
 * och Mark`). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";
import { graphOf as proseGraph, heldRoles } from "../../../../test/helpers/prose";

const roll = `Direktionens protokoll\n\nProtokoll från direktionens sammanträde den 3 maj 2021.\n\nStora salen, Åby kommunhus, kl 09.00—11.00.\n\nBeslutande:\n\nPer Ek (M)\n\nKim Dahl (V) tjg.ers §12\n\nOlle Berg (-) tjg.ersättare\n\nEva Lind (S) ordf.\n\nAnna Sjö (C) tjg.ersättare\n\nUno Ahl (C)\n\nEj tjänstgörande\n\nRut Alm (S)\n\nNils Sten (M)\n\nDeltagande:\n\nLisa Rahm, sekreterare\n\nUtses att justera:\n\nPer Ek (M)\n`;

describe("field-a-line lists", () => {
  it("reads `X (C) tjg.ersättare` as a reserve serving", () => {
    const g = graphOf(roll);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Olle Berg: substitute", "Anna Sjö: substitute", "Kim Dahl: substitute"]));
    expect(roles(g)).toEqual(expect.arrayContaining(["Olle Berg: tjg.ersättare", "Anna Sjö: tjg.ersättare"]));
    expect(roles(g)).not.toContain("Olle Berg: ledamot");
  });

  it("reads the capitalised words after a staff row's title to its line's end as the title's unit, no municipality of their first", () => {
    const text = roll
      .replace("Ej tjänstgörande\n\nRut Alm (S)\n\nNils Sten (M)\n\n", "")
      .replace(
        "Lisa Rahm, sekreterare\n",
        "Lisa Rahm, sekreterare\n\nIda Wall, t.f avd.chef Skog och Mark\n\nJan Roos, miljöinspektör Vatten & Avlopp\n\nMaj Lund, enhetschef Trygg uppväxt\n\nAli Nord, kommunchef Borås\n",
      );
    const held = heldRoles(proseGraph("p.txt", text));
    expect(held).toEqual(
      expect.arrayContaining(["Ida Wall: chef @ Skog och Mark", "Jan Roos: miljöinspektör @ Vatten & Avlopp", "Maj Lund: enhetschef @ Trygg uppväxt"]),
    );
    expect(held).toContain("Ali Nord: kommundirektör @ Borås");
    expect(held.filter((r) => r.endsWith("@ Skog"))).toEqual([]);
  });
});
