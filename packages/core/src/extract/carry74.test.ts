/**
 * An election's body carried to the next clause (invented names and places): not across a numbered item, and not from
 * a term written where a body would be.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const minutes = (...items: string[]) =>
  [
    "Protokoll",
    "",
    "Fört vid Vallby Byalags årsmöte 2019",
    "",
    "Tid: Söndagen den 7 april, kl. 15.00",
    "Plats: Bygdegården, Vallby",
    "",
    ...items,
    "",
    "Mötet avslutades.",
  ].join("\n");

describe("an election's qualifier that is a term of office", () => {
  it("is no body (`Till ordförande för verksamhetsåret valdes X`)", () => {
    const g = graphOf(minutes("§ 11. Till ordförande för verksamhetsåret valdes Tyra Hallin."));
    expect(heldRoles(g).filter((r) => r.includes("Verksamhetsåret"))).toEqual([]);
  });
});

describe("the body of an election carried to the next clause", () => {
  it("stops at a numbered item on the next line (`§ 11. Till ordförande i valberedningen valdes X.` ¶ `§ 12. Till revisor valdes Y.`)", () => {
    const g = graphOf(minutes("§ 11. Till ordförande i valberedningen valdes Tyra Hallin.", "§ 12. Till revisor valdes Arvid Norrgård."));
    expect(heldRoles(g)).toContain("Tyra Hallin: ordförande @ Valberedningen");
    expect(heldRoles(g)).not.toContain("Arvid Norrgård: revisor @ Valberedningen");
  });
});
