/**
 * Appositions (session 58): a run of staff whose titles stand before their names, each title with its unit written
 * with no preposition (`enhetschef hemtjänst X`), and the items one attended after a name (`X 12-14, områdeschef Y`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

const MINUTES = `PROTOKOLL Omsorgsnämnden Sammanträdesdatum 2019-04-02 Plats och tid Rummet, Norrby Beslutande Ada Berg (S) ordförande, Ola Ek (M) Övriga deltagande Sekreterare Ulla Borg, tf. ekonomichef Lars Ek, enhetschef hemtjänst Kim Al 12-14, tf. avdelningschef vård- och stödavdelning Eva Lund, rektor Björkskolan Nils Ros, samordnande controller Per Holm 2-4, områdeschef Lisa Dahl Utses att justera Ola Ek
§ 12 Budget
`;

describe("a staff field whose run opens with a title", () => {
  const held = roles(graphOf(MINUTES));

  it("gives each title with its unit to the name after it (`enhetschef hemtjänst X`, `rektor Björkskolan X`)", () => {
    expect(held).toContain("Ulla Borg: sekreterare");
    expect(held).toContain("Lars Ek: tf. ekonomichef");
    expect(held).toContain("Kim Al: enhetschef hemtjänst");
    expect(held).toContain("Nils Ros: rektor björkskolan");
    expect(held).toContain("Per Holm: samordnande controller");
    expect(held).toContain("Lisa Dahl: områdeschef");
  });

  it("reads the run on past the items a name attended (`X 12-14, tf. avdelningschef … Y`)", () => {
    expect(held).toContain("Eva Lund: tf. avdelningschef vård- och stödavdelning");
    expect(held.filter((r) => r.startsWith("Kim Al:"))).toEqual(["Kim Al: enhetschef hemtjänst"]);
  });

  it("reads a word after a title as its unit only in a run, after a name (`talade rektor gärna Ada Berg`)", () => {
    const prose = roles(graphOf("Mötet hölls i Norrby. Där talade rektor gärna Ada Berg om skolan.\n"));
    expect(prose.filter((r) => r.startsWith("Ada Berg:"))).toEqual([]);
  });
});
