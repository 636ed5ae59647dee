/**
 * Round 50's title readings (invented names in the layouts of real minutes and lists): titles of care and youth
 * centres the role lexicon lacked (`data/roles.json`: `sjuksköterska`, `föreståndare`), written in the definite form
 * before the name in a paragraph of minutes.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const roles = (text: string): string[] => personRoles(graphOf(text), { written: true, where: false });
const head = "PROTOKOLL\nOmsorgsnämnden 2021-04-12\nBeslutande Åke Lind (S), ordförande\nUtses att justera Åke Lind\n";

describe("titles of care and youth centres the lexicon lacked", () => {
  it("a title in the definite form before the name in a paragraph (`Sjuksköterskan X informerar`)", () => {
    const text =
      head + "§ 4 Hundar i omsorgen\nSjuksköterskan Vera Holm informerar om hundteamet.\n§ 5 Fritidsgården\nFöreståndaren Kim Sand berättar om sommaren.\n";
    expect(roles(text)).toEqual(expect.arrayContaining(["Kim Sand: föreståndaren [föreståndare]", "Vera Holm: sjuksköterskan [sjuksköterska]"]));
  });
});
