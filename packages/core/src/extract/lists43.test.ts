/**
 * Round 43's lists (invented names and texts): a roll call's legend written word first (`Närvarande = N`), surname-first
 * lists with an affiliation after each name, and staff titles the lexicon lacked (01-protocol.ts, roles.json).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

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

describe("staff titles the lexicon lacked", () => {
  it("reads titles ending in -producent, -antikvarie, -förmedlare, -biträde, -revisor, and `nämndsekr.`", () => {
    const text =
      "Protokoll 2019-05-20 Plats och tid Kulturhuset, Norrvik kl 13.00-15.00 Beslutande Holger Lindgren, ordförande Maud Vrålsten, ledamot Övriga deltagande Sixten Ekström, musikproducent Ines Tallgrip, byggnadsantikvarie Ebbe Berglund, arbetsförmedlare Greger Nyberg, förtroendevald kommunrevisor Tuva Sandell, kontorsbiträde Kettil Holmqvist, nämndsekr. Utses att justera Maud Vrålsten\n";
    expect(roles(graphOf(text))).toEqual(
      expect.arrayContaining([
        "Sixten Ekström: musikproducent",
        "Ines Tallgrip: byggnadsantikvarie",
        "Ebbe Berglund: arbetsförmedlare",
        "Tuva Sandell: kontorsbiträde",
        "Kettil Holmqvist: nämndsekr.",
      ]),
    );
  });
});
