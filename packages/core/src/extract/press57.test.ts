/**
 * Round 57's election news (invented names, in the layouts of municipalities' news pages): a chair kept with `fick
 * fortsatt förtroende som kommunstyrelsens ordförande` (`03-appositions.ts`), and the new fullmäktige's first sitting
 * told with its members before the body, `Den D <month> sammanträdde de nya ledamöterna i <Town>s kommunfullmäktige`, its
 * year from the dateline (`05-reported.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles, meetings } from "../../../../test/helpers/prose";

const page = [
  "Aktuellt",
  "",
  "12 november 2018",
  "",
  "Nya ledamöter i Lekeberg",
  "",
  "Den 11 november sammanträdde de nya ledamöterna i Lekebergs kommunfullmäktige för första gången. Lars Holmgren (M) valdes till kommunfullmäktiges ordförande.",
  "",
  "1:a vice ordförande för kommunfullmäktige blev Karin Lundgren (KD) och Per Stenlund (S) valdes till 2:a vice ordförande.",
  "",
  "Fullmäktige förrättade också val till kommunstyrelsen, där Maja Viksten (M) fick fortsatt förtroende som kommunstyrelsens ordförande.",
].join("\n");

describe("a chair kept (`X (M) fick fortsatt förtroende som kommunstyrelsens ordförande`)", () => {
  it("holds the chair of the body the title names", () => {
    expect(heldRoles(graphOf("nyhet.txt", page))).toContain("Maja Viksten: ordförande @ Kommunstyrelsen");
  });
});

describe("the first sitting told with its members before the body (`sammanträdde de nya ledamöterna i <Town>s kommunfullmäktige`)", () => {
  it("is the town's fullmäktige's meeting, dated with the dateline's year", () => {
    expect(meetings(graphOf("nyhet.txt", page))).toEqual(["2018-11-11 Kommunfullmäktige, Lekeberg @ -"]);
  });
});

describe("a seat of the reported body named before it and the name it fell to (`1:a vice ordförande för kommunfullmäktige blev X`)", () => {
  it("is held in the town's fullmäktige, whose town X represents", () => {
    const g = graphOf("nyhet.txt", page);
    expect(heldRoles(g)).toContain("Karin Lundgren: förste vice ordförande @ Kommunfullmäktige");
    // The page is about Lekeberg, so every officer of its fullmäktige and kommunstyrelse represents it.
    expect(edges(g, "represents", "chaired")).toEqual([
      "represents Karin Lundgren -> Lekeberg",
      "represents Lars Holmgren -> Lekeberg",
      "represents Maja Viksten -> Lekeberg",
      "represents Per Stenlund -> Lekeberg",
    ]);
  });
});
