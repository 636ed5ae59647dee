/**
 * Fuzz: hostile queries (issue #15, the query half). `SearchIndex.search`, the viewer's search box over it, and `ask`,
 * on the sample corpus's graph, with random text, very long words, `~N`, `^N`, `*`, field prefixes and many words:
 * each call returns or throws the documented error (`BAD_QUERY`), and none hangs. The time bound is a hang guard,
 * not a speed test (bench/search.ts and bench/queries.ts time the hostile queries on the benchmark graph).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ask, isSamverkanError, QUESTION_FORMS, type KnowledgeGraph } from "@samverkan/core";
import { buildSearchIndex, QUERY_LIMITS, QuerySyntaxError, type SearchIndex } from "@samverkan/search";
import { searchIndexSuggestions } from "@samverkan/viewer";
import { sampleGraph } from "../questions/sample-graph";

const BOUND_MS = 2000;

let graph: KnowledgeGraph;
let index: SearchIndex;
beforeAll(async () => {
  const built = await sampleGraph();
  graph = built.graph;
  index = buildSearchIndex(graph, built.documents);
});

/** Runs `fn` and returns how long it took, after checking that it returned or threw a SamverkanError of `codes`. */
function settles(fn: () => unknown, codes: string[]): number {
  const t0 = performance.now();
  try {
    fn();
  } catch (error) {
    if (!isSamverkanError(error) || !codes.includes(error.code)) throw error;
  }
  return performance.now() - t0;
}

const letters = fc.stringMatching(/^[a-zåäöA-ZÅÄÖ]{1,12}$/);
const names = fc.constantFrom("Gerdau", "Östlin", "Nacka", "Storsthlm", "möte", "nyanlända", "kommun", "och", "a");
const word = fc.oneof(letters, names, fc.string({ unit: "grapheme", maxLength: 12 }));
/** One lunr term with any of its modifiers, sensible or not. */
const term = fc
  .tuple(
    fc.constantFrom("", "+", "-"),
    fc.constantFrom("", "name:", "context:", "text:", "plats:"),
    fc.oneof(word, fc.stringMatching(/^[a-z*]{1,16}$/), fc.stringMatching(/^[a-z]{20,120}$/)),
    fc.oneof(
      fc.constant(""),
      fc.nat(1000).map((n) => `~${n}`),
      fc.nat(1000).map((n) => `^${n}`),
      fc.constant("*"),
      fc.constant("~"),
    ),
  )
  .map((parts) => parts.join(""));
const query = fc.oneof(
  fc.array(term, { maxLength: QUERY_LIMITS.terms + 4 }).map((terms) => terms.join(" ")),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.stringMatching(/^[a-zåäö]{200,400}$/),
  fc.stringMatching(/^[a*~^:+\- ]{1,300}$/),
);

describe("SearchIndex.search on hostile queries", () => {
  it("returns hits or throws a QuerySyntaxError (BAD_QUERY), within the hang guard", () => {
    fc.assert(
      fc.property(query, (q) => {
        const t0 = performance.now();
        try {
          const { hits, total } = index.search(q);
          expect(hits.length).toBeLessThanOrEqual(20);
          expect(total.entities + total.passages).toBeGreaterThanOrEqual(hits.length);
        } catch (error) {
          expect(error).toBeInstanceOf(QuerySyntaxError);
          const { start, end } = error as QuerySyntaxError;
          expect(0 <= start && start <= end && end <= q.length).toBe(true);
        }
        expect(performance.now() - t0).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 300 },
    );
  });

  // The cases of issue #15 and the worst found since: each took seconds to minutes, or all memory.
  const HOSTILE: [string, string][] = [
    ["~99 on a name", "Gerdau~99"],
    ["a word of 256 letters", "a".repeat(256)],
    ["a word of 400 letters", "a".repeat(400)],
    ["120,000 letters", "a".repeat(120_000)],
    ["a lone wildcard", "*"],
    ["a leading wildcard", "*a"],
    ["wildcards between letters", `${"*a".repeat(10)}*`],
    ["twelve wildcards", Array(12).fill("*").join(" ")],
    ["twelve long fuzzy words", Array(12).fill("kommunstyrelseordf~2").join(" ")],
    ["a field with a wildcard", "text:*"],
    ["many words", Array(200).fill("Gerdau").join(" ")],
    ["a required stop word", "+och"],
  ];
  it.each(HOSTILE)("%s", (_label, q) => expect(settles(() => index.search(q), ["BAD_QUERY"])).toBeLessThan(BOUND_MS));
});

describe("the viewer's search box over the index", () => {
  // It asks for suggestions at every keystroke: a 300-letter word froze it for 9.5 s.
  const TYPED: [string, string][] = [
    ["300 times a", "a".repeat(300)],
    ["50 times Gerdau", "Gerdau".repeat(50)],
    ["60 fuzzy wildcards", "*a~2 ".repeat(60)],
  ];
  it.each(TYPED)("typing %s, letter by letter", (_label, typed) => {
    const source = searchIndexSuggestions(index, graph);
    const t0 = performance.now();
    for (let k = 1; k <= typed.length; k++) source.suggest(typed.slice(0, k), 10);
    expect(performance.now() - t0).toBeLessThan(5 * BOUND_MS);
  });
});

describe("ask on hostile questions", () => {
  const filler = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(" ", "?", ".", "!", '"', "“", "\t", "\n").chain((c) => fc.integer({ min: 1, max: 50_000 }).map((n) => c.repeat(n))),
    fc.stringMatching(/^[a-zåäö ]{100,2000}$/),
  );
  const question = fc.oneof(
    fc.string({ unit: "binary", maxLength: 500 }),
    fc.tuple(fc.constantFrom(...QUESTION_FORMS.map((form) => form.example)), filler, fc.boolean()).map(([example, junk, before]) => {
      const words = example.split(" ");
      const at = before ? 0 : words.length - 1;
      return [...words.slice(0, at), junk, ...words.slice(at)].join(" ");
    }),
  );
  it("answers, or throws BAD_QUERY for an empty question, within the hang guard", () => {
    fc.assert(
      fc.property(question, (q) => {
        expect(settles(() => ask(graph, q), ["BAD_QUERY"])).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 200 },
    );
  });
});
