/**
 * Review of round 62 (invented names and texts): a parenthesised legend's serving word written `tjg` (`Närv tjg (NT)`)
 * is a serving reserve's mark, as `tj.g.` is (01-protocol.ts rollCallMarks).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

describe("a roll call whose legend writes its serving mark `Närv tjg (NT)`", () => {
  const text =
    "Miljönämnden Sammanträdesdatum 2019-03-14 Plats och tid Rådhuset, Tallvik, kl 13.00-15.00 Beslutande Enligt närvarolista Utses att justera Moa Ekholm\n\n" +
    "Närvarolista Ledamöter Närv (N),Frånv (F) Närv tjg (NT) Paragraf / tid Ja Nej Ja Nej Ivar Lundin (M) N Hedda Roos (S) N Rune Dahlberg (KD) N Alva Nyström (C) F Moa Ekholm (S) N tom 12 Stig Palm (MP) N " +
    "Ersättare Tove Berglin (M) N Arvid Strand (S) NT from 13 Gull Ahlgren (C) F Nils Örn (V) N\n";
  it("reads a reserve marked `NT` as serving, one marked `N` as present without serving", () => {
    expect(attendees(graphOf(text))).toEqual(expect.arrayContaining(["Ivar Lundin: member", "Tove Berglin: nonserving", "Arvid Strand: substitute"]));
  });
});
