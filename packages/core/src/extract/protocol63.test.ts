/**
 * Round 63's undated protocols (04-protocol.ts): minutes with no year whose list of matters gives the day of its meeting
 * (`Förteckning över valnämndens ärenden den 14 mars`) are titled by that day, as a reported meeting is, rather than
 * by where the body met. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, label } from "../../../../test/helpers/minutes";

const meetings = (text: string) => {
  const g = graphOf(text);
  return g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));
};

const minutes = [
  "SAMMANTRÄDESPROTOKOLL Valnämnden",
  "",
  "1 Tid och plats Ekrummet, kl Beslutande Ledamöter Olle Berg (M), Ordförande Siv Lund (S) Kim Ek (C) Underskrifter Sekreterare Lars Hed Ordförande Olle Berg 1 (9)",
  "",
  "2 Förteckning över valnämndens ärenden den 14 mars Dnr Justering av protokoll Dnr Information om valet 2 (9)",
].join("\n");

describe("an undated protocol's meeting", () => {
  it("is titled by the day its matters are listed for", () => {
    expect(meetings(minutes)).toEqual(["Valnämnden (14 mars)"]);
    expect(chairs(graphOf(minutes))).toEqual(["Olle Berg"]);
  });
  it("keeps its place where no day is given", () => {
    expect(meetings(minutes.replace(" den 14 mars", ""))).toEqual(["Valnämnden (Ekrummet)"]);
  });
});
