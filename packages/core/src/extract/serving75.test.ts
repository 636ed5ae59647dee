/**
 * Round 75's serving reserves (invented names in the layout of minutes flattened from PDF): a reserve written
 * `tjänstgörande ersättare för X` keeps the seat as written, not the bare `ersättare` of its phrase of replacing
 * (`01-protocol.ts`, the header walk's replaces branch).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a serving reserve's seat written before the member replaced", () => {
  const g = graphOf(
    "Byggnadsnämnden\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Ledamöter Bo Lindqvist (S), ordförande Per Holm (L) Anna Berg (S) Kim Sjöberg (S) Lena Dahl (M)\n\n" +
      "Tjänstgörande ersättare Tor Ek (C), tjänstgörande ersättare för Ulf Nyman (C) Siv Alm (S), tjänstgörande ersättare för Åke Lund (S)\n\n" +
      "Övriga deltagare Eva Strand, nämndsekreterare\n\n§ 5\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("keeps `tjänstgörande ersättare` as each one's seat", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Tor Ek: tjänstgörande ersättare", "Siv Alm: tjänstgörande ersättare"]));
    expect(roles(g)).not.toContain("Tor Ek: ersättare");
  });

  it("still reads the members replaced as away", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Tor Ek: substitute", "Siv Alm: substitute"]));
    expect(attendees(g).some((a) => a.startsWith("Ulf Nyman") || a.startsWith("Åke Lund"))).toBe(false);
  });
});

describe("a reserve serving for a member for some items only", () => {
  const g = graphOf(
    "Kommunstyrelsen\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Ledamöter Eva Ek (C), ordförande Siv Berg (S), del av 72 Per Holm (M) Kim Ahl (S) Lena Dahl (M)\n\n" +
      "Tjänstgörande ersättare Bo Lind (M), tjänstgörande ersättare för Tor Sund (M) Ola Ek (S), tjänstgörande ersättare för Siv Berg (S), del av 72\n\n" +
      "Övriga deltagare Eva Strand, kommunsekreterare\n\n§ 70\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("keeps the member replaced for those items, with a row of her own, present", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Siv Berg: member", "Ola Ek: substitute", "Bo Lind: substitute"]));
    expect(roles(g)).toEqual(expect.arrayContaining(["Siv Berg: ledamot", "Ola Ek: tjänstgörande ersättare"]));
  });

  it("still reads a member replaced for the whole meeting as away", () => {
    expect(attendees(g).some((a) => a.startsWith("Tor Sund"))).toBe(false);
  });
});
