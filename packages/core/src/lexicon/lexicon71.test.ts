/**
 * Role words as data (session 71, data/roles.json and data/role-suffixes.json): `protokollförare` is a title; titles
 * ending in `-lots`, `-guide`, `-suppleant` and `-förvaltare` are read after a name's comma and end a name in a
 * flattened roll. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons, roles } from "../../../../test/helpers/minutes";

describe("role words", () => {
  it("reads a staff title ending in `-lots` or `-guide` after the name's comma", () => {
    const g = graphOf(
      "Kulturnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2017-05-03\nBeslutande Eva Lind (S) ordförande\nPer Ek (M)\nÖvriga deltagare Per Holm, demokratilots, KFK 12 Siv Ahl, kulturguide, KFK 12\nUtses att justera Per Ek\n",
    );
    expect(roles(g)).toEqual(expect.arrayContaining(["Per Holm: demokratilots", "Siv Ahl: kulturguide"]));
  });
  it("reads `protokollförare` as a title, and ends a name at a title in `-suppleant` or `-förvaltare`", () => {
    const g = graphOf(
      "Styrelsemöte Åby Kattklubb 2017-05-03\nNärvarande Ordförande Eva Lind Vice ordförande Per Ek Kassaförvaltare Ola Berg\nÖvriga närvarande Lisa Rahm, protokollförare Revisorer Rut Alm Nils Ek Revisorssuppleant Olle Berg\n",
    );
    expect(persons(g)).toEqual(["Eva Lind", "Lisa Rahm", "Nils Ek", "Ola Berg", "Olle Berg", "Per Ek", "Rut Alm"]);
    expect(roles(g)).toContain("Lisa Rahm: protokollförare");
  });
});
