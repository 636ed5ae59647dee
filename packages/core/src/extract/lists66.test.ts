/**
 * Lines of a minutes' header (01-lists.ts): a staff line with two titles joined by `och` (`Sara Vik, HR-chef och
 * avdelningschef Service`) keeps both. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

const minutes = (staff: string) =>
  "Protokoll\nFörbundsdirektionen Ekby räddningstjänstförbund\nSammanträdesdatum 2019-03-14\nPlats och tid Brandstationen, Ekby, kl 09.00-11.00\n\n" +
  `Beslutande\nAnna Holm (S), ordförande\nPer Ekberg (M)\n\nÖvriga deltagare\nLars Strand, förbundschef\n${staff}\nKarin Dahl, ekonomichef\n\n` +
  "§ 1 Val av justerare\nDirektionen beslutar att utse Per Ekberg att justera protokollet.\n";

describe("staff lines", () => {
  it("keeps two titles joined by och after a name", () => {
    expect(roles(graphOf(minutes("Sara Lindholm Vik, HR-chef och avdelningschef Verksamhetsstöd")))).toContain("Sara Lindholm Vik: hr-chef och avdelningschef");
  });
  it("keeps a name after och its own", () => {
    const r = roles(graphOf(minutes("Sara Lindholm Vik, HR-chef och Eva Nyberg, avdelningschef")));
    expect(r).toEqual(expect.arrayContaining(["Sara Lindholm Vik: hr-chef", "Eva Nyberg: avdelningschef"]));
  });
});
