/**
 * Questions that name a meeting's day as Swedish and English texts write it (`11/10 2016`, `11/10-16`, `den 11/10`,
 * `Oct. 11, 2016`): the question parser reads them through `findDates`, so they find the meeting a full date does.
 * Invented minutes and names.
 */
import { describe, expect, it } from "vitest";
import { ask, buildGraph, readDocument } from "@samverkan/core";

const MINUTES = `Vallby kommun
Kommunstyrelsen
Sammanträdesprotokoll
Sammanträdesdatum 2016-10-11

Plats och tid: Kommunhuset, Vallby, kl. 13.00-15.00

Beslutande: Karin Berg (S), ordförande
Per Holm (M)
Anna Lind (C)

Sekreterare: Olof Strand

§ 1 Val av justerare
Per Holm utses att justera protokollet.
`;

const graph = buildGraph([readDocument({ source: "ks-2016-10-11.txt", content: MINUTES })], { layout: false }).graph;

describe("a meeting's day in a question, in the forms texts write it", () => {
  const cases: [string, string[]][] = [
    ["vem förde protokollet den 11 oktober 2016", ["Olof Strand"]],
    ["vem förde protokollet den 11/10 2016", ["Olof Strand"]],
    ["vem förde protokollet 11/10-16", ["Olof Strand"]],
    ["vem förde protokollet den 11/10/2016", ["Olof Strand"]],
    ["who took the minutes at the meeting on Oct. 11, 2016", ["Olof Strand"]],
    ["who took the minutes at the meeting on 11th October 2016", ["Olof Strand"]],
  ];
  it.each(cases)("%s", (question, people) => {
    expect(ask(graph, question).answers.map((a) => a.label)).toEqual(people);
  });
});
