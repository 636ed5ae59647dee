/**
 * Round 45's minutes readings (invented names in the layouts of real minutes): an undated meeting of a body with no
 * municipality or region titled by where it met (`extract-document.ts`, `placedMeeting`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, meetings } from "../../../../test/helpers/prose";

const minutes = (place: string) =>
  `Sammanträdesprotokoll Kommunfullmäktige. Plats och tid ${place} kl. 18:00-21:30\n` +
  "Beslutande ledamöter Olle Vinterdal (M) Berit Sjövik (M) (ordförande) Tage Lunnberg (C) (vice ordförande) Sara Hedmyr (S)\n" +
  "Övriga närvarande Mona Kvarnsjö\nUnderskrifter Sekreterare. Mona Kvarnsjö Ordförande. Berit Sjövik\n";

describe("an undated meeting whose body names no municipality", () => {
  it("is titled by the body and where it met, the first part of the place", () => {
    const g = graphOf("kf.txt", minutes("Granlidskyrkan, stora salen"));
    expect(meetings(g)).toEqual(["Kommunfullmäktige (Granlidskyrkan) @ Granlidskyrkan, stora salen"]);
    expect(edges(g, "chaired")).toEqual(["chaired Berit Sjövik -> Kommunfullmäktige (Granlidskyrkan)"]);
  });

  it("two such minutes met in two places are two meetings told apart by their titles", () => {
    const g = graphOf("kf.txt", minutes("Granlidskyrkan"));
    const h = graphOf("kf2.txt", minutes("Folkets hus i Norrby"));
    expect([...meetings(g), ...meetings(h)]).toEqual([
      "Kommunfullmäktige (Granlidskyrkan) @ Granlidskyrkan",
      "Kommunfullmäktige (Folkets hus i Norrby) @ Folkets hus i Norrby",
    ]);
  });

  it("a dated one keeps its date as its title's mark, not the place", () => {
    const g = graphOf("kf.txt", minutes("Granlidskyrkan").replace("kl. 18:00", "2021-03-15 kl. 18:00"));
    expect(meetings(g)).toEqual(["2021-03-15 Kommunfullmäktige @ Granlidskyrkan"]);
  });
});
