/**
 * Round 66's rolls: the reserves' field joined to the others' in one heading (`Ej tjänstgörande ersättare och övriga
 * deltagare`) lists the reserves first, with their parties, then the officials with their titles after their names.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

const minutes =
  "Sammanträdesprotokoll Byggnämnden Sammanträdesdatum 2012-05-08 Plats och tid Lärksalen, kl 09.00-11.30 " +
  "Beslutande Rut Mohlin (S), ordförande Tage Blom (M) Anja Sund (C) Ej tjänstgörande ersättare och övriga deltagare " +
  "Hugo Rask (S) Elsa Brink (M) Dan Holmér Sekreterare Siv Ekwall Förvaltningschef Lina Ståhl, 12 Miljöinspektör " +
  "Bo Ahlgren, 9 Planarkitekt Underskrifter Sekreterare Dan Holmér Paragrafer 1-9 Ordförande Rut Mohlin Justerande " +
  "Tage Blom\n\n§ 1 Val av justerare\n";

describe("the reserves' and the others' fields in one heading", () => {
  const g = graphOf(minutes);

  it("gives the reserves' seat to the names with parties only, the officials after them attend as others", () => {
    const held = roles(g);
    expect(held).toContain("Hugo Rask: ersättare");
    expect(held).toContain("Elsa Brink: ersättare");
    for (const official of ["Dan Holmér", "Siv Ekwall", "Lina Ståhl", "Bo Ahlgren"]) expect(held).not.toContain(`${official}: ersättare`);
    expect(attendees(g)).toContain("Siv Ekwall: other");
  });
});
