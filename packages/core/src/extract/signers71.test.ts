/**
 * Round 71's signature readings (invented names in the layout of a joint body's minutes flattened from PDF): two chairs
 * under the chair's one label, each followed by the paragraphs chaired (`Ordförande.... Eva Ek 1-3, del av 4 Per Holm del
 * av 4, 5-12`, a constituent sitting whose oldest member chaired until the chair was elected) (`01-protocol.ts`
 * `secondChair`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const minutes = (block: string) =>
  "1 1 (9) Tid och plats Tisdagen den 3 februari 2015 kl 18.00, Ekgården Beslutande Ledamöter Ingvor Strand (S) Olle Brandt (M) " +
  `Sven Ahl (S) Karin Ödman (M) Bo Ek (M) Jan Ros (S) Tjänstemän Eva Frisk förbundsdirektör Justering Olle Brandt (M) och Jan Ros (S) ` +
  `Justerade paragrafer 1-12 Underskrifter ${block}\n\n§ 1 Val av justerare\n`;

describe("two chairs under one label, each with the paragraphs chaired", () => {
  it("reads each name followed by its paragraphs as a chair", () => {
    const g = graphOf(minutes("Sekreterare Eva Frisk Ordförande.... Bo Ek 1-3, del av 4 Ingvor Strand del av 4, 5-12 Olle Brandt Jan Ros"));
    expect(roles(g)).toEqual(expect.arrayContaining(["Bo Ek: ordförande", "Ingvor Strand: ordförande"]));
    expect(chairs(g)).toEqual(["Bo Ek", "Ingvor Strand"]);
  });
});
