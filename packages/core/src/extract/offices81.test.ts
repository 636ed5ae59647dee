import { describe, expect, it } from "vitest";
import { parties } from "../../../../test/helpers/minutes";
import { edges, graphOf } from "../../../../test/helpers/prose";

// A city's page, its municipality in the breadcrumb, listing each portfolio's holder by the city's own title.
const PAGE = [
  "Hem > Västerås stad > Kommun och politik > Borgarråd",
  "",
  "Stadens borgarråd",
  "",
  "Rotel I: Skolroteln; borgarrådet Greta Lindvall",
  "Rotel II: Trafikroteln; borgarrådet Olle Sandberg",
  "Rotel III: Finansroteln; finansborgarrådet Maja Bergkvist",
  "",
].join("\n");

describe("a city's `borgarråd` on its own page", () => {
  it("is an office held in the page's municipality, as a kommunalråd is, its compounds too", () => {
    expect(edges(graphOf("sida.txt", PAGE), "holds_role", "represents")).toEqual([
      "holds_role Greta Lindvall -> Västerås",
      "holds_role Maja Bergkvist -> Västerås",
      "holds_role Olle Sandberg -> Västerås",
    ]);
  });
});

describe("a party's genitive before a former title and a name", () => {
  it("is the name's party past `tidigare`, `förre` or `f.d.`, a leader's too", () => {
    const text = [
      "Nyhet",
      "",
      "Han ersätter Moderaternas tidigare gruppledare Greta Lindvall, som lämnar politiken.",
      "Centerpartiets f.d. ordförande Olle Sandberg var också på plats, liksom Liberalernas förre ledare Maja Bergkvist.",
      "",
    ].join("\n");
    expect(parties(graphOf("nyhet.txt", text))).toEqual(["Greta Lindvall: Moderaterna", "Maja Bergkvist: Liberalerna", "Olle Sandberg: Centerpartiet"]);
  });
});
