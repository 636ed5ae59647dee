/**
 * Round 73's staff rows (invented names in the layout of an inline header flattened from a PDF, its `Övriga närvarande`
 * field of `Name, title, § n` rows): a plural title after names joined by commas and `och` is each one's, a name broken
 * over a line's end after `och` is one name, and a secretary's title after the row's title and its comma makes the
 * official the one who kept the minutes, the first title staying theirs (`01-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons, roles } from "../../../../test/helpers/minutes";

const g = graphOf(
  "1 SAMMANTRÄDESPROTOKOLL Miljönämnden Sammanträdesdatum 2017-04-11 Plats och tid Stadshuset, Alby, kl. 13.30-16.00 " +
    "Beslutande Eva Lindqvist (S), ordförande Per Holmberg (M) Kim Ahlgren (C) Övriga närvarande Karin Sjöberg, " +
    "tf. bygg- och miljöchef Olof Bergman, administrativ chef, sekr. Nils Ekström, Sara Nordin och Ulla\nSandberg, " +
    "inspektörer, § 12 Lisa Berglund, inspektör, § § 14-15 Utses att justera Per Holmberg Justeringens plats och tid " +
    "Underskrifter Sekreterare Olof Bergman Ordförande Eva Lindqvist\n\n§ 12 Val av justerare\n",
);

describe("staff rows of an inline header's others present", () => {
  it("give a plural title after names joined by commas and `och` to each of them", () => {
    expect(roles(g)).toEqual(
      expect.arrayContaining(["Nils Ekström: inspektörer", "Sara Nordin: inspektörer", "Ulla Sandberg: inspektörer", "Lisa Berglund: inspektör"]),
    );
  });
  it("read a name broken over a line's end after `och` as one", () => {
    expect(persons(g)).toContain("Ulla Sandberg");
    expect(persons(g)).not.toContain("Ulla");
    expect(attendees(g)).toContain("Ulla Sandberg: other");
  });
  it("keep the row's title before a secretary's after its comma, the official keeping the minutes", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Olof Bergman: administrativ chef", "Olof Bergman: sekreterare"]));
    expect(roles(g)).not.toContain("Olof Bergman: sekr.");
    expect(attendees(g)).toContain("Olof Bergman: secretary");
  });
});
