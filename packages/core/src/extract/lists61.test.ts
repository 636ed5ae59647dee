/**
 * Column headings printed together after the place's value (01-protocol.ts): `Plats och tid Rum, hus, Beslutande
 * ledamöter Ej tjänstgörande ersättare Övriga närvarande` then all the runs. The members' heading after the place's
 * comma is a field, stacked on the next, not a name's title, so the reserves' heading is not given to every name.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

const text =
  "EKBY KOMMUN Sammanträdesprotokoll 1 (30) Plats och tid Lindrummet, stadshuset, Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande " +
  "Ola Berg (M), ordförande, Siv Ek (C) , , Per Alm (M), Rut Dahl (M), Kim Ros (C), Ada Ström (FP) , , Olle Sund (KD), Jan Ahl (S) , , Rut Ling (S), " +
  "Tor Bäck (S), Ulf Stam (MP) , Lisa Ström (C) 12, Nils Vik (FP) 12, Åke Holm (S) 12, Tove Rask (MP) Lisa Ström (C), Nils Vik (FP), Åke Holm (S), " +
  "Tove Rask (MP), Leo Fjäll (M), Gun Bro (M), Arne Falk (FP), Ebba Hed (S) Maja Lund, kommunsekreterare Justerande Plats och tid för justering " +
  "Rut Dahl (S)\n\n§ 1 Val av justerare\n";

describe("stacked column headings after the place's value, then all the runs", () => {
  const present = attendees(graphOf(text));
  it("gives no member the reserves' heading printed last before the names", () => {
    expect(present.filter((a) => a.endsWith(": nonserving"))).toEqual([]);
    expect(present).toContain("Ola Berg: -");
  });
  it("keeps the official under the others' heading", () => {
    expect(present).toContain("Maja Lund: other");
  });
});
