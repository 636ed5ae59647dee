/**
 * Round 52's minutes headers (invented names in the layout of a committee's list of officials), read in
 * `01-protocol.ts`: two titles joined by a slash are one title written, both halves, the second qualified by a short
 * abbreviation or not (`kanslichef/sekreterare`, `ekonom/stf förvaltningschef`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

describe("slash titles (`X, ekonomichef/tillf. fritidschef`)", () => {
  const minutes = [
    "PROTOKOLL",
    "Kultur- och fritidsnämnden 2019-03-12",
    "Beslutande Åsa Lind (S), ordförande",
    "Per Ros (M)",
    "Övriga deltagande Eva Ek, nämndsekreterare",
    "Nils Ahl, ekonomichef/tillf. fritidschef",
    "Mia Sjö, budgetekonom/controller",
    "Lars Holm, ekonom/stf förvaltningschef",
    "Stina Berg, ekonom",
    "Utses att justera Per Ros",
  ].join("\n");

  it.each([
    ["Nils Ahl: ekonomichef/tillf. fritidschef"],
    ["Mia Sjö: budgetekonom/controller"],
    ["Lars Holm: ekonom/stf förvaltningschef"],
    ["Stina Berg: ekonom"],
  ])("keeps %s", (role) => {
    expect(roles(graphOf(minutes))).toContain(role);
  });
});
