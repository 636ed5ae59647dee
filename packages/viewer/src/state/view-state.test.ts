/**
 * View state
 * ==========
 *
 * The pure parts of the viewer's scale and correctness work, without a browser: deep links that say what they could
 * not read and record kinds relative to a large graph's overview, explore mode's visibility, works-with weights in
 * words, and the panel's evidence (inferred chains, bare-name quotes, each quote once).
 */
import { createKnowledgeGraph, type DocumentRecord } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { describeEdge, describeEntity, weightInWords } from "./describe-entity";
import { DEFAULT_FILTERS, OVERVIEW_NODE_KINDS, computeVisibility } from "./filters";
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, parseViewState } from "./hash";

const TEXT = "Anna Berg (S) ordförande. Anna Berg och Olle Ek deltog. Anna Berg valdes till ordförande för 2019–2022.";
const DOC: DocumentRecord = { id: "d", source: "d.txt", genre: "minutes", language: "sv", format: "text", encoding: "utf-8", text: TEXT };
const quote = (words: string) => ({ doc: "d", start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, quote: words });

function graph() {
  const g = createKnowledgeGraph();
  g.addNode("person:anna", { kind: "person", label: "Anna Berg", x: 0, y: 0 });
  g.addNode("person:olle", { kind: "person", label: "Olle Ek", x: 1, y: 0 });
  g.addNode("person:lone", { kind: "person", label: "Lone Wolf", x: 5, y: 5 });
  g.addNode("meeting:m", { kind: "meeting", label: "Möte", title: "Möte", date: "2019-05-09", doc: "d", x: 0, y: 1 });
  g.addNode("document:d", { kind: "document", label: "d", genre: "minutes", language: "sv", source: "d.txt", x: 2, y: 2 });
  g.addEdgeWithKey("attended:anna", "person:anna", "meeting:m", { kind: "attended", evidence: [quote("Anna Berg och Olle Ek deltog"), quote("Anna Berg")] });
  g.addEdgeWithKey("attended:olle", "person:olle", "meeting:m", { kind: "attended", evidence: [quote("Olle Ek")] });
  g.addEdgeWithKey("chaired:anna:inferred", "person:anna", "meeting:m", {
    kind: "chaired",
    evidence: [],
    inferred: true,
    chain: [
      { statement: "Anna Berg was elected ordförande for 2019–2022", evidence: [quote("Anna Berg valdes till ordförande för 2019–2022")] },
      { statement: "Möte is within that term", evidence: [] },
    ],
  });
  g.addEdgeWithKey("mentions:anna", "document:d", "person:anna", { kind: "mentions", evidence: [quote("Anna Berg")] });
  return g;
}

describe("deep links", () => {
  const overview = { ...DEFAULT_FILTERS, nodeKinds: [...OVERVIEW_NODE_KINDS] };
  it("write kinds only where they differ from the graph's opening kinds", () => {
    const state = { ...DEFAULT_VIEW_STATE, filters: overview };
    expect(encodeViewState(state, overview)).toBe("");
    expect(encodeViewState(DEFAULT_VIEW_STATE, overview)).toBe("#kinds=all");
    expect(decodeViewState("#kinds=all", overview).filters.nodeKinds).toBeNull();
    expect(decodeViewState("", overview).filters.nodeKinds).toEqual(OVERVIEW_NODE_KINDS);
  });
  it("round-trip the explored nodes", () => {
    const state = { ...DEFAULT_VIEW_STATE, explore: ["person:anna", "meeting:m"] };
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });
  const bad: [string, string, string][] = [
    ["unknown parameter", "#focus=a&colour=red", "unknown part “colour”"],
    ["unknown kind", "#kinds=person,robots", "unknown kind “robots”"],
    ["unknown view", "#view=3d", "unknown view “3d”"],
    ["bad depth", "#focus=a&ego=7", "ego depth “7” (1 or 2)"],
    ["reversed years", "#years=2020-2010", "year range “2020-2010” ends before it starts"],
    ["unreadable years", "#years=soon", "years “soon”"],
  ];
  it.each(bad)("say what they could not read: %s", (_name, hash, problem) => {
    expect(parseViewState(hash).problems).toEqual([problem]);
  });
  it("say nothing about a link they read in full", () => {
    expect(parseViewState("#focus=person%3Aanna&view=works-with&ego=2&kinds=person&years=2019-&explore=person%3Aanna").problems).toEqual([]);
  });
});

describe("explore mode", () => {
  it("shows the explored nodes and their neighbours only, and nothing before the first pick", () => {
    const g = graph();
    const context = { filters: DEFAULT_FILTERS };
    expect(computeVisibility(g, { ...context, explore: [] }).nodes.size).toBe(0);
    const shown = computeVisibility(g, { ...context, explore: ["person:olle"] });
    expect([...shown.nodes].sort()).toEqual(["meeting:m", "person:olle"]);
    expect([...shown.edges]).toEqual(["attended:olle"]);
    const expanded = computeVisibility(g, { ...context, explore: ["person:olle", "meeting:m"] });
    expect([...expanded.nodes].sort()).toEqual(["meeting:m", "person:anna", "person:olle"]);
    expect(expanded.nodes.has("person:lone")).toBe(false);
  });
  it("keeps to the filters", () => {
    const shown = computeVisibility(graph(), { filters: { ...DEFAULT_FILTERS, nodeKinds: ["person", "meeting"] }, explore: ["person:anna"] });
    expect(shown.nodes.has("document:d")).toBe(false);
  });
});

describe("weights in words", () => {
  const cases: [string[], string][] = [
    [["same meeting: A", "same meeting: B", "same meeting: C", "same board: Storsthlm"], "3 meetings together, 1 shared organisation"],
    [["same panel: Seminarium"], "1 panel together"],
    [["stated collaboration", "same secretariat: X", "same board: Y"], "2 shared organisations, said to work together"],
    [["something new"], "1 reason"],
  ];
  it.each(cases)("%j → %s", (reasons, words) => {
    expect(weightInWords(reasons)).toBe(words);
  });
});

describe("the panel's evidence", () => {
  it("marks an inferred chair with its chain and the chain's quotes", () => {
    const model = describeEntity(graph(), "person:anna", { documents: [DOC] })!;
    const meeting = model.sections.find((section) => section.id === "meetings")!.items[0]!;
    expect(meeting.badges).toEqual(expect.arrayContaining(["attended", "chaired", "inferred"]));
    expect(meeting.chain?.map((step) => step.statement)).toEqual(["Anna Berg was elected ordförande for 2019–2022", "Möte is within that term"]);
    expect(meeting.chain?.[0]?.evidence[0]?.quote).toBe("Anna Berg valdes till ordförande för 2019–2022");
  });
  it("leaves out a bare-name quote when the fact has a statement, and shows it as 'named in' otherwise", () => {
    const g = graph();
    const anna = describeEntity(g, "person:anna", { documents: [DOC] })!;
    const meeting = anna.sections.find((section) => section.id === "meetings")!.items[0]!;
    expect(meeting.evidence.map((view) => view.quote)).toEqual(["Anna Berg och Olle Ek deltog"]);
    const olle = describeEntity(g, "person:olle", { documents: [DOC] })!;
    const only = olle.sections.find((section) => section.id === "meetings")!.items[0]!;
    expect(only.evidence).toHaveLength(1);
    expect(only.evidence[0]).toMatchObject({ quote: "Olle Ek", nameOnly: true });
  });
  it("shows a quote once however many links carry it", () => {
    const g = graph();
    g.addEdgeWithKey("spoke:anna", "person:anna", "meeting:m", { kind: "spoke_at", evidence: [quote("Anna Berg och Olle Ek deltog")] });
    const meeting = describeEntity(g, "person:anna", { documents: [DOC] })!.sections.find((section) => section.id === "meetings")!.items[0]!;
    expect(meeting.evidence.map((view) => view.quote)).toEqual(["Anna Berg och Olle Ek deltog"]);
  });
  it("describes one link with its ends, offsets and chain", () => {
    const edge = describeEdge(graph(), "chaired:anna:inferred", { documents: [DOC] })!;
    expect(edge).toMatchObject({ kind: "chaired", label: "chaired", inferred: true, source: { label: "Anna Berg" }, target: { label: "Möte" } });
    expect(edge.chain?.[0]?.evidence[0]).toMatchObject({ doc: "d", start: TEXT.indexOf("Anna Berg valdes") });
    expect(describeEdge(graph(), "no-such-edge")).toBeUndefined();
  });
});
