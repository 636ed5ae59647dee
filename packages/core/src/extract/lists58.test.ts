/**
 * A PDF protocol's fields one a line (01-lists.ts): bare lower-case party letters between commas, a role after the
 * party letters with no comma, and a signature block's names on one line over their labels on the next, no names of the field above. Invented names
 * and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, parties, roles } from "../../../../test/helpers/minutes";

const text =
  "Tid: kl 13:00 - 15:00\n\nPlats: Sal Björken, Stadshuset, Norrvik\n\nLedamöter: Ada Berg, m, ordförande\n\nOla Ekström, m vice ordförande Eva Alm, v\n\nKim Lund, kd\n\nTjänstgörande ersättare Per Sand, c\n\nÖvriga: Gun Holm planchef\n\nMats Ring nämndsekreterare\n\nJusteringsdag: 2020-05-12\n\nParagrafer: § 4 - 9\n\nJusterare: Eva Alm\n\nMats Ring Ada Berg Eva Alm\n\nsekreterare ordförande justerare\n\nANSLAGSBEVIS\n\nOrgan Tekniska nämnden\n\nSammanträdesdatum 2020-05-05\n\n§ 4 Delgivningar\n";

describe("a field a line with bare lower-case party letters (`Ada Berg, m, ordförande` / `Ola Ek, m vice ordförande Eva Al, v`)", () => {
  const g = graphOf(text);
  it("the letters between commas, or before a role with no comma, are the name's party", () => {
    expect(parties(g)).toEqual([
      "Ada Berg: Moderaterna",
      "Eva Alm: Vänsterpartiet",
      "Kim Lund: Kristdemokraterna",
      "Ola Ekström: Moderaterna",
      "Per Sand: Centerpartiet",
    ]);
  });
  it("the role after the party letters is the name's before, not lost before the next name", () => {
    expect(roles(g)).toContain("Ola Ekström: vice ordförande");
  });
  it("the justerare field does not run on into the names over the labels line (`Mats Ring Ada Berg Eva Alm` / `sekreterare ordförande justerare`)", () => {
    const justerare = new Set(roles(g).filter((r) => r.endsWith(": justerare")));
    expect([...justerare]).toEqual(["Eva Alm: justerare"]);
    expect(roles(g)).toContain("Ada Berg: ordförande");
  });
});
