import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons } from "../../../../test/helpers/minutes";

// A village society's board minutes whose attendance line names each member by the given name alone, separated by
// commas and `och`; the full names stand only under the signatures.
const NOTES = [
  "Protokoll 2015-03-12",
  "",
  "Protokoll fört vid styrelsemöte 12 mars 2015 i Bystugan.",
  "",
  "Närvarande: Lena, Tomas, Ann-Sofi, Göran, Elin och Bertil.",
  "",
  "Anmält förhinder: Karin",
  "",
  "§ 1/ Mötet öppnas.",
  "",
  "§ 2/ Till justerare valdes Göran",
  "",
  "§ 3/ Ann-Sofi ordnar fika till vårmötet.",
  "",
  "Vid protokollet",
  "",
  "Bertil Lövgren                                    Göran Strandqvist",
  "",
  "Ordf                                              Justerare",
  "",
].join("\n");

describe("an attendance field of given names alone", () => {
  const g = graphOf(NOTES);
  it("reads each given name as a person, the full names of the signature the same people", () => {
    expect(persons(g)).toEqual(["Ann-Sofi", "Bertil Lövgren", "Elin", "Göran Strandqvist", "Karin", "Lena", "Tomas"]);
  });
  it("takes the present as attendees, not the absent", () => {
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(["Ann-Sofi", "Bertil Lövgren", "Elin", "Göran Strandqvist", "Lena", "Tomas"]);
  });
});
