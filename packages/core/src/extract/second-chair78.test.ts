/**
 * Round 78's second chairs (invented names in the layouts of a board's signature block where one `Ordförande` label
 * holds two names, a chair for some items), read in `01-protocol.ts`.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, persons } from "../../../../test/helpers/minutes";

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
