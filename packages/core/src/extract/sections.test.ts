/**
 * Sections (sections.ts): a short line that heads what follows, and a line ending in a colon only when it stands alone
 * between blank lines (`Kommunstyrelsen:`), as news of elections set out body by body. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import { splitSections } from "./sections";

const PARAGRAPH = "Under hösten har flera organ i länet valt nya presidier för den nya mandatperioden.";

describe("section titles", () => {
  const cases: [string, string, string[]][] = [
    ["a heading with no colon", `Nyheter\n\n${PARAGRAPH}\n\nKulturnämnden\n\n${PARAGRAPH}\n`, ["Nyheter", "Kulturnämnden"]],
    [
      "a heading ending in a colon alone between blank lines, without its colon",
      `Nyheter\n\n${PARAGRAPH}\n\nKulturnämnden:\n\n${PARAGRAPH}\n`,
      ["Nyheter", "Kulturnämnden"],
    ],
    [
      "a page's stamp under a heading is not its title",
      `Nyheter\n\n${PARAGRAPH}\n\nStyrelsen sammanträder i Vallby\n\nPressmeddelanden   •   Dec 05, 2018 09:00 CET\n\n${PARAGRAPH}\n\nNy rapport om kollektivtrafiken\n2019-05-14\n\n${PARAGRAPH}\n`,
      ["Nyheter", "Styrelsen sammanträder i Vallby", "Ny rapport om kollektivtrafiken"],
    ],
    ["a field's label with its value on the next line is no heading", `Nyheter\n\n${PARAGRAPH}\n\nMedverkande:\nArne Dahl och Berit Holm\n`, ["Nyheter"]],
  ];
  it.each(cases)("%s", (_, text, titles) => {
    expect(splitSections(text).map((s) => s.title)).toEqual(titles);
  });
});

describe("an election under a body's heading", () => {
  it("is held in the organisation the heading names, colon and all", () => {
    const text = `Nya presidier i länet\n\n${PARAGRAPH} Region Stockholm och kommunerna har diskuterat hur arbetet ska fördelas mellan organen och vilka frågor som ska prioriteras först.\n\nStorsthlm:\n\nArne Dahl (S) valdes till ordförande och Berit Holm (M) valdes till vice ordförande.\n`;
    const g = buildGraph([readDocument({ source: "nyheter.txt", content: text })], { layout: false }).graph;
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")} @ ${g.getNodeAttribute(g.target(e), "label")}`)
      .sort();
    expect(held).toEqual(["Arne Dahl @ Storsthlm", "Berit Holm @ Storsthlm"]);
  });
});
