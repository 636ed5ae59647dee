/**
 * A body named without its place (`kommunstyrelsen`) is placed by the document: by the place it is named with
 * elsewhere in it, or by the municipality a page's head names as its own; else it stays placeless. Invented people.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";

const graphOf = (...texts: string[]) =>
  buildGraph(
    texts.map((content, i) => readDocument({ source: `t${i}.txt`, content })),
    { layout: false },
  ).graph;
const bodies = (...texts: string[]) =>
  graphOf(...texts)
    .filterNodes((_, a) => a.kind === "organisation" && a.type === "body")
    .sort();

const pressPage = (municipality: string) =>
  [
    `${municipality} logotyp`,
    "",
    "Årets sista kommunfullmäktige",
    "",
    "Kommunfullmäktige sammanträdde den 12 december 2023 för sista gången i år.",
    "Karin Berg (C), ordförande i socialnämnden, tackade ledamöterna för året.",
    "",
  ].join("\n");

describe("bodies placed by their document", () => {
  it("a page's body is the municipality's its head names, and so is the meeting told of", () => {
    const graph = graphOf(pressPage("Åre kommuns"));
    expect(graph.filterNodes((_, a) => a.kind === "organisation" && a.type === "body").sort()).toEqual([
      "organisation:kommunfullmaktige-are",
      "organisation:socialnamnden-are",
    ]);
    expect(graph.getNodeAttribute("organisation:socialnamnden-are", "partOf")).toBe("municipality:are");
    const meetings = graph.filterNodes((_, a) => a.kind === "meeting");
    expect(meetings).toEqual(["meeting:kommunfullmaktige-are-2023-12-12"]);
    expect(graph.getNodeAttribute(meetings[0], "title")).toBe("Kommunfullmäktige, Åre");
  });

  it("two municipalities' pages keep their bodies apart", () => {
    expect(bodies(pressPage("Åre kommun"), pressPage("Krokoms kommun"))).toEqual([
      "organisation:kommunfullmaktige-are",
      "organisation:kommunfullmaktige-krokom",
      "organisation:socialnamnden-are",
      "organisation:socialnamnden-krokom",
    ]);
  });

  it("a body named once with its place is that body where the document names it without", () => {
    const text = [
      "Rapport från dagen",
      "",
      "Olof Strand (KD)",
      "",
      "1:e vice ordf Socialnämnden",
      "",
      "Olof Strand",
      "1:e vice ordf Socialnämnden, Ekerö kommun",
      "",
    ].join("\n");
    expect(bodies(text)).toEqual(["organisation:socialnamnden-ekero"]);
  });

  it("a head naming two municipalities, or none as such, places nothing", () => {
    const two = pressPage("Åre kommun och Krokoms kommun");
    expect(bodies(two)).toEqual(["organisation:kommunfullmaktige", "organisation:socialnamnden"]);
    const bare = pressPage("Nyheter från Åre");
    expect(bodies(bare)).toEqual(["organisation:kommunfullmaktige", "organisation:socialnamnden"]);
  });

  it("a region's body on a municipality's page is not the municipality's", () => {
    const text = ["Åre kommun", "", "Regionstyrelsen besökte kommunen", "", "Karin Berg (S), ledamot i regionstyrelsen, talade om vården.", ""].join("\n");
    expect(bodies(text)).toEqual(["organisation:regionstyrelsen"]);
  });
});
