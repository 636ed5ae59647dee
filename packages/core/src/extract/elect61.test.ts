/**
 * Round 61's elections in press: a relative clause's `där` points back to the bodies named before it (`… i
 * kulturnämnden och skolnämnden till L, där A och B blir nya ordföranden`), not forward to one a later clause names
 * (`där A blir ny ordförande, och ordförandeposten i tekniska nämnden till B`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const NEWS = `Nya ordförande i Tranås

Partiet förlorar ordförandeskapet i kulturnämnden och skolnämnden till L, där Berit Ahl och Nils Ekholm blir nya ordföranden.

Det var när Greta Nordell (S) valdes som andre vice ordförande, och därmed oppositionsråd, som frågan avgjordes.

S lämnar över ordförandeskapet i natur- och parknämnden till C, där Ivar Lindkvist blir ny ordförande, och ordförandeposten i tekniska nämnden till Stina Hedvall, KD.
`;

describe("a seat in a relative clause (`…, där A blir ny ordförande`)", () => {
  const held = heldRoles(graphOf("nyhet.txt", NEWS));

  it("is in the body named after `i` before `där`, each of several in turn", () => {
    expect(held).toContain("Berit Ahl: ordförande @ Kulturnämnden");
    expect(held).toContain("Nils Ekholm: ordförande @ Skolnämnden");
    expect(held).toContain("Ivar Lindkvist: ordförande @ Natur- och parknämnden");
  });

  it("but `, och därmed <role>` goes on with the name's own roles", () => {
    expect(held).toContain("Greta Nordell: oppositionsråd");
  });

  it("not in a body a clause after it names (`, och ordförandeposten i tekniska nämnden`)", () => {
    expect(held.filter((r) => r.startsWith("Ivar Lindkvist:") && r.includes("@"))).toEqual(["Ivar Lindkvist: ordförande @ Natur- och parknämnden"]);
  });
});
