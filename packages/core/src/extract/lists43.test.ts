/**
 * Round 43's lists (invented names and texts): a roll call's legend written word first (`Närvarande = N`), surname-first
 * lists with an affiliation after each name, and staff titles the lexicon lacked (01-protocol.ts, roles.json).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

describe("a roll call's legend written word first", () => {
  it("reads `Närvarande = N`, `Frånvarande = F` after the party's letter: N present, F absent", () => {
    const text =
      "1 Kommunfullmäktige Plats och tid Medborgarhuset, Tallvik, kl 18.00 Beslutande Enligt förteckning Utses att justera Hedda Roos (S)\n\n" +
      "2 Kommunfullmäktige Närvarolista/omröstningsprotokoll Tallvik Namn Närvarande = N 20 Frånvarande = F Ja Nej Tjänstgörande = Tj LEDAMÖTER Ivar Lundin M N Ja Hedda Roos S N Ja Moa Ekholm C F (Stig Palm)- Rune Dahlberg KD N Ja Alva Nyström S F\n";
    const present = attendees(graphOf(text)).map((a) => a.split(":")[0]);
    expect(present).toEqual(expect.arrayContaining(["Ivar Lundin", "Hedda Roos", "Rune Dahlberg", "Stig Palm"]));
    expect(present).not.toContain("Moa Ekholm");
    expect(present).not.toContain("Alva Nyström");
  });
});

describe("a surname-first list with an affiliation after each name", () => {
  it("reads every row surname first: an unknown surname, a body's word before it, a given name the lexicon lacks", () => {
    const text =
      "NORRVIKS KOMMUN PROTOKOLL 1(4) Tid: Klockan Plats: Stadshuset, Norrvik Närvarande: Lindgren Holger Kommunstyrelsen Vrålsten Maud RBU Ekström Sixten Socialnämnden Stjärnkvist Mirre HSO, ordförande Nyberg Greger SRF Norrvik Tallgrip Ines HSO Berglund Ebbe Kommunstyrelsen\n\n" +
      "2 NORRVIKS KOMMUN PROTOKOLL 2(4) 5 Mötets öppnande Ordförande hälsar alla välkomna.\n";
    const present = attendees(graphOf(text)).map((a) => a.split(":")[0]);
    expect(present).toEqual(["Ebbe Berglund", "Greger Nyberg", "Holger Lindgren", "Ines Tallgrip", "Maud Vrålsten", "Mirre Stjärnkvist", "Sixten Ekström"]);
  });
});
