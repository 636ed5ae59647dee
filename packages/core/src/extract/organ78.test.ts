/**
 * Round 63's organs of minutes that never write them in full (invented names and texts): the office that keeps the
 * minutes, named after its board (`04-protocol.ts` `keeperBody`); the known short form its items are numbered under
 * (`itemLabelBody`, `bodyShortForms`); a body with an adjective of its own after its owner's genitive (`bodyIn`).
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

describe("minutes that name their body only by the short form its items are numbered under", () => {
  const text = (form: string) =>
    [
      "1 1/9 Plats och tid Lövsalen, Ekby, kl Paragrafer 1-4 Beslutande Se deltagarlista. Utses att justera Mira Tjäder (S) Underskrifter Sekreterare... Alva Rimberg Ordförande... Kasper Ulvhed (M) Justerande... Mira Tjäder (S)",
      "2 2/9 Deltagarlista Beslutande Kasper Ulvhed (M), Lina Forsmark (M) Mira Tjäder (S) Övriga Alva Rimberg, sekreterare",
      `3 3/9 ${form} 1 Föredragningslista Beslut Nämnden godkänner föredragningslistan.`,
    ].join("\n");
  it.each([
    ["KFN", "Kultur- och fritidsnämnden (Lövsalen)"],
    ["BMN", "Bygg- och miljönämnden (Lövsalen)"],
    // A short form no lexicon knows stays as written.
    ["MHN", "MHN (Lövsalen)"],
  ])("%s: by its full name where it is known", (form, label) => {
    expect(meetingLabels(graphOf(text(form)))).toEqual([label]);
  });
});

describe("a body named by its owner's genitive and an adjective of its own", () => {
  const text = (organ: string) =>
    [
      "1 1/6 Sammanträdesprotokoll Plats och tid Tallrummet, kl 13:00-15:00 Beslutande Greta Vinberg (S), ordförande Oskar Lindahl (M) Sekreterare Nils Aronsson Utses att justera Oskar Lindahl",
      `ANSLAGSBEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ ${organ} Sammanträdesdatum`,
      "2 2/6 § 1 Val av justerare",
    ].join("\n");
  it.each([
    ["Kommunstyrelsens allmänna utskott", "Kommunstyrelsens allmänna utskott (Tallrummet)"],
    ["Socialnämndens sociala utskott", "Socialnämndens sociala utskott (Tallrummet)"],
    ["Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott (Tallrummet)"],
  ])("%s is the organ, never a bare `utskott`", (organ, label) => {
    expect(meetingLabels(graphOf(text(organ)))).toEqual([label]);
  });
  it("a bare indefinite noun, the tail of a name not read whole, is never the organ", () => {
    const labels = meetingLabels(graphOf(text("Kommunstyrelsens allmänna beredande utskott")));
    expect(labels).toHaveLength(1);
    expect(labels[0]).not.toMatch(/^utskott/i);
  });
});
