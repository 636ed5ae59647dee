/**
 * Round 69's header readings, continued (invented names in the layout of a council sitting's web page): an item's
 * number and title followed by its case's `Diarienummer` under the page's `Datum` / `Plats` lines ends the header
 * before any people field, so an election's list in a later item's body (`Ordförande: X (M)`) names no chair or
 * attendee of the sitting's (`01-protocol.ts` `readProtocolHeader`). The items' titles alone, the sitting's people
 * after them, still read.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, roles } from "../../../../test/helpers/minutes";

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
    ...first,
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

describe("a sitting page's items with their case numbers before any people field", () => {
  it("end its header: an item's election list names no chair or attendee of the sitting's", () => {
    const g = graphOf(page(["Diarienummer 2021/KS 0101", ""]));
    expect(chairs(g)).toEqual([]);
    expect(attendees(g)).toEqual([]);
  });

  it("but its items' titles alone do not: the sitting's people after them still read", () => {
    const titles =
      "Du är här: Start > Ekby kommun > Kommunfullmäktige > Sammanträde 2021-05-04\n\nDatum\nPlats\nEkby rådhus\n\n1 Anmälan av nya frågor\n\n2 Val av revisorer\n\nMötesinformation\n\nNärvarande:\n\nOrdförande Gustav Lindgren (M)\n\nLedamöter\nMarta Sjöblom (S)\nIvar Nordqvist (C)\n";
    expect(roles(graphOf(titles))).toEqual(["Gustav Lindgren: ordförande", "Ivar Nordqvist: ledamöter", "Marta Sjöblom: ledamöter"]);
  });
});
