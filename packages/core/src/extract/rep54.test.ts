/**
 * Names in press texts (02-mentions.ts): a picture's credit glued to the name in its caption where a line break was
 * lost. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { graphOf } from "../../../../test/helpers/prose";

describe("a caption's credit glued to the name before it (`Eva EkFoto: Pressbild/…`)", () => {
  it("the name ends at the credit's inner capital, a short surname's too", () => {
    const text =
      "Maria Lindholm SvenssonFoto: Pressbild/Norrby framtid\n\nMaria Lindholm Svensson (S) blir ny ordförande i kommunstyrelsen i Norrby.\n\n" +
      "Ola EkPressbild: Norrby framtid\n\nOla Ek (S) blir vice ordförande.\n";
    expect(persons(graphOf("nyhet.txt", text))).toEqual(["Maria Lindholm Svensson", "Ola Ek"]);
  });
});
