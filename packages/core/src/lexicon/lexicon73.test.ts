/**
 * Role words as data (session 73, data/roles.json): the bare staff titles `inspektör`, `ingenjör` and `tekniker` are
 * read after a name's comma in a staff field, and `hedersmedlem` is a title of its own. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

describe("role words", () => {
  it("reads a bare staff title after the name's comma, before the items column", () => {
    const g = graphOf(
      "Byggnadsnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2016-03-10\nBeslutande\nEva Lind (S), ordförande\nPer Ek (M)\nÖvriga närvarande\nSiv Lund, inspektör, § 95\nOla Nyberg, ingenjör\nKim Sjö, tekniker, §§ 91-94\nUtses att justera Per Ek\n",
    );
    expect(roles(g)).toEqual(expect.arrayContaining(["Siv Lund: inspektör", "Ola Nyberg: ingenjör", "Kim Sjö: tekniker"]));
  });
  it("reads `hedersmedlem` as the title of a guest at an association's meeting", () => {
    const g = graphOf(
      "Protokoll fört vid Ekbygdens Hembygdsförenings årsmöte 2010-05-08\nNärvarande\nEva Lind, hedersmedlem\nPer Holm, ordförande\nKim Ahl, kassör\n",
    );
    expect(roles(g)).toContain("Eva Lind: hedersmedlem");
  });
});
