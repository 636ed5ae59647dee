/**
 * Titles written before names in runs (03-appositions.ts `runTitle`, extract-document's left roles): `kommundirektör
 * X, enhetschef Y`, a title held where it says (`förvaltningschef för …`, `ordförande i utbildningsnämnden`), a unit
 * before the title (`Socialförvaltningen, enhetschef X`), and runs that put titles after names instead.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (g: KnowledgeGraph) => personRoles(g, { written: true });

describe("titles before names in runs", () => {
  const cases: [string, string, string[]][] = [
    [
      "titles the lexicon lacks, known by their ending",
      "Rapport från verksamheten\nUtvecklingschef Sixten Ahlqvist och kvalitetsstrateg Vera Lundholm föredrar ärendet.\n",
      ["Sixten Ahlqvist: utvecklingschef [utvecklingschef]", "Vera Lundholm: kvalitetsstrateg [kvalitetsstrateg]"],
    ],
    [
      "a run that opens with a title: each title is the name's after it",
      "Rapport från verksamheten\nDessutom deltog kommundirektör Helga Brandqvist, nämndsekreterare Tobias Wennström, ekonom Ragna Fjällström 12, samt kvalitetsstrateg Ivar Lindkvist.\n",
      [
        "Helga Brandqvist: kommundirektör [kommundirektör]",
        "Ivar Lindkvist: kvalitetsstrateg [kvalitetsstrateg]",
        "Ragna Fjällström: ekonom [ekonom]",
        "Tobias Wennström: nämndsekreterare [sekreterare]",
      ],
    ],
    [
      "a run that puts titles after names keeps them with the name before",
      "Rapport från verksamheten\nDessutom deltog Helga Brandqvist, kommundirektör Tobias Wennström, nämndsekreterare Ragna Fjällström, ekonom.\n",
      ["Helga Brandqvist: kommundirektör [kommundirektör]", "Ragna Fjällström: ekonom [ekonom]", "Tobias Wennström: nämndsekreterare [sekreterare]"],
    ],
    [
      "a title held in the body it names",
      "Rapport från verksamheten\nFörste vice ordförande i utbildningsnämnden Sixten Ahlqvist (S) redogjorde för läget.\n",
      ["Sixten Ahlqvist: förste vice ordförande i utbildningsnämnden [förste vice ordförande] @ Utbildningsnämnden"],
    ],
    [
      "a unit before the title and a comma",
      "Rapport från verksamheten\nVid mötet deltog Kulturförvaltningen, enhetschef Vera Lundholm som berättade om biblioteken.\n",
      ["Vera Lundholm: enhetschef [enhetschef] @ Kulturförvaltningen"],
    ],
    [
      "a title after `och` is the next name's",
      "Rapport från verksamheten\nVera Lundholm och kvalitetsstrateg Ivar Lindkvist föredrar ärendet.\n",
      ["Ivar Lindkvist: kvalitetsstrateg [kvalitetsstrateg]"],
    ],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(roles(graphOf(text))).toEqual(expected);
  });

  it("a long run is read without running out of stack", () => {
    const names = ["Helga Brandqvist", "Tobias Wennström", "Ragna Fjällström", "Ivar Lindkvist", "Vera Lundholm", "Sixten Ahlqvist"];
    const run = Array.from({ length: 3000 }, (_, k) => `${names[k % names.length]}, ekonom`).join(" ");
    expect(() => graphOf(`Rapport\n${run}.\n`)).not.toThrow();
  });
});
