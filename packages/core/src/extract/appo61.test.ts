/**
 * Appositions (session 61): the town a name with no title comes from (`X från Tranås`) is no workplace; with a party
 * before the name (`miljöpartisten X från Tranås`), the town it represents.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

describe("a name from a town (`X från Tranås`)", () => {
  it("holds no role there", () => {
    const g = graphOf("nyhet.txt", "Pendlarna\n\nEtt exempel är Berit Ahl från Tranås, som reser varje dag.\n");
    expect(edges(g, "holds_role", "represents")).toEqual([]);
  });

  it("represents it with a party before the name", () => {
    const g = graphOf("nyhet.txt", "Regionen\n\nNy ledamot är miljöpartisten Berit Ahl från Tranås.\n");
    expect(edges(g, "holds_role", "represents")).toEqual(["represents Berit Ahl -> Tranås"]);
  });

  it("still works for the municipality written as such (`från Tranås kommun`)", () => {
    const g = graphOf("nyhet.txt", "Seminariet\n\nBerit Ahl från Tranås kommun berättade om arbetet.\n");
    expect(edges(g, "holds_role")).toEqual(["holds_role Berit Ahl -> Tranås"]);
  });
});
