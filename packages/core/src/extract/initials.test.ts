/**
 * A name written by its initials and surname (`A Vik-Persson`, `S-O Dahl`) beside the fuller name the same document
 * gives (extract-document.ts): one person. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const people = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => label(g, n))
    .sort();

const header = (serving: string) =>
  "Tekniska nämnden\nSammanträdesdatum 2011-05-10\n\nPlats och tid Stadshuset, kl 18.00\n\n" +
  `Beslutande Olle Berg (s), ordförande Arvid Vik-Persson (s) Eva Lind (m) Sven-Olof Dahl (m) ${serving}\n\n` +
  "Utses att justera Eva Lind\n";

describe("a serving substitute's member written by initials and surname", () => {
  it("is the member the header names in full (`Tjänstgör för A Vik-Persson`, `S-O Dahl`)", () => {
    const g = graphOf(header("Kim Ros (s) Tjänstgör för A Vik-Persson (s) Maja Ek (m) Tjänstgör för S-O Dahl (m)"));
    expect(people(g)).toEqual(["Arvid Vik-Persson", "Eva Lind", "Kim Ros", "Maja Ek", "Olle Berg", "Sven-Olof Dahl"]);
    expect(attendees(g).filter((a) => /Vik-Persson|Dahl/.test(a))).not.toContainEqual(expect.stringMatching(/^(A|S-O) /));
  });
  it("stays as written when the initials are another's (`Sven-Erik Dahl`), or two fuller names have them", () => {
    expect(people(graphOf(header("Maja Ek (m) Tjänstgör för S-O Dahl (m)").replace("Sven-Olof", "Sven-Erik")))).toContain("S-O Dahl");
    const two = header("Stig-Olof Dahl (m) Maja Ek (m) Tjänstgör för S-O Dahl (m)");
    expect(people(graphOf(two))).toEqual(expect.arrayContaining(["S-O Dahl", "Stig-Olof Dahl", "Sven-Olof Dahl"]));
  });
  it("stays as written when its party is another (`S-O Dahl (c)` beside `Sven-Olof Dahl (m)`)", () => {
    const g = graphOf(header("Kim Ros (m) Tjänstgör för S-O Dahl (c)"));
    expect(people(g)).toContain("S-O Dahl");
  });
  it("stays as written when it has a seat of its own in a list (`Ersättare S-O Dahl (m)`)", () => {
    const g = graphOf(header("").replace("\n\nUtses", "\n\nErsättare Kim Ros (s) S-O Dahl (m)\n\nUtses"));
    expect(people(g)).toEqual(expect.arrayContaining(["S-O Dahl", "Sven-Olof Dahl"]));
  });
});
