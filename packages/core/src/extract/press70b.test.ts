/**
 * Round 70's press elections, continued (invented names in the layouts of real press texts): a seat coordinated with `till`
 * after one given in a named body is in that body, not in the body that appoints them (`extract-document.ts`,
 * `electionOfSentence`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("bodies of press elections", () => {
  it("`<Body1> beslutade att utse A till ordförande för <body2> och B till vice ordförande`: B's seat is in body2", () => {
    const text =
      "Nya ordförande\n\nKommunfullmäktige beslutade att utse Mona Falk (M) till ordförande för kulturnämnden och Leif Strand (KD) till vice ordförande.\n";
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual(["Leif Strand: vice ordförande @ Kulturnämnden", "Mona Falk: ordförande @ Kulturnämnden"]);
  });
});
