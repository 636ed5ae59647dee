/**
 * Round 47's minutes readings (invented names in the layouts of real minutes): a signature block whose labels stand in
 * a run before its names (`04-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

const SIGNED =
  "1 NORRBY KOMMUN Sammanträdesprotokoll 1 (12) Plats och tid Sessionssalen, kommunhuset Beslutande Sune Vikstam (M), " +
  "ordförande Rut Hallberg (S) Tilda Sjöstedt (C) Övriga närvarande Mona Strandh, kommunsekreterare Justerande Tilda " +
  "Sjöstedt (C) Plats och tid för justering Kommunkansliet, Sekreterare Ordförande Justerande ";

describe("a signature block with its labels in a run before the names", () => {
  it("pairs the labels and the names in order", () => {
    const g = graphOf("ks.txt", `${SIGNED}Mona Strandh Sune Vikstam Tilda Sjöstedt BEVIS Justeringen har tillkännagivits. Organ Kommunstyrelsen\n`);
    expect(edges(g, "chaired")).toEqual(["chaired Sune Vikstam -> Kommunstyrelsen (Sessionssalen)"]);
    expect(heldRoles(g).filter((r) => r.startsWith("Mona Strandh"))).toEqual([
      "Mona Strandh: kommunsekreterare @ Kommunstyrelsen",
      "Mona Strandh: sekreterare @ Kommunstyrelsen",
    ]);
  });

  it("splits two names the header lists apart, glued after the run", () => {
    const g = graphOf(
      "ks.txt",
      "1 NORRBY KOMMUN Sammanträdesprotokoll 1 (12) Plats och tid Sessionssalen, kommunhuset Beslutande Sune Vik (M), " +
        "ordförande Rut Hallberg (S) Ann-Sofi Sjöstedt (C) Övriga närvarande Mona Strandh, kommunsekreterare Justerande " +
        "Ann-Sofi Sjöstedt (C) Plats och tid för justering Kommunkansliet, Sekreterare Ordförande Justerande Mona Strandh " +
        "Sune Vik Ann-Sofi Sjöstedt BEVIS Justeringen har tillkännagivits. Organ Kommunstyrelsen\n",
    );
    expect(
      g
        .filterNodes((_, a) => a.kind === "person")
        .map((n) => g.getNodeAttribute(n, "label"))
        .sort(),
    ).toEqual(["Ann-Sofi Sjöstedt", "Mona Strandh", "Rut Hallberg", "Sune Vik"]);
    expect(edges(g, "chaired")).toEqual(["chaired Sune Vik -> Kommunstyrelsen (Sessionssalen)"]);
  });
});
