/**
 * Lists in minutes' header boxes real minutes use (01-protocol.ts): a serving word after a name under a field of
 * reserves, and officials' titles written before their names in a run-on box. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

describe("a serving word after a name under a field of reserves (`Ersättare` / `X (S), tjänstgörande`)", () => {
  const text =
    "Förbundsdirektionens protokoll 3 mars 2022\n\nNärvarande\n\nDirektionens ledamöter\nAsta Kvist (S), ordförande\nBo Rydén (M)\n\nDirektionens ersättare\nCarl Wendt (S), tjänstgörande\nDina Falk (C) tjänstgörande\nElin Stolt (KD)\n\nÖvriga deltagare\nFrans Ohlin, förbundschef\n\n§ 1 Val av justerare\n";
  it("the reserve who served holds `tjänstgörande ersättare`, the one who did not `ersättare`", () => {
    const seats = personRoles(graphOf(text), { written: true, where: false }).filter((r) => /Carl|Dina|Elin/.test(r));
    expect(seats).toEqual([
      "Carl Wendt: tjänstgörande ersättare [ersättare]",
      "Dina Falk: tjänstgörande ersättare [ersättare]",
      "Elin Stolt: ersättare [ersättare]",
    ]);
  });
});

describe("officials' titles before their names in a run-on box, after a politician's party", () => {
  const text =
    "Kommunstyrelsens arbetsutskott 4 maj 2005 Plats och tid för sammanträdet Beslutande Övriga deltagare Utses att justera Justeringens plats och tid Almrummet, Kommunhuset, Vallby onsdagen den 4 maj 2005 kl Ove Lindkvist (m), ordförande Siri Ahl (s) Gert Wall (c) Kommundirektör Rut Dahlin Planeringschef Leif Borg Kommunsekreterare Tea Nordell Siri Ahl (s) Kommunledningskontoret Sekreterare Tea Nordell Paragrafer Ordförande Ove Lindkvist Justerande Siri Ahl";
  it("each title is the name's after it, and the officials hold no member's seat", () => {
    const held = personRoles(graphOf(text), { where: false }).filter((r) => /Gert|Rut|Leif|Tea/.test(r));
    expect(held).toEqual([
      "Gert Wall: ledamot",
      "Leif Borg: planeringschef",
      "Rut Dahlin: kommundirektör",
      "Tea Nordell: kommunsekreterare",
      "Tea Nordell: sekreterare",
    ]);
  });
});
