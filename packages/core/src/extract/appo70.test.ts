/**
 * Appositions (session 70): seats after `som` in a sentence opened by `Till <body> valdes`; an election's particle
 * after an adverb (`valdes då om till`); a title held in a party's local branch (`gruppledare för Liberalerna i
 * Sigtuna`), and a deputy's title coordinated with it; an election claim that ends at `och till <title> valdes`.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("seats after `som` in a sentence opened by `Till <body> valdes`", () => {
  it("are held in that body", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt fullmäktige i Vallby\n\nTill jämställdhetsberedning valdes fem ledamöter och fem ersättare med Tora Vik (C) som ordförande och Olof Sand (V) som vice ordförande.\n",
    );
    expect(heldRoles(g)).toEqual(["Olof Sand: vice ordförande @ Jämställdhetsberedning", "Tora Vik: ordförande @ Jämställdhetsberedning"]);
  });
});

describe("a group leader re-elected in a party's local branch", () => {
  const text =
    "Ny gruppledning\n\nPå gruppmötet i går valdes partiets ledning. Hedda Brink valdes då om till gruppledare för Liberalerna i Sigtuna och Måns Ahl omvaldes till vice gruppledare.\n";

  it("holds the title in the branch, and the deputy's coordinated title there too", () => {
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([
      "Hedda Brink: gruppledare @ Liberalerna i Sigtuna",
      "Måns Ahl: vice gruppledare @ Liberalerna i Sigtuna",
    ]);
  });
});

describe("an election claim before `och till <title> valdes B`", () => {
  it("keeps the first name's title, and the second title is B's", () => {
    const g = graphOf("nyhet.txt", "Nytt styre i Sigtuna kommun\n\nSara Dufva (M) valdes till kommunalråd och till oppositionsråd valdes Kjell Runö (S).\n");
    expect(heldRoles(g)).toEqual(["Kjell Runö: oppositionsråd @ Sigtuna", "Sara Dufva: kommunalråd @ Sigtuna"]);
  });
});
