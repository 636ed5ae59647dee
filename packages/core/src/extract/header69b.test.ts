/**
 * Round 69's header readings, continued (invented names in the layout of a club's board minutes flattened into one
 * paragraph): a chair's word right after the absent field's last name with a verb after it (`Förhindrade: Eva Ek och
 * Per Holm Ordförande hälsar alla välkomna …`) opens the business's first sentence; it is no title of that name
 * (`01-protocol.ts` `readProtocolHeader`).
 */
import { describe, expect, it } from "vitest";
import { roles, graphOf } from "../../../../test/helpers/minutes";

const text = (after: string) =>
  "Protokoll nr 7, fört vid sammanträde med Norrby skidklubbs styrelse måndagen den 9 mars 2015 i klubbstugan. Närvarande: " +
  "Gunnel Wik (ordf.), Tore Lund, Maja Sandell samt Erik Fors. Dessutom närvarande: Olle Berg och Siv Ström Förhindrade: " +
  `Bertil Nyman och Sture Ahlgren ${after} § 1 Dagordning Dagordningen godkändes.\n`;

describe("a chair's word opening a sentence after an absent field's last name", () => {
  it("is no title of that name", () => {
    expect(roles(graphOf(text("Ordförande hälsar alla välkomna till dagens möte.")))).toEqual([
      "Erik Fors: ledamot",
      "Gunnel Wik: ordf.",
      "Maja Sandell: ledamot",
      "Tore Lund: ledamot",
    ]);
  });
});
