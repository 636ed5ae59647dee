/**
 * Round 59's elections told in news prose (invented names and towns in the layouts of real local news), read in
 * `extract-document.ts`: an office a verb before the name elects to (`utsågs X (M) till kommunstyrelsens ordförande`)
 * held in the body its title names; a role alike in both numbers after names joined by `och` and a copula each one's;
 * the role and body of an election before a name a comma sets off, and a party's nominee between the verb and the name.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const rolesOf = (text: string): string[] => heldRoles(graphOf("nyhet.txt", text));

describe("an office after the name a verb before it elects to (`utsågs X (M) till kommunstyrelsens ordförande`)", () => {
  it("is the seat in the body the office names", () => {
    const text = "Vid kvällens sammanträde utsågs Tora Backlund (M) till kommunstyrelsens ordförande, en post hon haft sedan 2018.";
    expect(rolesOf(text)).toContain("Tora Backlund: ordförande @ Kommunstyrelsen");
  });
});

describe("names joined by `och` before a copula and a role alike in both numbers (`A (M) och B (S) blir kommunalråd`)", () => {
  it("gives the role to each name", () => {
    expect(rolesOf("Efter valet står det klart att Nils Hedberg (M) och Vera Ljungqvist (S) blir kommunalråd.")).toEqual([
      "Nils Hedberg: kommunalråd",
      "Vera Ljungqvist: kommunalråd",
    ]);
  });
});

describe("an election's role and body before a name set off by a comma, and a party's nominee after the verb", () => {
  it("holds each seat of the sentence in the body the first clause names (`för kommunfullmäktige`)", () => {
    const text =
      "På det första mötet valdes ny ordförande för kommunfullmäktige, Edvin Sjöholm (M), till vice ordförande valdes Ylva Granlid (L) " +
      "och till andre vice ordförande valdes Centerpartiets kandidat Tor Ekvik (C).";
    expect(rolesOf(text)).toEqual([
      "Edvin Sjöholm: ordförande @ Kommunfullmäktige",
      "Tor Ekvik: andre vice ordförande @ Kommunfullmäktige",
      "Ylva Granlid: vice ordförande @ Kommunfullmäktige",
    ]);
  });
});
