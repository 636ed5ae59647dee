/**
 * Names (session 71, lexicon.ts and 02-mentions.ts): a given name written with a diacritic the list lacks (`Zoë`) is
 * the listed name without it. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, persons } from "../../../../test/helpers/minutes";

describe("names", () => {
  it("reads a given name with a diacritic the list lacks as the listed name, not as a surname first", () => {
    const g = graphOf(
      "PROTOKOLL 2011-03-02 1(9) Plats och tid Stadshuset, Åby, kl 14:00-16:00 :Beslutande Ledamöter Zoë Sten (M), ordförande Per Holm (M) Eva Lind (S) Ersättare Bo Dahl (S) Underskrifter Ordförande Zoë Sten (M)\n",
    );
    expect(persons(g)).toEqual(["Bo Dahl", "Eva Lind", "Per Holm", "Zoë Sten"]);
    expect(chairs(g)).toEqual(["Zoë Sten"]);
  });
});
