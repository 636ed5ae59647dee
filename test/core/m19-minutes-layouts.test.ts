/**
 * Layouts of real minutes read in the 19th round of review (protocol.json, 01-lists, 01-protocol, 04-protocol,
 * 05-meetings): association boards' sections (`Suppleanter`, `Sekretariatet`, `Gäster`, `Förhindrade`), `Närvaro` in
 * running text, and more. Invented people; the layouts of real minutes.
 */
import { describe, expect, it } from "vitest";
import { attendanceCapacities } from "../helpers/roles";

const attendees = (text: string) => Object.keys(attendanceCapacities(text)).sort();

describe("an association board's sections", () => {
  it("read `Suppleanter` and `Sekretariatet` under a table's head row as reserves and staff", () => {
    const text = `PROTOKOLL

Möte med sektionens styrelse den 3 mars 2019

Ledamöter Närvarande
Karin Berg X, mötesordförande § 1 - § 9
Olof Strand X
Lisa Holm anmält förhinder
Suppleanter
Per Ek X
Anna Lind X
Sekretariatet
Maja Sund X, sekreterare
Nils Ström X

§ 1 Mötet öppnas
`;
    const got = attendanceCapacities(text);
    expect(got).toEqual({
      "Karin Berg": "member",
      "Olof Strand": "member",
      "Per Ek": "nonserving",
      "Anna Lind": "nonserving",
      "Maja Sund": "staff",
      "Nils Ström": "staff",
    });
  });

  it("read `Gäster:` as others present and `Förhindrade:` as absent", () => {
    const text = `Protokoll fört vid styrelsemöte den 11 september 2019 Närvarande: Karin Berg, Olof Strand, Lisa Holm. Gäster: Per Ek, Anna Lind. Förhindrade: Maja Sund
1. Dagordning Styrelsen beslöt arbeta efter utsänt förslag till dagordning.
`;
    const got = attendanceCapacities(text);
    expect(got["Per Ek"]).toBe("other");
    expect(got["Anna Lind"]).toBe("other");
    expect(got["Karin Berg"]).toBe("member");
    expect(got["Maja Sund"]).toBeUndefined();
  });

  it("read `Närvaro` in running text as the list of who took part", () => {
    const text = `Protokoll från styrelsemötet 4 september

Mötets öppnande Mötet förklarades öppnat. Närvaro Karin Berg (lämnade mötet efter punkt 9) Olof Strand Lisa Holm Per Ek (utan rösträtt, med yttranderätt) Val av mötesfunktionärer Val av mötesordförande Lisa Holm valdes enhälligt till mötesordförande.
`;
    expect(attendees(text)).toEqual(["Karin Berg", "Lisa Holm", "Olof Strand", "Per Ek"]);
  });
});
