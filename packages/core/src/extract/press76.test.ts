import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("press appointments told in turn", () => {
  it("gives the seat before `samma gäller` to each name after it, in the body written after each (`… och samma gäller B (S) i X och C (S), Y`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nI kulturnämnden fortsätter Eva Ek (S) som 2:e vice ordförande och samma gäller Per Holm (S) i fritidsnämnden och Kim Ahl (S), tekniska nämnden.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Eva Ek: andre vice ordförande @ Kulturnämnden",
      "Kim Ahl: andre vice ordförande @ Tekniska nämnden",
      "Per Holm: andre vice ordförande @ Fritidsnämnden",
    ]);
    const held = g.filterEdges((e, a) => a.kind === "holds_role" && g.getNodeAttribute(g.source(e), "label") === "Kim Ahl");
    expect(g.getEdgeAttribute(held[0], "evidence")[0].quote).toMatch(/^2:e vice ordförande och samma gäller .* tekniska nämnden$/s);
  });
  it("gives no seat by `samma gäller` to a name with no body after it, nor across a sentence", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nEva Ek (S) blir ordförande i kulturnämnden. Samma gäller Per Holm (S) i fritidsnämnden. Kim Ahl (S) är vice ordförande och samma gäller Lars Berg (S) som får fler uppdrag.\n",
    );
    expect(heldRoles(g)).toEqual(["Eva Ek: ordförande @ Kulturnämnden", "Kim Ahl: vice ordförande"]);
  });
});
