/**
 * A new board told in press prose (invented names, real layouts): its members listed after a plural seat, its vice
 * chairs after the chair's sentence, and the municipality a page's head names for their seats.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

const text =
  "Ny kommunstyrelse i Tierps kommun\n\n2023-01-12\n\nKarin Lövgren fortsätter som kommunstyrelsens ordförande. Andre vice ordförande blir Sten Åberg (M).\n\nÖvriga ledamöter i kommunstyrelsen blir Mona Hedin (S), Pål Rask (V), Ylva Sundin (C) och Rune Falk (KD).\n";
const g = graphOf("nyhet.txt", text);

describe("a board's members listed after `Övriga ledamöter i kommunstyrelsen blir`", () => {
  it("are each a member, not only the first", () => {
    for (const name of ["Mona Hedin", "Pål Rask", "Ylva Sundin", "Rune Falk"]) expect(heldRoles(g)).toContain(`${name}: ledamot @ Kommunstyrelsen`);
  });
  it("represent the municipality the page's head names, as a committee's members do", () => {
    for (const name of ["Mona Hedin", "Rune Falk"]) expect(edges(g, "represents")).toContain(`represents ${name} -> Tierp`);
  });
});

describe("a seat after `X fortsätter som kommunstyrelsens ordförande`", () => {
  it("is in the board the chair's sentence names", () => {
    expect(heldRoles(g)).toContain("Sten Åberg: andre vice ordförande @ Kommunstyrelsen");
  });
});
