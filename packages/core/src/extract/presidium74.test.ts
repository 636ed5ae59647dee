import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a heading of a body's presidium over lines of names with their party and seat", () => {
  it("gives each line's seat in that body (`Val av kommunfullmäktiges presidium` over `A (M) ordförande`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Vallby\n\nFullmäktige valde på torsdagen sitt presidium och en ny kommunstyrelse.\n\n\nVal av kommunfullmäktiges presidium\n\nOlof Berg (M) ordförande\n\nLisa Gran( C) 1:e vice ordförande\n\nTomas Wik (S) 2:e vice ordförande\n",
    );
    expect(heldRoles(g)).toEqual([
      "Lisa Gran: förste vice ordförande @ Kommunfullmäktige",
      "Olof Berg: ordförande @ Kommunfullmäktige",
      "Tomas Wik: andre vice ordförande @ Kommunfullmäktige",
    ]);
  });
  it("gives no seat there to a line under a paragraph below the heading", () => {
    const g = graphOf(
      "nyhet.txt",
      "Val av kommunfullmäktiges presidium\n\nFullmäktige valde på torsdagen sitt presidium.\n\nOlof Berg (M) ordförande i kulturnämnden\n\nLisa Gran (C) vice ordförande\n",
    );
    expect(heldRoles(g)).not.toContain("Lisa Gran: vice ordförande @ Kommunfullmäktige");
  });
});

describe("a caption of a presidium spelled `presidie`, each name with its seat after a comma", () => {
  it("gives every seat of the caption in the assembly the text named in full before (`Fullmäktiges nyvalda presidie med A (M), 2:e vice ordförande …`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Ny ordförande i Vallby\n\nI går sammanträdde det nyvalda kommunfullmäktige för första gången.\n\nFoto: AB | Fullmäktiges nyvalda presidie med Eva Ek (M), 2:e vice ordförande till vänster, Per Holm (L), vice ordförande i mitten och Kim Ahl (S), ordförande till höger.\n",
    );
    expect(heldRoles(g)).toEqual([
      "Eva Ek: andre vice ordförande @ Kommunfullmäktige",
      "Kim Ahl: ordförande @ Kommunfullmäktige",
      "Per Holm: vice ordförande @ Kommunfullmäktige",
    ]);
  });
});

describe("an office set off with `tillika` in a fronted election's clause", () => {
  it("is the elected one's too, a municipality's office held in the page's municipality (`Till <seat>, tillika kommunalråd, valdes X`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Sala kommun\n\nTill kommunstyrelsens ordförande, tillika kommunalråd, valdes Olof Berg (M) och till andre vice ordförande, och tillika oppositionsråd, valdes Lisa Gran (S).\n",
    );
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Olof Berg: kommunalråd @ Sala", "Lisa Gran: oppositionsråd @ Sala"]));
  });
  it("gives a seat in the election's body (`Till ledamot i kulturnämnden, tillika ordförande, valdes X`)", () => {
    const g = graphOf("nyhet.txt", "Nytt styre i Sala kommun\n\nTill ledamot i kulturnämnden, tillika ordförande, valdes Olof Berg (M).\n");
    expect(heldRoles(g)).toEqual(["Olof Berg: ledamot @ Kulturnämnden", "Olof Berg: ordförande @ Kulturnämnden"]);
  });
  it("is no later listed name's (`valdes: A (M), tillika ordförande, B (C)`)", () => {
    const g = graphOf("nyhet.txt", "Nytt styre i Sala kommun\n\nTill ledamöter i kulturnämnden valdes: Olof Berg (M), tillika ordförande, Lisa Gran (C).\n");
    expect(heldRoles(g)).not.toContain("Lisa Gran: ordförande @ Kulturnämnden");
  });
});
