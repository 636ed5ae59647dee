/**
 * Round 46's name readings (invented names in the layouts of real minutes): a title written without its diacritics by
 * OCR (`vice ordforande`, the role lexicon's variants), a town's centre (`Xby Centrum`) that is no person, and a task's label
 * glued after a name in a board's list of officers and tasks (`02-mentions.ts`, `opensOrganisation`), and a press text's
 * byline in capitals (`bylinesInCapitals`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons, roles } from "../../../../test/helpers/minutes";

const people = (text: string): string[] => persons(graphOf(text));

describe("a title that OCR wrote without its diacritics", () => {
  it("`Name (M), vice ordforande` in a header list is the vice chair", () => {
    const text =
      "SAMMANTRÄDESPROTOKOLL Tekniska nämnden 2021-02-10 Plats och tid Kommunhuset kl 13.00 Beslutande Ledamöter Olof Strand (MP), ordforande " +
      "Greta Nylén (M), vice ordforande Tove Alm (S) Justerare Tove Alm (S)\n";
    expect(roles(graphOf(text)).filter((r) => /ord/.test(r))).toEqual(["Greta Nylén: vice ordforande", "Olof Strand: ordforande"]);
  });
});

describe("a town's centre in a list of bodies", () => {
  it("`Samråd med Vallby Centrum, Ekby Centrum`: the centres are no persons", () => {
    const text =
      "Protokoll 2019-05-14\n\nBeslutande Vera Lundmark, ordförande\n\nSamråd med Vallby Centrum, Ekby Centrum och Holmby Centrum om parkeringen. Eva Lind föredrog.\n";
    expect(people(text)).toEqual(["Eva Lind", "Vera Lundmark"]);
  });
});

describe("a board's list of officers and tasks with no separators", () => {
  it("`Sekreterare Name Skötsel av stigarna`: the task's label after the name is none of it", () => {
    const text =
      "Protokoll fört vid styrelsemöte för Ekby Hembygdsförening onsdagen den 4 mars 2020 kl 18.00 i Skolhuset Närvarande: Rut Åhman, Leif Norberg, Malin Ekström " +
      "1. Mötets öppnande 2. Styrelsen konstituerar sig Ordförande Rut Åhman Kassör Leif Norberg Sekreterare Malin Ekström Skötsel av stigarna Leif Norberg 3. Avslutning\n";
    expect(people(text)).toEqual(["Leif Norberg", "Malin Ekström", "Rut Åhman"]);
  });
});

describe("a press text's byline in capitals", () => {
  const press = (byline: string) =>
    `Ny ordförande i kulturnämnden\n\n${byline}\n\nVallby kommun har fått en ny ordförande i kulturnämnden. Per Holm (S) valdes på måndagen.\n\nLÄS MER\nTEKNISKA NÄMNDEN\n`;
  it.each([
    ["`KARIN LUNDSTRÖM` on its own line is the writer, in title case", "KARIN LUNDSTRÖM", ["Karin Lundström", "Per Holm"]],
    ["a heading of two given names is no one", "ANNA MARIA", ["Per Holm"]],
  ])("%s", (_, byline, expected) => {
    expect(people(press(byline))).toEqual(expected);
  });
});
