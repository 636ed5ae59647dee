/**
 * Round 36's prose readings (invented names and sentences in the layouts of real press texts and web pages): a
 * table's cells run together in a web page's copy (`02-mentions.ts`, `03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

/** The people of a text, sorted. */
function people(text: string): string[] {
  const g = graphOf("nyhet.txt", text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();
}

describe("a table's cells run together with no separator (`VaxholmAnna BergEva Ek`)", () => {
  const table =
    "Förbundets styrelse\n\nStyrelsen möttes i veckan.\n\nLedamöterErsättare\nSigtunaMaj FrostedtLinnea Krook\nSalaGertrud HolmsgårdTove Vinterö\nFörsäkringskassanAstrid PellmarkDagny Orrhed\nRegion UppsalaKerstin VallsjöDen\n";

  it("each cell's name is a person, the place glued before it no part of it", () => {
    expect(people(table)).toEqual(["Astrid Pellmark", "Dagny Orrhed", "Gertrud Holmsgård", "Kerstin Vallsjö", "Linnea Krook", "Maj Frostedt", "Tove Vinterö"]);
  });

  it("the municipality that opens a row is the one its people stand for; a region's name is none", () => {
    expect(edges(graphOf("nyhet.txt", table), "represents")).toEqual([
      "represents Gertrud Holmsgård -> Sala",
      "represents Linnea Krook -> Sigtuna",
      "represents Maj Frostedt -> Sigtuna",
      "represents Tove Vinterö -> Sala",
    ]);
  });

  it("a misspelt given name after the row's municipality is still cut from it", () => {
    expect(people("Styrelsen\n\nLedamöterErsättare\nSigtunaBirgita LindmarkVera Hagström\n")).toEqual(["Birgita Lindmark", "Vera Hagström"]);
  });
});

/** Each role held in a body, as `name: role @ body`, and each held in none, as `name: role`, sorted. */
const roles = (text: string): string[] => heldRoles(graphOf("nyhet.txt", text));

describe("a municipal office with no place on a municipality's own page (`säger Kommunstyrelsens ordförande X`)", () => {
  const page =
    "Ny förvaltningschef utsedd\n\nKommunstyrelsen beslutade i går att anställa en ny chef.\n\n– Vi är nöjda, säger kommunstyrelsens ordförande Ingvor Tallqvist (C).\n\nKontakt:\nIngvor Tallqvist (C), Kommunstyrelsens ordförande\nBoel Stenmark (S), Kommunstyrelsens vice ordförande\n";

  it("is the seat the title names in the body it names in the genitive", () => {
    expect(roles(page)).toEqual(["Boel Stenmark: vice ordförande @ Kommunstyrelsen", "Ingvor Tallqvist: ordförande @ Kommunstyrelsen"]);
  });

  it("but a page that tells nothing of the body keeps the title as the person's", () => {
    expect(roles("Nyheter\n\n– Vi är nöjda, säger kommunstyrelsens ordförande Ingvor Tallqvist (C).\n")).toEqual([
      "Ingvor Tallqvist: kommunstyrelsens ordförande",
    ]);
  });

  it("and where the page's head names the municipality, the office is held there and the seat in its body", () => {
    const g = graphOf("nyhet.txt", `Nyheter från Hjo kommun\n\n${page}`);
    expect(heldRoles(g).filter((r) => r.startsWith("Ingvor"))).toEqual([
      "Ingvor Tallqvist: kommunstyrelsens ordförande @ Hjo",
      "Ingvor Tallqvist: ordförande @ Kommunstyrelsen",
    ]);
  });
});

describe("an election whose body a sentence before it names (`… valde kommunfullmäktige sitt presidium.`)", () => {
  it("`Till ordförande valdes X, till förste vice ordförande valdes Y`: each in that body", () => {
    const text =
      "Presidiet är valt\n\nPå tisdagens sammanträde valde kommunfullmäktige sitt presidium för de kommande fyra åren.\n\nTill ordförande valdes Ingvor Tallqvist (S), till förste vice ordförande valdes Boel Stenmark (C) och till andre vice ordförande valdes Rune Åkesson (M).\n";
    expect(roles(text)).toEqual([
      "Boel Stenmark: förste vice ordförande @ Kommunfullmäktige",
      "Ingvor Tallqvist: ordförande @ Kommunfullmäktige",
      "Rune Åkesson: andre vice ordförande @ Kommunfullmäktige",
    ]);
  });

  it("`X valdes till ny ordförande, Y till första vice ordförande`, the body in the paragraph before", () => {
    const text =
      "Nytt presidium\n\nFullmäktiges nya presidium valdes på onsdagens möte med det nya kommunfullmäktige. Kommunfullmäktige har 41 ledamöter.\n\nIngvor Tallqvist (M) valdes till ny ordförande, Boel Stenmark (S) till första vice ordförande och Rune Åkesson (V) till andra vice ordförande.\n";
    expect(roles(text)).toEqual([
      "Boel Stenmark: förste vice ordförande @ Kommunfullmäktige",
      "Ingvor Tallqvist: ordförande @ Kommunfullmäktige",
      "Rune Åkesson: andre vice ordförande @ Kommunfullmäktige",
    ]);
  });

  it("the body the first of the list names is the others' (`X valdes till ordförande i kulturnämnden, Y till vice ordförande`)", () => {
    const text = "Nytt presidium\n\nIngvor Tallqvist (M) valdes till ordförande i kulturnämnden, Boel Stenmark (S) till vice ordförande.\n";
    expect(roles(text)).toEqual(["Boel Stenmark: vice ordförande @ Kulturnämnden", "Ingvor Tallqvist: ordförande @ Kulturnämnden"]);
  });

  it("but no body where none is told, or two are", () => {
    const election = "Till ordförande valdes Ingvor Tallqvist (S), till vice ordförande valdes Boel Stenmark (C).\n";
    expect(roles(`Nytt presidium\n\nMötet hölls i går.\n\n${election}`)).toEqual(["Boel Stenmark: vice ordförande", "Ingvor Tallqvist: ordförande"]);
    expect(roles(`Nytt presidium\n\nI går valde kommunfullmäktige ledamöter till socialnämnden.\n\n${election}`)).toEqual([
      "Boel Stenmark: vice ordförande",
      "Ingvor Tallqvist: ordförande",
    ]);
  });
});

describe("seats given with a copula after the body is told to elect (`Ny ordförande för 2024 är X … och vice ordförande är Y`)", () => {
  it("are held in that body", () => {
    const text =
      "Ny ledning\n\nFörbundet höll sitt första möte för året. Styrelsen beslutade att utse en ny ordförande och en vice ordförande. Ny ordförande för 2024 är Ingvor Tallqvist från region Uppsala och vice ordförande är Boel Stenmark från Heby kommun.\n";
    expect(roles(text).filter((r) => r.includes("ordförande"))).toEqual([
      "Boel Stenmark: vice ordförande @ Styrelsen",
      "Ingvor Tallqvist: ordförande @ Styrelsen",
    ]);
  });
});

describe("a blog's byline (`Posted by X Tue, June 06, 2017`)", () => {
  it.each([["Posted by Ingvor Tallqvist Tue, June 06, 2017 10:12:31"], ["Postat av Ingvor Tallqvist Tis, 6 juni 2017"]])(
    "a weekday's abbreviation before the date ends the name: %s",
    (byline) => {
      expect(people(`Föreningens blogg\n\n${byline}\n\nStyrelsen har haft möte.\n`)).toEqual(["Ingvor Tallqvist"]);
    },
  );

  it("but a name that ends in such a word is whole elsewhere", () => {
    expect(people("Nyheter\n\nPå mötet talade Ingvor Tor, ordförande i föreningen.\n")).toEqual(["Ingvor Tor"]);
  });
});
