/**
 * Press (session 61): a local news item about one municipality, named in its head though not as such (`… i Tranås
 * nämnder`), whose bodies are named without an owner (`kulturnämnden`): they are that municipality's, and their
 * chairs represent it.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

const NEWS = `Lokalbladet

Nya ordförande i Tranås nämnder

Tranås 08:15 | 4 januari 2021

Tranås får flera nya nämndordförande de kommande åren.

Valen gjordes i december. Ivar Lindkvist, M, blir ordförande i kulturnämnden.

Stina Hedvall, C, blir ordförande i tekniska nämnden.
`;

describe("press about one municipality named in its head", () => {
  it("places its owner-less bodies in that municipality, whose chairs represent it", () => {
    const g = graphOf("nyhet.txt", NEWS);
    expect(edges(g, "represents")).toEqual(expect.arrayContaining(["represents Ivar Lindkvist -> Tranås", "represents Stina Hedvall -> Tranås"]));
  });

  it("not a body no municipality has (`trafikutskottet`, the riksdag's)", () => {
    const g = graphOf("nyhet.txt", NEWS.replace("tekniska nämnden", "trafikutskottet"));
    expect(edges(g, "represents")).toEqual(["represents Ivar Lindkvist -> Tranås"]);
  });

  it("not where the page names another municipality too", () => {
    const g = graphOf("nyhet.txt", NEWS.replace("Tranås får", "Eksjö och Tranås får"));
    expect(edges(g, "represents")).toEqual([]);
  });
});
