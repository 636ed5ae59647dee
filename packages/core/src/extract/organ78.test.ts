/**
 * Round 63's organs of minutes that never write them in full (invented names and texts): the office that keeps the
 * minutes, named after its board (`04-protocol.ts` `keeperBody`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("minutes whose organ cell is empty, kept by the office named after its board", () => {
  const text = (office: string) =>
    [
      "1 1/12 Sammanträdesprotokoll Datum Tid Kl Plats Beslutande Rådssalen, Ekby Enligt närvarolista Övriga närvarande Tora Lindvik, kommunchef Utses att justera Malte Gran",
      `Underskrifter Sekreterare... Ylva Rosk Ordförande... Holger Bäckman Justerande... Malte Gran Anslag/bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag Myndighet Anslaget sätts upp tas ner Förvaringsplats för protokollet ${office}, kommunhuset, Ekby Underskrift... Ylva Rosk`,
      "2 2/12 § 1 Anmälan av arbetsutskottets protokoll",
    ].join("\n");
  it.each([
    ["Kommunstyrelseförvaltningen", "Kommunstyrelsen"],
    ["Byggnämndsförvaltningen", "Byggnämnden"],
    ["Kulturförvaltningen", "Kulturnämnden"],
  ])("%s keeps %s's minutes", (office, body) => {
    const labels = meetingLabels(graphOf(text(office)));
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(new RegExp(`^${body}\\b`));
    expect(labels[0]).not.toMatch(/styrelsenämnden|nämndsnämnden/);
  });
});
