/**
 * Round 74's roll readings (invented names in the layouts of a regional network's notes flattened from PDF): a row
 * `Name Organisation, Municipality` gives the name the municipality it stands for, and a body's definite noun glued
 * after a name (`Bo Dahl Landstinget, ordförande`) ends the name, the title after its comma the name's
 * (`01-protocol.ts`, the header walk and `splitNames`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, persons, roles } from "../../../../test/helpers/minutes";
import { edges } from "../../../../test/helpers/prose";

describe("a regional network's roll of `Name Organisation, Municipality` rows", () => {
  const g = graphOf(
    "1 MINNESANTECKNINGAR Nätverk för Regional Samverkan Tid: Tisdagen den 12 mars klockan 10:00 Plats: Stadshotellet, Sundsvall " +
      "Närvarande: Politiker: Per Holm Kommunförbundet, Sundsvall Eva Lind Kommunförbundet, Timrå t o m 2 Kim Ahl Kommunförbundet, Kramfors " +
      "Bo Dahl Landstinget, ordförande Tjänstemän: Siv Berg Ola Ek Kommunförbundet Länsstyrelsen\n\n1. Mötets öppnande\nOrdföranden hälsade alla välkomna.\n",
  );

  it("links each politician to the municipality written after the organisation", () => {
    expect(edges(g, "represents")).toEqual(["represents Eva Lind -> Timrå", "represents Kim Ahl -> Kramfors", "represents Per Holm -> Sundsvall"]);
  });

  it("ends a name at a body's definite noun, the title after its comma the name's", () => {
    expect(persons(g)).not.toContain("Bo Dahl Landstinget");
    expect(chairs(g)).toEqual(["Bo Dahl"]);
    expect(roles(g)).toContain("Bo Dahl: ordförande");
  });
});
