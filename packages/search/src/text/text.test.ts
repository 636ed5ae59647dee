import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutPassages, splitCompound } from "@samverkan/search";
import { forEachWord } from "./tokenize";

describe("splitCompound", () => {
  const known = new Set(["region", "kommun", "styrels", "gymnasi", "skol", "stock", "holm", "port"]);
  const cases: [string, string[]][] = [
    ["gymnasieregion", ["gymnasi", "region"]],
    ["kommunstyrels", ["kommun", "styrels"]],
    ["skolregion", ["skol", "region"]],
    ["stockholm", []], // tail too short
    ["region", []], // too short to be a compound
    ["okändaordet", []],
  ];
  it.each(cases)("%s → %j", (term, parts) => expect(splitCompound(term, (part) => known.has(part))).toEqual(parts));
});

describe("forEachWord", () => {
  it("finds words with offsets, lower case, split at punctuation", () => {
    const text = "EU-medlemskap, Östlin (S).";
    const words: [string, number, number][] = [];
    forEachWord(text, 0, text.length, (word, start, end) => words.push([word, start, end]));
    expect(words).toEqual([
      ["eu", 0, 2],
      ["medlemskap", 3, 13],
      ["östlin", 15, 21],
      ["s", 23, 24],
    ]);
  });

  it("finds what [\\p{L}\\p{N}]+ finds, in any text and any stretch of it", () => {
    const character = fc.oneof(
      fc.constantFrom("a", "Ö", "é", "7", " ", "-", "\u00a0", "ǅ", "𝐀", "😀", "\ud835", "\udc00", "٣", "ß"),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), fc.nat(), fc.nat(), (characters, a, b) => {
        const text = characters.join("");
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
        const expected: [string, number, number][] = [];
        for (const match of text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)) {
          expected.push([match[0].toLowerCase(), start + match.index, start + match.index + match[0].length]);
        }
        const words: [string, number, number][] = [];
        forEachWord(text, start, end, (word, from, to) => words.push([word, from, to]));
        expect(words).toEqual(expected);
      }),
    );
  });
});

describe("cutPassages", () => {
  const text = fc.array(fc.oneof(fc.lorem({ maxCount: 30 }), fc.constantFrom("\n", "\n\n", ". ", "  ")), { maxLength: 60 }).map((parts) => parts.join(""));

  it("passages are ordered, disjoint, trimmed, at most maxSize, and cover every non-space character", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 50, max: 400 }), (input, size) => {
        const max = size * 2;
        const passages = cutPassages(input, size, max);
        let previous = 0;
        for (const { start, end } of passages) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end - start).toBeLessThanOrEqual(max);
          expect(input[start]).toMatch(/\S/);
          expect(input[end - 1]).toMatch(/\S/);
          previous = end;
        }
        for (let i = 0; i < input.length; i++) {
          if (/\S/.test(input[i]!)) expect(passages.some((p) => p.start <= i && i < p.end)).toBe(true);
        }
      }),
    );
  });

  it("is empty for blank text", () => expect(cutPassages(" \n\n ", 100, 200)).toEqual([]));

  it("ends a paragraph of a third of the size at a blank line, a shorter one not, and cuts a long line after a sentence", () => {
    // size 30: the first paragraph (14 characters) ends at the blank line, `Kort.` (5) goes on past it; the last line
    // (79 characters, over maxSize 60) is cut after the last sentence end from a third of maxSize on.
    const input =
      "  Alfa beta gam.  \n \nKort.\n\nEpsilon zeta eta theta iota kappa.\nLambda my ny. Xi omikron pi rho sigma.   Tau ypsilon phi chi psi omega och mer.\n";
    expect(cutPassages(input, 30, 60).map(({ start, end }) => input.slice(start, end))).toEqual([
      "Alfa beta gam.",
      "Kort.\n\nEpsilon zeta eta theta iota kappa.",
      "Lambda my ny. Xi omikron pi rho sigma.",
      "Tau ypsilon phi chi psi omega och mer.",
    ]);
  });
});
