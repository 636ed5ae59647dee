/**
 * Round 63's header prose: what ends a roster written in sentences (`Närvarande …, även: byggnadsinspektörerna X och Y.
 * 1 Inledning Inspektionen inleddes …`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a roster in prose", () => {
  it("ends at a heading numbered after its full stop: the heading's word is no one's name", () => {
    const text =
      "PROTOKOLL Länsstyrelsen i Norrby län Rune Dahl Dnr 12-2020 Sid 1 (4) Inspektion av Byggnadsnämnden i Norrby kommun den 4 maj 2020 " +
      "Närvarande från Försäkringskassan: enhetschefen Lotta Berg samt föredragandena Ida Ros och Mia Al. " +
      "Närvarande från byggnadsnämnden vid det avslutande sammanträdet, utöver de ovan nämnda, även: byggnadsinspektörerna Ola Sten " +
      "och Kim Berg samt praktikanten Nils Dal. 1 Inledning Inspektionen inleddes tisdagen den 4 maj 2020 med ett sammanträde. " +
      "Vid sammanträdet redogjorde Lotta Berg för verkets arbete.";
    const present = attendees(graphOf(text)).map((a) => a.split(":")[0]);
    expect(present).toContain("Nils Dal");
    expect(present).toContain("Kim Berg");
    expect(present.filter((p) => p.startsWith("Inledning"))).toEqual([]);
  });
});

describe("a flattened signature block", () => {
  it("gives a secretary's label with its colon both names before the next label (`Sekreterare: Eva Ek Per Alm Paragrafer: 1-15`)", () => {
    const text =
      "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum 2015-03-02 Plats och tid Stadshuset, Ekby, kl 13.00-15.00 " +
      "Beslutande Kim Ros (S), ordförande Anna Ny (M) Bo Ek (V) Utses att justera Anna Ny och Bo Ek " +
      "Justeringens plats och tid Stadshuset 2015-03-05 Underskrifter Sekreterare: Eva Ek Per Alm Paragrafer: 1-15 " +
      "Ordförande: Kim Ros Justerande: Anna Ny Bo Ek\n\n§ 1 Val av justerare\n";
    const held = roles(graphOf(text));
    expect(held).toContain("Eva Ek: sekreterare");
    expect(held).toContain("Per Alm: sekreterare");
    expect(held).toContain("Kim Ros: ordförande");
  });
});
