/**
 * Real minutes' layouts, round 25 (01-protocol.ts, 04-protocol.ts): roles of guests held in another body than the one
 * that met. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const written = { written: true, normalised: false };

describe("a role of a body with that body written after it in lower case, with or without `i`", () => {
  const header = (role: string) =>
    `1 Regionstyrelsen Datum: 2021-03-04 Tid: 09:00-12:00 Plats: Sjön Ledamöter Karl Holm (M), ordförande Stina Berg (C), vice ordförande Olle Dahl (S) Ej tjänstgörande ersättare Pia Lund (KD) Övriga närvarande Kent Ås, regiondirektör Maja Tell, kanslidirektör Rut Viklund (M), ${role} Sven Alm, hälso- och sjukvårdsdirektör Utses att justera Olle Dahl (S)\n\n2 Justeringens plats och tid Regionhuset Protokollet omfattar §§ 1-5 Underskrifter Sekreterare Maja Tell Ordförande Karl Holm Justerande Olle Dahl\n`;
  const guest = (role: string) => personRoles(graphOf(header(role)), written).filter((r) => r.startsWith("Rut Viklund"));
  it.each([
    ["vice ordföranden revisionen", "Rut Viklund: vice ordföranden @ Revisionen"],
    ["vice ordförande i revisionen", "Rut Viklund: vice ordförande @ Revisionen"],
    ["ordförande valnämnden", "Rut Viklund: ordförande @ Valnämnden"],
    ["ordförande i kultur- och fritidsnämnden", "Rut Viklund: ordförande @ Kultur- och fritidsnämnden"],
  ])("`%s` is held there, not in the body that met", (role, expected) => {
    expect(guest(role)).toEqual([expected]);
  });
  it("a role with nothing after it is still held in the body that met", () => {
    expect(guest("vice ordförande")).toEqual(["Rut Viklund: vice ordförande @ Regionstyrelsen"]);
  });
});
