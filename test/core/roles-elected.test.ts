/**
 * Elections told in a sentence (extract-document.ts `left-role:elected`): the people a clause elects, and not a
 * person the next clause elects to a role of their own.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (g: KnowledgeGraph) => personRoles(g, { where: false });

describe("people a clause elects", () => {
  it("a name followed by its own `valdes till` is not elected by the clause before it", () => {
    const g = graphOf("Nyheter\nTill kommunstyrelsens ordförande valdes Vera Lundholm (M), Ivar Lindkvist (V) valdes till förste vice ordförande.\n");
    expect(roles(g)).toEqual(["Ivar Lindkvist: förste vice ordförande", "Vera Lundholm: kommunstyrelsens ordförande"]);
  });
});
