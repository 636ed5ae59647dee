/**
 * Round 46's prose readings (invented names and sentences in the layouts of real press texts): an election in a body
 * fronted by `I`, whose name joins its parts with `- och` (`extract-document.ts`, `FRONTED_BODY`), and the seats a
 * later sentence of its paragraph gives with `blev` (`toldOrFronted`); a gloss of a title in parentheses before where it
 * is held (`03-appositions.ts`, `GLOSS`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const roles = (text: string): string[] => heldRoles(graphOf("nyhet.txt", text));

describe("`I kultur- och fritidsnämnden blev X ordförande. Y blev andre vice ordförande`", () => {
  const text =
    "Nya presidier\n\nMira Ek (M) valdes som ordförande i miljönämnden, med Sten Ahl (C) som förste vice ordförande.\n\n" +
    "I kultur- och fritidsnämnden blev Tilde Rask ordförande sedan Oskar Fjäll (C) avsagt sig uppdraget. " +
    "Liberalernas Vera Lönn blev andre vice ordförande efter Tilde Rask.\n";

  it("the fronted body with its joined parts holds the seat, and the next sentence's seat after `blev`", () => {
    expect(roles(text)).toEqual([
      "Mira Ek: ordförande @ Miljönämnden",
      "Sten Ahl: förste vice ordförande @ Miljönämnden",
      "Tilde Rask: ordförande @ Kultur- och fritidsnämnden",
      "Vera Lönn: andre vice ordförande @ Kultur- och fritidsnämnden",
    ]);
  });
});

describe("`säger X, som är hr-chef (alltså personalchef) i Y kommun`", () => {
  it("the title is held in the municipality after the gloss", () => {
    const text = "Ny chef sökes\n\n– Det tar sin tid, säger Ines Falk, som är hr-chef (alltså personalchef) i Lysekils kommun.\n";
    expect(roles(text)).toEqual(["Ines Falk: hr-direktör @ Lysekil"]);
  });
});
