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

describe("officials' rows with their items in a column beside the adjusters' label", () => {
  const g = graphOf(
    "Kommunstyrelsen\n\nProtokoll\n\nSammanträdesdatum 2019-03-12\n\nPlats och tid Lindsalen, Rådhuset Klockan 13:00-15:00\n\n" +
      "Beslutande Eva Ek (C), ordförande Lena Dahl (M) Tor Ek (S) Siv Lund (S)\n\n" +
      "Övriga närvarande Utses att justera Justeringens plats och tid Ola Ros, kommundirektör Maja Berg, kommunsekreterare " +
      "Kim Sand, ekonomichef, 12 Bo Alm, hembygdsvårdare, 13 Ulf Sten, planchef, 12, 14 Gun Hed, folkbildande ombud, 14 " +
      "Siv Lund Stadshuset 2019-03-15\n\n" +
      "Underskrifter Sekreterare Maja Berg Ordförande Eva Ek Justerare Siv Lund\n\n" +
      "§ 12\n\nBudget för året\n\nNämnden beslutar att godkänna budgeten.\n",
  );

  it("reads a row whose title the lexicon lacks as an official's, no adjuster", () => {
    expect(roles(g).filter((r) => r.endsWith(": justerare"))).toEqual(["Siv Lund: justerare"]);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Bo Alm: staff", "Gun Hed: staff"]));
  });
});
