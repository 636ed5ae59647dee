/**
 * Titles written before names in runs (03-appositions.ts `runTitle`, extract-document's left roles): `kommundirektör
 * X, enhetschef Y`, a title held where it says (`förvaltningschef för …`, `ordförande i utbildningsnämnden`), a unit
 * before the title (`Socialförvaltningen, enhetschef X`), an owner's genitive before it (`Länsstyrelsens rättschef
 * X`, `Stefan Xvens statssekreterare X`), and runs that put titles after names instead.
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

describe("an organisation before a title and its comma", () => {
  it("is no unit of the title after it when it follows another title (`A, 2:e vice ordförande SKR, kommunikationschef B`), nor of a minister's", () => {
    const g = graphOf(
      "Nyhet\nMed Olle Strömgren, 2:e vice ordförande SKR, kommunikationschef Eva Dahlgren. Med Pia Rosell, SKR, bostadsminister Sten Ahlberg.\n",
    );
    expect(roles(g).filter((r) => /Eva|Sten/.test(r))).toEqual([
      "Eva Dahlgren: kommunikationschef [kommunikationsdirektör]",
      "Sten Ahlberg: bostadsminister [bostadsminister]",
    ]);
  });
});

describe("a title known by its ending after an owner's genitive", () => {
  it.each([
    [
      "before the name",
      "Nyhet\nLänsstyrelsens rättschef Karin Holm säger att beslutet står fast.\n",
      "Karin Holm: rättschef [rättschef] @ Länsstyrelsen i Stockholms län",
    ],
    [
      "before the name, a municipality's",
      "Nyhet\nNackas stadsjurist Karin Holm säger att beslutet står fast.\n",
      "Karin Holm: stadsjurist [stadsjurist] @ Nacka",
    ],
    ["after the name's comma", "Nyhet\nKarin Holm, Nackas stadsjurist, säger att beslutet står fast.\n", "Karin Holm: stadsjurist [stadsjurist] @ Nacka"],
  ])("is held there: %s", (_, text, expected) => {
    expect(roles(graphOf(text))).toEqual([expected]);
  });
  it.each([
    ["a lexicon title", "Nackas nya kommundirektör Karin Holm", "Karin Holm: kommundirektör [kommundirektör] @ Nacka"],
    ["a lexicon title", "Storsthlms nuvarande förbundsdirektör Karin Holm", "Karin Holm: förbundsdirektör [förbundsdirektör] @ Storsthlm"],
    ["one known by its ending", "Nackas nya stadsjurist Karin Holm", "Karin Holm: stadsjurist [stadsjurist] @ Nacka"],
    ["a county's", "Uppsala läns nuvarande landshövding Karin Holm", "Karin Holm: landshövding [landshövding] @ Uppsala län"],
  ])("past a word that says when it is held (%s: `%s`)", (_, words, expected) => {
    expect(roles(graphOf(`Nyhet\n${words} säger att beslutet står fast.\n`))).toEqual([expected]);
  });
  it("not after a person's genitive (`Stina Lunds stadsjurist X`, Lund being a municipality too)", () => {
    const g = graphOf("Nyhet\nStina Lunds stadsjurist Karin Holm säger att beslutet står fast.\n");
    expect(roles(g).filter((r) => r.startsWith("Karin"))).toEqual(["Karin Holm: stadsjurist [stadsjurist]"]);
  });
});

describe("a signature block flattened onto one line after the items (`Sekreterare A Ordförande B Justerare C`)", () => {
  const header =
    "Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-16 Plats och tid Kommunhuset kl 09.00-11.30 Beslutande Helga Brandt (M), ordförande Oskar Lindqvist (C) Maja Forsén (S) Justerare Maja Forsén\n§ 1 Val av justerare\nMaja Forsén utses att justera.\n";
  const titles = (text: string) => personRoles(graphOf(text), { where: false }).filter((r) => /^(?:Tove|Helga|Maja)/.test(r));
  it("gives each name the title before it only, not also the one after it", () => {
    expect(titles(`${header}Underskrifter Sekreterare Tove Berglund Ordförande Helga Brandt Justerare Maja Forsén\n`)).toEqual([
      "Helga Brandt: ordförande",
      "Helga Brandt: ordförande",
      "Maja Forsén: justerare",
      "Maja Forsén: justerare",
      "Maja Forsén: ledamot",
      "Tove Berglund: sekreterare",
    ]);
  });
  it("keeps a title after a name that has none before it (`Tove Berglund Sekreterare`)", () => {
    expect(titles(`${header}Vid protokollet Tove Berglund Sekreterare\n`)).toContain("Tove Berglund: sekreterare");
  });
});

describe("a person's name in the genitive before a title", () => {
  const people = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "person").map((n) => String(g.getNodeAttribute(n, "label")));
  it("owns the title, which is the next name's (`Stefan Xvens statssekreterare Karin Holm`)", () => {
    const g = graphOf("Nyhet\nStefan Xvens statssekreterare Karin Holm säger att beslutet står fast.\n");
    expect(people(g).sort()).toEqual(["Karin Holm", "Stefan Xven"]);
    expect(roles(g)).toEqual(["Karin Holm: statssekreterare [statssekreterare]"]);
  });
  it("owns a title ending like a verb too (`Karin Xanderssons kommundirektör Eva Lind`)", () => {
    const g = graphOf("Nyhet\nDet sa Karin Xanderssons kommundirektör Eva Lind i går.\n");
    expect(people(g).sort()).toEqual(["Eva Lind", "Karin Xandersson"]);
    expect(roles(g)).toEqual(["Eva Lind: kommundirektör [kommundirektör]"]);
  });
  it("holds no title and no workplace (`Anna Bergs pressekreterare till TT`)", () => {
    expect(roles(graphOf("Nyhet\nDet sa Anna Bergs pressekreterare till TT i går.\n"))).toEqual([]);
  });
  it("is no genitive where no name follows the title (`Laila Xreivalds justitieminister`, a list's name ending in s)", () => {
    expect(people(graphOf("Nyhet\nNärvarande var Laila Xreivalds justitieminister och Olle Dahl.\n")).sort()).toEqual(["Laila Xreivalds", "Olle Dahl"]);
  });
  it("is not read into a Latin surname's `-us` (`Kerstin Evelius samordnare`)", () => {
    expect(people(graphOf("Nyhet\nKerstin Evelius samordnare för psykisk hälsa talade.\n"))).toEqual(["Kerstin Evelius"]);
  });
});
