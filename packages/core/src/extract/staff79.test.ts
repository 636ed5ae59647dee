/**
 * Round 79's staff rows (invented names in the layout of an inline header flattened from a PDF, several `Name, title
 * Unit` rows on one line): the capitalised unit, school or home after a lower-case staff title, closing its entry
 * before the items, their numbers, a comma or the next name, is where the title is held (`01-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons, roles } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const g = graphOf(
  "1 SAMMANTRÄDESPROTOKOLL Omsorgsutskottet Sammanträdesdatum 2019-05-14 Plats och tid Kommunhuset, Alby, kl. 13.00-16.00 " +
    "Beslutande Anna Berg (S), ordförande Per Ek (M) Lisa Holm (C) Övriga närvarande Maria Dahl, sekreterare " +
    "Karin Sund, enhetschef Björkgården, § 12 Jonas Lind, enhetschef Lövgården Eva Nord, rektor Tallskolan § 13 " +
    "Olle Ström, projektledare Alla-med-projektet, § 14 Siv Ek, avdelningschef Trygg uppväxt Kim Lund, enhetschef Kultur & fritid " +
    "Greta Vik, lärare Ekåsskolan 12-14 Nils Berg, kommunekolog Utses att justera Per Ek Justeringens plats och tid " +
    "Underskrifter Sekreterare Maria Dahl Ordförande Anna Berg\n\n§ 12 Val av justerare\n",
);

describe("a staff row's capitalised unit after its title, rows sharing a line", () => {
  it("is where the title is held, before a comma, the items, their numbers or the next name", () => {
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Karin Sund: enhetschef @ Björkgården",
        "Jonas Lind: enhetschef @ Lövgården",
        "Eva Nord: rektor @ Tallskolan",
        "Olle Ström: projektledare @ Alla-med-projektet",
        "Siv Ek: avdelningschef @ Trygg uppväxt",
        "Kim Lund: enhetschef @ Kultur & fritid",
        "Greta Vik: lärare @ Ekåsskolan",
      ]),
    );
  });
  it("stays written with the title", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Eva Nord: rektor tallskolan", "Siv Ek: avdelningschef trygg uppväxt"]));
  });
  it("is no next name's given name nor the next field's label", () => {
    expect(persons(g)).toEqual(expect.arrayContaining(["Jonas Lind", "Eva Nord", "Kim Lund", "Greta Vik", "Nils Berg"]));
    expect(heldRoles(g).filter((r) => r.startsWith("Nils Berg"))).toEqual(["Nils Berg: kommunekolog"]);
  });
});
