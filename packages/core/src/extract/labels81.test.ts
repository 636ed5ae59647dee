/**
 * Round 81's people labels (invented names in the layouts of minutes flattened from PDF): present and absent headings
 * stacked with no value between them, the names after the last (`01-protocol.ts`, the run of people labels).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

describe("present and absent headings stacked before the names", () => {
  it("gives a roll opening on its members' heading the names as members", () => {
    const g = graphOf(
      "Ekby kommun Sammanträdesprotokoll 1 (6) Kulturnämnden Plats och tid Lindrummet, Ekby, tisdagen den 3 mars 2015 kl 18.00 " +
        "Beslutande Övriga deltagande Förhindrade Eva Ek (C) Per Holm (M) Kim Ahl (S) Ola Rask (L)\n" +
        "Utses att justera Kim Ahl\n\n§ 1 Val av justerare\nText.\n",
    );
    expect(attendees(g)).toEqual(expect.arrayContaining(["Eva Ek: member", "Ola Rask: member", "Per Holm: member"]));
  });

  it("gives the names after the members' field the last heading's, the headings before it empty", () => {
    const g = graphOf(
      "Ekby nämnd Mötesprotokoll 2019-05-14\n\nPlats och tid Lindrummet 16:00 - 17:30 Närvarande ledamöter\n\n" +
        "Eva Ek (L) Per Holm (MP)\n\nKim Ahl (M) Gun Berg (L)\n\nLars Frisk (KD) Siv Alm (C) Ola Dahl (S) Ida Nord (V) Frånvarande ledamöter\n\n" +
        "Tjänstgörande ersättare Närvarande, ej\n\ntjänstgörande ersättare\n\nOla Rask (M) Stig Berg (L) Ulla Dahl (KD) Bo Lund (C)\n\n" +
        "Övriga Bo Sand, nämndsekreterare\n\n§ 1 Val av justerare\nText.\n",
    );
    expect(attendees(g)).toEqual(expect.arrayContaining(["Eva Ek: member", "Ida Nord: member", "Bo Lund: nonserving", "Ola Rask: nonserving"]));
  });
});
