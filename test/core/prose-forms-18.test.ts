/**
 * Forms of prose met in press texts, news items, member pages and conference programmes (round 18): each test's text
 * is invented, in the form of writing it stands for.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../helpers/roles";

describe("a programme's run of speakers", () => {
  it("a role and its place set off by commas after one speaker is theirs, not the next speaker's", () => {
    const g = graphOf(
      "Seminarium om valet\n\nMedverkande: Ulla Brandström (S), kommunstyrelsens ordförande i Nyköping, Tore Vikmark, forskare vid valforskningsprogrammet, Lisa Enquist (M), kommunstyrelsens ordförande i Lidköping.\n",
    );
    const roles = personRoles(g);
    expect(roles.filter((r) => r.startsWith("Tore"))).toEqual(["Tore Vikmark: forskare"]);
    expect(roles.filter((r) => r.startsWith("Ulla"))).toContain("Ulla Brandström: kommunstyrelsens ordförande @ Nyköping");
  });
});

describe("an English page of a city's politicians", () => {
  const page =
    "Political Organisation\n\nContact the Mayor:\nMayor Ingrid Halvorsen\nCity of Stockholm\nCity Hall\n\nMayors and Vice Mayors\n\n  • Ingrid Halvorsen (M), Mayor of Stockholm\n  • Petter Lindqvist (M), Vice Mayor for City Planning\n  • Saga Holmér (MP), Vice Mayor for Transport\n";

  it("`City Hall` on a contact card is no person", () => {
    const people: string[] = [];
    graphOf(page).forEachNode((_, a) => void (a.kind === "person" && people.push(a.label)));
    expect(people.sort()).toEqual(["Ingrid Halvorsen", "Petter Lindqvist", "Saga Holmér"]);
  });

  it("`Vice Mayor for City Planning` names the title's field, no body the title is held in", () => {
    const roles = personRoles(graphOf(page));
    expect(roles.filter((r) => r.startsWith("Petter"))).toEqual(["Petter Lindqvist: borgarråd"]);
    expect(roles.filter((r) => r.startsWith("Saga"))).toEqual(["Saga Holmér: borgarråd"]);
  });
});

describe("a role written before the name that is no longer held", () => {
  it("`Den tidigare kommundirektören X`, `Det förra kommunalrådet, X (C),`, `f.d. regionrådet X` are former roles", () => {
    const g = graphOf(
      "Nyheter\n\nDen tidigare kommundirektören Vilma Strandh fick lämna i somras. Det förra kommunalrådet, Eskil Norrby (C), kritiserar beslutet. Även f.d. regionrådet Tyra Wallgren (M) var på plats, liksom ekonomichef Hampus Lindroth.\n",
    );
    const roles: string[] = [];
    g.forEachNode((_, a) => {
      for (const r of (a as { roles?: { roleNormalised: string; former?: boolean }[] }).roles ?? [])
        roles.push(`${a.label}: ${r.roleNormalised}${r.former ? " (former)" : ""}`);
    });
    expect(roles.sort()).toEqual([
      "Eskil Norrby: kommunalråd (former)",
      "Hampus Lindroth: ekonomidirektör",
      "Tyra Wallgren: regionråd (former)",
      "Vilma Strandh: kommundirektör (former)",
    ]);
  });
});

describe("a page's list of its politicians under their title", () => {
  it("a heading `Borgarråd` or `Oppositionsborgarråd` is a title, no body its people sit in", () => {
    const g = graphOf(
      "Ny majoritet i staden\n\nBorgarråd\n\n • Rut Engvall (S), finansborgarråd\n • Mårten Silfver (V), trafikborgarråd\n\nOppositionsborgarråd\n\n • Greta Olsén (M)\n • Ivar Dahlquist (L)\n",
    );
    expect(personRoles(g)).toEqual(["Mårten Silfver: trafikborgarråd", "Rut Engvall: finansborgarråd"]);
  });
});

describe("an ordinal written without its colon", () => {
  it("`2e vice ordförande` is the second vice chair", () => {
    const g = graphOf("Nyheter\n\n– Vi välkomnar beskedet, säger Lise Hallberg (S), 2e vice ordförande regionstyrelsen, Region Halland.\n");
    expect(personRoles(g).filter((r) => r.includes("vice"))).toContain("Lise Hallberg: andre vice ordförande @ Regionstyrelsen");
  });
});

describe("a press text's contact cards", () => {
  it("name, title and the organisation on lines of their own: the title is held there", () => {
    const g = graphOf(
      "Pressmeddelande\n\nLänen i norr föreslår en gemensam region.\n\nFör mer information:\n\nAgnes Holmqvist (S)\nLandstingsstyrelsens ordförande\nNorrbottens läns landsting\nTfn: 070 - 000 00 01\n\nTage Fröberg\nKommundirektör\nHaninge kommun\nTfn: 070 - 000 00 02\n",
    );
    expect(personRoles(g)).toEqual([
      "Agnes Holmqvist: ordförande @ Regionstyrelsen",
      "Agnes Holmqvist: regionstyrelsens ordförande @ Region Norrbotten",
      "Tage Fröberg: kommundirektör @ Haninge",
    ]);
  });
});

describe("two names in a row", () => {
  it("given names spelt as they are in Sweden (`Catrine`, `Cissi`) open a name of their own", () => {
    const people: string[] = [];
    graphOf("Styrelsen\n\nI styrelsen sitter Catrine Ödmark Cissi Ferlin (S) och Bertil Vass.\n").forEachNode(
      (_, a) => void (a.kind === "person" && people.push(a.label)),
    );
    expect(people.sort()).toEqual(["Bertil Vass", "Catrine Ödmark", "Cissi Ferlin"]);
  });
});

describe("a role in a body its owner names in the genitive", () => {
  it("`ordförande i kommunstyrelsens arbetsutskott` chairs the committee, not the board", () => {
    const g = graphOf(
      "Nyheter\n\n– Vi tar frågan vidare, säger Signe Ålund (S), ordförande i kommunstyrelsens arbetsutskott. Även Bror Tellander (M), ledamot i regionfullmäktiges valberedning, var nöjd.\n",
    );
    expect(personRoles(g)).toEqual(["Bror Tellander: ledamot @ Regionfullmäktiges valberedning", "Signe Ålund: ordförande @ Kommunstyrelsens arbetsutskott"]);
  });

  it("in minutes, `Till ordförande i socialnämndens arbetsutskott väljs X` elects to the committee", () => {
    const g = graphOf(
      "PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2021-02-03\n\nBeslutande\nHilma Ståhl (S), ordförande\nKnut Varg (M)\n\n§ 12 Val\nTill ordförande i socialnämndens arbetsutskott väljs Knut Varg (M).\n",
    );
    expect(personRoles(g).filter((r) => r.includes("arbetsutskott"))).toEqual(["Knut Varg: ordförande @ Socialnämndens arbetsutskott"]);
  });
});

describe("a deputy is not the one whose deputy they are", () => {
  it("`biträdande regiondirektör X`, `X, ställföreträdande kommunchef` are deputies, not the region's or municipality's head", () => {
    const g = graphOf(
      "Pressträff\n\nPå pressträffen medverkar regiondirektör Alma Rydberg och biträdande regiondirektör Nils Frejd. Sixten Holk, ställföreträdande kommunchef, svarar på frågor.\n",
    );
    expect(personRoles(g)).toEqual(["Alma Rydberg: regiondirektör", "Nils Frejd: biträdande regiondirektör", "Sixten Holk: biträdande kommundirektör"]);
  });
});

describe("a role held in a party", () => {
  it("`ordförande för Moderaterna i Umeå` is the person's party, not a role held in Umeå", () => {
    const g = graphOf("Nyheter\n\n– Vi är nöjda, säger Valter Sjöberg, ordförande för Moderaterna i Umeå.\n");
    expect(personRoles(g)).toEqual(["Valter Sjöberg: ordförande"]);
    const parties = g.filterEdges((_, a) => a.kind === "member_of").map((e) => g.getNodeAttribute(g.target(e), "label"));
    expect(parties).toEqual(["Moderaterna"]);
    expect(g.filterEdges((_, a) => a.kind === "represents")).toEqual([]);
  });

  it("not a party named later in the clause (`till posten som ordförande – istället för socialdemokraternas Y`)", () => {
    const g = graphOf("Nyheter\n\nKF röstade in vänsterpartiets Sune Tjärnström till posten som ordförande – istället för socialdemokraternas Maud Lejon.\n");
    const parties = g
      .filterEdges((_, a) => a.kind === "member_of")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getNodeAttribute(g.target(e), "label")}`);
    expect(parties.sort()).toEqual(["Maud Lejon: Socialdemokraterna", "Sune Tjärnström: Vänsterpartiet"]);
  });
});

describe("a role before a copula and the time it is held", () => {
  it("`Ny ordförande för 2023 är X` holds no role in a body `2023`", () => {
    const g = graphOf(
      "Nytt år, ny styrelse\n\nStyrelsen valde nya företrädare. Ny ordförande för 2023 är Gösta Lindahl och vice ordförande är Berit Ståhlberg.\n",
    );
    expect(personRoles(g)).toEqual(["Berit Ståhlberg: vice ordförande", "Gösta Lindahl: ordförande"]);
  });
});
