import { readFileSync } from "node:fs";
import { ask, buildGraph, readDocument, type KnowledgeGraph } from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";

// An English report (through compromise) and the standard municipal protocol form, which the sample lacks.
const ENGLISH = `Minutes of the regional meeting

The meeting on 14 March 2019 was chaired by Lena Holm, chair of Storsthlm. Omar Nasser (S), municipal commissioner in Botkyrka, spoke about schools. Jennifer Walsh, director at Vinnova, presented the innovation programme together with Arbetsförmedlingen.
`;
const PROTOCOL = readFileSync(new URL("../fixtures/core/protokoll-kommunstyrelsen.txt", import.meta.url));

let graph: KnowledgeGraph;
beforeAll(() => {
  ({ graph } = buildGraph([readDocument({ source: "report.txt", content: ENGLISH }), readDocument({ source: "protokoll.txt", content: PROTOCOL })], {
    layout: false,
  }));
});

describe("an English document", () => {
  it("is read as English and its people are found, names outside the lexicon too", () => {
    expect(graph.getNodeAttribute("document:report", "language")).toBe("en");
    for (const id of ["person:lena-holm", "person:omar-nasser", "person:jennifer-walsh"]) expect(graph.hasNode(id), id).toBe(true);
  });
  it("gives roles with their organisation and parties", () => {
    const roles = ask(graph, "what roles has Jennifer Walsh held").answers.map((a) => a.label);
    expect(roles).toContain("director (Vinnova)");
    expect(ask(graph, "what roles has Omar Nasser held").answers.map((a) => a.label)).toContain("partimedlem (Socialdemokraterna)");
  });
  it("finds who chaired", () => {
    expect(ask(graph, "which meetings did Lena Holm chair").answers.length).toBe(1);
  });
});

describe("the standard municipal protocol form", () => {
  it("chairs for some paragraphs only", () => {
    const answers = ask(graph, "who chaired the meeting on 2019-11-05").answers;
    expect(answers.map((a) => a.label).sort()).toEqual(["Margareta Kvist", "Torbjörn Hedlund"]);
  });
  it("substitutes attend, the members they replace and the absent do not", () => {
    const present = ask(graph, "who attended the meeting on 2019-11-05").answers.map((a) => a.label);
    expect(present).toEqual(expect.arrayContaining(["Jonas Ekwall", "Pia Nordvall", "Sixten Larsson", "Elsa Lundmark"]));
    expect(present).not.toContain("Harald Berglöf");
    expect(present).not.toContain("Göran Wickberg");
  });
  it("takes a vacant seat for no one", () => {
    graph.forEachNode((id, a) => expect(a.label, id).not.toMatch(/^Vakant/));
  });
});
