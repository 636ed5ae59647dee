/**
 * Round 65's header tables: a members' table flattened with its title column and its column of who chaired the items
 * (`Eva Ek (m) Ordförande Ordförande , Per Alm (s) Vice ordförande Ordförande Siv Holm (m)`), and a staff column whose
 * rows write the title after the name, a party's too (`Ida Falk (fp) Kommunordförande`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const minutes =
  "Sammanträdesprotokoll Kommunstyrelsen Sammanträdesdatum 2011-03-01 Plats och tid Ekrummet, kl 13.00-16.00 " +
  "Beslutande Eva Ek (m) Ordförande Ordförande , Per Alm (s) Vice ordförande Ordförande Siv Holm (m) Olle Berg (m) , " +
  "Nils Dahl (fp) Kim Ahl (kd) Ersättare Ola Ros (c) Övriga deltagare Lars Vik Kommunchef Lisa Berg Nämndsekreterare " +
  "Ida Falk (fp) Kommunordförande Åsa Lund Chef kommunledningssektorn Bo Sten Informationschef Sekreterare Lisa Berg " +
  "Paragraf , Ordförande Eva Ek (m) Paragraf , Justerande Per Alm (s) Bevis/Anslag Justering har tillkännagivits " +
  "genom anslag\n\n§ 1 Val av justerare\n";

describe("a members' table with a title column and a chair column", () => {
  const g = graphOf(minutes);

  it("gives each title after a name's party to that name, the chair column's title to no one", () => {
    const held = roles(g);
    expect(held).toContain("Eva Ek: ordförande");
    expect(held).toContain("Per Alm: vice ordförande");
    expect(held).not.toContain("Per Alm: ordförande");
    expect(held).not.toContain("Siv Holm: ordförande");
    expect(chairs(g).map((c) => c.split(":")[0])).toEqual(["Eva Ek"]);
  });
});

describe("a members' field after a place's comma", () => {
  it("is a field still, its table read as above (`Plats och tid Ekrummet, Beslutande Eva Ek (m) Ordförande Ordförande`)", () => {
    const held = roles(graphOf(minutes.replace("Ekrummet, kl 13.00-16.00 Beslutande", "Ekrummet, Beslutande")));
    expect(held).toContain("Eva Ek: ordförande");
    expect(held).toContain("Per Alm: vice ordförande");
  });
});

describe("a staff column of `Name [(party)] Title` rows", () => {
  const held = roles(graphOf(minutes));

  it("reads a title after a party as that row's once the rows before wrote theirs after the name", () => {
    expect(held).toContain("Ida Falk: kommunordförande");
    expect(held).not.toContain("Åsa Lund: kommunordförande");
  });

  it("reads `Chef <unit>` as the row's title with its unit", () => {
    expect(held).toContain("Åsa Lund: chef kommunledningssektorn");
  });
});
