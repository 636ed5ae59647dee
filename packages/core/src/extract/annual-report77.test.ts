import { describe, expect, it } from "vitest";
import { attendees, chairs } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles, meetingLabels } from "../../../../test/helpers/prose";

// A local paper's report of a pensioners' association's annual meeting, told by who presided over it.
const report = (led: string, held = "") =>
  `Publicerad 2019-03-04\n\nNy ordförande i föreningen\n\n${held}Mötet inleddes med sång av föreningens kör. Olle Vikander informerade om resegruppens arbete. ${led}\n\nTill föreningens ordförande för ett år valdes Stina Bergfalk.\n`;

describe("a press report of an association's annual meeting", () => {
  it("is told by who led its proceedings, with its secretary (`X ledde sedan årsmötesförhandlingarna med Y som sekreterare`)", () => {
    const g = graphOf("rapport.txt", report("Gösta Lindqvist ledde sedan årsmötesförhandlingarna med Maj Sundell som sekreterare."));
    expect(meetingLabels(g)).toEqual(["2019-03 Årsmöte"]);
    expect(chairs(g)).toEqual(["Gösta Lindqvist"]);
    expect(attendees(g)).toContain("Maj Sundell: secretary");
    expect(heldRoles(g)).toContain("Maj Sundell: sekreterare @ Årsmötet");
  });
  it("is the association's held on the day the text gives (`SPF Norrvik höll sitt årsmöte den 12 februari. Mötet leddes av X`)", () => {
    const g = graphOf(
      "rapport.txt",
      report("Mötet leddes av Gösta Lindqvist med Maj Sundell som sekreterare.", "SPF Norrvik höll sitt årsmöte den 12 februari. "),
    );
    expect(meetingLabels(g)).toEqual(["2019-02-12 Årsmöte, SPF Norrvik"]);
    expect(chairs(g)).toEqual(["Gösta Lindqvist"]);
  });
  it("is none where a meeting is merely named or to be led, nor a bare `mötet` of no annual meeting held", () => {
    for (const led of [
      "Gösta Lindqvist talade vid årsmötet om föreningens ekonomi.",
      "Gösta Lindqvist ska leda årsmötesförhandlingarna i mars.",
      "Mötet leddes av Gösta Lindqvist. Handlingarna till årsmötet finns på hemsidan.",
    ])
      expect(meetingLabels(graphOf("rapport.txt", report(led)))).toEqual([]);
  });
});
