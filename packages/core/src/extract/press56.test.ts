/**
 * Round 56's press phrasings of roles (invented names, in the layouts of local news pages): a resignation from a
 * genitive name's seats (`godkänna Xs (S) avsägelse från sitt uppdrag som R1 och R2 i <body>`), a role stepped down
 * from (`X kliver av som R`), a role after `som är` and an adjective (`Y som är flerårig R`), and a party's genitive
 * before a descriptive noun (`<Party>s veteranpolitiker X`).
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph, PersonAttributes } from "../index";
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
