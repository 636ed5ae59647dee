/**
 * Round 80's staff rows (invented names in the layout of a flattened `Övriga deltagande` field of `Name, title` rows):
 * an indefinite plural title after a row's comma, before a run of names joined by commas, is each of those names'
 * singular title, not the row's before it (`01-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

const g = graphOf(
  "Socialnämnden Sammanträdesprotokoll 2018-03-12\n\nPlats och tid Kommunhuset, kl 13.00-15.00\n\n" +
    "Beslutande Anna Berg (S), ordförande Per Ek (M)\n\nÖvriga deltagande Lisa Holm, socialchef, enhetschefer Maja Lind, " +
    "Siv Ek, Ulla Ros §§ 12-13, biträdande socialchef Olle Berg\n\nUtses att justera Per Ek\n",
);

describe("a plural title before a run of names, after a row's comma", () => {
  it("is each name's, in the singular", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Maja Lind: enhetschef", "Siv Ek: enhetschef", "Ulla Ros: enhetschef"]));
  });
  it("is no part of the row's title before it", () => {
    expect(roles(g).filter((r) => r.startsWith("Lisa Holm"))).toEqual(["Lisa Holm: socialchef"]);
  });
});
