/**
 * Round 48's election prose in minutes (invented names and sentences in the layouts of real associations' and
 * councils' minutes), read in `04-protocol.ts`: the people an annual meeting's paragraphs choose are no signers under
 * the chair's label of the opening line.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";

/** Who chaired a meeting, sorted. */
function chairs(text: string): string[] {
  const g = graphOf(text);
  return g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => label(g, g.source(e)))
    .sort();
}

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
    expect(chairs(minutes)).toEqual(["Vilgot Ståhl"]);
  });
});
