import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitCompound } from "@samverkan/search";
import { compoundParts, compoundSplits, PostingsBuilder, sortedRanks, splitsOf } from "./postings-builder";

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

describe("PostingsBuilder.finish", () => {
  const built = (keepSplits: boolean) => {
    const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
    // Terms come unsorted, so the builder's numbers are not the final positions.
    for (const term of ["ordförande", "kommunstyrelseordförande", "styrelse", "kommun", "styrelseordförande", "kommunen"])
      builder.addTerm(0, builder.termId(term));
    builder.endDocument();
    builder.splitCompounds();
    return builder.finish([], [], keepSplits);
  };

  it("leaves the splits it counted compounds by, when told to, in the positions of its sorted terms", () => {
    expect(splitsOf(built(false))).toBeUndefined();
    const data = built(true);
    const position = new Map(data.terms.map((term, t) => [term, t]));
    const splits = splitsOf(data)!;
    const expected = compoundSplits(data.terms, (term) => position.get(term));
    expect(splits.direct).toEqual(expected.direct);
    expect(splits.closed.map((parts) => parts && [...parts].sort())).toEqual(expected.closed.map((parts) => parts && [...parts].sort()));
    expect(splits.closed.filter(Boolean).length).toBeGreaterThan(1);
  });
});

describe("sortedRanks", () => {
  it("gives each term's place among the terms sorted by code units, past the prefix it sorts by first", () => {
    // Few characters, some at and past 254 (which end a term's prefix number) and surrogates, so that terms share
    // long prefixes and differ only in their strings.
    const term = fc.array(fc.constantFrom("a", "b", "0", "å", "\u00fd", "\u00fe", "\u00ff", "\u0100", "\ud835", "\udc00"), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          term.map((units) => units.join("")),
          { maxLength: 300 },
        ),
        (terms) => {
          const sorted = [...terms].sort((a, b) => (a < b ? -1 : 1));
          expect([...sortedRanks(terms)]).toEqual(terms.map((t) => sorted.indexOf(t)));
        },
      ),
    );
  });
});
