/**
 * Round 49's chairs chosen in minutes' prose (invented names and sentences in the layouts of real associations' and
 * federations' minutes), read in `04-protocol.ts`: an annual meeting's chair chosen `till ordförande för
 * årsmötesförhandlingarna`; the vice chair named beside the adjuster chosen (`Att jämte vice ordförande X justera
 * dagens protokoll valdes Y`) where no chair is listed
 * and the chair by office, unnamed, opened the meeting (`Ordföranden öppnade mötet`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, label, roles } from "../../../../test/helpers/minutes";

/** Who chaired the meeting of one protocol's text, sorted. */
const chaired = (text: string): string[] => chairs(graphOf(text));

describe("an annual meeting's chair chosen for its proceedings (`X valdes till ordförande för årsmötesförhandlingarna`)", () => {
  const minutes = [
    "Protokoll fört vid ordinarie årsmöte med Ekbacka Byalag söndagen den 9 mars 2025 klockan 14.00 i Bygdegården",
    "",
    "Närvarande: Tora Backlund, Nils Hedberg, Vera Ljungqvist, Edvin Sjöholm, Ylva Granlid",
    "",
    "1. Mötets öppnande",
    "Föreningens ordförande Tora Backlund öppnade mötet och hälsade de närvarande välkomna.",
    "",
    "2. Val av mötesordförande",
    "Nils Hedberg valdes till ordförande för årsmötesförhandlingarna.",
    "",
    "3. Val av mötessekreterare",
    "Vera Ljungqvist valdes till sekreterare för årsmötet.",
  ].join("\n");

  it("the one chosen chairs the meeting and holds mötesordförande, not the board's chair who opened it", () => {
    expect(chaired(minutes)).toEqual(["Nils Hedberg"]);
    expect(roles(graphOf(minutes))).toContain("Nils Hedberg: mötesordförande");
  });
});

describe("the vice chair who signs beside the adjuster (`Att jämte vice ordförande X justera dagens protokoll valdes Y`)", () => {
  const minutes = [
    "Förbundsdirektionens protokoll 12 april 2024",
    "",
    "Närvarande",
    "",
    "Direktionens ledamöter",
    "Sigrid Holmlund (S)",
    "Anton Rask, vice ordförande (M)",
    "Elsa Tornberg (C)",
    "",
    "Justering och sekreterare",
    "Att jämte vice ordförande Anton Rask justera dagens protokoll valdes Elsa Tornberg. Sekreterare är Hugo Dahlin.",
    "",
    "1 § Sammanträdets öppnande",
    "Ordföranden öppnade mötet.",
  ].join("\n");

  it("chairs where no chair is listed and the chair by office, unnamed, opened the meeting", () => {
    expect(chaired(minutes)).toEqual(["Anton Rask"]);
    // No word of who opened it: the vice chair may sign beside an unlisted chair (minutes-round30).
    expect(chaired(minutes.replace("Ordföranden öppnade mötet.", "Dagordningen godkändes."))).toEqual([]);
  });

  it("a chair named beside the adjuster still chairs, not the vice chair also listed", () => {
    const both = minutes
      .replace("Sigrid Holmlund (S)", "Sigrid Holmlund, ordförande (S)")
      .replace("jämte vice ordförande Anton Rask", "jämte ordförande Sigrid Holmlund");
    expect(chaired(both)).toEqual(["Sigrid Holmlund"]);
  });
});

describe("vote counters chosen with the adjusters in minutes read by their fields (05-meetings.ts)", () => {
  it("hold the office of counting the votes at the meeting", () => {
    const g = graphOf(
      [
        "Protokoll fört vid årsmöte med Tallmo Bygdeförening den 9 april 2016 i Skolhuset",
        "",
        "Närvarande: Vera Dunberg, Ivar Kornstedt, Elsa Grundin, Hugo Ledin, Tyra Bolmgren",
        "",
        "1. Mötets öppnande",
        "Föreningens ordförande Vera Dunberg öppnade mötet.",
        "",
        "2. Val av justerare",
        "Till justerare och rösträknare valdes Hugo Ledin och Tyra Bolmgren.",
      ].join("\n"),
    );
    const counters = g
      .filterEdges((_, a) => a.kind === "holds_role" && a.role === "rösträknare")
      .map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`)
      .sort();
    expect(counters).toEqual(["Hugo Ledin @ Tallmo Bygdeförening årsmöte", "Tyra Bolmgren @ Tallmo Bygdeförening årsmöte"]);
  });
});
