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
    "1 Mötets öppnande Öppnande Föreningens ordförande Ada Berg förklarade styrelsemötet öppnat.\n\nStorlek: px\nStarta visningen från sidan:\n\n" +
    'Download "1 Mötets öppnande Öppnande Föreningens ordförande Ada Berg förklarade styrelsemötet öppnat."\n\nTranskript\n\n' +
    "1 Protokoll fört vid styrelsemöte nr 3 tisdagen den 4/ kl. 18 i Bygdegården 1 Mötets öppnande Öppnande Föreningens ordförande " +
    "Ada Berg förklarade styrelsemötet öppnat. 2 Upprop Närvarande ledamöter: Ada Berg, Ola Ek, Eva Al och Per Holm. " +
    `3 Justering Att tillsammans med ordföranden justera mötets protokoll valdes Ola Ek. 4 Nya ärenden ${later}\n`;
  it("keeps the meeting's number and takes the association from its genitive", () => {
    expect(meetings(graphOf(page("Eva Al fick BHF:s standar.")))).toEqual(["BHF styrelsemöte nr 3"]);
  });
  it("not from party letters", () => {
    expect(meetings(graphOf(page("Förslaget från KDS:s (KDS) grupp avslogs.")))).toEqual(["Styrelsemöte nr 3"]);
  });
});

describe("a federation's general meeting", () => {
  it("is its meeting of the federation its head names in the genitive, on its first day", () => {
    const g = graphOf(
      "Protokoll fört vid Nordliga Kanotförbundets ordinarie förbundsmöte 2015\n\n" +
        "Tid och plats Fredagen den 8 och lördagen den 9 maj, 2015 på Folkets hus, Ekby.\n\n" +
        "Närvarande: Ada Berg, Ola Ek, Eva Al, Per Holm\n\n" +
        "§ 1 Förbundsmötets öppnande\nFörbundsordförande Ada Berg förklarar förbundsmötet öppnat.\n",
    );
    expect(meetings(g)).toEqual(["2015-05-08 Förbundsmötet, Nordliga Kanotförbundet"]);
  });
});
