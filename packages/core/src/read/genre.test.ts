/**
 * Minutes whose title a document-sharing site's page pushes down (its own title, size and download link before the
 * PDF's text, which follows `Transkript`), and minutes that list who took part as `Deltagare:` inline. Invented names.
 */
import { buildGraph, readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";

/** A shared PDF's page: the site's lines, then the PDF's text flattened, its logos' names before its title. */
const SHARED = [
  "Hotell Vika Konferens. Kungsvägen 12, Vaxholm",
  "",
  "Storlek: px",
  "Starta visningen från sidan:",
  "",
  'Download "Hotell Vika Konferens. Kungsvägen 12, Vaxholm"',
  "",
  "Transkript",
  "",
  "1 Vaxholm Täby Danderyd Ekerö MINNESANTECKNINGAR 1(6) Samrådsgruppen Dag Tid Plats ande Konferensgården Tallbacken Lena Borg, Vaxholms stad " +
    "Per Ekström, Täby kommun, ordförande Ola Fors, Danderyds kommun Karin Åsberg, Ekerö kommun, vice ordförande Övriga deltagande " +
    "Siv Dahlin, Täby kommun Erik Sundin, Samrådsgruppens kansli, sekreterare",
  "",
  "2 SAMRÅDSGRUPPEN MINNESANTECKNINGAR 2(6) Dagordning 1. Mötets öppnande 2. Föregående minnesanteckningar 3. Övriga frågor",
  "",
].join("\n");

describe("minutes under a document-sharing site's page lines", () => {
  it("are minutes by the title after `Transkript`", () => {
    expect(detectGenre(SHARED)).toBe("minutes");
    // Without the title the page is no minutes: the list alone does not tell it.
    expect(detectGenre(SHARED.replace(" MINNESANTECKNINGAR 1(6)", "").replace("MINNESANTECKNINGAR 2(6)", ""))).toBe("text");
  });

  it("give their meeting, its chair and who took part", () => {
    const { graph } = buildGraph([readDocument({ source: "samrad.txt", content: SHARED })], { layout: false });
    const meetings = graph.filterNodes((_, a) => a.kind === "meeting");
    expect(meetings).toHaveLength(1);
    const by = (kind: string) =>
      graph
        .filterInEdges(meetings[0], (_, a) => a.kind === kind)
        .map((e) => graph.source(e))
        .sort();
    expect(by("chaired")).toEqual(["person:per-ekstrom"]);
    expect(by("attended")).toEqual(
      expect.arrayContaining(["person:erik-sundin", "person:karin-asberg", "person:lena-borg", "person:ola-fors", "person:per-ekstrom", "person:siv-dahlin"]),
    );
  });
});

describe("who took part, `Deltagare:` inline", () => {
  it("tells minutes under a minutes title", () => {
    const text = "Protokoll Styrelsen Nr 4\n\nDatum: Plats: Oktober Lördag 10:00 Folkets hus, Tuna Deltagare: Eva Lindholm Olle Bergqvist Kim Nordin\n";
    expect(detectGenre(text)).toBe("minutes");
    expect(detectGenre(text.replace("Deltagare:", "Om mötet:"))).toBe("text");
  });
});
