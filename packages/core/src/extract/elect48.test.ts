/**
 * Round 48's election prose in minutes (invented names and sentences in the layouts of real associations' and
 * councils' minutes), read in `04-protocol.ts`: the people an annual meeting's paragraphs choose are no signers under
 * the chair's label of the opening line; a second office after `och` with its own verb (`… och sekreterare valdes Y`)
 * is that office's; adjusters chosen to count the votes too (`till justerare och rösträknare`) hold both; an official
 * among those taking part (`Deltagande: X, miljöchef`) holds no member's seat.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, label, roles } from "../../../../test/helpers/minutes";

/** Who chaired the meeting of one protocol's text, sorted. */
const chaired = (text: string): string[] => chairs(graphOf(text));

describe("an annual meeting's election prose after its opening line (`Ordförande X hälsade … öppnade mötet`)", () => {
  const minutes = [
    "Årsmöte 2022",
    "",
    "Årsmöte i",
    "PRO Ekeby",
    "14 mars 2022 i Bygdegården, Ekeby",
    "",
    "Ordförande Vilgot Ståhl hälsade de närvarande välkomna och öppnade mötet.",
    "",
    "Till ordförande för mötet valdes Arvid Kron och sekreterare valdes Signe Vall.",
    "",
    "Till justerare och rösträknare valdes Majken Ros och Tage Lindholm.",
    "",
    "Till valberedare valdes",
    "Edit Sjö, Hulda Fält och Gösta Brink.",
    "",
    "§ 4 Val av rapportör till Ekebybladet",
    "att utse Ivar Moll till rapportör till Ekebybladet.",
  ].join("\n");

  it("the valberedare and the rösträknare named last chair nothing: the opening chair alone did", () => {
    expect(chaired(minutes)).toEqual(["Vilgot Ståhl"]);
  });
});

describe("offices chosen together in one sentence", () => {
  const minutes = (sentences: string) => ["Årsmöte 2022", "", "Årsmöte i", "PRO Ekeby", "14 mars 2022 i Bygdegården, Ekeby", "", sentences, ""].join("\n");
  const chosen = (text: string) => roles(graphOf(minutes(text))).filter((r) => !r.startsWith("Vilgot Ståhl"));

  it("`Till ordförande för mötet valdes A och sekreterare valdes B`: B kept the minutes, and did not chair", () => {
    const read = chosen("Ordförande Vilgot Ståhl öppnade mötet.\n\nTill ordförande för mötet valdes Arvid Kron och sekreterare valdes Signe Vall.");
    expect(read.filter((r) => r.startsWith("Signe Vall"))).not.toContain("Signe Vall: mötesordförande");
    expect(read).toContain("Signe Vall: sekreterare");
    expect(read).toContain("Arvid Kron: mötesordförande");
  });

  it("`till justerare och rösträknare valdes A och B`: both adjust and count the votes, offices of the meeting's body", () => {
    const text = [
      "Protokoll fört vid årsmöte med PRO Ekeby den 14 mars 2022 i Bygdegården",
      "",
      "§ 1 Årsmötets öppnande",
      "Ordförande Vilgot Ståhl hälsade medlemmarna välkomna och förklarade mötet öppnat.",
      "",
      "§ 2 Val av mötesfunktionärer",
      "a) till ordförande för mötet valdes Vilgot Ståhl",
      "b) till sekreterare valdes Signe Vall",
      "c) till justerare och rösträknare valdes Majken Ros och Tage Lindholm.",
      "",
    ].join("\n");
    const g = graphOf(text);
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role" && ["justerare", "rösträknare"].includes(String(a.role)))
      .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")}@${label(g, g.target(e))}`)
      .sort();
    expect(held).toEqual([
      "Majken Ros: justerare@Årsmötet",
      "Majken Ros: rösträknare@Årsmötet",
      "Tage Lindholm: justerare@Årsmötet",
      "Tage Lindholm: rösträknare@Årsmötet",
    ]);
  });
});

describe("officials among those taking part (`Deltagande:`)", () => {
  it("hold no member's seat; the politician with a party does", () => {
    const text = [
      "Byggnadsnämndens arbetsutskott",
      "Protokoll 2021-04-13",
      "",
      "Deltagande:",
      "",
      "Harald Ek (C), ordförande",
      "",
      "Frida Lagerkvist (S)",
      "",
      "Ulla Strand, miljöchef",
      "",
      "Bengt Sol, avdelningschef",
      "",
    ].join("\n");
    const g = graphOf(text);
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role" && a.role === "ledamot")
      .map((e) => label(g, g.source(e)))
      .sort();
    expect(seats).toEqual(["Frida Lagerkvist"]);
  });
});
