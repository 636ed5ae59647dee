/**
 * Round 32's prose readings (invented names and sentences in the layouts of real minutes, newsletters and press texts):
 * the meeting of minutes titled by a compound of a body's noun (`05-meetings.ts`), …
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";

/** The graph of one document. */
const graphOf = (text: string, source = "protokoll.txt") => buildGraph([readDocument({ source, content: text })], { layout: false }).graph;

/** The labels of a text's meetings, sorted. */
function meetings(text: string): string[] {
  const g = graphOf(text);
  return g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();
}

describe("minutes titled by a compound of a body's noun and the meeting's (`Protokoll från styrelsemötet`)", () => {
  const body = "Närvarande: Karin Holmqvist (S), Petter Lindgren (M)\n\n§ 1 Mötets öppnande\nOrdföranden Karin Holmqvist öppnade mötet.\n";
  it.each([
    ["Protokoll från styrelsemötet 12 mars", "Styrelsen"],
    ["Protokoll från styrgruppsmötet 12 mars", "Styrgruppen"],
    ["Protokoll nämndsammanträde 12 mars", "Nämnden"],
  ])("`%s` is the body's meeting", (title, label) => {
    expect(meetings(`${title}\n\n${body}`)).toEqual([label]);
  });

  it("but a compound of no body's noun keeps the title (`Protokoll från årsmötet`)", () => {
    expect(meetings(`Protokoll från årsmötet 12 mars\n\n${body}`)).toEqual(["Protokoll från årsmötet"]);
  });
});
