/**
 * Round 78's second chairs (invented names in the layouts of a board's signature block where one `Ordförande` label
 * holds two names, a chair for some items), read in `01-protocol.ts`.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, persons, roles } from "../../../../test/helpers/minutes";

const minutes = (signature: string) =>
  "1 1 (9) Tid och plats Tisdagen den 3 mars 2015 kl 08.30, Rådhuset Beslutande Ledamöter Eva Ek (S) Per Holm (M) Kim Ahl (C) " +
  `Bo Alm (S) Tjänstemän Ida Wall sekreterare Justering Kim Ahl (C) Justerade paragrafer 5-9 Underskrifter ${signature}\n\n§ 5 Val av justerare\n`;

describe.each([
  ["the second name's items only", "Sekreterare Ida Wall Ordförande Eva Ek Per Holm 7 Justerande Kim Ahl"],
  ["items in parentheses", "Sekreterare Ida Wall Ordförande Eva Ek (ej § 7) Per Holm (§ 7) Justerande Kim Ahl"],
  ["a paragraph sign and a span", "Sekreterare Ida Wall Ordförande ...... Eva Ek Per Holm §§ 7-8 Justerande ...... Kim Ahl"],
])("a second chair under one `Ordförande` label: %s", (_, signature) => {
  const g = graphOf(minutes(signature));
  it("both chair", () => {
    expect(chairs(g)).toEqual(["Eva Ek", "Per Holm"]);
  });
  it("the adjuster does not", () => {
    expect(persons(g)).toContain("Kim Ahl");
    expect(chairs(g)).not.toContain("Kim Ahl");
  });
});

describe("labels first over the adjusters the header chose: two chairs under the one `Ordförande` label", () => {
  const g = graphOf(
    [
      "Protokoll 1(30)",
      "Regionfullmäktige 2016-05-04",
      "Tid och plats Rådhussalen, Vallby den 4 maj 2016 kl 09.00 Beslutande Enligt närvaroförteckning Utses att justera Bo Alm (S) och Siv Berg (C)",
      "Justeringens plats och tid Regionhuset den 10 maj 2016",
      "Sekreterare Ordförande Justerande Eva Ek Per Holm (V) Kim Ahl (S) Paragrafer 1-20 Bo Alm (S) Siv Berg (C)",
      "Protokoll 2(30)",
      "Närvaroförteckning regionfullmäktige Norra valkretsen Per Holm (V) Kim Ahl (S) Ulf Sten (C) Södra valkretsen Bo Alm (S) Siv Berg (C)",
      "§ 1 Val av justerare",
    ].join("\n"),
  );
  it("both chair", () => {
    expect(chairs(g)).toEqual(["Kim Ahl", "Per Holm"]);
  });
  it("the secretary and the adjusters keep their offices", () => {
    expect(roles(g)).toEqual(
      expect.arrayContaining(["Eva Ek: sekreterare", "Kim Ahl: ordförande", "Per Holm: ordförande", "Bo Alm: justerande", "Siv Berg: justerande"]),
    );
    expect(roles(g)).not.toContain("Kim Ahl: justerande");
  });
});
