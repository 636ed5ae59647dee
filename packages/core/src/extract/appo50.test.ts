/**
 * Round 50's title readings (invented names in the layouts of real minutes and lists): titles of care and youth
 * centres the role lexicon lacked (`data/roles.json`: `sjuksköterska`, `föreståndare`), written in the definite form
 * before the name in a paragraph of minutes; an institution the lexicon lacks after a title's own comma (`X, platschef,
 * Båtmuseet`: `03-appositions.ts`, `headedAsOrganisation`).
 */
import { describe, expect, it } from "vitest";
import { graphOf as proseGraph } from "../../../../test/helpers/prose";
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

describe("an institution after a title's comma", () => {
  const prose = (text: string): string[] => personRoles(proseGraph("nyhet.txt", text));
  it("`X, platschef, Båtmuseet`: a name ending as an institution's holds the title", () => {
    expect(prose("Ylva Kron, platschef, Båtmuseet, säger att säsongen blev bra.\n")).toEqual(["Ylva Kron: platschef @ Båtmuseet"]);
    expect(prose("Mona Lax, verksamhetschef, Vårdcentralen, säger att det går bra.\n")).toEqual(["Mona Lax: verksamhetschef @ Vårdcentralen"]);
  });
  it("the next name after the title's comma is no institution", () => {
    expect(prose("Ulla Berg, rektor, Kalle Ek, handläggare, och Per Ros säger att det går bra.\n")).toEqual(["Kalle Ek: handläggare", "Ulla Berg: rektor"]);
  });
});
