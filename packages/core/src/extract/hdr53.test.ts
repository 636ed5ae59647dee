/**
 * Round 53's minutes headers (invented names in the layout of a committee's officials flattened on one line), read in
 * `01-protocol.ts`: an official's title keeps what qualifies it, a unit after a preposition (`chef för
 * Samhällsbyggnadsförvaltningen`, `handläggare vid Miljöenheten`), and a secretary's title is held in the body named
 * capitalised right after it (`sekreterare Kommunstyrelsen`), not in the body that met.
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const header = (officials: string) =>
  [
    "PROTOKOLL",
    "Kultur- och fritidsnämnden 2019-03-12",
    `Beslutande Åsa Lind (S), ordförande Per Ros (M) ${officials} Utses att justera Per Ros`,
    "Justeringens plats och tid Stadshuset 2019-03-15",
  ].join("\n");

describe("a title's unit after a preposition (`X, chef för Samhällsbyggnadsförvaltningen`)", () => {
  const minutes = header(
    "Tjänstemän Lars Holm, chef för Samhällsbyggnadsförvaltningen Mia Sjö, ansvarig för upphandling Anna Berg, handläggare vid Miljöenheten Stina Berg, ekonom",
  );

  it.each([
    ["Lars Holm: chef för samhällsbyggnadsförvaltningen"],
    ["Mia Sjö: ansvarig för upphandling"],
    ["Anna Berg: handläggare vid miljöenheten"],
    ["Stina Berg: ekonom"],
  ])("keeps %s", (role) => {
    expect(roles(graphOf(minutes))).toContain(role);
  });
});

describe("a secretary's body capitalised after the title (`X, sekreterare Kommunstyrelsen`)", () => {
  // Its normalised title (`nämndsekreterare` is a secretary) in the body named, not in the nämnd that met.
  const minutes = header("Övriga närvarande Eva Ek, sekreterare Kommunstyrelsen Kurt Ros, nämndsekreterare Socialnämnden Stina Berg, ekonom");

  it.each([["Eva Ek: sekreterare @ Kommunstyrelsen"], ["Kurt Ros: sekreterare @ Socialnämnden"]])("holds %s", (role) => {
    expect(heldRoles(graphOf(minutes))).toContain(role);
  });
});
