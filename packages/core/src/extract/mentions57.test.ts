import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons } from "../../../../test/helpers/minutes";

describe("names in a delegate roll", () => {
  it("ends a name before the next group's label and count (`Eva Holm Västmark 3 Pia Strand`)", () => {
    const g = graphOf(
      [
        "Protokoll fört vid Ringnäs Skidförbunds ordinarie förbundsmöte",
        "",
        "Röstlängden omfattar 12 ombud: Norrdal 2 Åsa Berglind, Tor Ekvik Västmark 3 Pia Strand, Ola Nygren 2 röster, Eva Holm Sydkusten 1 Kim Ahl, Lisa Grahn Österby 2 C G Lundh",
        "",
      ].join("\n"),
    );
    expect(persons(g)).toEqual(["Eva Holm", "Kim Ahl", "Lisa Grahn", "Ola Nygren", "Pia Strand", "Tor Ekvik", "Åsa Berglind"]);
  });
});

describe("a delegate roll", () => {
  it("reads `Label N Name, Name …` groups after `ombud …:` as the meeting's attendees", () => {
    const g = graphOf(
      [
        "Protokoll fört vid Ringnäs Skidförbunds årsmöte 2020-03-14",
        "",
        "Ordförande: Berit Lamm",
        "",
        "1 Mötets öppnande. Röstlängden omfattar 12 ombud enligt följande: Norrdal 2 Åsa Berglind, Tor Ekvik Västmark 3 Pia Strand, Eva Holm Österby 2 C G Lundh, Ola Nygren 2 röster Sydkusten 1 Kim Ahl 1",
        "",
        "2 Österby 2 Lisa Grahn, Nils Ask",
        "",
      ].join("\n"),
    );
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(
      expect.arrayContaining(["Åsa Berglind", "Tor Ekvik", "Pia Strand", "Eva Holm", "C G Lundh", "Ola Nygren", "Kim Ahl", "Lisa Grahn", "Nils Ask"]),
    );
  });
});
