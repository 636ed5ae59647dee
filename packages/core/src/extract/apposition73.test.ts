/**
 * Round 73's appositions (invented names, in the layouts of press reports on new bodies): a plural seat opening a
 * sentence before a copula is every listed name's seat in the singular, held in the body the sentences before seat
 * the list in (`03-appositions.ts`, `seatLabelBefore`, `seatsBody`); an elected body led by a name (`leds av`) has it
 * as its chair, and so has each body of the sentences after it with the verb left out (`ledBody`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a plural seat, a copula and a list of names", () => {
  it("gives each name the seat in the singular, in the body named before (`De ordinarie ledamöterna är A, B och C. Ersättarna är D samt E.`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt utskott i Alby\n\nKommunstyrelsen beslutade i dag att inrätta ett miljö- och byggutskott. Alla partier ska finnas med i utskottet. " +
        "De ordinarie ledamöterna är Greta Almqvist, Hugo Sandell (S) och Leo Ramström (V). Ersättarna är Mira Dahlin (S) samt någon från liberalerna.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Greta Almqvist: ledamot @ Miljö- och byggutskottet",
      "Hugo Sandell: ledamot @ Miljö- och byggutskottet",
      "Leo Ramström: ledamot @ Miljö- och byggutskottet",
      "Mira Dahlin: ersättare @ Miljö- och byggutskottet",
    ]);
    const written = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => g.getEdgeAttribute(e, "role"));
    expect(new Set(written)).toEqual(new Set(["ordinarie ledamot", "ersättare"]));
  });
});

describe("a body led by a name, and sentences after it with the verb left out", () => {
  it("makes each name its body's chair (`Socialnämnden leds av A. Tekniska nämnden av B.`), not a meeting's leader's", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nya ordförande i Alby\n\nVid ett möte i går blev det klart vilka som leder nämnderna.\n" +
        "Socialnämnden leds av Greta Almqvist. Tekniska nämnden av Hugo Sandell. Barn- och utbildningsnämnden av Klara Wiklund. Mötet leddes av Leo Ramström.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Greta Almqvist: ordförande @ Socialnämnden",
      "Hugo Sandell: ordförande @ Tekniska nämnden",
      "Klara Wiklund: ordförande @ Barn- och utbildningsnämnden",
    ]);
  });
});
