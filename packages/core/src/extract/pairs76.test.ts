/**
 * Round 76's pairs of a member and her reserve (invented names in the layouts of minutes flattened from PDF): a bare
 * `ers` between two names with their parties (`X (S) ers Y (S)`) is Y serving in X's stead (`01-protocol.ts`, the header
 * walk and `reserves`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

const minutes = (roll: string, adjuster: string) =>
  graphOf(
    "Tekniska nämnden\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      `Beslutande ${roll}\n\nÖvriga deltagare Eva Strand, nämndsekreterare\n\n` +
      `Underskrifter Sekreterare Eva Strand Ordförande Anna Berg Justerare ${adjuster}\n\n` +
      "§ 5\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

describe("a member and her reserve joined by `ers`", () => {
  const g = minutes("Anna Berg (V) Kim Sjöberg (S) ers Lena Dahl (S) Tor Ek (S) ers. Maja Lund (S) Olof Nyström (M)", "Lena Dahl");

  it("reads the second as a serving reserve and the first as away", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Lena Dahl: substitute", "Maja Lund: substitute", "Olof Nyström: member"]));
    expect(attendees(g).filter((a) => /^(?:Kim Sjöberg|Tor Ek):/.test(a))).toEqual([]);
    expect(roles(g)).toContain("Lena Dahl: ersättare");
    expect(roles(g)).not.toContain("Kim Sjöberg: ledamot");
  });
});

describe("a member joined by `ers` who adjusts the minutes", () => {
  const g = minutes("Anna Berg (V) Kim Sjöberg (S) ers Lena Dahl (S) Olof Nyström (M)", "Kim Sjöberg");

  it("keeps her present", () => {
    expect(attendees(g)).toContain("Kim Sjöberg: member");
  });
});
