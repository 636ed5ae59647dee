/**
 * Round 61's minutes (invented names and places): the opening sentence names the chair by the office.
 */
import { describe, expect, it } from "vitest";
import { chairs } from "../../../../test/helpers/minutes";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const text = [
  "Minnesanteckningar Regionrådsmöte Ekbygden",
  "",
  "1 Ekby Vallby Minnesanteckningar Regionrådsmöte Ekbygden Dag tisdagen den 9 mars 2021 Tid 13-16, Ekby kommunhus Närvarande Tyra Hallin, Ekby Olof Brandt, Ekby Vera Lindkvist, Vallby Arvid Norrgård, Vallby 1. Mötet öppnas Mötet öppnades av ordförande Tyra Hallin. Dagordningen godkändes. 2. Föregående möte Anteckningarna lades till handlingarna.",
].join("\n");

describe("`Mötet öppnades av ordförande X`", () => {
  it("gives X the chair's office at the body that met, beside chairing", () => {
    const g = graphOf(text);
    expect(chairs(g)).toEqual(["Tyra Hallin"]);
    expect(personRoles(g)).toEqual(expect.arrayContaining([expect.stringMatching(/^Tyra Hallin: ordförande @ /)]));
  });
});
