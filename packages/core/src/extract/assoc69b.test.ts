/**
 * Round 69's titles (invented names and towns in the layout of a local news page): a town's head of business development
 * (`kommunens näringslivschef`) is a title the lexicon knows (`data/roles.json`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

describe("a town's officer's title", () => {
  it("read `näringslivschef` as a title", () => {
    const text = "Ekby kommun. Nils Broman lämnar tjänsten som kommunens näringslivschef efter tio år. Han efterträds av Lova Sten.";
    expect(roles(graphOf(text)).filter((r) => r.startsWith("Nils"))).toEqual(["Nils Broman: näringslivschef"]);
  });
});
