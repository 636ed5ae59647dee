/**
 * Round 51's meetings of minutes (invented names and places in the layouts of a council's flattened minutes), read in
 * `04-protocol.ts`: a room's field (`Lokal: Rådhussalen`) is the undated meeting's place, and a month after a notice's
 * word under the date's label (`Sammanträdesdatum Anslaget sätts upp 27 mars 2015`) does not date the meeting, and a
 * paragraph of prose after the signers (`Ordföranden och kommunalrådet X delade ut priset`) signs nothing.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

/** Each meeting as `label | date | place`. */
const meetings = (g: KnowledgeGraph): string[] =>
  g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => {
      const a = g.getNodeAttributes(n) as unknown as Record<string, unknown>;
      return `${String(a.label)} | ${String(a.date ?? "")} | ${String(a.place ?? "")}`;
    });

describe("the meeting's place and date in flattened minutes", () => {
  it("takes an undated meeting's place from its room's field (`Lokal: Rådhussalen`)", () => {
    const minutes = [
      "1 SAMMANTRÄDESPROTOKOLL 1 (9) KOMMUNFULLMÄKTIGE Sammanträdestid: kl Lokal: Tingshussalen Beslutande Se sid 2. Tjänstemän: Övriga deltagande: Rut Vallin, administrativ chef Paragrafer: Sekreterare: Ordförande: Justerare:. Rut Vallin. Sixten Åhlund 12 och Maj Fernström Berit Ullgren",
      "2 BESLUTANDE Ledamöter Sixten Åhlund (s) Maj Fernström (m) Berit Ullgren (c) Ivar Storm (fp) Ersättare Doris Wiklund (s)",
    ].join("\n");
    expect(meetings(graphOf(minutes))).toEqual([expect.stringMatching(/\| Tingshussalen$/)]);
  });

  it("dates the meeting by the first value after its labels stacked over the adjustment's (`Justeringens plats och tid`)", () => {
    const minutes = [
      "1 Kommunfullmäktige Plats och tid för sammanträdet Beslutande Övriga deltagare Utses att justera Justeringens plats och tid Folkets hus, Vallby tisdagen den 9 oktober 2001, kl Ajournering Se bifogad närvarolista. Kommunsekreterare Alva Tidström Hugo Renberg (s) och Stina Lövgren (m) Kommunkontoret, Vallby Sekreterare Alva Tidström Paragrafer Ordförande Viggo Almqvist Justerande Hugo Renberg Stina Lövgren",
    ].join("\n");
    expect(meetings(graphOf(minutes))).toEqual([expect.stringMatching(/\| 2001-10-09 \|/)]);
  });

  it("does not date the meeting by the month of the notice under the date's label", () => {
    const minutes = [
      "1 (20) Plats och tid Vallby stadshus, sammanträdesrummet Granen kl 09.30 11.00 BESLUTANDE Olle Ragnarsson (M) Sigrid Wahlund (S) Tage Bredberg (C) ERSÄTTARE Lova Hedin (KD) Övriga deltagare Britt Ekvall, Nore Lindgren Utses att justera Sigrid Wahlund Paragrafer 1-12 Underskrifter Sekreterare Britt Ekvall Ordförande Olle Ragnarsson Justerande Sigrid Wahlund",
      "2 (20) BEVIS OM ANSLAGSDAG Kommunstyrelsens protokoll är justerat Justeringen har tillkännagivits genom anslag Sammanträdesdatum Anslaget sätts upp 27 mars 2015 Anslaget tas ned 20 april 2015 Förvaringsplats för protokollet Vallby stadshus",
    ].join("\n");
    const [meeting] = meetings(graphOf(minutes));
    expect(meeting).toMatch(/^[^|]+\| {2}\| Vallby stadshus, sammanträdesrummet Granen$/);
  });
});

describe("a paragraph of prose after the signers of an adjusted title", () => {
  // The signers' names bare after `Justerat <date>`, then a prize-giving told in prose before the first item.
  const minutes = [
    "PROTOKOLL Kommunfullmäktige Justerat onsdagen den 8 april 2009 Greta Ulvsäter Holger Brink Signe Ahlberg Ordföranden och kommunalrådet Edvin Rask delade ut kommunens kulturpris 2008 till Föreningen Ljusa Vägen. Priset mottogs av Tuva Kronlund ordförande, Algot Sjödin verksamhetschef samt Maud Ekerot. Hedersomnämnande tilldelades Vallby Bygg AB som företräddes av Nils Grahn, projektledare. Anf Inledning Ordföranden förklarade sammanträdet öppnat. Upprop förrättades och närvaro och frånvaro antecknades enligt uppropslistan, bilaga 1.",
    "2 Kungörelse Kungörelsen om fullmäktiges sammanträde utsändes den 24 mars 2009 till fullmäktiges ledamöter och ersättare.",
  ].join("\n");

  it("makes nobody the prose names a chair", () => {
    expect(chairs(graphOf(minutes))).not.toEqual(expect.arrayContaining([expect.stringMatching(/Edvin Rask|Maud Ekerot|Nils Grahn/)]));
  });

  it("keeps the one the label's own sentence tells of at the meeting as an attendee", () => {
    expect(attendees(graphOf(minutes)).join("\n")).toMatch(/Edvin Rask/);
  });
});
