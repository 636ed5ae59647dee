/**
 * Round 48's title readings (invented names in the layouts of real minutes and lists): titles the lexicon lacked
 * (`data/roles.json`: `valberedare`, `stugfogde`, `förslagsställare`, `brandman`, `yttre befäl`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const roles = (text: string): string[] => personRoles(graphOf(text), { where: false });

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
