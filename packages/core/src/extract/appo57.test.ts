/**
 * Round 57's appositions (invented names, in the layout of a region's case papers): the party after `m.fl.` (and
 * others), `Motion 2021:7 av X m.fl. (MP) om …`, is the first signer's (`03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf } from "../../../../test/helpers/prose";

describe("the party after `m.fl.` (`av X m.fl. (MP) om …`)", () => {
  it("is the named signer's, written `m.fl.` or `m. fl.`", () => {
    for (const others of ["m.fl.", "m. fl."]) {
      const g = graphOf("arende.txt", `Ärendebeskrivning\n\nMotion 2021:7 av Ada Bergsten ${others} (MP) om cykelbanor i Norrby har remitterats till nämnden.`);
      expect(edges(g, "member_of")).toEqual(["member_of Ada Bergsten -> Miljöpartiet de gröna"]);
    }
  });
});
