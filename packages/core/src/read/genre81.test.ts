/**
 * Round 81's titles (invented names and texts): a document-sharing site's copy of minutes whose first line is cut at a
 * field (`PROTOKOLL 1(9) Sammanträdesdatum:`) is titled by that line's start, never by the site's `Storlek: px`.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";

describe("minutes copied by a document-sharing site", () => {
  const page = [
    "PROTOKOLL 1(9) Sammanträdesdatum:",
    "",
    "Storlek: px",
    "Starta visningen från sidan:",
    "",
    'Download "PROTOKOLL 1(9) Sammanträdesdatum: 2031-04-18"',
    "",
    "Transkript",
    "",
    "1 1(9) Plats och tid: Ekby rådhus, klockan 18:00 20:00 Närvarande ledamöter: Eva Lind (M), ordförande Per Holm (S) Siv Ek (C) Bo Sand (L)",
    "Justerare: Per Holm",
    "",
  ].join("\n");

  it("is titled by the start of its first line, not by the site's size line", () => {
    const d = readDocument({ source: "x.txt", content: page });
    expect(d.genre).toBe("minutes");
    expect(d.title).toBe("PROTOKOLL");
  });
});
