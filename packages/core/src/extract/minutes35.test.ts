/**
 * Minutes in layouts real minutes use (read/genre.ts, 01-protocol.ts, 04-protocol.ts): notes told by their inline
 * fields, local parties, staff titles and elected members in a header's lists. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../../../../test/helpers/minutes";
import { readDocument, type KnowledgeGraph } from "../index";

/** Each chair as `name @ meeting`, sorted. */
const chairs = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`)
    .sort();

/** Items enough that the closing signatures stand past the first 2,000 characters. */
const ITEMS = Array.from(
  { length: 14 },
  (_, i) => `${i + 1}. Punkt ${i + 1} Rådet samtalade om tillgängligheten i parker och lokaler och återkommer i frågan när underlaget är klart.\n`,
).join("");

describe("notes with no genre word", () => {
  it("are minutes by their inline fields of place and time and of who attended (`Plats och tid: … Närvarande: …`)", () => {
    const text = `Kommunala funktionshinderrådet i Älvby 2024-03-05\nPlats och tid: Stadshuset, rum Linden, kl. 13.30–15.30 Närvarande: Ledamöter Alma Berg (S), ordförande Bertil Ek (M) Cilla Holm, DHR Övriga Eva Nord, handläggare Frans Ås, sekreterare\n${ITEMS}Underskrift Sekreterare Frans Ås Ordförande Alma Berg\n`;
    expect(readDocument({ source: "a.txt", content: text }).genre).toBe("minutes");
    const g = graphOf(text);
    expect(chairs(g)).toEqual(["Alma Berg @ 2024-03-05 Kommunala funktionshinderrådet"]);
    expect(attendees(g)).toEqual(["Alma Berg: member", "Bertil Ek: member", "Cilla Holm: member", "Eva Nord: other", "Frans Ås: other"]);
  });
  it("but an event's announcement with a place and time and no attendance is not (`Tid: … Plats: …`)", () => {
    const text = `Välkommen till en träff om tillgänglighet\nTid: 5 mars kl. 13.30 Plats: Stadshuset. Anmälan till Eva Nord. Närvarande politiker svarar på frågor.\n${ITEMS}`;
    expect(readDocument({ source: "a.txt", content: text }).genre).not.toBe("minutes");
  });
});
