/**
 * A staff title in parentheses that writes its unit (`X (chef vård- och omsorgsförvaltningen)`), read by 04-protocol.ts:
 * the unit is where the title is held, as a unit written after a title is; a title with no unit stays on the person.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { heldRoles } from "../../../../test/helpers/prose";
import { graphOf } from "../../../../test/helpers/minutes";

const text =
  "Omsorgsnämnden\nSammanträdesprotokoll 2019-05-14\n\nPlats och tid Bruket, kl 13.00-15.00\n" +
  "Beslutande Per Almgren (M) ordförande, Eva Ekström (S), Siv Holmberg (C)\n" +
  "Övriga Karl Lindqvist (chef vård- och omsorgsförvaltningen) Anna Sjöberg (kvalitetschef) Lisa Berglund (nämndsekreterare)\n" +
  "Utses att justera Eva Ekström\nUnderskrifter Sekreterare Lisa Berglund Ordförande Per Almgren Justerande Eva Ekström\n";

describe("a parenthesised staff title with its unit", () => {
  const held = heldRoles(graphOf(text));
  it("holds the title in the unit", () => {
    expect(held).toContain("Karl Lindqvist: chef @ Vård- och omsorgsförvaltningen");
  });
  it("keeps a title with no unit on the person", () => {
    expect(held).toContain("Anna Sjöberg: kvalitetschef");
  });
});
