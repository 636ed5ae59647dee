import { describe, expect, it } from "vitest";
import { scanCues } from "./cues";

describe("scanCues", () => {
  // [text, the kinds of cue found]
  const cases: [string, string[]][] = [
    ["Styrelsen höll möte i Nacka.", ["meeting"]],
    ["Nämnden ska sammanträda i maj.", ["meeting"]],
    ["Sammanträdet öppnades.", ["meeting", "protocol"]],
    // One word holding two cues: a protocol's `sammanträde` is also a meeting told of.
    ["Sammanträdesprotokoll för nämnden", ["meeting", "protocol"]],
    ["sammanträdesdatum 2024-03-12", ["meeting", "protocol"]],
    // In capitals only the protocol cue (the meeting rules look for lower case).
    ["SAMMANTRÄDESPROTOKOLL", ["protocol"]],
    ["Seminariet om möte mellan regioner", ["meeting", "seminar"]],
    ["Läs mer i vårt nyhetsbrev", ["newsletter"]],
    ["i samarbete med KTH", ["collaboration"]],
    ["Medverkande: Karin Berg", ["programme"]],
    ["Program\n09.00 Välkommen", ["programme"]],
    ["Ett nytt program för skolan", []],
    ["Ett vanligt stycke text utan ledtrådar.", []],
    // Words found where they stand, also after a cue's word.
    ["Kommunfullmäktige sammanträdde. Nämnden består av sju ledamöter.", ["assembly", "consists", "meeting"]],
    ["Konferensen och en workshop. Plats: Aulan. Hon är ordförande.", ["conference", "place", "pronoun", "workshop"]],
  ];
  it.each(cases)("%s", (text, kinds) => {
    const cues = scanCues(text);
    expect(
      Object.entries(cues)
        .filter(([, seen]) => seen)
        .map(([kind]) => kind)
        .sort(),
    ).toEqual(kinds);
  });

  it("sets the meeting cue wherever the text holds `möte` or `sammanträd` (the rules' own tests run only then)", () => {
    for (const text of ["x möte", "styrelsemötet", "sammanträdde", "protokoll sammanträde", "Möte"]) {
      expect(scanCues(text).meeting || !(text.includes("möte") || text.includes("sammanträd"))).toBe(true);
    }
  });
});
