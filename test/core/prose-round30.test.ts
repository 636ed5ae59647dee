/**
 * Prose, round 30: the phrases of talking are one data list (`data/talk-verbs.json`) that every reader of speakers
 * takes from the lexicon. Texts written for these tests, with invented names.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, DEFAULT_LEXICON_DATA, readDocument, type LexiconData } from "../../packages/core/src/index";
import { edges, graphOf } from "../helpers/prose";

describe("talk verbs as data", () => {
  const report =
    "Nyhetsbrev från Mälarnätet\n\nHöstträffen i Botkyrka\n\nNätverkets höstträff gick av stapeln den 8 oktober 2024 i Botkyrka. Ordförande Lena Bergsgård öppnade träffen. Ivar Tolvhammar föredrog läget i länet.\n";

  it("a phrase a lexicon adds for the place after a name makes a speaker", () => {
    const spoke = (lexicon?: LexiconData) =>
      edges(buildGraph([readDocument({ source: "nyhetsbrev.txt", content: report })], { layout: false, lexicon }).graph, "spoke_at");
    const talkVerbs = { phrases: [...DEFAULT_LEXICON_DATA.talkVerbs.phrases, { phrase: "föredrog", uses: ["after" as const] }] };
    expect(spoke()).toEqual([]);
    expect(spoke({ ...DEFAULT_LEXICON_DATA, talkVerbs })).toEqual(["spoke_at Ivar Tolvhammar -> 2024-10-08 Höstträff"]);
  });

  it("a verb before a name is a whole word: `den omtalade författaren X` spoke nowhere", () => {
    const g = graphOf(
      "nyhetsbrev.txt",
      "Nyhetsbrev från Mälarnätet\n\nHöstträffen i Botkyrka\n\nNätverkets höstträff gick av stapeln den 8 oktober 2024 i Botkyrka. Ordförande Lena Bergsgård öppnade träffen. Bland gästerna fanns den omtalade författaren Ylva Östermark.\n",
    );
    expect(edges(g, "spoke_at", "chaired")).toEqual(["chaired Lena Bergsgård -> 2024-10-08 Höstträff"]);
  });
});
