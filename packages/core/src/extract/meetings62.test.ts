/**
 * Association minutes whose fields list no members (05-meetings.ts), only their secretary and adjuster: the general
 * meeting's body is named with the association (`Ekby Hembygdsförening årsmöte`), and the one who opened the meeting
 * attended and, with no chair chosen, chaired it; who reports does not attend for that. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { heldRoles } from "../../../../test/helpers/prose";
import { attendees, chairs, graphOf } from "../../../../test/helpers/minutes";

const text =
  "Protokoll fört vid årsmöte i Ekby Hembygdsförening\n\nDatum: 2021-03-13\nPlats: Bygdegården\nSekreterare: Maja Lundqvist\nJusterare: Per Ekholm\n\n" +
  "§ 1. Föreningens ordförande Kerstin Ahlgren öppnade mötet och hälsade alla välkomna.\n\n§ 2. Kassören Rune Falk föredrog den ekonomiska redogörelsen.\n";

describe("association minutes that list no members", () => {
  const g = graphOf(text);
  it("names the general meeting's body with the association", () => {
    expect(heldRoles(g)).toContain("Maja Lundqvist: sekreterare @ Ekby Hembygdsförening årsmöte");
  });
  it("has the one who opened the meeting attend and chair it", () => {
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(["Kerstin Ahlgren", "Maja Lundqvist", "Per Ekholm"]);
    expect(chairs(g)).toEqual(["Kerstin Ahlgren"]);
  });
});
