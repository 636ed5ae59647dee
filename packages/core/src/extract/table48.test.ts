/**
 * Lists in minutes' layouts real minutes use (01-protocol.ts): an attendance list that goes on over a page's break.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

describe("an attendance list that goes on after a page's footer and the next page's head", () => {
  const text =
    "1 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Kommunfullmäktige Tid Plats 18:30-20:00 Medborgarhuset, Vallby Beslutande ledamöter Eva Strand (S) (ordförande) Nils Ahlgren (M) (vice ordförande) Karin Holm (S) Per Lindell (M) Maja Berg (C) Olle Sjöqvist (V) Ej tjänstgörande ersättare Page 1 of 9\n\n2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Tove Rask (SD) Anton Wiklund (SD) Övriga Lena Dahl (Kommundirektör) Siv Ek (Kommunsekreterare) Protokollet innehåller paragraferna Ordförande Eva Strand (S) Justerare Karin Holm (S) Maja Berg (C) Sekreterare Siv Ek Justerare signatur Utdragsbestyrkande Page 2 of 9\n\n3 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum VALLBY KOMMUN ANSLAG/BEVIS Protokollet är justerat.\n§ 1 Val av justerare\n";
  it("reads the names after the head in the field before the footer (`Ej tjänstgörande ersättare`)", () => {
    expect(attendees(graphOf(text)).filter((a) => /Tove|Anton/.test(a))).toEqual(["Anton Wiklund: nonserving", "Tove Rask: nonserving"]);
  });
  it("not after a footer that no repeated head follows", () => {
    const g = graphOf(text.replace("2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Tove", "2 Sammanträdesdatum Tove"));
    expect(attendees(g).filter((a) => /Tove|Anton/.test(a))).toEqual([]);
  });
});
