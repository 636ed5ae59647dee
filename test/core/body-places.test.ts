/**
 * A body named without its place (`kommunstyrelsen`) is placed by the document: by the place it is named with
 * elsewhere in it, or by the municipality a page's head names as its own; else it is known only within its document.
 * Invented people.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, peopleOf, readDocument } from "@samverkan/core";

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
    expect(bodies(two)).toEqual(["organisation:kommunfullmaktige-doc-2kl65l", "organisation:socialnamnden-doc-2kl65l"]);
    const bare = pressPage("Nyheter från Åre");
    expect(bodies(bare)).toEqual(["organisation:kommunfullmaktige-doc-2kl65l", "organisation:socialnamnden-doc-2kl65l"]);
  });

  it("a region's body on a municipality's page is not the municipality's", () => {
    const text = ["Åre kommun", "", "Regionstyrelsen besökte kommunen", "", "Karin Berg (S), ledamot i regionstyrelsen, talade om vården.", ""].join("\n");
    expect(bodies(text)).toEqual(["organisation:regionstyrelsen-doc-2kl65l"]);
  });

  // Minutes whose head names the body and no municipality (a copy that lost the logo's text).
  const minutes = (chair: string, member: string, body = "Barn- och utbildningsnämnden") =>
    [
      "SAMMANTRÄDESPROTOKOLL",
      body,
      "Sammanträdesdatum 2021-03-12",
      "",
      "Plats och tid Kommunhuset kl 13.00-15.00",
      "",
      `Beslutande ${chair} (S), ordförande`,
      `${member} (M)`,
      "",
      `Justerare ${member}`,
      "",
    ].join("\n");

  it("two documents' bodies named as any municipality's, with no place, are two bodies and two meetings", () => {
    const graph = graphOf(minutes("Vera Lindqvist", "Olle Bergsten"), minutes("Tuva Sandell", "Ivar Holmqvist"));
    const bodies = graph.filterNodes((_, a) => a.kind === "organisation" && a.type === "body");
    expect(bodies).toHaveLength(2);
    expect(bodies.map((id) => graph.getNodeAttribute(id, "label"))).toEqual(["Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden"]);
    const meetings = graph.filterNodes((_, a) => a.kind === "meeting");
    expect(meetings).toHaveLength(2);
    // Each body's people are its own document's: no one sits with the other municipality's members.
    for (const body of bodies) {
      const people = graph.inNeighbors(body).filter((id) => id.startsWith("person:"));
      const docs = new Set(people.flatMap((p) => graph.edges(p, body).flatMap((e) => graph.getEdgeAttribute(e, "evidence").map((ev) => ev.doc))));
      expect(people).toHaveLength(2);
      expect(docs.size).toBe(1);
    }
    // A question naming it says which nodes it could be, by their chairs.
    expect(() => peopleOf(graph, "Barn- och utbildningsnämnden")).toThrow(
      '"Barn- och utbildningsnämnden (ordf. Tuva Sandell)", "Barn- och utbildningsnämnden (ordf. Vera Lindqvist)" all match',
    );
  });

  it("a body's minutes under one chair are one body, and copies of one minutes one meeting", () => {
    const graph = graphOf(minutes("Vera Lindqvist", "Olle Bergsten"), minutes("Vera Lindqvist", "Olle Bergsten"));
    expect(graph.filterNodes((_, a) => a.kind === "organisation" && a.type === "body")).toHaveLength(1);
    const meetings = graph.filterNodes((_, a) => a.kind === "meeting");
    expect(meetings).toHaveLength(1);
    const chaired = graph.filterEdges((_, a) => a.kind === "chaired");
    expect(new Set(graph.getEdgeAttribute(chaired[0], "evidence").map((e) => e.doc))).toEqual(new Set(["t0", "t1"]));
  });

  it("a body of such a body (the group its minutes set out) follows it, and names it as its part", () => {
    const withGroup = (chair: string, member: string) =>
      `${minutes(chair, member)}\n§ 12 Skolskjutsar\n\nArbetsgruppen består av:\n• ${member}, ledamot\n• Saga Lundmark, skolchef\n\nNämnden godkänner gruppen.\n`;
    const graph = graphOf(withGroup("Vera Lindqvist", "Olle Bergsten"), withGroup("Tuva Sandell", "Ivar Holmqvist"));
    const groups = graph.filterNodes((_, a) => a.label === "Arbetsgruppen");
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const parent = graph.getNodeAttribute(group, "partOf") as string;
      expect(graph.hasNode(parent)).toBe(true);
      expect(graph.getNodeAttribute(parent, "label")).toBe("Barn- och utbildningsnämnden");
    }
    // Each municipality's member sits in its own group only.
    expect(graph.outNeighbors("person:olle-bergsten").filter((id) => groups.includes(id))).toHaveLength(1);
  });

  it("a body's minutes where a second member chairs an item (jäv) are the body its first chair chairs", () => {
    const chaired = (date: string, second: string) =>
      [
        "SAMMANTRÄDESPROTOKOLL",
        "Kommunstyrelsen",
        "",
        `Plats och tid: Kommunhuset, kl 13.00–15.30, ${date}`,
        "Beslutande:",
        `Vera Lindqvist (S), ordförande${second ? ", ej § 5" : ""}`,
        `Olle Bergsten (M)${second}`,
        "Maja Fors (C)",
        "Sekreterare: Lina Rask",
        "Justerare: Maja Fors",
        "",
      ].join("\n");
    const graph = graphOf(
      chaired("2024-01-16", ""),
      chaired("2024-05-14", ", tjänstgörande ordförande § 5"),
      chaired("2024-05-14", ", tjänstgörande ordförande § 5"),
    );
    expect(graph.filterNodes((_, a) => a.kind === "organisation" && a.type === "body")).toEqual(["organisation:kommunstyrelsen-ordf-vera-lindqvist"]);
    expect(graph.filterNodes((_, a) => a.kind === "meeting")).toHaveLength(2);
  });

  it("a document's scope survives a long file name, and is no place's key", () => {
    const page = pressPage("Nyheter från kommunen");
    const long = "protokoll-och-nyheter-fran-kommunstyrelsens-sammantraden-under-varen-2024-i-kommunen";
    const { graph } = buildGraph(
      [`${long}-a.txt`, `${long}-b.txt`, "nacka.txt"].map((source) => readDocument({ source, content: page })),
      { layout: false },
    );
    const bodies = graph.filterNodes((_, a) => a.kind === "organisation" && a.type === "body");
    expect(bodies).toHaveLength(6);
    expect(bodies).not.toContain("organisation:socialnamnden-nacka");
  });

  it("two associations' English pages about `The Board` are two boards", () => {
    const page = (chair: string) =>
      ["About the Board", "", "The Board", "", "The Board leads the association between its annual meetings.", "", `Chair of the Board: ${chair}`, ""].join(
        "\n",
      );
    const graph = graphOf(page("Edwin Marlow"), page("Priscilla Dunmore"));
    const boards = graph.filterNodes((_, a) => a.kind === "organisation" && a.label === "The Board");
    expect(boards).toHaveLength(2);
  });

  it("a national or EU body the lexicon lists (`Regionkommittén`) is one body across documents", () => {
    const page = (person: string) => `Nyheter\n\n${person} är ledamot i Regionkommittén och talade i Bryssel om sammanhållningen.\n`;
    expect(bodies(page("Karin Berg (C)"), page("Olle Ek (S)"))).toEqual([]);
    const graph = graphOf(page("Karin Berg (C)"), page("Olle Ek (S)"));
    expect(graph.inNeighbors("organisation:regionkommitten").sort()).toEqual(["document:t0", "document:t1", "person:karin-berg", "person:olle-ek"]);
  });

  it("a body with a name of its own stays one body across documents", () => {
    const named = (person: string) => ["Nyheter", "", `Förslaget välkomnades av ${person}, förbundsdirektör för Räddningstjänst Norrvik:`, ""].join("\n");
    expect(bodies(named("Vera Lindqvist"), named("Tuva Sandell"))).toEqual(["organisation:raddningstjanst-norrvik"]);
  });
});
