/**
 * Round 61's names at a text's edge (02-mentions.ts): a page cut off mid-name (`… Eva Sch` as its last words) names no
 * person by the cut word; a name before its party between commas (`Eva Ek, M, som …`) is a person though the
 * lexicon lacks its given name. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

const page = (last: string) =>
  "Nämndernas presidier\n\nByggnadsnämnden\n\nKarin Dahlgren (C), ordförande\nTomas Lindvall (M), 1:e vice ordförande\n\n" +
  `Kulturnämnden\n\nSofia Bergkvist (L), ordförande\n${last}`;

describe("a name cut off at the text's end", () => {
  it("is no person when its last word is short and no known surname", () => {
    expect(persons(graphOf(page("Henrik Sch")))).not.toContain("Henrik Sch");
  });
  it("is one when the short word is a known surname", () => {
    expect(persons(graphOf(page("Henrik Ek")))).toContain("Henrik Ek");
  });
});

describe("a press name before its party between commas", () => {
  const text =
    "Nya ordförande i nämnderna\n\nDe som blir kvar på sina poster är Zelinda Norqvist, M, som fortsätter i kulturnämnden, " +
    "och Oskar Hed, S, som fortsätter i socialnämnden.\n";
  it("is a person though the lexicon lacks the given name", () => {
    expect(persons(graphOf(text))).toContain("Zelinda Norqvist");
  });
  it("keeps a title before it out of the name", () => {
    const g = graphOf("Brev till bolagen\n\nStatsråden Zelinda Norqvist, M, och Oskar Hed, S, har skrivit till bolagen.\n");
    expect(persons(g)).not.toContain("Statsråden Zelinda Norqvist");
  });
});
