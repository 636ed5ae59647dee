import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitCompound } from "@samverkan/search";
import { compoundParts } from "./postings-builder";

/** Parts by the definition: `splitCompound` over the vocabulary, then the parts of parts, each once. */
function naiveParts(terms: string[]): (number[] | undefined)[] {
  const known = new Set(terms);
  const direct = (term: string) => splitCompound(term, (part) => known.has(part));
  const closure = (term: string): string[] => [...new Set(direct(term).flatMap((part) => [part, ...closure(part)]))];
  return terms.map((term) => {
    const parts = closure(term);
    return parts.length > 0 ? parts.map((part) => terms.indexOf(part)) : undefined;
  });
}

describe("compoundParts", () => {
  it("gives each term's parts and parts of parts, as splitCompound finds them", () => {
    // Words of few letters and compounds of them (some with a linking s or e), so that many split, some in several
    // ways, and parts have parts.
    const word = fc.stringMatching(/^[aeks]{3,7}$/);
    const terms = fc
      .tuple(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "s", "e"), fc.nat(), fc.boolean()), { maxLength: 30 }),
      )
      .map(([words, glued]) => {
        const all = [...words];
        for (const [a, link, b, again] of glued) {
          const compound = `${all[a % all.length]}${link}${all[b % all.length]}`;
          all.push(again ? `${compound}${words[b % words.length]}` : compound);
        }
        return all;
      });
    fc.assert(
      fc.property(terms, (list) => {
        const unique = [...new Set(list)].sort();
        const position = new Map(unique.map((term, t) => [term, t]));
        const found = compoundParts(unique, (term) => position.get(term)).map((parts) => parts && [...parts].sort((a, b) => a - b));
        expect(found).toEqual(naiveParts(unique).map((parts) => parts?.sort((a, b) => a - b)));
      }),
      { numRuns: 300 },
    );
  });
});
