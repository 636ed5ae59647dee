import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

describe("names in a delegate roll", () => {
  it("ends a name before the next group's label and count (`Eva Holm Västmark 3 Pia Strand`)", () => {
    const g = graphOf(
      [
        "Protokoll fört vid Ringnäs Skidförbunds ordinarie förbundsmöte",
        "",
        "Röstlängden omfattar 12 ombud: Norrdal 2 Åsa Berglind, Tor Ekvik Västmark 3 Pia Strand, Ola Nygren 2 röster, Eva Holm Sydkusten 1 Kim Ahl",
        "",
      ].join("\n"),
    );
    expect(persons(g)).toEqual(["Eva Holm", "Kim Ahl", "Ola Nygren", "Pia Strand", "Tor Ekvik", "Åsa Berglind"]);
  });
});
