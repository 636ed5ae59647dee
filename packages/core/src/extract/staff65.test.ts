/**
 * Round 65's staff columns: a table's rows of name, items and title flattened after the members' run (`Eva Ek Sekreterare
 * Per Holm Förvaltningschef Kim Ahl, 7 Miljöinspektör`), each title after its name.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons, roles } from "../../../../test/helpers/minutes";

const minutes =
  "1 1(9) Sammanträdesprotokoll Blad 1 (2) Plats och tid stadshuset rum 12 kl Beslutande Eva Holm (S) Per Ask, (S) " +
  "Nils Berg (M) Ola Sten (V) Ej tjänstgörande Mia Dal (S) ersättare och övriga Ida Ros (S) deltagare Kim Lund (MP) " +
  "Lena Ek Sekreterare Karin Dahl Förvaltningschef Olle Vik, 7 Bygg- och miljöinspektör Sara Lind, Bygglovhandläggare " +
  "Nils Ekman, 9 Planarkitekt Eva Ahl, 12 Norrby Brandförsvar Anna Falk, 12 Norrby Brandförsvar " +
  "Underskrifter Sekreterare Lena Ek Paragrafer Ordförande Eva Holm Justerande.. Nils Berg BEVIS Justeringen har " +
  "tillkännagivits genom anslag Organ Byggnämnden Datum för anslagsuppsättande\n\n§ 1 Val av justerare\n";

describe("a staff column written `Name[, items] Title`", () => {
  const g = graphOf(minutes);

  it("gives the secretary's label after her name to her, not to the next name", () => {
    const held = roles(g);
    expect(held).toContain("Lena Ek: sekreterare");
    expect(held).toContain("Karin Dahl: förvaltningschef");
    expect(held).not.toContain("Karin Dahl: sekreterare");
  });

  it("reads each title after its name's comma and items (`, 7`), the items ending the name", () => {
    const held = roles(g);
    expect(held).toContain("Olle Vik: bygg- och miljöinspektör");
    expect(held).toContain("Sara Lind: bygglovhandläggare");
    expect(held).toContain("Nils Ekman: planarkitekt");
  });

  it("keeps the rows after the secretary's label present, an organisation in the title's column no name", () => {
    const names = persons(g);
    const present = attendees(g).map((a) => a.split(":")[0]);
    for (const name of ["Karin Dahl", "Olle Vik", "Sara Lind", "Nils Ekman", "Eva Ahl", "Anna Falk"]) expect(present).toContain(name);
    expect(names.filter((n) => n.includes("Brandförsvar"))).toEqual([]);
  });
});
