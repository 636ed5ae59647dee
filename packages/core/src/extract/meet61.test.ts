/**
 * Round 61's meetings of minutes dated by their title's year alone (05-meetings.ts): an association's minutes titled
 * `Årsmöte 2019` whose `Tid:` gives the day and month without a year met that day of the title's year, one meeting with
 * the protocol header's own (04-protocol.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));

const minutes =
  "2.3 Årsmöte 2019\n\nProtokoll\n\nFört vid Ekby Byalags Årsmöte 2019\n\nTid:    Söndagen den 10 mars, kl. 15.00\n" +
  "Plats: Logen, Ekby Bygdegård\n\nNärvarande: Ett trettiotal medlemmar\n\n" +
  "Byalagets ordförande Ada Holm hälsade välkomna och förklarade mötet öppnat.\n\n 1. Val av mötesordförande och sekreterare\n\n" +
  "Till ordförande valdes Ada Holm och till sekreterare Per Lind.\n\n 2. Val av justerare\n\nTill justerare valdes Eva Ros och Ola Berg.\n";

describe("minutes dated by their title's year", () => {
  it("met on the day and month their `Tid:` gives, in that year", () => {
    const all = meetings(graphOf(minutes));
    expect(all).toContainEqual(expect.stringMatching(/^2019-03-10 /));
    expect(all).toHaveLength(1);
  });
});

describe("a flattened header's place", () => {
  it("ends before the column headings printed after it (`Lindrummet, stadshuset, ande närvarande Ej tjänstgörande ersättare`)", () => {
    const header = [
      "EKBY KOMMUN Sammanträdesprotokoll 1 (12)",
      "Plats och tid Lindrummet, stadshuset, ande närvarande Ej tjänstgörande ersättare Övriga närvarande Tyra Hallin (M), ordförande, Olof Brandt (C), Vera Lindkvist (S), Arvid Norrgård (S)",
      "Organ Kommunstyrelsen",
      "Sammanträdesdatum 2021-03-09",
      "",
      "§ 1 Val av justerare",
      "Kommunstyrelsen beslutar att utse Olof Brandt att jämte ordföranden justera protokollet.",
    ].join("\n");
    const places: string[] = [];
    graphOf(header).forEachNode((_, a) => {
      if (a.kind === "meeting" && a.place) places.push(String(a.place));
    });
    expect(places).toEqual(["Lindrummet, stadshuset"]);
  });
});
