/**
 * Round 56's press phrasings of roles (invented names, in the layouts of local news pages): a resignation from a
 * genitive name's seats (`godkänna Xs (S) avsägelse från sitt uppdrag som R1 och R2 i <body>`), a role stepped down
 * from (`X kliver av som R`), a role after `som är` and an adjective (`Y som är flerårig R`), and a party's genitive
 * before a descriptive noun (`<Party>s veteranpolitiker X`) (`03-appositions.ts`, `extract-document.ts`); one person's
 * name spelled two ways in one document, one of them listed (`Bondeson`, `Bondesson`), merged in `extract-document.ts`.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph, PersonAttributes } from "../index";
import { attendees, graphOf as graphOfMinutes, persons } from "../../../../test/helpers/minutes";
import { graphOf } from "../../../../test/helpers/prose";

const news = (...lines: string[]) => ["Nytt i Bystad", "", "3 december 2019", "", ...lines].join("\n");

/** Each role as `name: role [@ body] [former]`, held in a body or in none, sorted. */
function roles(g: KnowledgeGraph): string[] {
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  const held = g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => {
      const a = g.getEdgeAttributes(e);
      return `${label(g.source(e))}: ${a.roleNormalised} @ ${label(g.target(e))}${a.former ? " former" : ""}`;
    });
  const bare = g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => `${label(n)}: ${r.roleNormalised}${r.former ? " former" : ""}`));
  return [...held, ...bare].sort();
}

const partyOf = (g: KnowledgeGraph, name: string): string[] =>
  g
    .filterEdges((_, a) => a.kind === "member_of")
    .filter((e) => g.getNodeAttribute(g.source(e), "label") === name)
    .map((e) => String(g.getNodeAttribute(g.target(e), "label")));

describe("a resignation from a genitive name's seats", () => {
  it("holds each role of `avsägelse från sitt uppdrag som R1 och R2 i <body>` there, as former", () => {
    const g = graphOf(
      "nyhet.txt",
      news("Kommunfullmäktige beslutade den 4 juni att godkänna Ivar Tornlunds (S) avsägelse från sitt uppdrag som ordförande och ledamot i kommunstyrelsen."),
    );
    expect(roles(g)).toEqual(expect.arrayContaining(["Ivar Tornlund: ordförande @ Kommunstyrelsen former", "Ivar Tornlund: ledamot @ Kommunstyrelsen former"]));
  });
});

describe("a role stepped down from", () => {
  const g = graphOf("nyhet.txt", news("Politik Centerpartiets veteranpolitiker Ylva Stensjö kliver av som gruppledare. Ersätter gör Kent Holmrud."));

  it("`X kliver av som R` is a former role", () => {
    expect(roles(g).filter((r) => r.startsWith("Ylva Stensjö:"))).toEqual(["Ylva Stensjö: gruppledare former"]);
  });

  it("the party's genitive before a noun that describes the politician (`veteranpolitiker`) is the party", () => {
    expect(partyOf(g, "Ylva Stensjö")).toEqual(["Centerpartiet"]);
  });
});

describe("a role after `som är` and an adjective", () => {
  it("`Y som är flerårig R` holds R", () => {
    const g = graphOf("nyhet.txt", news("Hon har allt som krävs enligt Gustav Brannfors som är flerårig fullmäktigeledamot och partiets frontfigur."));
    expect(roles(g)).toContain("Gustav Brannfors: fullmäktigeledamot");
  });
});

describe("one person spelled two ways in one document", () => {
  const minutes = (list: string, item: string) =>
    [
      "Protokoll fört vid styrelsemöte i Norrby Hembygdsförening den 12 mars 2019",
      "",
      `Närvarande: ${list}`,
      "",
      `1. ${item}`,
      "2. Till justerare valdes Mona Lindqvist.",
    ].join("\n");

  it("a surname with one letter more in the items is the listed person", () => {
    const g = graphOfMinutes(minutes("Sture Wallander, ordförande, Mona Lindqvist, Kjell Ahlbom.", "Ordförande Sture Walander öppnade mötet."));
    expect(persons(g)).toEqual(["Kjell Ahlbom", "Mona Lindqvist", "Sture Wallander"]);
  });

  it("a given name one letter off (`Torvad`, `Torvald`) is the listed person's, keyed by the name the lexicon knows", () => {
    const g = graphOfMinutes(minutes("Torvad Enqvist, Mona Lindqvist, Kjell Ahlbom.", "Ordförande Torvald Enqvist hälsade välkommen."));
    expect(persons(g)).toEqual(["Kjell Ahlbom", "Mona Lindqvist", "Torvald Enqvist"]);
    expect(attendees(g)).toContain("Torvald Enqvist: member");
  });

  it("leaves two known given names two people (`Karin`, `Katrin`)", () => {
    const g = graphOfMinutes(minutes("Karin Enqvist, Mona Lindqvist, Kjell Ahlbom.", "Katrin Enqvist från kansliet informerade."));
    expect(persons(g)).toContain("Katrin Enqvist");
  });
});
