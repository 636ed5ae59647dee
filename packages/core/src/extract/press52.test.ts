/**
 * Seats told in press prose (invented names, real layouts): a seat the name takes with `blir`, before another seat
 * `och` hands to the next name.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("`X blir förste vice ordförande och andre vice ordförande blir Y`", () => {
  const text =
    "Ny ledning i Tierps kommun\n\n2023-01-12\n\nKarin Lövgren fortsätter som kommunstyrelsens ordförande. Pål Rask blir förste vice ordförande och andre vice ordförande blir Sten Åberg (M).\n";
  const g = graphOf("nyhet.txt", text);
  it("gives X the first seat, in the board the chair's sentence names", () => {
    expect(heldRoles(g)).toContain("Pål Rask: förste vice ordförande @ Kommunstyrelsen");
  });
  it("gives Y the second", () => {
    expect(heldRoles(g)).toContain("Sten Åberg: andre vice ordförande @ Kommunstyrelsen");
    expect(heldRoles(g)).not.toContain("Pål Rask: andre vice ordförande @ Kommunstyrelsen");
  });
});
