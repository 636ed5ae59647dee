import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachWord } from "../text/tokenize";
import { WordTerms } from "./word-terms";

/** Terms of a word, made up from it: none, one or two (so every way a word's terms are kept is used). */
function termsOf(numbers: Map<string, number>, word: string): number[] {
  const number = (term: string) => {
    if (!numbers.has(term)) numbers.set(term, numbers.size);
    return numbers.get(term)!;
  };
  const kind = word.length % 3;
  return kind === 0 ? [] : kind === 1 ? [number(word)] : [number(word), number(`${word}/2`)];
}

/** The terms `WordTerms` counts for a stretch of text, and how many words it ran `termsOf` on. */
function counted(text: string, start: number, end: number, limit = 1000): { terms: number[]; looked: string[] } {
  const numbers = new Map<string, number>();
  const looked: string[] = [];
  const table = new WordTerms({ termsOf: (word) => (looked.push(word), termsOf(numbers, word)) }, limit);
  const terms: number[] = [];
  table.countWords(text, start, end, { addTerm: (field, id) => terms.push(field === 0 ? id : -1) });
  return { terms, looked };
}

/** The same from the words of `forEachWord` (sliced and lower-cased by `toLowerCase`). */
function expected(text: string, start: number, end: number): { terms: number[]; words: Set<string> } {
  const numbers = new Map<string, number>();
  const words = new Set<string>();
  const terms: number[] = [];
  forEachWord(text, start, end, (word) => {
    words.add(word);
    terms.push(...termsOf(numbers, word));
  });
  return { terms, words };
}

describe("WordTerms", () => {
  // Letters whose lower case is special (ß, µ, ÿ, ª: their own; K, Å: the Kelvin and Ångström signs, lower-cased to
  // Latin-1 letters; Σ: σ or ς by context; İ: two code units), astral letters, lone surrogates, digits, separators.
  const special = fc.constantFrom(..."aAöÖéÉßµÿªºxX7 -.\u00a0\u00d7\u00f7\u212a\u212bΣσςİǅ٣".split(""), "𝐀", "😀", "\ud835", "\udc00");
  const character = fc.oneof(
    special,
    fc.integer({ min: 0, max: 0x17f }).map((code) => String.fromCharCode(code)),
    fc.string({ unit: "binary", maxLength: 1 }),
  );
  const text = fc.array(character, { maxLength: 60 }).map((characters) => characters.join(""));

  it("counts the terms of forEachWord's words, in any text and any stretch of it, running termsOf once a word", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (input, a, b) => {
        const start = Math.min(a, b) % (input.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (input.length - start + 1));
        const want = expected(input, start, end);
        const got = counted(input, start, end);
        expect(got.terms).toEqual(want.terms);
        expect(got.looked.sort()).toEqual([...want.words].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same terms when it starts again empty as it fills up", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (input, limit) => {
        expect(counted(input, 0, input.length, limit).terms).toEqual(expected(input, 0, input.length).terms);
      }),
    );
  });

  it("handed over, gives the words it knew their terms as before, and asks its new termsOf only of new words", () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 40 }), (first, second, limit) => {
        const numbers = new Map<string, number>();
        const terms: number[] = [];
        const counter = { addTerm: (_field: number, id: number) => void terms.push(id) };
        const table = new WordTerms({ termsOf: (word) => termsOf(numbers, word) }, limit);
        table.countWords(first, 0, first.length, counter);
        const looked: string[] = [];
        const handed = table.handOver({ termsOf: (word) => (looked.push(word), termsOf(numbers, word)) });
        handed.countWords(second, 0, second.length, counter);
        const both = `${first} ${second}`;
        expect(terms).toEqual(expected(both, 0, both.length).terms);
        // A table that never started again (its limit not reached by the words of both texts) knows every word of
        // the first text.
        const known = expected(first, 0, first.length).words;
        if (expected(both, 0, both.length).words.size < limit) expect(looked.filter((word) => known.has(word))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("tells apart words of the same hash, and finds a word in any case", () => {
    // The table's hash, FNV-1a (32 bits), is the same for both: it compares the words themselves.
    const fnv = (word: string) => [...word].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 0x01000193), 0x811c9dc5 | 0);
    expect(fnv("amssx")).toBe(fnv("aqäia"));
    const input = "amssx aqäia AMSSX aqÄia Amssx";
    const { terms, looked } = counted(input, 0, input.length);
    expect(looked).toEqual(["amssx", "aqäia"]);
    expect(terms).toEqual(expected(input, 0, input.length).terms);
  });

  it("keeps words as its table grows", () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const input = `${words.join(" ")} ${words.reverse().join(" ")}`;
    const { terms, looked } = counted(input, 0, input.length, 1_000_000);
    expect(looked.length).toBe(words.length);
    expect(terms).toEqual(expected(input, 0, input.length).terms);
  });
});
