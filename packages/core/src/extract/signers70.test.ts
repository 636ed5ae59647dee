/**
 * Round 70's signature readings (invented names in the layout of a council's minutes flattened from PDF): the block's
 * labels run first, the justering's value among them (`Sekreterare Eva Ek och Per Holm Kansliet kl Ordförande
 * Justerare…`), then the signers' names in the labels' order, each over its dotted line (`01-protocol.ts` `closeSigned`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";

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
