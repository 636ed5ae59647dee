/**
 * Attendance lists flattened without commas: a name's municipality or organisation after it, and staff titles with
 * their qualifiers (01-protocol.ts, 02-mentions.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";
import { edges, heldRoles } from "../../../../test/helpers/prose";

describe("a name and its municipality with no comma (`Eva Ek Alby kommun (ordf.)`)", () => {
  const text = `PROTOKOLL 1 (4) STYRELSEN FÖR BJÖRKÅNS VATTENRÅD Närvarande Ledamöter: Kommunrepresentanter Sigrid Tallberg Tranås kommun (ordf.) Ylva Marken Mjölby kommun (vice ordf.) Ersättare: Kommunrepresentanter Stina Holmén Boxholms kommun Adjungerade: Maria Lundell Tranås kommun (ordf. arbetsgruppen) Plats: Kommunhuset Tid: Torsdagen den 14 mars 2019 kl 13.00\n\n1. Val av justerare Sigrid Tallberg hälsar alla välkomna och öppnar mötet.\n`;
  const g = graphOf(text);
  it("reads the name alone, and the municipality as the one the person represents", () => {
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(["Maria Lundell", "Sigrid Tallberg", "Stina Holmén", "Ylva Marken"]);
    expect(edges(g, "represents")).toEqual([
      "represents Maria Lundell -> Tranås",
      "represents Sigrid Tallberg -> Tranås",
      "represents Stina Holmén -> Boxholm",
      "represents Ylva Marken -> Mjölby",
    ]);
  });
  it("holds a title in parentheses that names another group there, not as the meeting's chair", () => {
    expect(edges(g, "chaired")).toEqual(["chaired Sigrid Tallberg -> 2019-03-14 Styrelsen för Björkåns vattenråd"]);
    expect(heldRoles(g)).toContain("Maria Lundell: ordförande @ Arbetsgruppen");
  });
});

describe("a staff title with its qualifier (`chef Fritid`, `Administrativ chef`, `HR-chef och chef verksamhetsstöd`)", () => {
  const text = `Direktionens protokoll 12 mars 2021\n\nNärvarande\n\nDirektionens ledamöter\nKarl Viberg (S), ordförande\nEbba Strand (M)\n\nTjänstepersoner\nMaria Ljungqvist, HR-chef och chef verksamhetsstöd\nTove Lind, chef för projekt- och verksamhetsutveckling\n\nÖvriga Anna Kvist, Förvaltningschef Erik Holmgren, chef Fritid Zorvina Lunde, chef Konserthuset Berit Sand, chef Kultur Lena Brodin, Administrativ chef Per Ekman, Nämndsekreterare\n\nJustering\nAtt justera dagens protokoll valdes Ebba Strand.\n\n12 § Sammanträdets öppnande\n`;
  const g = graphOf(text);
  it("writes the title whole, its unit up to the next name", () => {
    expect(roles(g)).toEqual(
      expect.arrayContaining([
        "Anna Kvist: förvaltningschef",
        "Berit Sand: chef kultur",
        "Erik Holmgren: chef fritid",
        "Lena Brodin: administrativ chef",
        "Maria Ljungqvist: hr-chef och chef verksamhetsstöd",
        "Per Ekman: nämndsekreterare",
        "Tove Lind: chef för projekt- och verksamhetsutveckling",
        "Zorvina Lunde: chef konserthuset",
      ]),
    );
    expect(attendees(g)).toContain("Zorvina Lunde: other");
  });
});

describe("a staff title before a name written surname first (`Skoldirektör Holm Eva (BSN), Nämndsekreterare`)", () => {
  const text = `Protokoll Barn- och skolnämnden 2013-09-25\n\nBeslutande Dahl Lisa (S), ordförande Berg Olle (M)\n\nÖvriga närvarande Sand Greta (BSN), Skoldirektör Holm Eva (BSN), Nämndsekreterare Lind Tora (BSN), Kommunikatör\n\nUtses att justera Berg Olle\n\n§ 1 Val av justerare\n`;
  it("keeps the surname in the name, not in the title before it", () => {
    expect(roles(graphOf(text))).toEqual(expect.arrayContaining(["Eva Holm: nämndsekreterare", "Greta Sand: skoldirektör"]));
  });
});
