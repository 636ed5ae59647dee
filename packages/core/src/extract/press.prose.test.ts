/**
 * Press texts, news pages and member pages: how prose names a person's party, role and body, checked as graph edges
 * (invented names, real patterns).
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { EdgeAttributes, KnowledgeGraph, PersonAttributes } from "@samverkan/core";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;
}
/** Edge summaries `kind source-label -> target-label [role]`, mentions left out. */
function edges(text: string): string[] {
  const g = graphOf(text);
  return g
    .filterEdges((_, a) => a.kind !== "mentions")
    .map((e) => {
      const a: EdgeAttributes = g.getEdgeAttributes(e);
      const role = a.roleNormalised ? ` [${a.roleNormalised}]` : "";
      return `${a.kind} ${g.getNodeAttribute(g.source(e), "label")} -> ${g.getNodeAttribute(g.target(e), "label")}${role}`;
    })
    .sort();
}
/** `Name: role,role` for each person, by the roles' normalised forms, sorted. */
function seats(text: string): string[] {
  const g = graphOf(text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => `${g.getNodeAttribute(n, "label")}: ${((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => r.roleNormalised).join()}`)
    .sort();
}
const check = (cases: [string, string, string[], string[]?][]) => {
  for (const [label, text, wanted, unwanted = []] of cases)
    it(label, () => {
      const got = edges(text);
      for (const w of wanted) expect(got, w).toContain(w);
      for (const u of unwanted) expect(got, u).not.toContain(u);
    });
};

describe("a party named next to the name in words", () => {
  check([
    [
      "an abbreviation's genitive written with a colon (`KD:s X`, `MP:s gruppledare X`)",
      "Nyheter\nKD:s Torvald Enqvist vill se fler bostäder, men MP:s gruppledare Sigrid Almgren håller inte med.",
      ["member_of Torvald Enqvist -> Kristdemokraterna", "member_of Sigrid Almgren -> Miljöpartiet de gröna"],
    ],
    [
      "a party's genitive before the name",
      "Fullmäktige röstade in vänsterpartiets Torvald Enqvist till posten i stället för socialdemokraternas Sigrid Almgren.",
      ["member_of Torvald Enqvist -> Vänsterpartiet", "member_of Sigrid Almgren -> Socialdemokraterna"],
    ],
    [
      "a member noun before the name, capitalised or not",
      "Moderaten Gunvor Tallberg och centerpartisten Arvid Lööf lade fram förslaget.",
      ["member_of Gunvor Tallberg -> Moderaterna", "member_of Arvid Lööf -> Centerpartiet"],
    ],
    [
      "a party's adjective or genitive before the title before the name",
      "Det säger regionens moderate ordförande Helmer Strandqvist. Kristdemokraternas gruppledare Vendela Ossian höll med.",
      ["member_of Helmer Strandqvist -> Moderaterna", "member_of Vendela Ossian -> Kristdemokraterna"],
    ],
    [
      "a party's adjective before the title after the name",
      "– Frågan är avgjord, säger Helmer Strandqvist, moderat styrelseordförande i Region Skåne.",
      ["member_of Helmer Strandqvist -> Moderaterna", "holds_role Helmer Strandqvist -> Region Skåne [styrelseordförande]"],
    ],
    [
      "letters in parentheses win over a word before the name",
      "Enligt moderaten Gunvor Tallberg (L) är saken klar.",
      ["member_of Gunvor Tallberg -> Liberalerna"],
      ["member_of Gunvor Tallberg -> Moderaterna"],
    ],
    [
      "an ordinary adjective is no party",
      "Förslaget kom från Gunvor Tallberg, ansvarig chef på Vallby Energi AB.",
      [],
      ["member_of Gunvor Tallberg -> Moderaterna"],
    ],
  ]);
});

describe("seats written before the names in prose", () => {
  check([
    [
      "`title är A (s), Ort, title B`: each name holds the title right before it, on a page headed by its body",
      "Förbundsstyrelse\n\nFörbundsstyrelsens presidium bereder ärendena.\n\nOrdförande i styrelsen är Signe Hallgren (m), Skövde kommun. 1:e vice ordförande är Tord Wikner (s), Lidköpings kommun. 2:e vice ordförande är Ebba Lindroth (s), Tidaholms kommun, 3:e vice ordförande Gustav Rehn (m), Mariestads kommun",
      [
        "holds_role Signe Hallgren -> Förbundsstyrelse [ordförande]",
        "holds_role Tord Wikner -> Förbundsstyrelse [förste vice ordförande]",
        "holds_role Ebba Lindroth -> Förbundsstyrelse [andre vice ordförande]",
        "holds_role Gustav Rehn -> Förbundsstyrelse [tredje vice ordförande]",
        "represents Ebba Lindroth -> Tidaholm",
      ],
      ["holds_role Ebba Lindroth -> Förbundsstyrelse [tredje vice ordförande]", "holds_role Gustav Rehn -> Tidaholm"],
    ],
    [
      "a role held in a body or an organisation before the copula",
      "Nyheter\nOrdförande i Region Dalarna är Signe Hallgren (S). Vice ordförande i socialnämnden är Tord Wikner (M), och ordförande är Ebba Lindroth.",
      ["holds_role Signe Hallgren -> Region Dalarna [ordförande]", "holds_role Tord Wikner -> Socialnämnden [vice ordförande]"],
      ["holds_role Tord Wikner -> Socialnämnden [ordförande]"],
    ],
  ]);
});

describe("a role after a copula and words of a time", () => {
  check([
    [
      "`är därför från och med november ordförande i nämnden`",
      "Nyheter\nSigrid Almgren (S) är därför från och med november ordförande i kulturnämnden.",
      ["holds_role Sigrid Almgren -> Kulturnämnden [ordförande]"],
    ],
    [
      "a place's name before an indefinite body after the role",
      "Nyheter\nTorvald Enqvist (M) är från och med november ordförande i Vallby stadsdelsnämnd.",
      ["holds_role Torvald Enqvist -> Vallby stadsdelsnämnd [ordförande]"],
    ],
    [
      "a title known by its ending after the copula, and what it is held in (`X är förbundschef för Y`)",
      "Nyheter\nTorvald Enqvist är förbundschef för Södertörns brandförsvarsförbund sedan 2019.",
      ["holds_role Torvald Enqvist -> Södertörns brandförsvarsförbund [förbundschef]"],
    ],
    [
      "a unit's staff title before the copula is not held in the organisation the page names first (`Enhetschef är X`)",
      "Södertörns brandförsvarsförbund\n\nNy enhet för tillsyn\n\nEnhetschef är Sigrid Almgren.",
      [],
      ["holds_role Sigrid Almgren -> Södertörns brandförsvarsförbund [enhetschef]"],
    ],
    [
      "a seat before the copula is still the body's the page is about (`Ordförande är X`)",
      "Södertörns brandförsvarsförbund\n\nDirektionen\n\nOrdförande är Sigrid Almgren (S).",
      ["holds_role Sigrid Almgren -> Södertörns brandförsvarsförbund [ordförande]"],
    ],
    [
      "`med` is no time outside `från och med`",
      "Nyheter\nSigrid Almgren (V) var med på mötet med ordföranden.",
      [],
      ["holds_role Sigrid Almgren -> Mötet [ordförande]"],
    ],
  ]);
});

describe("a role owned in the genitive, then the name set off by commas", () => {
  it("opening a paragraph (`Kommunstyrelsens ordförande, X (M), besvarar`)", () => {
    const g = graphOf("Nyheter\n\nKommunstyrelsens ordförande, Sigrid Almgren (M), besvarar två frågor från förra mötet.");
    const person = g.findNode((_, a) => a.label === "Sigrid Almgren")!;
    expect((g.getNodeAttributes(person) as PersonAttributes).roles?.map((r) => r.roleNormalised)).toEqual(["kommunstyrelsens ordförande"]);
  });
});

describe("a verb in the past tense ends what is said of a name", () => {
  check([
    [
      "a question answered by someone else (`Xs (V) fråga svarade kommunalrådet`)",
      "Nyheter\nPå Torvald Enqvists (V) fråga svarade kommunalrådet att bussarna ska gå oftare.",
      ["member_of Torvald Enqvist -> Vänsterpartiet"],
      ["holds_role Torvald Enqvist -> Kommunalrådet [kommunalråd]"],
    ],
    [
      "no verb: a participle made an adjective of the title, an ordinal (`nyvalde ordförande`, `femte ledamot`)",
      "Nyheter\nSigrid Almgren (S), nyvalde ordförande i kulturnämnden, talade. Olle Strid (C), femte ledamot i kulturnämnden, var tyst.",
      ["holds_role Sigrid Almgren -> Kulturnämnden [ordförande]", "holds_role Olle Strid -> Kulturnämnden [ledamot]"],
    ],
    [
      "not a role the verb takes on (`arbetade tidigare som chef för Y`)",
      "Nyheter\nSigrid Almgren arbetade tidigare som chef för Greenpeace Sverige.",
      ["holds_role Sigrid Almgren -> Greenpeace Sverige [chef]"],
    ],
  ]);
  it("the role after the verb is no one's of the name before it", () => {
    const g = graphOf("Nyheter\nPå Torvald Enqvists (V) fråga svarade kommunalrådet att bussarna ska gå oftare.");
    const person = g.findNode((_, a) => a.label === "Torvald Enqvist")!;
    expect((g.getNodeAttributes(person) as PersonAttributes).roles ?? []).toEqual([]);
  });
});

describe("a seat elected to in the plural after coordinated names", () => {
  check([
    [
      "a seat alike in both numbers after `nya` (`A (MP) och B (SD) till nya ersättare i Y`)",
      "Nyheter\nFullmäktige valde Torvald Enqvist (MP) och Sigrid Almgren (SD) till nya ersättare i regionfullmäktige.",
      ["holds_role Torvald Enqvist -> Regionfullmäktige [ersättare]", "holds_role Sigrid Almgren -> Regionfullmäktige [ersättare]"],
    ],
  ]);
});

describe("a seat, then the verb of the election, then the name", () => {
  it("`Vice ordförande valdes X`, and an abbreviated seat with its full stop (`2:e vice ordf. valdes Y`)", () => {
    const g = graphOf("Nyheter\nVice ordförande valdes Torvald Enqvist (C). 2:e vice ordf. valdes Sigrid Almgren (L).");
    const seat = (label: string) => (g.getNodeAttributes(g.findNode((_, a) => a.label === label)!) as PersonAttributes).roles?.map((r) => r.roleNormalised);
    expect([seat("Torvald Enqvist"), seat("Sigrid Almgren")]).toEqual([["vice ordförande"], ["andre vice ordförande"]]);
  });
});

describe("a title two names share before them opens a run that writes titles before names", () => {
  it("`justerare A och B, ersättare C`: the substitute is C, not B", () => {
    const g = graphOf("Nyheter\nFörslag på justerare Sigrid Almgren och Torvald Enqvist, ersättare Olle Strid, tid och plats för justering.");
    const seat = (label: string) =>
      (g.getNodeAttributes(g.findNode((_, a) => a.label === label)!) as PersonAttributes).roles?.map((r) => r.roleNormalised) ?? [];
    expect([seat("Sigrid Almgren"), seat("Torvald Enqvist"), seat("Olle Strid")]).toEqual([["justerare"], [], ["ersättare"]]);
  });
});

describe("a title after `och` in a run is the next name's, so the run writes titles before names", () => {
  it("`A, kommundirektör B och ekonom C`: A, whose name opens the run, holds no title", () => {
    expect(seats("Nyheter\nPå mötet deltog Sigrid Almgren, kommundirektör Torvald Enqvist och ekonom Olle Strid.")).toEqual([
      "Olle Strid: ekonom",
      "Sigrid Almgren: ",
      "Torvald Enqvist: kommundirektör",
    ]);
  });
  it("`A, enhetschef B, controller C och handläggare D`: the joined title decides the whole run", () => {
    expect(seats("Nyheter\nMed var Sigrid Almgren, enhetschef Torvald Enqvist, controller Olle Strid och handläggare Vera Lindgren.")).toEqual([
      "Olle Strid: controller",
      "Sigrid Almgren: ",
      "Torvald Enqvist: enhetschef",
      "Vera Lindgren: handläggare",
    ]);
  });
  it("without `och` before a title the run still writes titles after names", () => {
    expect(seats("Nyheter\nMed var Sigrid Almgren, enhetschef Torvald Enqvist, controller Olle Strid, handläggare.")).toEqual([
      "Olle Strid: handläggare",
      "Sigrid Almgren: enhetschef",
      "Torvald Enqvist: controller",
    ]);
  });
});

describe("`vice` before a title the lexicon knows without it", () => {
  it("makes the deputy's title, a vice chair's where the title is a chair's, before and after the name", () => {
    const g = graphOf("Nyheter\nEnligt vice förbundsordförande Sigrid Almgren går det bra. Torvald Enqvist, vice styrelseordförande i Storsthlm, håller med.");
    const roles = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "roleNormalised")} (${g.getEdgeAttribute(e, "roleCategory")})`);
    expect(roles).toContain("Torvald Enqvist: vice styrelseordförande (vice_chair)");
    const almgren = g.getNodeAttributes(g.findNode((_, a) => a.label === "Sigrid Almgren")!) as PersonAttributes;
    expect(almgren.roles?.map((r) => r.roleNormalised)).toEqual(["vice förbundsordförande"]);
  });
});

describe("an office of a municipality or region written with no place on a page about one", () => {
  const held = (text: string) => {
    const g = graphOf(text);
    return g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => {
        const a = g.getEdgeAttributes(e);
        return `${g.getNodeAttribute(g.source(e), "label")}: ${a.roleNormalised} @ ${g.getNodeAttribute(g.target(e), "label")}${a.inferred ? ` (inferred, ${a.chain?.length} steps)` : ""}`;
      })
      .sort();
  };
  it("is held in that municipality, inferred, with the title and the page's municipality as its chain", () => {
    expect(
      held("Ny kommundirektör i Älvdalens kommun\n\nSigrid Almgren blir ny kommundirektör. Det meddelade kommunstyrelsens ordförande Torvald Enqvist."),
    ).toEqual(["Sigrid Almgren: kommundirektör @ Älvdalen (inferred, 2 steps)", "Torvald Enqvist: kommunstyrelsens ordförande @ Älvdalen (inferred, 2 steps)"]);
  });
  it("a region's office on a page about one region", () => {
    expect(
      held(
        "Fortsatt styre i Region Västerbotten\n\n– Vi är glada, säger Sigrid Almgren (S), regionråd med ansvar för vården, och Torvald Enqvist (V), regionstyrelsens ordförande.",
      ),
    ).toEqual([
      "Sigrid Almgren: regionråd @ Region Västerbotten (inferred, 2 steps)",
      "Torvald Enqvist: regionstyrelsens ordförande @ Region Västerbotten (inferred, 2 steps)",
    ]);
  });
  it("not on a page that names another municipality too", () => {
    const roles = held("Ny kommundirektör i Älvdalens kommun\n\nSigrid Almgren, som kommer från Mora, blir ny kommundirektör.");
    expect(roles.filter((r) => r.includes("kommundirektör"))).toEqual([]);
  });
});

describe("an election's list of people and roles", () => {
  check([
    [
      "shares the body the last one names, not the organisation the page opens with",
      "Region Västerbotten har ett nytt styre.\n\nSigrid Almgren (M) valdes till ny ordförande, Torvald Enqvist (S) till första vice ordförande och Olle Strid (SD) till andra vice ordförande i kommunfullmäktige i Bollebygd.",
      [
        "holds_role Sigrid Almgren -> Kommunfullmäktige [ordförande]",
        "holds_role Torvald Enqvist -> Kommunfullmäktige [förste vice ordförande]",
        "holds_role Olle Strid -> Kommunfullmäktige [andre vice ordförande]",
      ],
      ["holds_role Sigrid Almgren -> Region Västerbotten [ordförande]"],
    ],
  ]);
});

describe("a party's letters alone after the name's comma", () => {
  check([
    [
      "`X, s, (omval)`, `Y, kd.`, `Z, M, Solna`: the person's party",
      "Till ordförande valdes Sigrid Almgren, s, (omval) och till vice ordförande Torvald Enqvist, kd. Olle Strid, M, Solna, höll med.",
      ["member_of Sigrid Almgren -> Socialdemokraterna", "member_of Torvald Enqvist -> Kristdemokraterna", "member_of Olle Strid -> Moderaterna"],
    ],
    ["not `v. ordförande`", "Närvarande var Sigrid Almgren, v. ordförande, och Torvald Enqvist.", [], ["member_of Sigrid Almgren -> Vänsterpartiet"]],
  ]);
});

describe("a seat in the plural as a list's label", () => {
  it("`Ersättare: A (S), B (M) och C (KD)`, `Övriga ledamöter: …`: each name of the list holds the seat", () => {
    expect(
      seats(
        "Nyheter\nStyrelsen valdes. Övriga ledamöter: Sigrid Almgren (S), Torvald Enqvist (M) och Olle Strid (C). Ersättare: Vera Lindgren (L) och Bo Dahlkvist (KD).",
      ),
    ).toEqual(["Bo Dahlkvist: ersättare", "Olle Strid: ledamot", "Sigrid Almgren: ledamot", "Torvald Enqvist: ledamot", "Vera Lindgren: ersättare"]);
  });
  it("not a label that names no seat", () => {
    expect(seats("Nyheter\nKontakt: Sigrid Almgren och Torvald Enqvist.")).toEqual(["Sigrid Almgren: ", "Torvald Enqvist: "]);
  });
});

describe("a region's body named without its place", () => {
  it("on a page whose head names one region is that region's, not one node for every region's", () => {
    const g = graphOf("Nytt styre i Västra Götalandsregionen\n\nTill ordförande för regionstyrelsen utsågs Sigrid Almgren (S).");
    const held = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => g.getNodeAttributes(g.target(e)));
    expect(held).toEqual([expect.objectContaining({ label: "Regionstyrelsen", partOf: "organisation:vgr" })]);
  });
});

describe("the associations SKR was formed from", () => {
  check([
    [
      "`Svenska Kommunförbundets ordförande X`, `Landstingsförbundets chefsekonom Y`: held in the association, known by its later name",
      "Nyheter\nEnligt Svenska Kommunförbundets ordförande Sigrid Almgren och Landstingsförbundets chefsekonom Torvald Enqvist är läget svårt.",
      ["holds_role Sigrid Almgren -> Sveriges Kommuner och Regioner [ordförande]", "holds_role Torvald Enqvist -> Sveriges Kommuner och Regioner [ekonom]"],
    ],
  ]);
});

describe("a title whose first part is joined to it by `- och`", () => {
  it("is written whole (`forsknings- och innovationsdirektör`)", () => {
    const g = graphOf("Nyheter\nSigrid Almgren, forsknings- och innovationsdirektör, talade.");
    const roles = (g.getNodeAttributes(g.findNode((_, a) => a.label === "Sigrid Almgren")!) as PersonAttributes).roles;
    expect(roles?.map((r) => [r.role, r.roleNormalised])).toEqual([["forsknings- och innovationsdirektör", "innovationsdirektör"]]);
  });
});

describe("seats in the plural before a list of names", () => {
  it("each name of the list holds the seat, as a role of its own", () => {
    expect(seats("Nyheter\nLedamöterna Sigrid Almgren (S) och Torvald Enqvist (M) valdes. Ersättarna Olle Strid (C) och Vera Lindgren (L) deltog.")).toEqual([
      "Olle Strid: ersättare",
      "Sigrid Almgren: ledamot",
      "Torvald Enqvist: ledamot",
      "Vera Lindgren: ersättare",
    ]);
  });
});

describe("an office taken up", () => {
  check([
    [
      "`tillträdde X tjänsten som regionchef för Y`: a title known by its ending after an office's noun",
      "Från den 1 februari tillträdde Sigrid Almgren tjänsten som regionchef för Vallbyregionen.",
      ["holds_role Sigrid Almgren -> Vallbyregionen [regionchef]"],
    ],
    [
      "not after an ordinary noun",
      "Sigrid Almgren ser resan som kulturchef i Vallby stad som viktig.",
      [],
      ["holds_role Sigrid Almgren -> Vallby [kulturchef]"],
    ],
  ]);
});

describe("bodies given in turn by `respektive`", () => {
  check([
    [
      "`A (M), och B (KD), ordförande i de politiska styrgrupperna för X, respektive Y`",
      "Nyheter\nSigrid Almgren (M), och Torvald Enqvist (KD), ordförande i de politiska styrgrupperna för Infrastruktur, respektive Digitalisering föredrog rapporterna.",
      [
        "holds_role Sigrid Almgren -> Politiska styrgruppen för Infrastruktur [ordförande]",
        "holds_role Torvald Enqvist -> Politiska styrgruppen för Digitalisering [ordförande]",
      ],
      ["holds_role Torvald Enqvist -> Infrastruktur [ordförande]"],
    ],
    [
      "lower-case fields in turn",
      "Nyheter\nSigrid Almgren och Torvald Enqvist är ordförande i nämnderna för kultur respektive miljö.",
      ["holds_role Sigrid Almgren -> Nämnden för kultur [ordförande]", "holds_role Torvald Enqvist -> Nämnden för miljö [ordförande]"],
    ],
  ]);
});

describe("a place's new officer", () => {
  check([
    [
      "`X som blir Nackas nya kommundirektör`",
      "Nyheter\nNu är det klart att det blir Sigrid Almgren som blir Nackas nya kommundirektör.",
      ["holds_role Sigrid Almgren -> Nacka [kommundirektör]"],
    ],
    [
      "`Nackas nya kommundirektör från och med i höst blir X`",
      "Nyheter\nNackas nya kommundirektör från och med i höst blir Sigrid Almgren, i dag kommunchef i Vallby.",
      ["holds_role Sigrid Almgren -> Nacka [kommundirektör]"],
    ],
  ]);
});

describe("two people and their seats in turn", () => {
  check([
    [
      "`X och Y är ordförande och 1:e vice ordförande i nämnden`: distinct seats go in turn, by `och` too",
      "Nyheter\nTorvald Enqvist (M) och Sigrid Almgren (S) är ordförande och 1:e vice ordförande i socialnämnden.",
      ["holds_role Torvald Enqvist -> Socialnämnden [ordförande]", "holds_role Sigrid Almgren -> Socialnämnden [förste vice ordförande]"],
      ["holds_role Sigrid Almgren -> Socialnämnden [ordförande]"],
    ],
    [
      "`har blivit valda till ordförande respektive 1:e viceordförande`: a perfect election, a vice chair written in one word",
      "Vi gratulerar. Gunvor Tallberg och Arvid Lööf har blivit valda till ordförande respektive 1:e viceordförande i kommunstyrelsen.",
      ["holds_role Gunvor Tallberg -> Kommunstyrelsen [ordförande]", "holds_role Arvid Lööf -> Kommunstyrelsen [förste vice ordförande]"],
    ],
    [
      "`har blivit` with no election after it elects nobody",
      "Nyheter\nGunvor Tallberg och Arvid Lööf har blivit uppmärksammade i regeringens arbete.",
      [],
      ["holds_role Gunvor Tallberg -> Regeringen", "holds_role Arvid Lööf -> Regeringen"],
    ],
  ]);
});

/** The roles kept on a person's node (those held nowhere in particular). */
const rolesOf = (text: string, name: string) => {
  const g = graphOf(text);
  const node = g.findNode((_, a) => a.label === name);
  return ((node ? g.getNodeAttribute(node, "roles" as never) : undefined) ?? []) as { role: string; roleNormalised?: string }[];
};

describe("a body's genitive before the role is part of the role as written", () => {
  it("a compound body and a joined one (`barn- och lärandenämndens ordförande`)", () => {
    const text =
      "Kommunalråd\n\nSigrid Almgren (M), kommunstyrelsens förste vice ordförande, samhällsservicenämndens ordförande\n\nTorvald Enqvist (C), barn- och lärandenämndens ordförande";
    // The body named so is where the role is held (round 33): the role as written goes to the edge.
    const g = graphOf(text);
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => [g.getEdgeAttribute(e, "role"), g.getEdgeAttribute(e, "roleNormalised"), g.getNodeAttribute(g.target(e), "label")]);
    expect(held).toEqual([
      ["samhällsservicenämndens ordförande", "ordförande", "Samhällsservicenämnden"],
      ["barn- och lärandenämndens ordförande", "ordförande", "Barn- och lärandenämnden"],
    ]);
    expect(rolesOf(text, "Torvald Enqvist")).toEqual([]);
  });
});

describe("a title in the definite form right before a name", () => {
  const cases: [string, string, string, string | undefined][] = [
    ["-n after a title ending in -e", "– Vi är nöjda, säger förbundsordföranden Torvald Enqvist.", "Torvald Enqvist", "förbundsordförande"],
    ["-en after a consonant", "Beslutet fattades av styrelseledamoten Sigrid Almgren i går.", "Sigrid Almgren", "styrelseledamot"],
    ["a body in the definite form is no title", "Enligt Integrationsrådet Sigrid Almgren vet ingen.", "Sigrid Almgren", undefined],
  ];
  for (const [label, text, name, wanted] of cases) it(label, () => expect(rolesOf(text, name).map((r) => r.roleNormalised)[0]).toBe(wanted));
});

describe("seats as headings over the lines of their people", () => {
  const page =
    "Så utses styrelsen\n\nKontakta valberedningen.\n\nOrdförande\nSigrid Almgren (S), Region Dalarna\n\nVice ordförande\nTorvald Enqvist (M), Vallby kommun\n\nÖvriga ledamöter\nGunvor Tallberg (L), Borås kommun\n\nArvid Lööf, (C), Mora kommun";
  const cases: [string, string | undefined][] = [
    ["Sigrid Almgren", "ordförande"],
    ["Torvald Enqvist", "vice ordförande"],
    ["Gunvor Tallberg", "ledamot"],
    ["Arvid Lööf", "ledamot"],
  ];
  for (const [name, seat] of cases) it(`${name}: ${seat}`, () => expect(rolesOf(page, name).map((r) => r.roleNormalised)).toEqual([seat]));
  it("a title under a name alone on its line is that name's, no heading of the next", () => {
    const text = "Nyheter\n\nVi välkomnar den nya styrelsen.\n\nSigrid Almgren\n\nFörbundsordförande\n\nTorvald Enqvist\nGunvor Tallberg";
    expect(rolesOf(text, "Torvald Enqvist")).toEqual([]);
  });
  it("a title over a paragraph that opens with a name is no heading of a list", () => {
    const text =
      "Kommunstyrelsens ordförande\n\nTorvald Enqvist har aviserat att han kommer att avsäga sig uppdraget som kommunalråd vid fullmäktiges möte i oktober.";
    expect(rolesOf(text, "Torvald Enqvist").map((r) => r.roleNormalised)).not.toContain("kommunstyrelsens ordförande");
  });
});

describe("what a body is for ends before a predecessor", () => {
  check([
    [
      "`vice ordförande i fokusberedningen för folkhälsa efter X`",
      "Nyheter\nDessutom valdes Sigrid Almgren till vice ordförande i fokusberedningen för folkhälsa efter Torvald Enqvist.",
      ["holds_role Sigrid Almgren -> Fokusberedningen för folkhälsa [vice ordförande]"],
      ["holds_role Torvald Enqvist -> Fokusberedningen för folkhälsa [vice ordförande]"],
    ],
  ]);
});

describe("a politician's region after the party", () => {
  check([
    [
      "`X (SD), Region Y` is the region she represents, no role-less workplace",
      "Valnämnden\n\nLedamöter\n\nSigrid Almgren (SD), Region Dalarna\n\nTorvald Enqvist (M), Ekerö kommun",
      ["represents Sigrid Almgren -> Region Dalarna", "represents Torvald Enqvist -> Ekerö"],
      ["holds_role Sigrid Almgren -> Region Dalarna"],
    ],
  ]);
});

describe("a title in the genitive owns the word after it", () => {
  const cases: [string, string, string, string[]][] = [
    ["`X, landshövdingens stab`", "På bilden: Sigrid Almgren, landshövdingens stab, och Torvald Enqvist.", "Sigrid Almgren", []],
    ["`X har fått statsministerns uppdrag`", "Nyheter\nSigrid Almgren har fått statsministerns uppdrag att leda arbetet.", "Sigrid Almgren", []],
    ["the title after the genitive is the name's", "Sigrid Almgren, statsministerns pressekreterare, deltog.", "Sigrid Almgren", ["pressekreterare"]],
  ];
  for (const [label, text, name, wanted] of cases) it(label, () => expect(rolesOf(text, name).map((r) => r.roleNormalised)).toEqual(wanted));
});

describe("what follows `till` after a name is whom the person speaks or writes to", () => {
  check([
    [
      "a minister in the definite form (`X (m) till socialministern om …`)",
      "Interpellation 1999/2000:12 av Sigrid Almgren (m) till socialministern om vården i Ekerö",
      ["member_of Sigrid Almgren -> Moderaterna"],
      ["holds_role Sigrid Almgren -> Ekerö [socialminister]"],
    ],
    [
      "a newspaper (`X (M) har till Sveriges Television sagt`)",
      "Finansminister Torvald Enqvist (M) har till Sveriges Television sagt att inget ska ändras.",
      ["member_of Torvald Enqvist -> Moderaterna"],
      ["holds_role Torvald Enqvist -> SVT"],
    ],
  ]);
  it("the asker holds no minister's title", () => {
    expect(rolesOf("Interpellation av Sigrid Almgren (m) till socialministern om vården.", "Sigrid Almgren")).toEqual([]);
  });
  it("an election in the indefinite form is read as before", () => {
    expect(rolesOf("Nyheter\nArvid Lööf (S) valdes till ordförande.", "Arvid Lööf").map((r) => r.roleNormalised)).toEqual(["ordförande"]);
  });
  check([
    [
      "an election to an organisation's title, the organisation in the genitive (`X valdes om till Storsthlms förbundsordförande`)",
      "Nyheter\nPå stämman i maj fick förbundet en ny styrelse och Arvid Lööf valdes om till Storsthlms förbundsordförande.",
      ["holds_role Arvid Lööf -> Storsthlm [förbundsordförande]"],
    ],
  ]);
});

describe("a party's name in parentheses", () => {
  check([
    [
      "after the role (`X, kommunstyrelsens ordförande (Socialdemokraterna)`, `(Centern)`)",
      "På fotot: Sigrid Almgren, kommunstyrelsens ordförande (Socialdemokraterna), Torvald Enqvist, 1:e vice ordförande i kommunstyrelsen (Centern) samt Arvid Lööf (Moderaterna).",
      ["member_of Sigrid Almgren -> Socialdemokraterna", "member_of Torvald Enqvist -> Centerpartiet", "member_of Arvid Lööf -> Moderaterna"],
    ],
  ]);
});

describe("`att` after a name opens a clause of what is said", () => {
  check([
    [
      "`säger X, M, att regeringens förslag …`",
      "Nyheter\n\nDet är bra, säger Helmer Strandqvist, M, att regeringens förslag nu kommer.",
      ["member_of Helmer Strandqvist -> Moderaterna"],
      ["holds_role Helmer Strandqvist -> Regeringen"],
    ],
  ]);
});

describe("titles joined by `och` right before the next name are that name's", () => {
  for (const [label, text] of [
    ["two titles", "Besök\n\nDet var kommunstyrelsens ordförande Arvid Lööf och andre vice ordförande och oppositionsråd Helmer Strandqvist som tog emot."],
    [
      "two titles and a comma",
      "Besök\n\nDet var kommunstyrelsens ordförande Arvid Lööf och andre vice ordförande och oppositionsråd, Helmer Strandqvist som tog emot.",
    ],
  ])
    it(label, () => expect(rolesOf(text, "Arvid Lööf").map((r) => r.roleNormalised)).toEqual(["kommunstyrelsens ordförande"]));
  it("a title after `och` in the name's own apposition stays the name's", () => {
    const text = "Nyheter\n\nArvid Lööf, ordförande i kulturnämnden och vice ordförande i fritidsnämnden, Helmer Strandqvist och fler.";
    expect(edges(text)).toContain("holds_role Arvid Lööf -> Fritidsnämnden [vice ordförande]");
  });
});

describe("a county's genitive before a title", () => {
  check([
    [
      "`Jönköpings läns nya landshövding X`",
      "Besök\n\nJönköpings läns nya landshövding Sigrid Almgren har besökt kommunen.",
      ["holds_role Sigrid Almgren -> Jönköpings län [landshövding]"],
    ],
  ]);
});

describe("a picture's label over a name", () => {
  it("`Foto` alone on the line above names who is pictured, no photographer", () => {
    const text = "Nyhet\n\nFoto\n\nSigrid Almgren\n\nSigrid Almgren talar på förbundets möte i morgon.";
    expect(rolesOf(text, "Sigrid Almgren")).toEqual([]);
  });
});

describe("a second party after a name's own", () => {
  check([
    [
      "`X (C), två vakanta från (M)` is no party of X's",
      "Förslaget\n\nLedamöter: Sigrid Almgren (C), Arvid Lööf (C), två vakanta från (M), Helmer Strandqvist (L).",
      ["member_of Arvid Lööf -> Centerpartiet"],
      ["member_of Arvid Lööf -> Moderaterna"],
    ],
  ]);
});

describe("a county's office held in the municipality that names the county", () => {
  check([
    [
      "`Landshövdingen i Stockholm, X`",
      "Besök\n\nLandshövdingen i Stockholm, Sigrid Almgren besökte kommunledningen i Mora.",
      ["holds_role Sigrid Almgren -> Stockholms län [landshövding]"],
      ["holds_role Sigrid Almgren -> Stockholm [landshövding]"],
    ],
    [
      "`X, idag länsöverdirektör i Stockholm`",
      "Nyheter\n\nArvid Lööf, idag länsöverdirektör i Stockholm, blir ny förbundsdirektör.",
      ["holds_role Arvid Lööf -> Stockholms län [länsöverdirektör]"],
    ],
  ]);
});

describe("a copula, a place's genitive and the role", () => {
  check([
    [
      "`X är Stockholms nya stadsdirektör`, `Y blir Ekerös nya kommundirektör`",
      "Nyheter\n\nSigrid Almgren är Stockholms nya stadsdirektör. Arvid Lööf blir Ekerös nya kommundirektör.",
      ["holds_role Sigrid Almgren -> Stockholm [stadsdirektör]", "holds_role Arvid Lööf -> Ekerö [kommundirektör]"],
    ],
  ]);
});
