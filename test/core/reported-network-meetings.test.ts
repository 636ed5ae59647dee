/**
 * A network's or association's meeting told as its `träff` (`Norrlandsförbundets träff den 10 maj 2022`), as
 * newsletters report them, is the body's meeting that day, as its `möte` is. Invented names.
 */
import { buildGraph, readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const meetings = (text: string) => {
  const { graph } = buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false });
  return graph.filterNodes((_, a) => a.kind === "meeting").sort();
};

describe("a body's träff", () => {
  it("is its meeting on the day named", () => {
    const text =
      "Nyheter från förbundet\n\nPublicerad 2022-05-12\n\nNorrlandsförbundets träff den 10 maj 2022 samlade ett fyrtiotal deltagare i Umeå. Karin Berg inledde.\n";
    expect(meetings(text)).toEqual(["meeting:norrlandsforbundet-2022-05-10"]);
  });

  it("the verb is none (`träffade kommunstyrelsen`)", () => {
    const text = "Nyheter\n\nPublicerad 2022-05-12\n\nVi träffade kommunstyrelsen den 10 maj 2022 för att tala om skolan. Karin Berg var med.\n";
    expect(meetings(text)).toEqual([]);
  });
});
