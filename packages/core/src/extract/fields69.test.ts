/**
 * Round 69's people fields (invented names in the layout of a council sitting's web page): a case's `Diarienummer` in
 * an item's body under the page's `Datum` / `Plats` lines ends the header before any people field, so an election's
 * list in a later item's body (`Ordförande: X (M)`) is no field of the sitting's (`01-lists.ts` `peopleFieldSpans`).
 * The items' titles alone, the sitting's people after them, or minutes whose fields follow a page's number or a `§`
 * line still read.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON_DATA } from "@samverkan/core";
import { peopleFieldSpans } from "./01-lists";

const fields = (text: string) => peopleFieldSpans(text, DEFAULT_LEXICON_DATA.protocol).map((s) => s.name);

const page = (first: string[]) =>
  [
    "Du är här: Start > Ekby kommun > Kommunfullmäktige > Sammanträde 2021-05-04",
    "",
    "Sammanträde 2021-05-04",
    "",
    "Datum",
    "Klockan",
    "18:30",
    "Plats",
    "Ekby rådhus, Storgatan 3",
    "",
    "1 Anmälan av nya frågor",
    "",
    ...first,
    "Beskrivning av ärendet",
    "Inga nya frågor har lämnats in till sammanträdet.",
    "",
    "2 Val av revisorer för perioden 2021-2024",
    "",
    "Kommunfullmäktiges förslag till beslut",
    "1. Följande personer väljs till revisorer:",
    "1. Gustav Lindgren (M)",
    "2. Marta Sjöblom (S)",
    "2. Gustav Lindgren (M) väljs till ordförande för revisorerna.",
    "",
    "Revisorer",
    "1. Gustav Lindgren (M)",
    "2. Marta Sjöblom (S)",
    "Ordförande: Gustav Lindgren (M)",
    "Vice ordförande: Marta Sjöblom (S)",
    "",
  ].join("\n");

describe("a sitting page's items before any people field", () => {
  it("end its header: an item's election list is no field of the sitting's", () => {
    expect(fields(page(["Diarienummer 2021/KS 0101", ""]))).toEqual([]);
  });

  it("but its items' titles alone do not", () => {
    expect(fields(page([]))).toEqual(["ordförande", "vice ordförande"]);
    const titles =
      "Sammanträde 2021-05-04\n\nDatum\nPlats\nEkby rådhus\n\n1 Anmälan av nya frågor\n\n2 Val av revisorer\n\nMötesinformation\n\nNärvarande:\n\nOrdföranden Gustav Lindgren (m)\n\nLedamöterna\nMarta Sjöblom (s)\nIvar Nordqvist (c)\n";
    expect(fields(titles)).toEqual(["närvarande", "ordföranden", "ledamöterna"]);
  });

  it("but a page's number or a `§` line before the fields does not", () => {
    for (const top of ["1 (12)", "§ 1"]) {
      const text = `${top}\nProtokoll Kommunstyrelsen 2021-05-04\n\nBeslutande\nOrdförande: Gustav Lindgren (M)\nMarta Sjöblom (S)\nIvar Nordqvist (C)\n\nSekreterare: Hedda Lööf\n\n§ 1 Val av justerare\n`;
      expect(fields(text)).toEqual(["beslutande", "ordförande", "sekreterare"]);
    }
  });
});
