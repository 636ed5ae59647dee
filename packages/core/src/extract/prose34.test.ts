/**
 * Round 34's prose readings (invented names and sentences in the layouts of real municipalities' press texts): an office
 * written with no place on a page whose head names its municipality, though the page names another further down
 * (`extract-document.ts`, `placePageOffices`), a seat in a body of that municipality as representing it (`placeBodies`),
 * and a title before a name's comma in prose (`nuvarande kommunchef, X, slutar`, `03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

/** A municipality's press text: its name at the top, another municipality named only further down. */
const PRESS = `Orsa kommun

Ny kommunchef föreslås

Rekryteringen av en ny kommunchef är nu avslutad, och förslaget går till kommunstyrelsen i maj. Intervjuerna hölls under våren med flera kandidater från hela landet, och arbetet har letts av en grupp med politiker och fackliga företrädare.

- Det känns bra att arbetet är klart, säger kommunstyrelsens ordförande Eva Lind (S).

Bakgrunden är att nuvarande kommunchef, Per Ek, slutar för att börja som ekonomichef i Mora kommun.

- Nu väntar ett stort arbete, avslutar kulturnämndens ordförande, Karin Berg (L).

I Mora säger kommunstyrelsens ordförande Olle Sten (C) att han ser fram emot samarbetet.
`;

describe("a press text about the municipality its head names", () => {
  const g = graphOf("nyhet.txt", PRESS);

  it("holds an office written with no place there, where the office's sentence names no other municipality", () => {
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Eva Lind: kommunstyrelsens ordförande @ Orsa", "Olle Sten: kommunstyrelsens ordförande @ Mora"]));
  });

  it("and one whose sentence names another only as where a second title is held (`som ekonomichef i Mora kommun`)", () => {
    expect(heldRoles(g)).toContain("Per Ek: kommundirektör @ Orsa");
  });

  it("a politician's seat in a body of that municipality represents it", () => {
    expect(heldRoles(g)).toContain("Karin Berg: ordförande @ Kulturnämnden");
    expect(edges(g, "represents")).toEqual(["represents Karin Berg -> Orsa"]);
  });
});

describe("a title before a name's comma in prose is the name's", () => {
  const roles = (sentence: string) => heldRoles(graphOf("nyhet.txt", `Nyhet\n\n${sentence}\n`));

  it.each([
    ["Bakgrunden är att nuvarande kommunchef, Per Ek, slutar i maj.", ["Per Ek: kommundirektör"]],
    ["Det är vår nuvarande utbildningschef, Per Ek, som tar över.", ["Per Ek: utbildningsdirektör"]],
  ])("`%s`", (sentence, want) => {
    expect(roles(sentence)).toEqual(want);
  });

  it("but not a list's title after its name, nor a plural title before a list", () => {
    expect(roles("Eva Lind, ordförande, Per Ek, sekreterare, och Bo Ask.")).toEqual(["Eva Lind: ordförande", "Per Ek: sekreterare"]);
    expect(roles("Panelens båda förtroendevalda, Eva Lind, (S) Orsa samt Per Ek (L) Mora, talade.")).toEqual([]);
  });
});

describe("a title of several words in the genitive owns the noun after it", () => {
  it("`X, verkställande direktörens stab` is no title of X's", () => {
    expect(heldRoles(graphOf("nyhet.txt", "Nyhet\n\nSvaret kom från Eva Lind, verkställande direktörens stab, i går.\n"))).toEqual([]);
  });
});

describe("an organisation's words in a header's list are no person", () => {
  const persons = (source: string, text: string) => {
    const g = graphOf(source, text);
    return g
      .filterNodes((_, a) => a.kind === "person")
      .map((n) => String(g.getNodeAttribute(n, "label")))
      .sort();
  };

  it("a service's name after a staff title (`produktionschef Förebyggande Räddningstjänsten Östra Götaland`)", () => {
    const text =
      "Protokoll\n\nNärvarande: Eva Lind (S), Ola Ek (M)\n\nTjänstemän Ulf Lago, förbundsdirektör Per Nisse, produktionschef Förebyggande Räddningstjänsten Östra Götaland Albrektsvägen Norrköping\n";
    expect(persons("prot.txt", text)).toEqual(["Eva Lind", "Ola Ek", "Per Nisse", "Ulf Lago"]);
  });

  it("a place named by a noun's definite genitive (`Naturum, Älgens Berg, Hunneberg`), and no municipality", () => {
    const text = "Nyhet\n\nVi samlades på Naturum, Älgens Berg, Hunneberg i går med Eva Lind.\n";
    expect(persons("nyhet.txt", text)).toEqual(["Eva Lind"]);
    expect(graphOf("nyhet.txt", text).filterNodes((_, a) => a.kind === "municipality")).toEqual([]);
  });

  it("a network's name after `i` (`ordförande i Nätverket Trygg Vardag`)", () => {
    const text =
      "1 Protokoll från samordningsgruppens möte den 1 april 2004 i Västerås Närvarande: Eva Lind, Skåne, ordf Ola Ek, Skåne Gun Nyrén, sekreterare Sören Dahl, ordförande i Nätverket Trygg Vardag Anders Ek, koordinator i Nätverket Trygg Vardag\n\n2 (6) INLEDNING Jan Holm hälsar välkommen.\n";
    expect(persons("nyhet.txt", text)).toEqual(["Anders Ek", "Eva Lind", "Gun Nyrén", "Jan Holm", "Ola Ek", "Sören Dahl"]);
  });
});

describe("a title taken up in a future's verb phrase ending in an office's noun", () => {
  const roles = (sentence: string) => heldRoles(graphOf("nyhet.txt", `Nyhet\n\n${sentence}\n`));

  it.each([
    ["Rolf Holm kommer att övergå i rollen som tillförordnad utbildningschef.", ["Rolf Holm: utbildningsdirektör"]],
    [
      "I samband med detta kommer vår särskolechef Rolf Holm att övergå i rollen som tillförordnad utbildningschef.",
      ["Rolf Holm: särskolechef", "Rolf Holm: utbildningsdirektör"],
    ],
  ])("`%s`", (sentence, want) => {
    expect(roles(sentence)).toEqual(want);
  });

  it("but a clause after `att` with no office's noun says nothing of the name's title", () => {
    expect(roles("Rolf Holm kommer att tala om kommunchefens roll.")).toEqual([]);
  });
});

describe("staff titles: `teknisk chef`, and `-generalist` by its ending", () => {
  it("`X, HR-generalist`, `Y, teknisk chef`", () => {
    const g = graphOf("nyhet.txt", "Nyhet\n\nEva Lind, HR-generalist, och Per Ek, teknisk chef, deltog.\n");
    expect(heldRoles(g)).toEqual(["Eva Lind: hr-generalist", "Per Ek: teknisk chef"]);
  });
});

describe("an office (`-kontoret`) named in the genitive before a title is where it is held", () => {
  it("`kommunledningskontorets chef X`", () => {
    const g = graphOf("nyhet.txt", "Nyhet\n\nNär kommunchefen slutade gick kommunledningskontorets chef Olle Sten in som ställföreträdande kommunchef.\n");
    expect(heldRoles(g)).toContain("Olle Sten: chef @ Kommunledningskontoret");
  });
});
