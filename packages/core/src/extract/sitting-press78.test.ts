/**
 * Round 78: press sentences that tell a body's sitting (invented names, in the layout of a region's press release): the
 * day opened by `Idag` before its date, the body written as its members' compound (`fullmäktigeledamöterna`, the
 * council the text names in full), and a body that sat `I samband med` that meeting, on its day. A coming sitting is none.
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

const release = (...lines: string[]) =>
  ["Region Norrmark har nytt styre", "", "Pressmeddelande – 14 november 2023", "", "Det nya regionfullmäktige har valt sitt presidium.", "", ...lines].join(
    "\n",
  );

describe("a sitting told by its members' compound", () => {
  it("is the council's, dated by the day after `Idag`", () => {
    const g = graphOf("nyhet.txt", release("Idag den 14 november sammanträdde fullmäktigeledamöterna i Storsalen i Ekby då ett nytt presidium valdes."));
    expect(meetingLabels(g)).toEqual(["2023-11-14 Regionfullmäktige"]);
  });

  it("is the day the release was written with `Idag` alone", () => {
    const g = graphOf("nyhet.txt", release("Idag sammanträdde fullmäktigeledamöterna i Storsalen i Ekby."));
    expect(meetingLabels(g)).toEqual(["2023-11-14 Regionfullmäktige"]);
  });

  it("is read with a plain date too", () => {
    const g = graphOf("nyhet.txt", release("Den 14 november sammanträdde de nya fullmäktigeledamöterna i Storsalen."));
    expect(meetingLabels(g)).toEqual(["2023-11-14 Regionfullmäktige"]);
  });

  it("is none when it is to come", () => {
    const g = graphOf("nyhet.txt", release("Den 28 november ska fullmäktigeledamöterna sammanträda i Storsalen."));
    expect(meetingLabels(g)).toEqual([]);
  });
});

describe("a body that sat alongside a meeting told", () => {
  it("sat on that meeting's day", () => {
    const g = graphOf(
      "nyhet.txt",
      release(
        "Idag den 14 november sammanträdde regionfullmäktige i Storsalen.",
        "",
        "I samband med fullmäktigemötet sammanträdde också den nya regionstyrelsen för första gången.",
      ),
    );
    expect(meetingLabels(g)).toEqual(["2023-11-14 Regionfullmäktige", "2023-11-14 Regionstyrelsen"]);
  });

  it("is none where it is to sit", () => {
    const g = graphOf(
      "nyhet.txt",
      release("Idag den 14 november sammanträdde regionfullmäktige i Storsalen.", "", "I samband med fullmäktigemötet ska också regionstyrelsen sammanträda."),
    );
    expect(meetingLabels(g)).toEqual(["2023-11-14 Regionfullmäktige"]);
  });
});

describe("a release whose photo caption pushes its lead down", () => {
  it("is read from the lead past the title", () => {
    const caption =
      "De nya regionråden Anna Borg (S), Erik Sjölund (S), Maria Dahl (KD), Olof Strand (C), Kerstin Mårtensson (M) och Peter Lindqvist (L) samlade utanför Storsalen efter valet.";
    const lead =
      "Valresultatet innebar ett maktskifte i Region Norrmark. Det nya styret består av fyra partier som tillsammans har egen majoritet, och samarbetet ska leda till ett stabilt och hållbart styre, säger Anna Borg (S), regionstyrelsens nya ordförande.";
    const g = graphOf(
      "nyhet.txt",
      [
        caption,
        "",
        "Region Norrmark har nytt styre",
        "",
        "Pressmeddelande – 14 november 2023",
        "",
        lead,
        "",
        "Idag den 14 november sammanträdde regionfullmäktige i Storsalen.",
      ].join("\n"),
    );
    expect(meetingLabels(g)).toEqual(["2023-11-14 Regionfullmäktige"]);
  });
});
