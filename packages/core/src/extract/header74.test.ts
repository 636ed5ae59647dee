/**
 * Round 74's header readings (invented names in the layouts of minutes flattened from PDF): a list of people broken by a
 * page whose footer holds the initials' box and the extract's certification (`(2) Justerandes sign Utdragsbestyrkande`)
 * goes on after it, in the field it broke (`01-protocol.ts`, the header walk's footer skip).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a staff run after a page's footer with no label left", () => {
  const g = graphOf(
    "Protokoll\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Beslutande Bo Lindqvist (S), ordförande Per Holm (L), 2:e vice ordförande Anna Berg (S)\n\nKim Sjöberg (S) Lena Dahl (M)\n\n" +
      "Ersättare Tor Ek (S), Ulla Nyman (V) och Siv Alm (SD) Insynsplats Åke Lund (SD), oppositionsråd\n\n" +
      "(2)\n\nJusterandes sign Utdragsbestyrkande\n\n" +
      "Maria Wikström, kulturchef biblioteken Hans Forsberg, kulturchef museerna\n\nKarin Nyberg Sund, utredare\n\nEva Strand, nämndsekreterare\n\n" +
      "(3)\n\nJusterandes sign Utdragsbestyrkande\n\n§ 12\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("reads the officials as present, each with the title written after the name", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Maria Wikström: other", "Hans Forsberg: other", "Karin Nyberg Sund: other", "Eva Strand: other"]));
    expect(roles(g)).toEqual(expect.arrayContaining(["Hans Forsberg: kulturchef museerna", "Eva Strand: nämndsekreterare"]));
  });
});
