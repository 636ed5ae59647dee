/**
 * Minutes flattened from PDF in layouts real minutes use (01-protocol.ts, 04-protocol.ts): the meeting's date beside
 * the adjustment's, labels bunched over the names of several fields, a reserve marked in lower case after the name,
 * words of the next column glued to a name, and a detached column of party letters. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
}
/** The dates of the meetings, sorted. */
function meetingDates(g: KnowledgeGraph): string[] {
  return g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => (g.getNodeAttributes(n) as { date?: string }).date ?? "-")
    .sort();
}

describe("the meeting's date beside the adjustment's", () => {
  it("takes no date from the value of `Justeringens plats och tid`, however far after the label", () => {
    const g = graphOf(
      "1 1 Tekniska utskottet Plats och tid Kommunhuset, Vallby s-rum :15 Beslutande Lars Viklund Maja Storm Sten Ahlgren Övriga deltagande Se sidan 2 Utses att justera Justeringens plats och tid Maja Storm och Sten Ahlgren Kommunstyrelseförvaltningen, Vallby måndag 7 mars 2011 kl.16:00 Sekreterare.. Paragraf 6-16 Tora Lind Ordförande Justerare Lars Viklund Maja Storm Sten Ahlgren BEVIS Justeringen har tillkännagivits genom anslag Organ Tekniska utskottet\n",
    );
    expect(meetingDates(g)).toEqual(["-"]);
  });
});
