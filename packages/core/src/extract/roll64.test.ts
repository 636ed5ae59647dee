/**
 * Round 64's staff titles in a header's roll: where the title is held, written right after it (`samordnare
 * Ekmottagningen`, `stationschef RIB`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

describe("a staff title's unit or office right after it", () => {
  it("holds a clinic's or reception's capitalised name as the unit (`Eva Dahl, samordnare Ekmottagningen, 54`)", () => {
    const text =
      "PROTOKOLL Socialnämnden Sammanträdesdatum 2015-03-02 Plats och tid Stadshuset, Ekby, kl 13.00-15.00 Beslutande Kim Ros (S), " +
      "ordförande Anna Ny (M) Bo Ek (V) Övriga närvarande Lisa Holm, enhetschef, 54 Eva Dahl, samordnare Ekmottagningen, 54 " +
      "Siv Berg, samordnare Ekkliniken, 54 Nina Al, förvaltningssekreterare Utses att justera Anna Ny\n\n§ 54 Val av justerare\n";
    const held = heldRoles(graphOf(text));
    expect(held).toContain("Eva Dahl: samordnare @ Ekmottagningen");
    expect(held).toContain("Siv Berg: samordnare @ Ekkliniken");
  });

  it("holds letters before the next field's label as the office (`Eva Berg, stationschef RIB Personalföreträdare …`)", () => {
    const text =
      "PROTOKOLL Direktionen Sammanträdesdatum 2015-03-02 Plats och tid Brandstationen, Ekby, kl 13.00-15.00 Beslutande Kim Ros (S), " +
      "ordförande Anna Ny (M) Bo Ek (V) Övriga närvarande Ola Lind, operativ chef Eva Berg, stationschef RIB Personalföreträdare " +
      "Per Holm, brandman Utses att justera Anna Ny\n\n§ 1 Val av justerare\n";
    const held = heldRoles(graphOf(text));
    expect(held).toContain("Eva Berg: stationschef @ RIB");
    expect(held).toContain("Per Holm: brandman");
  });
});
