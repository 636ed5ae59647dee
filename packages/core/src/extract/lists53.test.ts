/**
 * Attendance lists of networks' and associations' notes (01-lists.ts): rows written surname first, one a line, with
 * the organisation after a comma; and surnames that are given names too. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, parties, persons, roles } from "../../../../test/helpers/minutes";
import { edges } from "../../../../test/helpers/prose";

describe("rows written surname first with an organisation (`Berg Anna, Vallby kommun`)", () => {
  const text =
    "Minnesanteckningar från nätverksträff 12 april 2023\n\nNärvarande:\nTorvik Ingrid, Sala kommun\nBrännström Per, Region Östergötland\nGrudevall Sten, Heby kommun\n\n1. Mötets öppnande\n";
  it("each row is the given name and the surname, the row whose surname-like first word could be either read as the list reads the rest", () => {
    expect(attendees(graphOf(text))).toEqual(["Ingrid Torvik: member", "Per Brännström: member", "Sten Grudevall: member"]);
  });
});

describe("a list written given name first keeps its order, and a surname that is a given name too its whole name", () => {
  const text =
    "Minnesanteckningar från nätverksträff 12 april 2023\n\nNärvarande:\nIngrid Torvik, Sala kommun\nAnna Sten, Heby kommun\nErik Gustav, Region Östergötland\n\n1. Mötets öppnande\nErik Gustav hälsade välkommen.\n";
  it("no row is turned round, and no name is cut", () => {
    expect(persons(graphOf(text))).toEqual(["Anna Sten", "Erik Gustav", "Ingrid Torvik"]);
  });
});

describe("column heads stacked over the rows, one cell a line (`Namn` / `Parti` / `Funktion`)", () => {
  const text =
    "Protokoll styrelsemöte 12 april 2023\n\nNärvarande\nNamn\nParti\nFunktion\nIngrid Torvik\nS\nOrdförande\nPer Brännström\nM\nLedamot\nEva Lindmark\nC\nSekreterare\n\n§ 1 Mötets öppnande\n";
  const g = graphOf(text);
  it("each row's cells take the heads in order: its party and its title, no title shifted onto the next name", () => {
    expect(attendees(g)).toEqual(["Eva Lindmark: member", "Ingrid Torvik: member", "Per Brännström: member"]);
    expect(chairs(g)).toEqual(["Ingrid Torvik"]);
    expect(parties(g)).toEqual(["Eva Lindmark: Centerpartiet", "Ingrid Torvik: Socialdemokraterna", "Per Brännström: Moderaterna"]);
    expect(roles(g)).toEqual(["Eva Lindmark: sekreterare", "Ingrid Torvik: ordförande"]);
  });
});

describe("a column of municipalities after the column of names, one cell a line", () => {
  const head = "Minnesanteckningar från nätverksträff 12 april 2023\n\nNärvarande:\nIngrid Torvik\nPer Brännström\nEva Lindmark\n";
  const represents = (text: string) => edges(graphOf(text), "represents");
  it("as many municipalities as names: the n-th is the n-th name's", () => {
    expect(represents(`${head}Sala kommun\nHeby kommun\nNorrtälje\n\n1. Mötets öppnande\n`)).toEqual([
      "represents Eva Lindmark -> Norrtälje",
      "represents Ingrid Torvik -> Sala",
      "represents Per Brännström -> Heby",
    ]);
  });
  it("a count that does not match pairs no one", () => {
    expect(represents(`${head}Sala kommun\nHeby kommun\n\n1. Mötets öppnande\n`)).toEqual([]);
  });
});
