/**
 * Round 67's header readings (invented names in the layouts of minutes flattened from PDF): a three-word name before its
 * party whose last word is also a given name (`Tam Kibo Amin (s)`, `Leila Sami Amin (s)`) is one name, since a lone
 * `Amin (s)` is none (`01-protocol.ts` `splitNames`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, parties, persons } from "../../../../test/helpers/minutes";

describe("a three-word name before `(party)` that ends in a given name", () => {
  const text = (name: string) =>
    "Sammanträdesprotokoll Kommunstyrelsen Sammanträdesdatum 2011-09-14 Plats och tid Ekrummet, kl 13.00-16.00 " +
    `Beslutande Vera Lundh (m) Ordförande Ordförande , Olof Brink (s) Vice ordförande Kåre Dahl (c) Kl , 12, 13 ${name} (s) ` +
    `Ersätter Rut Sandell (s) , Greta Holm (s) Ersätter ${name} (s) 14 Övriga deltagare Ivar Sten Sekreterare ` +
    "Utses att justera Olof Brink Justeringens plats och tid Kommunkontoret 2011-09-20 Underskrifter Sekreterare Ivar Sten " +
    "Ordförande Vera Lundh Justerande Olof Brink\n\n§ 12 Val av justerare\n";

  it.each([["Tam Kibo Amin"], ["Leila Sami Amin"], ["Nora Vik Karim"]])("`%s (s)` is one person, with her party, there", (name) => {
    const g = graphOf(text(name));
    expect(persons(g)).toContain(name);
    expect(persons(g).filter((p) => name.includes(p) && p !== name)).toEqual([]);
    expect(parties(g)).toContain(`${name}: Socialdemokraterna`);
    expect(attendees(g).map((a) => a.split(":")[0])).toContain(name);
  });
});

describe("a roll call with a `Parti` column before the names (`Parti Ledamöter Närvarande … RP Per Alm X`)", () => {
  const text =
    "PROTOKOLL Kommunfullmäktige Sammanträdesdatum 2012-03-26 Plats och tid Stadshuset, kl 18.30-21.00 " +
    "Närvarolista Parti Ledamöter Närvarande Ej tjänstgörande Ersättare M Vera Lundh, ordförande X S Olof Brink X " +
    "RP Kåre Dahl X C Greta Holm X ÖP Ivar Sten X MP Rut Sandell X Övriga närvarande Nils Ek, kommunsekreterare " +
    "Justerare Olof Brink Underskrifter Sekreterare Nils Ek Ordförande Vera Lundh Justerare Olof Brink\n\n§ 1 Val av justerare\n";
  const g = graphOf(text);

  it("gives each name the letters before it, a local party's kept as written", () => {
    expect(parties(g)).toEqual(expect.arrayContaining(["Kåre Dahl: RP", "Ivar Sten: ÖP", "Olof Brink: Socialdemokraterna", "Greta Holm: Centerpartiet"]));
  });
});
