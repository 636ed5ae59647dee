import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CompactIndex, selectTop, type Clause } from "./compact-index";
import { PostingsBuilder } from "./postings-builder";
import { addTerms } from "../testing/add-terms";
import { QUERY_LIMITS } from "./parse-query";

describe("selectTop", () => {
  it("keeps the k best that pass, best first and the earlier first on a tie, as a stable sort of all would", () => {
    // Few distinct scores, so ties are common.
    const scores = fc.array(
      fc.integer({ min: 0, max: 5 }).map((n) => n / 4),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 }), (values, k, modulus) => {
        const keep = (i: number) => i % modulus !== 1;
        const passing = values.map((score, i) => ({ score, i })).filter(({ i }) => keep(i));
        const expected = [...passing].sort((a, b) => b.score - a.score).slice(0, k);
        const { selected, total } = selectTop(values, k, keep);
        expect(selected).toEqual(expected.map(({ i }) => i));
        expect(total).toBe(passing.length);
      }),
    );
  });

  it("with no filter counts every match", () => expect(selectTop([1, 3, 2, 3], 2)).toEqual({ selected: [1, 3], total: 4 }));
});

describe("CompactIndex.query's postings budget", () => {
  // Document i holds the words ord0 … ordi: ord0 is in all 20 documents, ord19 in one.
  const words = Array.from({ length: 20 }, (_, i) => `ord${i}`);
  const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
  for (let i = 0; i < words.length; i++) addTerms(builder, [words.slice(0, i + 1)]);
  const index = new CompactIndex(builder.finish([], []));
  const clause = (term: string): Clause => ({ term, fields: ["text"], boost: 1, presence: 1, usePipeline: false });
  const search = (terms: string[], budget?: number) => {
    const found = index.query(terms.map(clause), budget);
    const { matches, total } = found.top(1);
    return { total, terms: found.termsOf(matches[0]!.ref).sort(), capped: found.capped };
  };

  it("a wildcard word within the budget is searched by all its terms", () => {
    expect(search(["ord*"])).toEqual({ total: 20, terms: [...words].sort(), capped: [] });
  });

  it("over it, by its most frequent terms that fit (at least one), and the result names it", () => {
    expect(search(["ord*"], 50)).toEqual({ total: 20, terms: ["ord0", "ord1"], capped: ["ord*"] });
    expect(search(["ord*"], 5)).toEqual({ total: 20, terms: ["ord0"], capped: ["ord*"] });
  });

  it("widening words share it; plain words are never capped", () => {
    expect(search(["ord1*", "ord*"], 100).capped).toEqual(["ord1*", "ord*"]);
    expect(search(["ord5", "ord6"], 1)).toMatchObject({ total: 15, capped: [] });
  });
});

describe("a leading wildcard", () => {
  it("stands for the QUERY_LIMITS.expansions most frequent terms it matches, the first in order on a tie", () => {
    const word = fc.stringMatching(/^[abc]{1,5}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 30 }),
        fc.stringMatching(/^[abc*]{0,3}$/),
        (documents, rest) => {
          const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
          for (const words of documents) addTerms(builder, [words]);
          const data = builder.finish([], []);
          const pattern = `*${rest}`;
          const regex = new RegExp(`^${pattern.replace(/\*/g, ".*")}$`);
          const df = (term: string) => documents.filter((words) => words.includes(term)).length;
          const expected = data.terms
            .map((term, t) => ({ term, t }))
            .filter(({ term }) => regex.test(term))
            .sort((a, b) => df(b.term) - df(a.term) || a.t - b.t)
            .slice(0, QUERY_LIMITS.expansions)
            .map(({ term }) => term);
          const found = new CompactIndex(data).query([{ term: pattern, fields: ["text"], boost: 1, presence: 1, usePipeline: false }]);
          const { matches } = found.top(documents.length);
          const matched = new Set(matches.flatMap(({ ref }) => found.termsOf(ref)));
          expect([...matched].sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});
