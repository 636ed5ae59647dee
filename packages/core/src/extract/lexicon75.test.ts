/**
 * Staff titles as data (session 75, data/roles.json and data/role-suffixes.json): the `-ekolog` family (`kommunekolog`,
 * `ekolog`), `administrativ chef`/`administrativ ledare` and the `-pedagog` family (`fritidspedagog`) are titles, in
 * an inline `Name, title, §§` run and in a titles-first run; common spellings of given names (`Cathrin`, `Katrina`) name
 * a person in a comma list of prose. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons, roles } from "../../../../test/helpers/minutes";

const header = "Kulturnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2017-05-03\nBeslutande Eva Lind (S) ordförande\nPer Ek (M)\n";

describe("staff titles the lexicon lacked", () => {
  it("reads a title ending in `-ekolog` after the name's comma", () => {
    const g = graphOf(`${header}Övriga deltagare Per Holm, kommunekolog, 12 Siv Ahl, ekolog, 13 Olle Berg, stadsekolog, 14\nUtses att justera Per Ek\n`);
    expect(roles(g)).toEqual(expect.arrayContaining(["Per Holm: kommunekolog", "Siv Ahl: ekolog", "Olle Berg: stadsekolog"]));
  });
  it("reads `administrativ ledare` after the name's comma and `Administrativ chef` before the name", () => {
    const g = graphOf(`${header}Övriga deltagare Lisa Rahm, administrativ ledare, 12 Olle Berg, kulturchef\nUtses att justera Per Ek\n`);
    expect(roles(g)).toContain("Lisa Rahm: administrativ ledare");
    const run = graphOf(
      "1(2) Plats och tid Beslutande Kommunhuset i Åby, kl.13:00-15.30 Ledamöter Eva Lind (C), ordförande Per Ek (M) Övriga närvarande Tjänstemän Kommundirektör Nils Ek Administrativ chef Rut Alm Kulturchef Bo Sand, 126 Justeringens plats och tid Kommunhuset i Åby, 2017-11-22 kl. 10.00 Underskrifter Paragrafer 126-135 Ordförande Eva Lind (C) Justerare Per Ek (M)\n",
    );
    expect(roles(run)).toEqual(expect.arrayContaining(["Rut Alm: administrativ chef", "Bo Sand: kulturchef"]));
  });
  it("reads a title ending in `-pedagog` after the name's comma", () => {
    const g = graphOf(`${header}Övriga deltagare Kim Ahl, fritidspedagog, 12 Ulla Sten, specialpedagog Lisa Rahm, pedagog\nUtses att justera Per Ek\n`);
    expect(roles(g)).toEqual(expect.arrayContaining(["Kim Ahl: fritidspedagog", "Ulla Sten: specialpedagog", "Lisa Rahm: pedagog"]));
  });
  it("reads common spellings of a given name in a comma list of those who took part", () => {
    const g = graphOf(
      "Kulturnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2017-05-03\nBeslutande Eva Lind (S) ordförande\nPer Ek (M)\n§ 1 Besök\nNämnden besökte Åby bibliotek. Olle Berg, Cathrin Lundqvistberg, Katrina Sjöholt, Nils Ek deltog på mötet.\n",
    );
    expect(persons(g)).toEqual(expect.arrayContaining(["Cathrin Lundqvistberg", "Katrina Sjöholt"]));
  });
});
