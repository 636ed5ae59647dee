/**
 * Round 38's genre and dates: minutes whose title stands under a letterhead. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";

describe("minutes titled under a letterhead", () => {
  const LETTERHEAD = [
    "Full text",
    "",
    "(1)",
    "",
    "Norrviks kommun Webb www.norrvik.example E-post kommun@norrvik.example",
    "",
    "Postadress",
    "",
    "456 78 Norrvik Besöksadress",
    "",
    "Kyrkvägen 4 Telefon 0456-12 30 00 Organisationsnr",
    "",
    "212000-1111 Kommunledningskontoret",
    "",
    "Maja Forsell, 0456-12 34 56 maja.forsell@norrvik.example",
    "",
  ];
  const NOTES = [
    "MINNESANTECKNINGAR Sida 1(2)",
    "",
    "Datum",
    "",
    "2021-03-09",
    "",
    "Pensionärsrådet, 2021-03-02",
    "",
    "Plats Medborgarhuset, Stora salen Datum 2021-03-02, kl. 10.00 – 12.00",
    "",
    "Deltagare Tord Almgren, ordförande Maja Forsell, sekreterare Siri Ek, PRO Norrvik",
    "",
    "1. Mötet öppnas",
    "",
  ];

  it("finds the title past the letterhead's lines of address and contact", () => {
    expect(detectGenre([...LETTERHEAD, ...NOTES].join("\n"))).toBe("minutes");
  });

  it("reads a press release with a contact line over a sentence as it was", () => {
    const text = [
      "Pressmeddelande",
      "",
      "Kontakt: Maja Forsell, 0456-12 34 56, maja.forsell@norrvik.example",
      "",
      "Kommunstyrelsen i Norrvik beslutade i går att bygga en ny simhall vid Kyrkvägen, och arbetet börjar i höst.",
      "",
      "PROTOKOLL och handlingar finns på kommunens webbplats.",
      "",
      "Deltagare i dialogmötet var nöjda.",
      "",
    ].join("\n");
    expect(detectGenre(text)).toBe("text");
  });
});
