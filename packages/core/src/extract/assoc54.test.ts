/**
 * Round 54's association minutes (invented names and places): an annual meeting's minutes that list no one, titled
 * `Årsmötesprotokoll`, then `Protokoll från Årsmötet den <date>:`, whose items choose the meeting's officers and elect the board for terms.
 */
import { describe, expect, it } from "vitest";
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
  "§ 6. Styrelsen beviljades ansvarsfrihet.",
  "",
  "§ 7. Val av styrelse enligt valberedningens förslag.",
  "",
  "Ordförande, vald på två år: Sixten Mårdh, nyval.",
  "",
  "Ledamöter, valda på två år: Kerstin Bodell, omval.",
  "",
  "§ 8. Mötet avslutades.",
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
    expect(roles.filter((r) => r.includes("Styrelsen"))).toEqual([]);
  });
});
