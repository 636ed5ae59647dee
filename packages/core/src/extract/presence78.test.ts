/**
 * Round 78's presence marks after a roll's party letters (invented names in the layout of a board's OCR roll whose
 * column of presence is flattened after each name's `, P`), read in `01-protocol.ts`.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, parties } from "../../../../test/helpers/minutes";

describe("a party after the name's comma, then a presence mark (`Per Holm, S ej Kim Ahl, C ej 12`)", () => {
  const g = graphOf(
    [
      "Kommunstyrelsen 2015-03-03",
      "Tid och plats Rådhuset, tisdagen den 3 mars 2015 kl 08.30",
      "Beslutande Eva Ek, M Per Holm, S ej Kim Ahl, C ej 12 Bo Alm, KD ej Siv Berg, S Lena Dahl, C Tjg ersättare Ulf Sten, S ej 14 Ann Lind, C ej Maja Falk, V Övriga deltagare Ida Wall, sekreterare",
      "Utses att justera Lena Dahl",
      "§ 10 Val av justerare",
    ].join("\n"),
  );
  it.each([
    ["Per Holm: Socialdemokraterna"],
    ["Kim Ahl: Centerpartiet"],
    ["Bo Alm: Kristdemokraterna"],
    ["Ulf Sten: Socialdemokraterna"],
    ["Ann Lind: Centerpartiet"],
  ])("%s", (line) => {
    expect(parties(g)).toContain(line);
  });
  it("the names marked still attend", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Per Holm: member", "Kim Ahl: member", "Ulf Sten: substitute"]));
  });
});
