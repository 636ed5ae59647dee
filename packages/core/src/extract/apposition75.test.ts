import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

describe("an office on a page that tells of several municipalities, a paragraph each", () => {
  it("is held in the one its paragraph names as such where its sentence names none (`I mars träffade utredarna Ljungby kommun. Här deltog X, kommundirektör`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Utredning om kollektivtrafik\n\nUtredarna har besökt två kommuner under våren.\n\nI mars träffade utredarna Ljungby kommun. Här deltog Eva Ek, kommunstyrelsens ordförande, och Per Holm, kommundirektör.\n\nI april träffade utredarna Alvesta kommun. Där deltog Kim Ahl, kommundirektör.\n",
    );
    expect(edges(g, "holds_role")).toEqual(["holds_role Eva Ek -> Ljungby", "holds_role Kim Ahl -> Alvesta", "holds_role Per Holm -> Ljungby"]);
  });
  it("is not held in one its paragraph names two of (`Ljungby kommun och Alvesta kommun var sist ut. X, kommundirektör`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Utredning om kollektivtrafik\n\nUtredarna har besökt två kommuner under våren.\n\nLjungby kommun och Alvesta kommun var sist ut. Där deltog Kim Ahl, kommundirektör.\n",
    );
    expect(edges(g, "holds_role")).toEqual([]);
  });
});
