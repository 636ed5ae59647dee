/**
 * Round 77's minutes whose municipality only their items name (a docplayer copy whose flattened header lost its date
 * and its municipality): the one the items name as such more than once (`Parkprogram för Lekebergs kommun`), no other so
 * named, is the minutes' municipality, so the undated meeting is titled by it, not by the room it met in
 * (`placeBodies`, `minutesMunicipality`). Invented names and bodies.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../index";
import { graphOf } from "../../../../test/helpers/minutes";
import { edges, graphOf as pageOf, meetingLabels } from "../../../../test/helpers/prose";

const minutes = (items: string) =>
  "Gruppmöte kl Beslutsomgång kl\n\n" +
  "1 Plats och tid Ekrummet, Genomgång kl. 08: Gruppmöte kl Beslutsomgång kl Beslutande Ledamöter Eva Ekdahl (S), Ordförande " +
  "Nils Borgström (S), 1:e vice ordförande Kajsa Lindqvist (M), 2:e vice ordförande Olof Hedenius (S) Maja Tornberg (C) " +
  "Ersättare Sven Åkesson (S) Lotta Vingren (M) Övriga närvarande kommundirektör Karl Fahlén, sekreterare Mona Strand " +
  "Justerare Nils Borgström Justeringens plats och tid Kommunkansliet, Underskrifter Sekreterare Paragrafer 1-12 Mona Strand " +
  "Ordförande Eva Ekdahl Justerare Nils Borgström ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsen 1-12 " +
  "Förvaringsplats för protokollet Kommunkansliet\n\n" +
  `2 Ärendelista KS 1 Dnr 2016/ Informationer... 4 KS 2 Dnr 2016/ Finansrapport... 5 ${items}\n`;

/** The minutes' bodies with their places (`Kommunstyrelsen @ municipality:lekeberg`). */
const bodies = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => a.kind === "organisation" && a.type === "body")
    .map((n) => `${g.getNodeAttribute(n, "label")} @ ${(g.getNodeAttributes(n) as { partOf?: string }).partOf ?? "-"}`);

describe("minutes whose municipality only their items name as such", () => {
  it("`Föreskrifter … i Lekebergs kommun`, `Parkprogram för Lekebergs kommun`: the meeting is Lekeberg’s kommunstyrelse's", () => {
    const g = graphOf(minutes("KS 3 Dnr 2016/ Ändring av lokala föreskrifter i Lekebergs kommun KS 4 Dnr 2016/ Antagande av parkprogram för Lekebergs kommun"));
    expect(meetingLabels(g)).toEqual(["Kommunstyrelsen (Ekrummet), Lekeberg"]);
    expect(bodies(g)).toEqual(["Kommunstyrelsen @ municipality:lekeberg"]);
    // Its seats represent no municipality, as a header's that names it do not.
    expect(edges(g, "represents")).toEqual([]);
  });
  it("not where the items name two municipalities as such (`Lekebergs kommun`, `Laxå kommun`)", () => {
    const g = graphOf(
      minutes("KS 3 Dnr 2016/ Avtal om räddningstjänst mellan Lekebergs kommun och Laxå kommun KS 4 Dnr 2016/ Parkprogram för Lekebergs kommun"),
    );
    expect(meetingLabels(g)).toEqual(["Kommunstyrelsen (Ekrummet)"]);
  });
  it("not where the items name it as such once (`Parkprogram för Lekebergs kommun`)", () => {
    const g = graphOf(minutes("KS 3 Dnr 2016/ Parkprogram för Lekebergs kommun KS 4 Dnr 2016/ Budget för nästa år"));
    expect(meetingLabels(g)).toEqual(["Kommunstyrelsen (Ekrummet)"]);
  });
});

describe("a press text naming a municipality as such further down", () => {
  it("`Laxå kommun` twice in a story, not in its head, places no body (`kommunstyrelsen`)", () => {
    const text =
      "Nytt parkprogram antaget\n\n" +
      "Kommunstyrelsen beslutade i går att anta ett nytt parkprogram. Eva Ekdahl (S) är nöjd med beslutet. " +
      "Programmet gäller för Laxå kommun i tio år, och Laxå kommun ska följa upp det varje år.\n";
    expect(bodies(pageOf("nyhet.txt", text))).not.toContain("Kommunstyrelsen @ municipality:laxa");
  });
});
