/**
 * Round 76's header readings (invented names in the layouts of minutes flattened from PDF): a second seat after the
 * first seat's items (`ordförande del av 72, ledamot 70-71`) is the same row's (`01-protocol.ts`, the header walk's roles).
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a second seat after the first seat's items", () => {
  const g = graphOf(
    "Kommunstyrelsen\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Ledamöter Eva Ek (C), ordförande 70-71, 73-78 Per Holm (M), ordförande del av 72, ledamot 70-71, 73-78 " +
      "Lena Dahl (M) Tor Ek (S)\n\nÖvriga deltagare Eva Strand, kommunsekreterare\n\n" +
      "Underskrifter Sekreterare Eva Strand Ordförande Eva Ek Per Holm Justerare Lena Dahl\n\n" +
      "§ 70\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("holds both seats", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Per Holm: ordförande", "Per Holm: ledamot", "Eva Ek: ordförande"]));
    expect(roles(g)).not.toContain("Lena Dahl: ordförande");
    expect(attendees(g)).toContain("Per Holm: member");
    expect(chairs(g)).toEqual(["Eva Ek", "Per Holm"]);
  });
});
