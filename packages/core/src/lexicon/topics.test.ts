/** Topics are found by whole words of the topic lexicon, inflected or not, never by the start of another word. */
import { describe, expect, it } from "vitest";
import { createLexicon, DEFAULT_LEXICON_DATA } from "@samverkan/core";

const lexicon = createLexicon(DEFAULT_LEXICON_DATA);
const topics = (text: string) => lexicon.findTopics(text).map((t) => `${t.id}: ${text.slice(t.start, t.end)}`);

describe("findTopics", () => {
  it("finds a term as a word, also inflected, with the words as evidence", () => {
    expect(topics("Ansökan om EU-projekt och medel ur strukturfonderna.")).toEqual(["eu-fonder: EU-projekt", "eu-fonder: strukturfonderna"]);
    expect(topics("Nya regler för LSS-boenden.")).toEqual(["lss-funktionsnedsattning: LSS"]);
  });

  it("never matches the start of a longer word", () => {
    expect(topics("Besök på Europakontoret i Bryssel.")).toEqual([]);
    expect(topics("Uppföljningsflagga: Följ upp")).toEqual([]);
  });

  it("reads tillgänglighet as no topic of its own (it is not only about disability)", () => {
    expect(topics("Tillgänglighet i kollektivtrafiken.")).toEqual(["kollektivtrafik: kollektivtrafiken"]);
  });
});
