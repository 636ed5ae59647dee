/**
 * Round 70's signature readings (invented names in the layout of a council's minutes flattened from PDF): the block's
 * labels run first, the justering's value among them (`Sekreterare Eva Ek och Per Holm Kansliet kl Ordförande
 * Justerare…`), then the signers' names in the labels' order, each over its dotted line (`01-protocol.ts` `closeSigned`);
 * a roll's entries `Name, <title>, <Org>` whose title is written in capitals (`VD`); and `Name, <locality>, (<party>` with a
 * parenthesis that never closes, the locality no municipality.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, parties, roles } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const minutes = (block: string) =>
  "Kommunfullmäktige Sammanträdesdatum 2013-02-18 1 Tid och plats, 19:00 i Norrvikskyrkan ande Ledamöter Tjänstgörande ersättare Ersättare " +
  "Gunnel Åberg (M) Stig Hallqvist (M) Birgitta Sand (S) Tore Lindahl (S) Övriga Justering Justerare Plats och tid Justerade paragrafer " +
  `Underskrifter ${block}\n\n§ 1 Val av justerare\n`;
const signing = (g: ReturnType<typeof graphOf>) => roles(g).filter((r) => !r.endsWith(": ledamot"));

describe("labels in one run with the adjusters named among them, the signers after", () => {
  it("pairs the labels with the names after them in order, the adjusters' label taking the rest", () => {
    const g = graphOf(
      minutes(
        "Sekreterare Gunnel Åberg och Tore Lindahl Kansliet kl Ordförande Justerare... Örjan Wessel... Birgitta Sand (S)... Gunnel Åberg (M) Tore Lindahl (S)",
      ),
    );
    expect(chairs(g)).toEqual(["Birgitta Sand"]);
    expect(signing(g)).toEqual(["Birgitta Sand: ordförande", "Gunnel Åberg: justerare", "Tore Lindahl: justerare", "Örjan Wessel: sekreterare"]);
  });
  it("but each label before its name keeps its name", () => {
    const g = graphOf(minutes("Sekreterare Örjan Wessel Ordförande Birgitta Sand (S) Justerare Gunnel Åberg (M) Tore Lindahl (S)"));
    expect(chairs(g)).toEqual(["Birgitta Sand"]);
    expect(signing(g)).toEqual(["Birgitta Sand: ordförande", "Gunnel Åberg: justerare", "Tore Lindahl: justerare", "Örjan Wessel: sekreterare"]);
  });
});

describe("a roll's entry `Name, VD, Org` beside `Name, platschef, Org`", () => {
  it("reads the capitals as the title held in that organisation, no member's seat", () => {
    const g = graphOf(
      "Tillgänglighetsrådet 1 (4) Plats och tid Skogsmuseet, Ekbacken Måndag den 4 maj 2015, kl 13.00 Närvarande Övriga Karin Ödman, SN, ordförande " +
        "Bengt Roos, BN Olle Brandt, VD, Skogsmuseet AB Tova Lind, platschef, Skogsmuseet AB Sven Ahl, SRF\n\n§ 1 Mötets öppnande\n",
    );
    expect(heldRoles(g).filter((r) => /^(Olle|Tova)/.test(r) && r.includes("@"))).toEqual([
      "Olle Brandt: vd @ Skogsmuseet AB",
      "Tova Lind: platschef @ Skogsmuseet AB",
    ]);
    expect(roles(g)).not.toContain("Olle Brandt: ledamot");
  });
});

describe("a roll's entry `Name, Place, (party` typed with the parenthesis never closed", () => {
  it("keeps the party after a locality that is no municipality, as after one that is", () => {
    const g = graphOf(
      "1 1(9) Plats och tid Beslutande Kontorshuset, Storgatan 3, Umeå Bo Ek, Lycksele, (s, ordförande Lars Holm, Norsjö, (m " +
        "Jan Ros, Gruvbyn, (v Tor Alm, Vilhelmina, (s Övriga deltagande Kim Lund, kansliet\n\n§ 1 Val av justerare\n",
    );
    expect(parties(g)).toEqual(["Bo Ek: Socialdemokraterna", "Jan Ros: Vänsterpartiet", "Lars Holm: Moderaterna", "Tor Alm: Socialdemokraterna"]);
  });
});
