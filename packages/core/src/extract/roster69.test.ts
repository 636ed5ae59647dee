import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

// A council's news page listing the board it elected: the body's name on a line of its own, then a plural seat's
// heading over each seat's names, some with a title after the party.
const PAGE = [
  "12MAR2021",
  "",
  "Nya namn i kommunens styrelse",
  "",
  "Under tisdagens fullmäktigemöte valdes kommunstyrelsen för den nya mandatperioden.",
  "",
  "Kommunstyrelsen",
  "",
  "Ledamöter",
  "",
  "Greta Lindvall (M), ordförande",
  "Olle Sandberg (C), vice ordförande",
  "Maja Bergkvist (KD)",
  "Nils Ekholm (S), andre vice ordförande",
  "",
  "Ersättare",
  "",
  "Sofia Strandell (L)",
  "Tor Björkman (V)",
  "",
].join("\n");

describe("a body's name over plural seat headings in a news page", () => {
  it("holds each heading's people in that body: the title after the name, else the heading's seat", () => {
    expect(heldRoles(graphOf("nyhet.txt", PAGE))).toEqual([
      "Greta Lindvall: ordförande @ Kommunstyrelsen",
      "Maja Bergkvist: ledamot @ Kommunstyrelsen",
      "Nils Ekholm: andre vice ordförande @ Kommunstyrelsen",
      "Olle Sandberg: vice ordförande @ Kommunstyrelsen",
      "Sofia Strandell: ersättare @ Kommunstyrelsen",
      "Tor Björkman: ersättare @ Kommunstyrelsen",
    ]);
  });
});
