import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzyTerms } from "./fuzzy-terms";
import { LazyTokenSet } from "./lazy-token-set";

/** Optimal string alignment distance (edits and swaps of neighbours, no letter edited twice), by the full table. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const sorted = (terms: string[]) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("fuzzyTerms", () => {
  const terms = sorted(["gerdau", "gerda", "gerdo", "berg", "bergh", "erg", "ostlin", "ostlund", "ostman", "sjostrom", "sjostrand"]);
  const cases: [string, number, string[]][] = [
    ["gerdua", 1, ["gerda", "gerdau"]], // a swap is one edit, as is a deletion
    ["gerdo", 2, ["gerda", "gerdau", "gerdo"]],
    ["berg", 1, ["berg", "bergh", "erg"]],
    ["ostlin", 0, ["ostlin"]],
    ["a".repeat(300), 2, []],
  ];
  it.each(cases)("%s within %i", (word, max, expected) => expect([...fuzzyTerms(new LazyTokenSet(terms), word, max).keys()].sort()).toEqual(expected));

  it("finds exactly the terms within the distance, each with its distance", () => {
    const word = fc.stringMatching(/^[abc]{0,7}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), word, fc.integer({ min: 0, max: 2 }), (list, query, max) => {
        const vocabulary = sorted(list.filter(Boolean));
        const expected = new Map(vocabulary.map((term) => [term, distance(term, query)] as const).filter(([, d]) => d <= max));
        expect(fuzzyTerms(new LazyTokenSet(vocabulary), query, max)).toEqual(expected);
      }),
    );
  });
});
