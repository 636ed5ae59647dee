/**
 * Round 70's signature readings (invented names in the layout of a council's minutes flattened from PDF): the block's
 * labels run first, the justering's value among them (`Sekreterare Eva Ek och Per Holm Kansliet kl Ordförande
 * Justerare…`), then the signers' names in the labels' order, each over its dotted line (`01-protocol.ts` `closeSigned`);
 * and a roll's entries `Name, <title>, <Org>` whose title is written in capitals (`VD`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";
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
