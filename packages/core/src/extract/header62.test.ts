/**
 * Round 62's header prose: a roster after a label's colon whose titles stand before their names, in the definite
 * form (`Närvarande från Försäkringskassan: enhetschefen X, administrativa chefen Y samt föredragandena A, B och C`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const text =
  "PROTOKOLL Länsstyrelsen i Norrby län Rune Dahl Dnr 12-2020 Sid 1 (4) Inspektion av Byggnadsnämnden i Norrby kommun den 4 maj 2020 " +
  "Närvarande från Försäkringskassan: enhetschefen Lotta Berg, administrativa chefen Kim Sand samt föredragandena Ida Ros, Per Ek och Mia Al. " +
  "Närvarande från byggnadsnämnden vid det inledande mötet: ordföranden Ove Lind, förste vice ordföranden Åke Strand, " +
  "andre vice ordföranden Gun Hed och miljöchefen Eva Nord. 1 Inledning Inspektionen inleddes tisdagen den 4 maj 2020 med ett " +
  "sammanträde. Vid sammanträdet redogjorde Lotta Berg för verkets arbete.";

describe("a prose roster with each title before its name", () => {
  const held = roles(graphOf(text));
  it("gives each title to the name after it, not the one before", () => {
    expect(held).toContain("Lotta Berg: enhetschefen");
    expect(held).toContain("Kim Sand: administrativa chefen");
    expect(held).toContain("Åke Strand: förste vice ordföranden");
    expect(held).toContain("Gun Hed: andre vice ordföranden");
    expect(held).not.toContain("Ove Lind: förste vice ordföranden");
  });
  it("gives a plural title to each name of its run, in the singular", () => {
    for (const name of ["Ida Ros", "Per Ek", "Mia Al"]) expect(held).toContain(`${name}: föredragande`);
  });
  it("makes those present from an organisation no members of the organ, its officials", () => {
    expect(held.filter((r) => r.endsWith(": ledamot"))).toEqual([]);
    const g = graphOf(text);
    const at = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} @ ${g.getNodeAttribute(g.target(e), "label")}`);
    for (const name of ["Lotta Berg", "Kim Sand", "Ida Ros", "Mia Al"]) expect(at).toContain(`${name} @ Försäkringskassan`);
  });
  it("lets none of those present from elsewhere chair the meeting (`Närvarande från byggnadsnämnden …: ordföranden X`)", () => {
    expect(chairs(graphOf(text))).toEqual([]);
  });
  it("holds the seats of those present from elsewhere in no body that met (`ordföranden Ove Lind` is the inspected board's)", () => {
    const g = graphOf(text);
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} @ ${g.getNodeAttribute(g.target(e), "label")}`);
    expect(seats.filter((r) => /Ove Lind|Åke Strand|Gun Hed/.test(r))).toEqual([]);
    expect(roles(g)).toContain("Ove Lind: ordföranden");
  });
  it("but from the body that met (an inspection of it, by an office the lexicon does not know), in that body", () => {
    const g = graphOf(text.replace("Länsstyrelsen i Norrby län", "Tillsynsombudsmannen"));
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} @ ${g.getNodeAttribute(g.target(e), "label")}`);
    expect(seats).toContain("Ove Lind @ Byggnadsnämnden");
  });
});
