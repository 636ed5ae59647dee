import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

// A council's news page listing the board it elected as numbered lines: the seat and the body in one heading
// (`Ledamöter i kommunstyrelsen:`), a bare plural seat's heading after it, and the presidium under its own heading.
const PAGE = [
  "Hem > Kommun och politik > Nyheter",
  "",
  "Ny kommunstyrelse vald i Norrvik",
  "",
  "Fullmäktige valde på måndagen kommunstyrelsen för den nya mandatperioden.",
  "",
  "Ledamöter i kommunstyrelsen:",
  "",
  "1. Greta Lindvall (M)",
  "2. Olle Sandberg (C)",
  "3. Maja Bergkvist (KD)",
  "",
  "Ersättare:",
  "",
  "1. Sofia Strandell (L)",
  "2. Tor Björkman (V)",
  "",
].join("\n");

describe("a numbered list of a body's members on a news page", () => {
  it("holds each numbered line's person in the heading's body, the bare seat heading after it in the same body", () => {
    expect(heldRoles(graphOf("nyhet.txt", PAGE))).toEqual([
      "Greta Lindvall: ledamot @ Kommunstyrelsen",
      "Maja Bergkvist: ledamot @ Kommunstyrelsen",
      "Olle Sandberg: ledamot @ Kommunstyrelsen",
      "Sofia Strandell: ersättare @ Kommunstyrelsen",
      "Tor Björkman: ersättare @ Kommunstyrelsen",
    ]);
  });
});
