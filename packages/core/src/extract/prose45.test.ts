/**
 * Round 45's prose readings (invented names and sentences in the layouts of real press texts): an election's list
 * that writes each one's role before the name (`extract-document.ts`, `electedTo`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const roles = (text: string): string[] => heldRoles(graphOf("nyhet.txt", text));

describe("`Till fullmäktiges ordförande valdes A (C), vice ordförande B (M) och andre vice ordförande C (S)`", () => {
  const text =
    "Det nya fullmäktige\n\nDen 12 oktober sammanträdde det nyvalda kommunfullmäktige för första gången.\n\n" +
    "Till kommunfullmäktiges ordförande valdes Tora Vallin (C), vice ordförande Leif Bergdahl (M) och andre vice ordförande Amir Haddad (S).\n";

  it("each one of the list is elected to the role before the name, in the body the clause names", () => {
    expect(roles(text)).toEqual([
      "Amir Haddad: andre vice ordförande @ Kommunfullmäktige",
      "Leif Bergdahl: vice ordförande @ Kommunfullmäktige",
      "Tora Vallin: kommunfullmäktiges ordförande @ Kommunfullmäktige",
    ]);
  });

  it("a list of titled names that follows no election elects no one", () => {
    const listed = "Närvarande\n\nPå mötet deltog Tora Vallin (C), vice ordförande Leif Bergdahl (M) och andre vice ordförande Amir Haddad (S).\n";
    expect(roles(listed).filter((r) => r.startsWith("Tora"))).toEqual([]);
  });
});
