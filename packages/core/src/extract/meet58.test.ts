/**
 * The meeting of an association's minutes that name it only by its abbreviation in the genitive, titled by the words
 * of its head (`Protokoll fört vid styrelsemöte nr 3 …`, minutesMeetingLine in context.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));

describe("a board's numbered meeting of an association named by its abbreviation", () => {
  const page = (later: string) =>
    "1 Mötets öppnande Föreningens ordförande Ada Berg förklarade styrelsemötet öppnat.\n\nStorlek: px\nStarta visningen från sidan:\n\n" +
    'Download "1 Mötets öppnande Föreningens ordförande Ada Berg förklarade styrelsemötet öppnat."\n\nTranskript\n\n' +
    "1 Protokoll fört vid styrelsemöte nr 3 tisdagen den 4/ kl. 18 i Bygdegården 1 Mötets öppnande Föreningens ordförande " +
    "Ada Berg förklarade styrelsemötet öppnat. 2 Upprop Närvarande ledamöter: Ada Berg, Ola Ek, Eva Al och Per Holm. " +
    `3 Justering Att tillsammans med ordföranden justera mötets protokoll valdes Ola Ek. 4 Nya ärenden ${later}\n`;
  it("keeps the meeting's number and takes the association from its genitive", () => {
    expect(meetings(graphOf(page("Eva Al fick BHF:s standar.")))).toEqual(["BHF styrelsemöte nr 3"]);
  });
  it("not from party letters", () => {
    expect(meetings(graphOf(page("Förslaget från KDS:s (KDS) grupp avslogs.")))).toEqual(["Styrelsemöte nr 3"]);
  });
});
