/**
 * Press (session 64): seats given in turn to coordinated names with the body written once after the last seat
 * (`ordförande respektive vice ordförande i kommunstyrelsen`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("seats given in turn with the body written once after the last (`A och B … ordförande respektive vice ordförande i <body>`)", () => {
  it("the first name's seat is in that body too", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nGun Sand, C, och Ivar Moe, M, blir ordförande respektive vice ordförande i kommunstyrelsen.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: ordförande @ Kommunstyrelsen", "Ivar Moe: vice ordförande @ Kommunstyrelsen"]);
  });

  it("an office the lexicon reads with its body is the first seat's office of that body too", () => {
    const g = graphOf("nyhet.txt", "Presidiet\n\nGun Sand (C) och Ivar Moe (M) fortsätter som ordförande respektive vice ordförande i kommunstyrelsen.\n");
    expect(heldRoles(g)).toEqual(["Gun Sand: kommunstyrelsens ordförande", "Ivar Moe: kommunstyrelsens vice ordförande"]);
  });
});
