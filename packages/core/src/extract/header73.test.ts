/**
 * Round 73's header readings (invented names in the layout of a committee's minutes flattened from a PDF table): the
 * party letters of a table's `Parti | Namn` rows bunched before their names (`C FP KD MBP S V Eva Ek Per Holm …`) are
 * the names' in order when there are as many (`01-protocol.ts`, the detached column's mirror, rule `protocol:person`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, parties } from "../../../../test/helpers/minutes";

const minutes = (rows: string) =>
  "1 SAMMANTRÄDESPROTOKOLL Sida 1(12) Tid Onsdag 6 mars 2019, kl 18.00 Plats Ekgården, Alby Beslutande M Bo Ekström " +
  `C Lisa Sandberg, tjänstgör för Olle Brandt (M), 12 ${rows} Övriga deltagande Tjänstemän Gun Ahl, förvaltningschef ` +
  "Utses att justera Nils Berglund (S) Underskrifter Sekreterare Gun Ahl Ordförande Bo Ekström Justerande Nils Berglund\n\n§ 1 Val av justerare\n";

describe("a table's party letters bunched before their names", () => {
  it("pair in order with as many names after them", () => {
    const g = graphOf(minutes("C FP KD MBP S S V Eva Lindqvist Per Holmberg Kim Ahlgren Sara Nordin Nils Berglund Anna Ek Ulf Sjöberg"));
    expect(parties(g)).toEqual(
      expect.arrayContaining([
        "Anna Ek: Socialdemokraterna",
        "Eva Lindqvist: Centerpartiet",
        "Kim Ahlgren: Kristdemokraterna",
        "Nils Berglund: Socialdemokraterna",
        "Ulf Sjöberg: Vänsterpartiet",
      ]),
    );
    expect(parties(g).filter((p) => p.startsWith("Per Holmberg"))).toEqual([expect.stringMatching(/^Per Holmberg: (Folkpartiet|Liberalerna)/)]);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Eva Lindqvist: member", "Sara Nordin: member", "Ulf Sjöberg: member"]));
  });
  it("give no one a party when the counts differ, not the last letter to the first name", () => {
    const g = graphOf(minutes("C FP KD S V Eva Lindqvist Per Holmberg Kim Ahlgren"));
    expect(parties(g).filter((p) => /^(Eva Lindqvist|Per Holmberg|Kim Ahlgren):/.test(p))).toEqual([]);
  });
});

describe("an ordinal vice chair's seat written short after a member's comma", () => {
  it("is written out with its ordinal as written, normalised as the lexicon's", () => {
    const g = graphOf(
      "1 Protokoll Miljönämnden Sammanträdesdatum 2018-05-14 Plats och tid Stadshuset, Alby, kl 18.00-20.00 Beslutande " +
        "Eva Lindqvist (S), ordförande Per Holmberg (M), 1:e v ordf Kim Ahlgren (C), 2:e v ordf Sara Nordin (V) Övriga " +
        "närvarande Gun Ahl, sekreterare Utses att justera Kim Ahlgren Underskrifter Sekreterare Gun Ahl Ordförande Eva " +
        "Lindqvist Justerande Kim Ahlgren\n\n§ 1 Val av justerare\n",
    );
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role" && /vice/.test(String(a.role)))
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "role")} (${g.getEdgeAttribute(e, "roleNormalised")})`)
      .sort();
    expect(seats).toEqual(["Kim Ahlgren: 2:e vice ordförande (andre vice ordförande)", "Per Holmberg: 1:e vice ordförande (förste vice ordförande)"]);
  });
});
