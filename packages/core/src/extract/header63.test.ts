/**
 * Round 63's header prose: what ends a roster written in sentences (`Närvarande …, även: byggnadsinspektörerna X och Y.
 * 1 Inledning Inspektionen inleddes …`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

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
