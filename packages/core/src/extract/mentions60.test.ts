import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { graphOf } from "../../../../test/helpers/prose";

describe("a list of people each with their municipality", () => {
  it("reads a row whose given name the lexicon lacks after a row of a person (`Tarvo Kallionen, Vaxholms stad`)", () => {
    const g = graphOf(
      "natverk.txt",
      [
        "Nätverket för ekonomichefer i Ekbygden",
        "Uppdrag 2020–2023",
        "- Följa länets kommuners ekonomi.",
        "Deltagare:",
        "Per Malm, Ekerö kommun",
        "Björn Wall, Danderyds kommun",
        "Derk de Vos, Upplands Väsby kommun",
        "Tarvo Kallionen, Vaxholms stad",
        "Ulla Berg, Täby kommun",
        "",
      ].join("\n"),
    );
    expect(persons(g)).toEqual(["Björn Wall", "Derk de Vos", "Per Malm", "Tarvo Kallionen", "Ulla Berg"]);
  });
});
