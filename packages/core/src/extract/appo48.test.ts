/**
 * Round 48's title readings (invented names in the layouts of real minutes, lists and press texts): titles the lexicon
 * lacked (`data/roles.json`: `valberedare`, `stugfogde`, `förslagsställare`, `brandman`, `yttre befäl`); a title after a
 * name's `som` before the next name's comma (`03-appositions.ts`, `commaBeforeName`); a region the lexicon lacks after a
 * title (`headedAsOrganisation`).
 */
import { describe, expect, it } from "vitest";
import { graphOf as proseGraph } from "../../../../test/helpers/prose";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const roles = (text: string): string[] => personRoles(graphOf(text), { where: false });
const prose = (text: string): string[] => personRoles(proseGraph("nyhet.txt", text), { written: true });

describe("titles of associations and rescue services the lexicon lacked", () => {
  it("an association's officers in a presence field (`stugfogde`, `valberedare`)", () => {
    const text =
      "Protokoll fört vid styrelsemöte i Ekbackens stugförening 2019-05-12\n" +
      "Närvarande: Tuva Grön, ordförande, Olle Sten, kassör, Lisa Ros, stugfogde, Nils Hed, valberedare\n§ 1 Mötet öppnades\n";
    expect(roles(text)).toEqual(expect.arrayContaining(["Lisa Ros: stugfogde", "Nils Hed: valberedare"]));
  });
  it("a rescue service's staff (`brandman`, `yttre befäl`) and a proposal's author (`Förslagsställare X`)", () => {
    const text =
      "Protokoll Direktionen Räddningstjänsten Norrby 2020-03-03\nNärvarande: Åke Lind (S), ordförande\n" +
      "Tjänstemän: Rune Falk, brandman, Sven Ulv, yttre befäl, Kim Berg, räddningschef\n§ 1 Motion\nFörslagsställare Jan Ros presenterade förslaget.\n";
    expect(roles(text)).toEqual(expect.arrayContaining(["Jan Ros: förslagsställare", "Rune Falk: brandman", "Sven Ulv: yttre befäl"]));
  });
});

describe("titles in a press text's enumeration of officials", () => {
  it("`A som tf. kommundirektör, B, tf. ekonomichef`: the title after `som` is A's, not the next name's", () => {
    const text =
      "Förlängda förordnanden\n\nCheferna Eva Lund som tf. kommundirektör, Per Ek, tf. ekonomichef samt Ada Lilja har fått förlängda förordnanden.\n";
    expect(prose(text)).toEqual(["Eva Lund: tf. kommundirektör [kommundirektör]", "Per Ek: tf. ekonomichef [ekonomidirektör]"]);
  });
  it("`(projektledare Region Norrdal)`: a region the lexicon lacks holds the title, it is no unit of it", () => {
    const text = "Möte i nätverket\n\n• Tora Hav (projektledare Region Norrdal) och Ulf Bo (projektledare kommunerna) föredrar punkten.\n";
    expect(prose(text)).toEqual(["Tora Hav: projektledare [projektledare] @ Region Norrdal", "Ulf Bo: projektledare [projektledare]"]);
  });
});
