/**
 * Round 77's roll-call tables (invented names and texts): a legend of `Word (Mark)` pairs and a header row of column
 * heads before the first row; `Ej tjänstgörande ersättare` as a row's title (01-protocol.ts).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

describe("a roll call whose legend is `Word (Mark)` pairs and whose header carries column heads", () => {
  const text =
    "Miljönämnden Sammanträdesdatum 2019-03-14 Plats och tid Rådhuset, Tallvik, kl 13.00-15.00 Beslutande Enligt närvarolista Utses att justera Moa Ekholm\n\n" +
    "Närvarolista Ledamöter Närv (N),Frånv (F) Närv tj.g. (NT) Paragraf / tid Ja Nej Ja Nej Ivar Lundin (M) N Hedda Roos (S) N Rune Dahlberg (KD) N Alva Nyström (C) F Moa Ekholm (S) N tom 12 Stig Palm (MP) N " +
    "Ersättare Tove Berglin (M) N Arvid Strand (S) NT from 13 Gull Ahlgren (C) F Nils Örn (V) N\n";
  const seats = attendees(graphOf(text));
  const present = seats.map((a) => a.split(":")[0]);
  it("reads the members' rows after the column heads", () => {
    expect(present).toEqual(expect.arrayContaining(["Ivar Lundin", "Hedda Roos", "Rune Dahlberg", "Moa Ekholm", "Stig Palm"]));
    expect(present).toEqual(expect.arrayContaining(["Tove Berglin", "Arvid Strand", "Nils Örn"]));
  });
  it("takes `Frånv (F)` for absent: never an attendee", () => {
    expect(present).not.toContain("Alva Nyström");
    expect(present).not.toContain("Gull Ahlgren");
  });
  it("keeps a reserve marked present a reserve, and one marked `Närv tj.g.` serving", () => {
    expect(seats).toEqual(expect.arrayContaining(["Ivar Lundin: member", "Tove Berglin: nonserving", "Arvid Strand: substitute"]));
  });
});

describe("`Ej tjänstgörande ersättare` written as the title of a row under a field of others present", () => {
  it("is a reserve present without serving, never the serving reserve", () => {
    const text =
      "Byggnadsnämnden Sammanträdesdatum 2019-03-14 Plats och tid Rådhuset, Tallvik, kl 13.00-15.00 Beslutande Ivar Lundin (s) ordförande Hedda Roos (m) Rune Dahl (kd) " +
      "Övriga närvarande Ej tjänstgörande ersättare Nils Örn (s) Gull Ahlgren (c) Tjänstemän Bo Berg Förvaltningschef Utses att justera Hedda Roos\n";
    const g = graphOf(text);
    expect(attendees(g)).toContain("Nils Örn: nonserving");
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role" && a.role === "ej tjänstgörande ersättare")
      .map((e) => g.getEdgeAttribute(e, "roleNormalised"));
    expect(held).toEqual(["ersättare"]);
  });
});
