/**
 * Names (session 79, 02-mentions.ts and given-names.json): a capitalised word after a full name is no third name word
 * where it is a field's label or a sentence's subject (`Kl` before a time, `Paragrafen justeras`), or where it is a
 * given name the lexicon now knows (`Beate`, `Bob`) that opens the next name of a flattened roll. Invented names and
 * texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

describe("names", () => {
  it("leaves a label or a subject after a full name out of it", () => {
    expect(persons(graphOf("Tjänstemän Eva Lind, rektor Åbyskolan Per Holm, konsult Anna Berg Kl , onsdagen den 16 december 2015, Kommunhuset\n"))).toEqual([
      "Anna Berg",
      "Eva Lind",
      "Per Holm",
    ]);
    expect(
      persons(graphOf("Kf 43 Val av 2:e vice ordförande i kommunfullmäktige, val efter Bo Ström (m) (m) Nils Strandkvist Paragrafen justeras omedelbart.\n")),
    ).toEqual(["Bo Ström", "Nils Strandkvist"]);
  });
  it("opens the next name at a given name after a double surname in a flattened roll", () => {
    const g = graphOf(
      "Närvarande Kjell Ek (C) Lars Dahl (M) Lisa Holm Anna Strandkvist Gustafsson Beate Poetzek Stig Berg (S)\nUnderskrifter Sekreterare Ordförande Justerare Nils Strandkvist Ekmark Bob Wållberg (NP) Lars Ek (L)\n",
    );
    expect(persons(g)).toEqual([
      "Anna Strandkvist Gustafsson",
      "Beate Poetzek",
      "Bob Wållberg",
      "Kjell Ek",
      "Lars Dahl",
      "Lars Ek",
      "Lisa Holm",
      "Nils Strandkvist Ekmark",
      "Stig Berg",
    ]);
  });
});
