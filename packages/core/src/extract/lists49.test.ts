/**
 * Lists in minutes' header boxes real minutes use (01-protocol.ts): a serving word after a name under a field of
 * reserves, and officials' titles written before their names in a run-on box. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

describe("a serving word after a name under a field of reserves (`Ersättare` / `X (S), tjänstgörande`)", () => {
  const text =
    "Förbundsdirektionens protokoll 3 mars 2022\n\nNärvarande\n\nDirektionens ledamöter\nAsta Kvist (S), ordförande\nBo Rydén (M)\n\nDirektionens ersättare\nCarl Wendt (S), tjänstgörande\nDina Falk (C) tjänstgörande\nElin Stolt (KD)\n\nÖvriga deltagare\nFrans Ohlin, förbundschef\n\n§ 1 Val av justerare\n";
  it("the reserve who served holds `tjänstgörande ersättare`, the one who did not `ersättare`", () => {
    const seats = personRoles(graphOf(text), { written: true, where: false }).filter((r) => /Carl|Dina|Elin/.test(r));
    expect(seats).toEqual([
      "Carl Wendt: tjänstgörande ersättare [ersättare]",
      "Dina Falk: tjänstgörande ersättare [ersättare]",
      "Elin Stolt: ersättare [ersättare]",
    ]);
  });
});
