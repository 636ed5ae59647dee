/**
 * Round 64's header fields: the titles of the absent members (`Ej närvarande ledamöter X (KD), 1:e vice ordförande Y (S),
 * 2:e vice ordförande`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons, roles } from "../../../../test/helpers/minutes";

describe("the absent members' field", () => {
  it("gives a title after `(Party),` to the name before it, as in the present members' field", () => {
    const text =
      "1 Ekby läns landsting Sammanträde med landstingsstyrelsens personalutskott Datum 2015-03-02 Plats Ekosalen " +
      "Närvarande ledamöter Eva Holm (M), ordförande Per Ask (M) Nils Berg (L) " +
      "Ej närvarande ledamöter Ola Sten (KD), 1:e vice ordförande Mia Dal (S), 2:e vice ordförande " +
      "Närvarande ersättare Ida Ros (M) Tjänstemän Lena Ek Sekreterare Karin Dahl\n\n§ 1 Val av justerare\n";
    const g = graphOf(text);
    const held = roles(g);
    expect(held).toContain("Ola Sten: 1:e vice ordförande");
    expect(held).toContain("Mia Dal: 2:e vice ordförande");
    expect(held.filter((r) => r.startsWith("Ola Sten") && r.includes("ledamöter"))).toEqual([]);
    expect(attendees(g).map((a) => a.split(":")[0])).not.toContain("Ola Sten");
  });
});

describe("a protocol's footer", () => {
  it("reads its address and telephone labels after the last signer as no one's name (`Eva Lund Postadress Besöksadress`)", () => {
    const text =
      "1 (12) Plats och tid Ekhallen, Norrby, kl 19:00-21:00 Paragrafer 10-22 Beslutande Kim Ros (S), ordförande Anna Ny (M) " +
      "Utses att justera Anna Ny Underskrifter Sekreterare Ordförande Justerande Eva Lund Kim Ros Anna Ny ANSLAG/BEVIS " +
      "Protokollet är justerat. Underskrift Kommunkansliet Eva Lund Postadress Besöksadress / E-post Telefon / Fax Norrby kommun " +
      "Ekgatan 4 0565 160 00\n\n§ 10 Val av justerare\n";
    const names = persons(graphOf(text));
    expect(names).toContain("Eva Lund");
    expect(names.filter((n) => /Postadress|Besöksadress|Fax/.test(n))).toEqual([]);
  });
});

describe("a roster in prose", () => {
  it("reads two plural titles joined by a slash as one, each name's, and the titles after it as their names' (`administratörerna/nämndsekreterarna A och B, stadsjuristen C`)", () => {
    const text =
      "PROTOKOLL Länsstyrelsen i Norrby län Dnr 12-2020 Sid 1 (4) Inspektion av Byggnadsnämnden i Norrby kommun den 4 maj 2020 " +
      "Närvarande från byggnadsnämnden vid det inledande sammanträdet: ordföranden Ola Berg, förste vice ordföranden Kim Sten, " +
      "administratörerna/nämndsekreterarna Eva Dal och Mia Ros, stadsjuristen Per Lind, bygglovschefen Nils Ek samt praktikanten Bo Al. " +
      "1 Inledning Inspektionen inleddes tisdagen den 4 maj 2020 med ett sammanträde.";
    const held = roles(graphOf(text));
    expect(held).toContain("Eva Dal: administratör/nämndsekreterare");
    expect(held).toContain("Mia Ros: administratör/nämndsekreterare");
    expect(held).toContain("Per Lind: stadsjuristen");
    expect(held).toContain("Nils Ek: bygglovschefen");
  });
});
