/**
 * Roles (session 60): a rank read by OCR as a letter (`i:e`, `l:e vice ordförande`) and a misspelt title
 * (`controler`) in a minutes' fields.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const MINUTES = `PROTOKOLL Tekniska nämnden Sammanträdesdatum 2018-05-14 Plats och tid Ekhuset, Norrby Närvarande ledamöter Ada Berg (C), ordförande Ola Ek (M), i:e vice ordförande Kim Al (M) Nils Ros (S), l:e vice ordf. Eva Lund (S) Övriga deltagande Lisa Dahl, controler Utses att justera Kim Al
§ 12 Budget
`;

describe("an OCR rank and a misspelt title", () => {
  const held = heldRoles(graphOf(MINUTES));

  it("reads `i:e`/`l:e` before `vice ordförande`/`vice ordf.` as the first rank", () => {
    expect(held).toContain("Ola Ek: förste vice ordförande @ Tekniska nämnden");
    expect(held).toContain("Nils Ros: förste vice ordförande @ Tekniska nämnden");
  });

  it("reads `controler` as `controller`", () => {
    expect(held.filter((r) => r.startsWith("Lisa Dahl:"))).toEqual(["Lisa Dahl: controller"]);
  });
});
