import fc from "fast-check";
import { describe, expect, it } from "vitest";
import lunr from "lunr";
import { PASSAGE_PIPELINE, swedishLunr } from "@samverkan/search";
import { createTermProcessor, loadPipeline } from "../pipeline/swedish";
import { addTerms } from "../testing/add-terms";
import { forEachWord } from "../text/tokenize";
import { CompactIndex } from "./compact-index";
import { parseQuery } from "./parse-query";
import { PostingsBuilder, readPostings } from "./postings-builder";

describe("posting lists", () => {
  it("give back each term's documents and frequencies, in order", () => {
    // Documents of up to 6 words from a vocabulary of 8, some repeated up to 40 times (frequencies of 8 and more
    // take a second varint), some documents empty.
    const documents = fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 40 })), { maxLength: 6 }), { maxLength: 60 });
    fc.assert(
      fc.property(documents, (docs) => {
        const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
        const expected = new Map<string, number[]>();
        docs.forEach((words, doc) => {
          const counts = new Map<string, number>();
          for (const [word, times] of words) counts.set(`w${word}`, (counts.get(`w${word}`) ?? 0) + times);
          addTerms(builder, [[...counts].flatMap(([term, tf]) => Array<string>(tf).fill(term))]);
          for (const [term, tf] of counts) expected.set(term, [...(expected.get(term) ?? []), doc, tf]);
        });
        const index = builder.finish([], []);
        const field = index.postings[0]!;
        expect(index.terms).toEqual([...expected.keys()].sort());
        index.terms.forEach((term, t) => {
          const { docs: found, tfs } = readPostings(field, t, docs.length);
          expect([...found].flatMap((doc, i) => [doc, tfs[i]])).toEqual(expected.get(term));
        });
        expect([...index.lengths[0]!]).toEqual(docs.map((words) => words.reduce((sum, [, times]) => sum + times, 0)));
      }),
    );
  });

  it("index a compound under its parts and their parts, a document once with its frequencies added", () => {
    const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
    addTerms(builder, [["kommun", "styrels", "ordförand", "styrelseordförand"]]);
    addTerms(builder, [["kommunstyrelseordförand", "kommunstyrelseordförand", "ordförand"]]);
    addTerms(builder, [["trafik"]]);
    builder.splitCompounds();
    const index = builder.finish([], []);
    const postings = (term: string) => {
      const { docs, tfs } = readPostings(index.postings[0]!, index.terms.indexOf(term), 3);
      return [...docs].flatMap((doc, i) => [doc, tfs[i]]);
    };
    expect(postings("styrelseordförand")).toEqual([0, 1, 1, 2]);
    expect(postings("kommun")).toEqual([0, 1, 1, 2]);
    expect(postings("styrels")).toEqual([0, 2, 1, 2]); // in doc 0 itself and in styrelseordförand
    expect(postings("ordförand")).toEqual([0, 2, 1, 3]); // doc 1: itself once, through the compound twice
    expect(postings("trafik")).toEqual([2, 1]);
  });

  it("refuse damaged lists", () => {
    const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
    addTerms(builder, [["a", "b"]]);
    addTerms(builder, [["a", "a", "a", "a", "a", "a", "a", "a", "a"]]);
    const field = builder.finish([], []).postings[0]!;
    expect(readPostings(field, 0, 2).docs).toEqual(Int32Array.from([0, 1])); // a
    expect(() => readPostings(field, 0, 1)).toThrow(/no document/);
    expect(() => readPostings({ ...field, df: Uint32Array.from([3, 1]) }, 0, 2)).toThrow(/ends inside|no document/);
    expect(() => readPostings({ ...field, df: Uint32Array.from([1, 1]) }, 0, 2)).toThrow(/bytes left/);
  });
});

describe("a compact index answers as lunr answers on an index lunr.Builder built", () => {
  const texts = [
    "Kommunstyrelsen i Nacka sammanträdde om skolan och skolans budget.",
    "Mötet med regionen handlade om kollektivtrafik, trafik och trafik igen: trafik trafik trafik trafik trafik trafik.",
    "Nyanlända elever och kommunerna; skolan i Täby.",
    "Budgeten för regionen och kommunen antogs på mötet.",
    "Ett kort stycke.",
    "Skolan, skolorna och skolornas elever i regionen.",
    "Trafiken i Täby och i Nacka.",
  ];
  const lunrSv = swedishLunr();
  const sv = (lunrSv as unknown as { sv: lunr.Builder.Plugin }).sv;
  const reference = lunr(function () {
    this.use(sv);
    this.pipeline.reset();
    this.searchPipeline.reset();
    const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions;
    for (const name of PASSAGE_PIPELINE) {
      this.pipeline.add(registered[name]!);
      this.searchPipeline.add(registered[name]!);
    }
    this.ref("id");
    this.field("text");
    texts.forEach((text, id) => this.add({ id: String(id), text }));
  });
  const terms = createTermProcessor(loadPipeline(PASSAGE_PIPELINE));
  const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
  const words = new Set<string>();
  for (const text of texts) {
    const found: string[] = [];
    forEachWord(text, 0, text.length, (word) => {
      words.add(word.toLowerCase());
      found.push(...terms(word));
    });
    addTerms(builder, [found]);
  }
  const ours = new CompactIndex(builder.finish(PASSAGE_PIPELINE, PASSAGE_PIPELINE));

  /** Matches as `[ref, score, terms]`, scores to nine decimals; `unordered` sorts ties, which lunr orders by expansion. */
  const theirs = (query: string) => reference.search(query).map((r) => [r.ref, r.score.toFixed(9), Object.keys(r.matchData.metadata)]);
  const mine = (query: string) => {
    const { top, termsOf } = ours.query(parseQuery(query, ["text"]));
    return top(Infinity).matches.map(({ ref, score }) => [String(ref), score.toFixed(9), termsOf(ref)]);
  };
  const unordered = (results: unknown[][]) =>
    results.map(([ref, score, found]) => [ref, score, [...(found as string[])].sort()]).sort((a, b) => String(a).localeCompare(String(b)));

  it.each(["skolan", "trafik", "regionen budget", "mötet kommunerna", "nyanländ", "+skolan -täby", "skolan^3 trafik", "-skolan", "+skolan +zzz", ""])(
    "%j",
    (query) => {
      expect(mine(query)).toEqual(theirs(query));
    },
  );

  // lunr orders the terms a fuzzy or wildcard word stands for by its automaton, CompactIndex by distance and frequency.
  it.each(["skolna~1", "+skolna~1 täby", "trafi*", "sko*", "*an", "+sko* -täby", "s*l*"])("%j (ties in any order)", (query) => {
    expect(unordered(mine(query))).toEqual(unordered(theirs(query)));
  });

  it("random queries of the texts' words, with presence, boosts and wildcards", () => {
    const word = fc.oneof(fc.constantFrom(...words), fc.stringMatching(/^[a-zåäö]{1,6}$/));
    const clause = fc
      .tuple(fc.constantFrom("", "+", "-"), word, fc.constantFrom("", "^2", "^5"), fc.boolean())
      .map(([presence, term, boost, prefix]) => `${presence}${prefix ? `${term.slice(0, 3)}*` : term}${boost}`);
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 5 }), (clauses) => {
        // A required stop word (`+och`) makes lunr throw a TypeError or find nothing; CompactIndex does not search it.
        fc.pre(!clauses.some((c) => c.startsWith("+") && !c.includes("*") && terms(c.slice(1).replace(/\^\d+$/, "")).length === 0));
        const query = clauses.join(" ");
        if (query.includes("*")) expect(unordered(mine(query))).toEqual(unordered(theirs(query)));
        else expect(mine(query)).toEqual(theirs(query));
      }),
    );
  });
});
