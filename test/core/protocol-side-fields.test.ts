/**
 * Fields side by side in an inline protocol header (`Beslutande Övriga deltagande Utses att justera`, the values
 * after the labels): which names run on from the members into the others' field (01-protocol). Invented people; the
 * layouts of real minutes.
 */
import { describe, expect, it } from "vitest";
import { attendanceCapacities } from "../helpers/roles";

const header = (others: string) =>
  `Sammanträdesprotokoll TEKNISKA NÄMNDEN Sammanträdesdatum 2014-06-10 Plats och tid Förvaltningen, kl 14:00-15:55 Beslutande Övriga deltagande Utses att justera Arne Dahl (S), ordförande Berit Holm (M) Carl Lund (C) ${others} Justeringens plats och tid Förvaltningen 16 juni 2014 Underskrifter Sekreterare Ordförande Justerande\n\n§ 1 Val av justerare\n`;

describe("names under fields side by side", () => {
  const cases: [string, string, Record<string, string>][] = [
    ["a secretary's title makes one of the others", "Doris Ek, förvaltningschef Erik Falk, sekreterare Carl Lund (C)", { "Erik Falk": "other" }],
    ["a name's title of a secretary of its own kind too", "Doris Ek, förvaltningschef Erik Falk, nämndsekreterare Carl Lund (C)", { "Erik Falk": "other" }],
    [
      "a substitute's word alone after the party: present, not serving",
      "Frida Gran (KD), ersättare Doris Ek, förvaltningschef Carl Lund (C)",
      { "Frida Gran": "other" },
    ],
    [
      "a substitute who serves for a member stays one",
      "Frida Gran (KD), ersättare för Carl Lund (C) Doris Ek, förvaltningschef Berit Holm (M)",
      { "Frida Gran": "substitute" },
    ],
  ];
  it.each(cases)("%s", (_, others, expected) => {
    const got = attendanceCapacities(header(others));
    for (const [name, capacity] of Object.entries(expected)) expect(`${name}: ${got[name]}`).toBe(`${name}: ${capacity}`);
    expect(got["Arne Dahl"]).toBe("member");
  });
});

describe("fields of those present without a vote", () => {
  const text = `PROTOKOLL Förbundsstyrelsen Sammanträdesdatum 2006-06-01 Plats och tid: Beslutande: Stadshuset, kl 10:00 Arne Dahl (S), ordförande Berit Holm (V) Carl Lund (M) Yttranderätt: Erik Falk (S) Insynsplats: Frida Gran (MP) Sekreterare: Gun Rask Utses att justera: Hans Ek föredragande Berit Holm\n\n§ 1 Val av justerare\n`;
  it.each([
    ["`Yttranderätt:`: others present", "Erik Falk", "other"],
    ["`Insynsplats:`: others present", "Frida Gran", "other"],
    ["a staff title under the adjusters' label: an official, not an adjuster", "Hans Ek", "staff"],
    ["a member under the adjusters' label adjusts", "Berit Holm", "member"],
  ])("%s", (_, name, capacity) => {
    expect(attendanceCapacities(text)[name]).toBe(capacity);
  });
});
