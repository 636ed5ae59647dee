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

describe("chairs in turn signing under one label", () => {
  const g = graphOf(
    "Kommunstyrelsen\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Ledamöter Eva Ek (C), ordförande 70-71, 73-78 Per Holm (M), ordförande del av 72 Kim Ahl (S), ordförande del av 72 " +
      "Lena Dahl (M) Tor Ek (S)\n\nÖvriga deltagare Eva Strand, kommunsekreterare\n\n" +
      "Underskrifter Sekreterare Eva Strand Ordförande Eva Ek Per Holm... Kim Ahl Justerare Lena Dahl\n\n" +
      "§ 70\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("reads each name the roll lists as `ordförande` as a chair", () => {
    expect(chairs(g)).toEqual(["Eva Ek", "Kim Ahl", "Per Holm"]);
    expect(roles(g)).toContain("Lena Dahl: justerare");
  });
});
