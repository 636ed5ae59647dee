/**
 * Round 68's press page about a council's sitting (invented names and places): its prose holds three protocol cue
 * words in lower case (`sammanträde`, `ersättare`, `protokoll`), none a header's label, so it is read as a text and
 * its parties and offices are kept. A flattened header with one label among three cue words, or minutes written as
 * prose with four, are still minutes.
 */
import { describe, expect, it } from "vitest";
import { parties } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";
import { detectGenre } from "./genre";

describe("a press page whose prose holds three protocol words", () => {
  const page = [
    "Publicerad 4 mars 2024",
    "",
    "Nytt presidium i Ekby",
    "",
    "Fullmäktige i Ekby kommun höll i går sitt första sammanträde för året.",
    "",
    "Då valdes ledamöter och ersättare i nämnderna. Ada Lindkvist (C) valdes till ordförande i fullmäktige.",
    "",
    "Kallelser och protokoll finns på kommunens webbplats.",
  ].join("\n");

  it("is a text", () => {
    expect(detectGenre(page)).toBe("text");
  });

  it("keeps the party and the office its prose names", () => {
    const g = graphOf("ekby-press.txt", page);
    expect(parties(g)).toEqual(["Ada Lindkvist: Centerpartiet"]);
    expect(heldRoles(g)).toContain("Ada Lindkvist: ordförande");
  });
});

describe("protocol words that still tell minutes", () => {
  it("a flattened header with one of them a label", () => {
    expect(detectGenre("Kultur- och fritidsnämnden 2024-03-05 Beslutande Ada Lindkvist (C) tjänstgörande ersättare för Ola Ek, sammanträde i Ekby")).toBe(
      "minutes",
    );
  });

  it("minutes written as prose with four of them", () => {
    const minutes =
      "Till mötesordförande valdes Ada Lindkvist och till mötessekreterare Ola Ek. Årsmötet godkände dagordningen, och de närvarande valde två justerare.";
    expect(detectGenre(minutes)).toBe("minutes");
  });
});
