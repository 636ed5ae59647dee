/**
 * Real minutes' layouts, round 27 (01-lists.ts, 04-protocol.ts, 05-meetings.ts): a network's notes whose attendance
 * names where each comes from. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

describe("a network's notes, `Name, Organisation` a line and `Från <Org> närvarade A och B`", () => {
  const notes = (first: string, second: string) =>
    `Minnesanteckningar från nätverksträff för folkhälsosamordnare 2022-09-14\n\nPlats: Kommunhuset\n\nNärvarande\nKarin Holm, ${first}\nOlle Dahl, ${second}\nStina Berg, Region Västerbotten\nPia Lund, Länsstyrelsen Dalarna\n\nFrån Länsstyrelsen i Västerbottens län närvarade Rut Viklund och Kent Ås.\n\n1. Inledning\nKarin Holm hälsade välkommen.\n`;
  // Municipalities the lexicon knows (an inline header's reading), and places it does not (field lines').
  const layouts = [
    ["municipalities the lexicon knows", notes("Umeå kommun", "Skellefteå kommun")],
    ["places the lexicon lacks", notes("Vallby kommun", "Norrby kommun")],
  ];
  it.each(layouts)("with %s: no body those present come from met, nor organised the meeting", (_, text) => {
    const g = graphOf(text);
    const organisers = g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)));
    expect(organisers).toEqual([]);
    expect(personRoles(g, { written: true }).filter((r) => /Länsstyrelsen|Region/.test(r))).toEqual([]);
  });
  it.each(layouts)("with %s: the organisation after a name's comma is no person", (_, text) => {
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "person").map((n) => label(g, n))).not.toContain("Länsstyrelsen Dalarna");
    expect(attendees(g)).toEqual(expect.arrayContaining(["Karin Holm: member", "Pia Lund: member", "Stina Berg: member"]));
  });
  it("the body named in a title before the list is the one that met", () => {
    const g = graphOf(`Socialnämnden\n${notes("Umeå kommun", "Skellefteå kommun")}`);
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual(["Socialnämnden"]);
  });
});
