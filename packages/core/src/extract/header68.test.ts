/**
 * Round 68's header readings (invented names in the layouts of minutes flattened from PDF): two names under one chair's
 * signature label, each with no party, are both chairs (`Ordförande... Eva Ek Per Holm Justerande...`, a chair for each
 * part of the meeting) (`01-protocol.ts` `secondChair`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, persons, roles } from "../../../../test/helpers/minutes";

const header =
  "Sammanträdesprotokoll Kommunstyrelsen Sammanträdesdatum 2011-09-14 Plats och tid Ekrummet, kl 13.00-16.00 " +
  "Beslutande Vera Lundh (m) Olof Brink (s) Kåre Dahl (c) Greta Holm (s) Ivar Sten (m) Övriga deltagare Nils Ek, kommunsekreterare " +
  "Utses att justera Greta Holm, Ivar Sten Justeringens plats och tid Kommunkontoret 2011-09-20 ";

describe("two names under one chair's signature label with no party", () => {
  it("are both chairs, each a person (`Ordförande... Vera Lundh Olof Brink Justerande...`)", () => {
    const g = graphOf(
      header +
        "Underskrift Sekreterare... Paragrafer 1-12 Nils Ek Ordförande... Vera Lundh Olof Brink Justerande... Greta Holm Ivar Sten\n\n§ 1 Val av justerare\n",
    );
    expect(chairs(g).sort()).toEqual(["Olof Brink", "Vera Lundh"]);
    expect(persons(g)).not.toContain("Vera Lundh Olof Brink");
  });

  it("leave a name after the chair's that no signature label follows to its own reading", () => {
    const g = graphOf(header + "Underskrifter Sekreterare Nils Ek Ordförande Vera Lundh Olof Brink\n\n§ 1 Val av justerare\n");
    expect(chairs(g)).toEqual(["Vera Lundh"]);
  });
});

describe("a staff column under members listed in an annex", () => {
  const text =
    "Sammanträdesprotokoll Kommunstyrelsen Sammanträdesdatum 2011-09-14 Plats och tid Ekrummet, kl 13.00-16.00 " +
    "Beslutande Enl förteckning\nSiv Dahl, ekonomichef\nUlf Sten, löneenhet § 167\nÅsa Berg § 167\nÖvriga deltagande Lars Holm, utredare § 185\n" +
    "Ove Lind, 1:e planingenjör § 193\nUtses att justera Kåre Dahl Justeringens plats och tid Kommunkontoret 2011-09-20 " +
    "Underskrifter Sekreterare Nils Ek Ordförande Vera Lundh Justerande Kåre Dahl\n\n§ 1 Val av justerare\n";
  const g = graphOf(text);

  it("keeps a staff title with its ordinal (`Ove Lind, 1:e planingenjör`)", () => {
    expect(roles(g)).toContainEqual(expect.stringMatching(/^Ove Lind: 1:e planingenjör$/));
  });
});
