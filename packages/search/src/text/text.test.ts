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
});
