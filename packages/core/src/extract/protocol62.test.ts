/**
 * Round 62's protocol headers (04-protocol.ts): a header's date range whose dash was lost (`den 3 5 april 2019`) dates
 * the meeting by its first day. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, label } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));

describe("a header's date range whose dash was lost", () => {
  it("dates the meeting by the range's first day (`den 3 5 april 2019`)", () => {
    const text = [
      "Protokoll",
      "Granskning av Miljönämnden i Ekby kommun, inklusive tillsynsenheten, den 3 5 april 2019 Närvarande från nämnden: Ada Holm (S), ordförande, Per Lind (M), vice ordförande, Eva Ros (C), Ola Berg (L)",
      "",
      "Inledning",
      "Granskningen inleddes onsdagen den 3 april 2019 med ett sammanträde med nämnden. Ordföranden Ada Holm hälsade välkommen.",
    ].join("\n");
    expect(meetings(graphOf(text))).toContainEqual(expect.stringMatching(/^2019-04-03 /));
    expect(meetings(graphOf(text))).not.toContainEqual(expect.stringMatching(/^2019-04-05 /));
  });
});

describe("a meeting held with a body's part in the lower-case genitive", () => {
  it("names the organ (`Sammanträde med regionstyrelsens personalutskott`)", () => {
    const text = [
      "Norrby läns landsting",
      "",
      "1 Norrby läns landsting Kl 9.00 i Sammanträde med landstingsstyrelsens personalutskott Datum för justering: Eksalen, Landstingshuset Närvarande ledamöter Ada Holm (M), ordförande Per Lind (M) Eva Ros (L) Ola Berg (S) Ej närvarande ledamöter Kim Dal (KD), 1:e vice ordförande Närvarande ersättare Ida Sten (M) Tjänstemän Lena Ek Sekreterare Karin Vik",
      "",
      "§ 1 Val av justerare",
      "Personalutskottet beslutar att utse Eva Ros att jämte ordföranden justera protokollet.",
    ].join("\n");
    expect(meetings(graphOf(text))).toContainEqual(expect.stringMatching(/^Landstingsstyrelsens personalutskott/));
    expect(heldRoles(graphOf(text))).toContain("Ada Holm: ordförande @ Landstingsstyrelsens personalutskott");
  });
});

describe("minutes dated by their title's year alone", () => {
  it("meet once, on the day and month their `Tid:` gives (`Årsmöte 2018` over `Tid: Lördagen den 7 april`)", () => {
    const text =
      "4.1 Årsmöte 2018\n\nProtokoll\n\nFört vid Åby Hembygdsförenings Årsmöte 2018\n\nTid:    Lördagen den 7 april, kl. 14.00\n" +
      "Plats: Salen, Åby Folkets hus\n\nNärvarande: Ett tjugotal medlemmar\n\n" +
      "Föreningens ordförande Siv Dahl hälsade välkomna och förklarade mötet öppnat.\n\n 1. Val av mötesordförande och sekreterare\n\n" +
      "Till ordförande valdes Siv Dahl och till sekreterare Jon Ek.\n\n 2. Val av justerare\n\nTill justerare valdes Mona Lund och Tor Vik.\n";
    expect(meetings(graphOf(text))).toEqual([expect.stringMatching(/^2018-04-07 /)]);
  });
});

describe("a chair listed in the roll who is also chosen to adjust", () => {
  it("adjusts as the field lists (`Justerare Ada Holm (S) Kim Dal (C)`), no column shifted", () => {
    const text =
      "1 Miljönämnden 1 (12) Tid och plats kl , Eksalen i Stadshuset Ledamöter Ada Holm (S), ordförande Per Lind (M), 1:e vice ordförande Eva Ros (S) " +
      "Ola Berg (V) Kim Dal (C) Ersättare Ida Sten (S) Bo Vik (M) Övriga närvarande Övriga närvarande redovisas på sidan 3. Justerare Ada Holm (S) Kim Dal (C) " +
      "Plats och tid för justering Stadskansliet den 5 juni 2009 Underskrifter Sekreterare Lena Ek Paragrafer Ordförande Ada Holm (S) Paragrafer Justerare " +
      "Kim Dal (C) Paragrafer: Anslagsbevis Protokollet är justerat. Organ Miljönämnden Sammanträdesdatum 2009-05-28\n\n§ 1 Val av justerare\n" +
      "Miljönämnden beslutar att utse Kim Dal att jämte ordföranden justera protokollet.";
    const g = graphOf(text);
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Ada Holm: justerare @ Miljönämnden", "Ada Holm: ordförande @ Miljönämnden"]));
    expect(chairs(g)).toEqual(["Ada Holm"]);
  });
});
