/**
 * Round 54's association minutes (invented names and places): an annual meeting's minutes that list no one, titled
 * `Årsmötesprotokoll`, then `Protokoll från Årsmötet den <date>:`, whose items choose the meeting's officers and elect the board for terms.
 */
import { describe, expect, it } from "vitest";
import { attendees } from "../../../../test/helpers/minutes";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const annual = [
  "Årsmötesprotokoll 2022",
  "",
  "Protokoll från Årsmötet den 14 mars 2022:",
  "",
  "§ 1. Mötet öppnades.",
  "",
  "§ 2. Val av ordförande för mötet: Gunnel Åberg.",
  "",
  "§ 3. Val av sekreterare för mötet: Henrik Stavsjö.",
  "",
  "§ 4. Val av justerare för mötet: Vera Lindkvist, Olof Brandt.",
  "",
  "§ 5. Kallelse har skett i behörig ordning.",
  "",
  "§ 6. Verksamhetsberättelsen för det gångna året lästes upp och lades till handlingarna.",
  "",
  "§ 7. Kassarapporten och revisorernas berättelse föredrogs och godkändes av mötet.",
  "",
  "§ 8. Styrelsen beviljades ansvarsfrihet.",
  "",
  "§ 9. Val av styrelse enligt valberedningens förslag.",
  "",
  "Ordförande, vald på två år: Sixten Mårdh, nyval.",
  "",
  "Ledamöter, valda på två år: Kerstin Bodell, omval.",
  "",
  "Ledamöterna Arvid Norrgård, Tyra Hallin, Bengt Sjöö valdes föregående år på två år, sitter därmed kvar i styrelsen.",
  "",
  "§ 10. Mötet avslutades.",
  "",
  "Vallby den 20 mars 2022",
  "",
  "Henrik Stavsjö, sekreterare",
  "",
  "Gunnel Åberg, ordförande",
].join("\n");

describe("an annual meeting's minutes titled `Protokoll från Årsmötet den <date>`", () => {
  it("are the annual meeting's, whose officers it chose, not the board a later item names", () => {
    const roles = personRoles(graphOf(annual));
    expect(roles).toContain("Gunnel Åberg: mötesordförande @ Årsmötet");
    expect(roles).toContain("Henrik Stavsjö: sekreterare @ Årsmötet");
    expect(roles).not.toContain("Gunnel Åberg: mötesordförande @ Styrelsen");
  });
});

describe("an annual meeting's elections for a term", () => {
  it("read as a line's field (`Ordförande, vald på två år: A, nyval.`) and seats named before their names (`Ledamöterna A, B valdes …`)", () => {
    const roles = personRoles(graphOf(annual));
    expect(roles).toContain("Sixten Mårdh: ordförande @ Styrelsen");
    expect(roles).toContain("Kerstin Bodell: ledamot @ Styrelsen");
    expect(roles).toContain("Arvid Norrgård: ledamot @ Styrelsen");
    expect(roles).toContain("Tyra Hallin: ledamot @ Styrelsen");
    expect(roles).toContain("Bengt Sjöö: ledamot @ Styrelsen");
  });
});

const board = (absent: string) =>
  [
    "Protokoll Ekby Hembygdsförening",
    "EKBY HEMBYGDSFÖRENING",
    "SAMMANTRÄDESPROTOKOLL",
    "FRÅN STYRELSEMÖTE I KLUBBSTUGAN 12.05.19 kl 18.00-20.00.",
    "Närvarande Gösta Lindqvist, ordförande, Hedvig Sandin, ledamot, Ella Mork, ledamot och Tage Rydh, suppleant.",
    `Frånvarande ${absent}`,
    "",
    "§ 1 Sammanträdets öppnande",
    "Ordförande Gösta Lindqvist öppnade sammanträdet.",
  ].join("\n");

describe("an absent officer listed with their office (`Frånvarande Eva Ek, kassör`)", () => {
  it("holds it, as one present does, without attending", () => {
    const g = graphOf(board("Vilma Hedberg, vice ordförande"));
    expect(personRoles(g)).toContain("Vilma Hedberg: vice ordförande @ Ekby Hembygdsförening");
    expect(attendees(g).filter((a) => a.startsWith("Vilma"))).toEqual([]);
    expect(personRoles(graphOf(board("Vilma Hedberg, kassör")))).toContain("Vilma Hedberg: kassör");
  });
});
