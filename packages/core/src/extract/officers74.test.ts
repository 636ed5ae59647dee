/**
 * Round 74's officers of an association's annual meeting chosen in a lettered list (invented names and association, in
 * the layout of real annual meetings' minutes), read in `04-protocol.ts` (`officesIn`, `chosenInParagraphs`): each
 * item's office, maybe abbreviated (`a)Ordf. X b) sekr. Y c) justerare & rösträknare A och B`), is its names'.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const minutes = [
  "Årsmötesprotokoll",
  "",
  "Protokoll fört vid Ekbacka byalags årsmöte",
  "Datum : 2021-04-11",
  "Plats : Bygdegården",
  "Närvarande : 17 st.",
  "§ 1. Tora Backlund, ordförande, förklarade mötet öppnat.",
  "§ 2. Kallelsen till årsmötet godkändes.",
  "§ 3. Till årsmötesfunktionärer valdes : a)Ordf. Nils Hedberg b) sekr. Vera",
  "Ljungqvist c) justerare & rösträknare Edvin Sjöholm och Ylva Granlid.",
  "§ 4. Dagordningen fastställdes.",
  "§ 5. Till styrelseledamöter på två år valdes Anton Rask (Vera Ljungqvist har ett år kvar).",
  "§ 6. Mötet avslutades.",
].join("\n");

describe("an annual meeting's officers in a lettered list (`valdes : a)Ordf. X b) sekr. Y c) justerare & rösträknare A och B`)", () => {
  const g = graphOf(minutes);

  it("the one chosen as ordf. chairs the meeting, not the association's chair who opened it", () => {
    expect(chairs(g)).toEqual(["Nils Hedberg"]);
    expect(roles(g)).toContain("Nils Hedberg: mötesordförande");
  });

  it("the secretary, whose name a line breaks, and the adjusters who count the votes hold their offices and were there", () => {
    expect(roles(g)).toEqual(
      expect.arrayContaining([
        "Vera Ljungqvist: sekreterare",
        "Edvin Sjöholm: justerare",
        "Edvin Sjöholm: rösträknare",
        "Ylva Granlid: justerare",
        "Ylva Granlid: rösträknare",
      ]),
    );
    expect(attendees(g)).toEqual(
      expect.arrayContaining(["Vera Ljungqvist: secretary", "Edvin Sjöholm: adjuster", "Ylva Granlid: adjuster", "Nils Hedberg: chair"]),
    );
  });
});
