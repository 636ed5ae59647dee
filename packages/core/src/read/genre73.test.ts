/**
 * Round 73: a sharing site's copy of minutes that opens on the sitting's roll alone, its officers marked `ordf` and
 * `vice ordf` and no field label left, with the title `PROTOKOLL <Body>` further down (after the site's related
 * documents), is minutes; a press page naming officers with their parties stays a text. Invented names and places.
 */
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";

const ROLL = "Eva Ek (M) ordf Per Holm (C) vice ordf Kim Ahl (M) Siv Berg (KD) Bo Lind (FP)";
const RELATED = [
  "Relevanta dokument",
  "om bidrag till Ekby IF:s klubbstuga",
  "",
  "Per Holm (C), vice ordförande Kim Ahl (M) Siv Berg (KD) Bo Lind (FP) Ulla Sjö (S)",
  "",
  "Per Holm (C), vice ordf. Kim Ahl (M) Lars Dahl (M), tj ers Bo Lind (FP) Ulla Sjö (S)",
  "",
  "om bidrag till Ekby IF:s klubbstuga",
  "",
];

describe("minutes opening on a roll with its officers marked", () => {
  it("are minutes with the title `PROTOKOLL <Body>` further down", () => {
    const text = [ROLL, "", "", ...RELATED, "PROTOKOLL Kommunstyrelsen", "", "ANSLAG/BEVIS Protokollet är justerat."].join("\n");
    expect(detectGenre(text)).toBe("minutes");
  });

  it("are not told by the roll without that title", () => {
    const text = [ROLL, "", "", ...RELATED, "Ekby kommun"].join("\n");
    expect(detectGenre(text)).toBe("text");
  });
});

describe("a press page naming officers with their parties", () => {
  it("stays a text when its roll of officers is a photo caption under a headline", () => {
    const text = [
      "Nytt presidium i Ekby",
      ROLL,
      "",
      "Kommunstyrelsen valde i går sitt presidium. Protokollet justeras på fredag.",
      "PROTOKOLL Kommunstyrelsen finns på kommunens webbplats.",
    ].join("\n");
    expect(detectGenre(text)).toBe("text");
  });

  it("stays a text when its first line names the officers in a sentence", () => {
    const text = [
      "Eva Ek (M), ordförande, Per Holm (C), vice ordförande, Kim Ahl (M), Siv Berg (KD) och Bo Lind (FP) valdes i går.",
      "",
      "PROTOKOLL Kommunstyrelsen finns på kommunens webbplats.",
    ].join("\n");
    expect(detectGenre(text)).toBe("text");
  });
});
