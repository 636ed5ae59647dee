import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectTop } from "./compact-index";

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
