/**
 * Elections told in press prose across sentences (invented names, real layouts).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const roles = (text: string) => heldRoles(graphOf("nyhet.txt", text));

describe("an election whose body a sentence before names", () => {
  it("by who takes its chair: `X blir kommunfullmäktiges nya ordförande` ¶ `Som förste vice ordförande valdes Y`", () => {
    const text =
      "Ny ordförande i fullmäktige\n\nVÄRNBY. Stina Alm (M) blir kommunfullmäktiges nya ordförande efter tisdagens omröstning. Hon fick 31 röster mot 20.\nSom förste vice ordförande valdes Olof Bredberg (SD).\n";
    expect(roles(text)).toContain("Olof Bredberg: förste vice ordförande @ Kommunfullmäktige");
  });
});

describe("a fronted body joined with `- och`", () => {
  it("stays the seat's body where its own `blev` would tell it cut short", () => {
    const text =
      "Skifte i nämnderna\n\nI miljö- och byggnadsnämnden blev Greta Wall ordförande sedan Nils Ros (C) lämnat. Centerns Ida Fors blev andre vice ordförande efter Greta Wall.\n";
    expect(roles(text)).toContain("Ida Fors: andre vice ordförande @ Miljö- och byggnadsnämnden");
  });
});
