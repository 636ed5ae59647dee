import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wildcardTerms } from "./wildcard-terms";

const sorted = (terms: string[]) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("wildcardTerms", () => {
  const terms = sorted(["kommun", "kommunen", "kommunerna", "region", "regionen", "gymnasieregionen", "skola", "skolan"]);
  const cases: [string, string[]][] = [
    ["kommun*", ["kommun", "kommunen", "kommunerna"]],
    ["*regionen", ["gymnasieregionen", "regionen"]],
    ["s*a*", ["skola", "skolan"]],
    ["*", terms],
    ["region", ["region"]],
    [`${"*a".repeat(40)}*`, []],
  ];
  it.each(cases)("%s", (pattern, expected) => expect(wildcardTerms(terms, pattern).map((i) => terms[i])).toEqual(expected));

  it("finds exactly the terms the pattern matches, as a regular expression would", () => {
    const word = fc.stringMatching(/^[ab]{0,6}$/);
    const pattern = fc.stringMatching(/^[ab*]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), pattern, (list, glob) => {
        const vocabulary = sorted(list);
        const regex = new RegExp(`^${glob.replace(/\*/g, ".*")}$`);
        expect(wildcardTerms(vocabulary, glob).map((i) => vocabulary[i])).toEqual(vocabulary.filter((term) => regex.test(term)));
      }),
    );
  });
});
