import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a chair's title naming its body", () => {
  it("reads `<body>sordförande` before a name as the seat `ordförande` in that body, the written title kept", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt i Vallby\n\nNuvarande socialnämndsordförande Eva Ek (M) blir kvar, och vice valberedningsordförande Per Holm (S) likaså.\n",
    );
    expect(heldRoles(g)).toEqual(["Eva Ek: ordförande @ Socialnämnden", "Per Holm: vice ordförande @ Valberedningen"]);
  });
});
