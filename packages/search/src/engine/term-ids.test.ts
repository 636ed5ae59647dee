import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TermIds } from "./term-ids";

describe("TermIds", () => {
  it("numbers terms as a Map does, as it grows", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), fc.array(fc.string({ maxLength: 6 })), (added, looked) => {
        const ids = new TermIds();
        const expected = new Map<string, number>();
        for (const term of added) {
          if (!expected.has(term)) expected.set(term, expected.size);
          expect(ids.add(term)).toBe(expected.get(term));
        }
        expect(ids.terms).toEqual([...expected.keys()]);
        for (const term of [...added, ...looked]) expect(ids.idOf(term)).toBe(expected.get(term));
      }),
      { numRuns: 50 },
    );
  });
});
