/**
 * Round 75's header readings (invented names in the layouts of minutes flattened from PDF): a serving word before a seat
 * of the body (`X (L), tjänstgörande ordförande`) names an acting chair, not a serving reserve (`01-protocol.ts`, the
 * header walk's replaces branch).
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, roles } from "../../../../test/helpers/minutes";

describe("an acting chair written after the name's comma", () => {
  const g = graphOf(
    "Byggnadsnämnden\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Beslutande Per Holm (L), tjänstgörande ordförande Anna Berg (S) Kim Sjöberg (S) Lena Dahl (M) Tor Ek (C)\n\n" +
      "Övriga deltagare Eva Strand, nämndsekreterare\n\nUnderskrifter Sekreterare Eva Strand Ordförande Per Holm Justerare Kim Sjöberg\n\n" +
      "§ 5\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("holds `tjänstgörande ordförande` as a member who chairs, no reserve's seat", () => {
    expect(roles(g)).toContain("Per Holm: tjänstgörande ordförande");
    expect(roles(g)).not.toContain("Per Holm: tjänstgörande ersättare");
    expect(attendees(g)).toContain("Per Holm: member");
    expect(chairs(g)).toEqual(["Per Holm"]);
  });
});
