import { worksWithProjection } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  describeEntity,
  encodeViewState,
  ensurePositions,
  labelSuggestions,
  resolveViewerSettings,
  safeUrl,
  searchIndexSuggestions,
  type ViewState,
} from "@samverkan/viewer";
import { SamverkanError } from "@samverkan/core";
import { buildFixtureGraph, CHAIR_QUOTE, DOCUMENTS, HOSTILE_IMG, HOSTILE_LINK, HOSTILE_NAME } from "./fixtures/fixture-graph";

const graph = buildFixtureGraph();

describe("deep links", () => {
  const states: [string, ViewState][] = [
    ["default", DEFAULT_VIEW_STATE],
    ["focus", { ...DEFAULT_VIEW_STATE, focus: "person:mats-gerdau" }],
    [
      "everything",
      {
        focus: "person:mats-gerdau",
        view: "works-with",
        ego: { id: "person:mats-gerdau", depth: 2 },
        filters: { nodeKinds: ["person", "meeting"], edgeKinds: ["chaired"], years: { from: 2015, to: 2019 }, scope: "municipality:nacka" },
      },
    ],
    [
      "open year range, ego of another node",
      { ...DEFAULT_VIEW_STATE, ego: { id: "party:m", depth: 1 }, filters: { ...DEFAULT_VIEW_STATE.filters, years: { from: 2016 } } },
    ],
    ["hostile id", { ...DEFAULT_VIEW_STATE, focus: `person:${HOSTILE_NAME}&view=x#y` }],
  ];
  it.each(states)("round-trips %s", (_label, state) => {
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });
  it("encodes the default state as an empty hash", () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe("");
  });
  it("drops what it cannot read", () => {
    const state = decodeViewState("#kinds=person,robots&years=2020-2010&ego=7&view=3d&rels=");
    expect(state.filters.nodeKinds).toEqual(["person"]);
    expect(state.filters.years).toBeNull();
    expect(state.filters.edgeKinds).toEqual([]);
    expect(state.ego).toBeNull();
    expect(state.view).toBe("graph");
  });
});

describe("describeEntity", () => {
  const projection = worksWithProjection(graph);
  const model = describeEntity(graph, "person:mats-gerdau", { documents: DOCUMENTS, projection })!;
  const section = (id: string) => model.sections.find((item) => item.id === id);

  it("lists the 2016-10-11 meeting as chaired, with the chairing quote first", () => {
    const meeting = section("meetings")!.items.find((item) => item.date === "2016-10-11")!;
    expect(meeting.label).toBe("Styrelsemöte");
    expect(meeting.badges).toEqual(expect.arrayContaining(["chaired", "attended"]));
    expect(meeting.evidence[0]).toMatchObject({ quote: CHAIR_QUOTE, docTitle: "Styrelseprotokoll 2016-10-11", docDate: "2016-10-11" });
  });

  it("orders meetings and roles by date", () => {
    expect(section("meetings")!.items.map((item) => item.date)).toEqual(["2016-10-11", "2019-05-20"]);
    expect(section("roles")!.items[0]).toMatchObject({ label: "chair, Storsthlm", date: "2015–" });
  });

  it("gives party, municipality and collaborators by weight", () => {
    expect(section("party")!.items.map((item) => item.label)).toEqual(["Moderaterna"]);
    expect(section("municipality")!.items.map((item) => item.label)).toEqual(["Nacka"]);
    expect(section("collaborators")!.items.map((item) => item.target)).toEqual(["person:ebba-ostlin", "person:eve"]);
  });

  it("lists participants of a meeting, chair first", () => {
    const meeting = describeEntity(graph, "meeting:minutes-2016:styrelsemote", { documents: DOCUMENTS })!;
    expect(meeting.facts).toContainEqual({ name: "Date", value: "2016-10-11" });
    const participants = meeting.sections.find((item) => item.id === "participants")!.items;
    expect(participants.map((item) => item.target)).toEqual(["person:mats-gerdau", "person:ebba-ostlin"]);
  });

  it("keeps hostile text as data and drops javascript: document links", () => {
    const eve = describeEntity(graph, "person:eve", { documents: DOCUMENTS })!;
    expect(eve.label).toBe(HOSTILE_NAME);
    expect(eve.aliases).toEqual([HOSTILE_IMG, HOSTILE_LINK]);
    expect(eve.evidence[0]!.docUrl).toBeUndefined();
    expect(eve.evidence[0]!.docTitle).toContain(HOSTILE_IMG);
  });

  it("is undefined for an unknown id", () => {
    expect(describeEntity(graph, "person:nobody")).toBeUndefined();
  });
});

describe("safeUrl", () => {
  const cases: [string | undefined, string | undefined][] = [
    ["https://www.storsthlm.se/a", "https://www.storsthlm.se/a"],
    ["http://example.org", "http://example.org/"],
    [HOSTILE_LINK, undefined],
    [" JavaScript:alert(1)", undefined],
    ["data:text/html,<script>", undefined],
    ["not a url", undefined],
    [undefined, undefined],
  ];
  it.each(cases)("%s → %s", (input, expected) => expect(safeUrl(input)).toBe(expected));
});

describe("suggestions", () => {
  const source = labelSuggestions(graph);
  it("finds by surname, ignoring case and diacritics", () => {
    expect(source.suggest("gerdau", 5)[0]).toMatchObject({ id: "person:mats-gerdau", kind: "person" });
    expect(source.suggest("ostlin", 5).map((item) => item.id)).toEqual(["person:ebba-ostlin"]);
  });
  it("ranks word starts above inner matches and people above meetings", () => {
    const ids = source.suggest("s", 20).map((item) => item.id);
    expect(ids.indexOf("organisation:storsthlm")).toBeLessThan(ids.indexOf("meeting:seminar-2019:seminarium"));
  });
  it("matches aliases and says which", () => {
    expect(source.suggest("(S)", 3)[0]).toMatchObject({ id: "person:ebba-ostlin", detail: "also “Ebba Östlin (S)”" });
  });
  it("gives nothing for an empty query and respects the limit", () => {
    expect(source.suggest("  ", 5)).toEqual([]);
    expect(source.suggest("a", 2)).toHaveLength(2);
  });
  it("adapts a search index: entity hits first, unknown ids and passages skipped, topped up by labels", () => {
    const index = {
      search: () => ({
        hits: [
          { type: "passage", doc: "minutes-2016" },
          { type: "entity", id: "person:nobody", label: "Nobody" },
          { type: "entity", id: "municipality:nacka", label: "stale label" },
        ],
      }),
    };
    const results = searchIndexSuggestions(index, graph).suggest("Nacka", 5);
    expect(results[0]).toEqual({ id: "municipality:nacka", label: "Nacka", kind: "municipality" });
    expect(results.map((item) => item.id)).not.toContain("person:nobody");
    const failing = {
      search: () => {
        throw new Error("QueryParseError");
      },
    };
    expect(searchIndexSuggestions(failing, graph).suggest("Gerd", 3)[0]!.id).toBe("person:mats-gerdau");
  });
});

describe("ensurePositions", () => {
  it("places nodes without a position deterministically, next to a neighbour", () => {
    const first = buildFixtureGraph();
    expect(ensurePositions(first)).toBe(1);
    const second = buildFixtureGraph();
    ensurePositions(second);
    const topic = first.getNodeAttributes("topic:regional-planering");
    expect(topic).toMatchObject(second.getNodeAttributes("topic:regional-planering"));
    const meeting = first.getNodeAttributes("meeting:seminar-2019:seminarium");
    expect(Math.hypot(topic.x! - meeting.x!, topic.y! - meeting.y!)).toBeCloseTo(1, 5);
  });
});

describe("resolveViewerSettings", () => {
  it("fills in defaults", () => {
    expect(resolveViewerSettings({ ui: { search: false } as never }).ui).toMatchObject({ search: false, panel: true });
  });
  const bad: [string, object][] = [
    ["negative threshold", { hideEdgesOnMoveAbove: -1 }],
    ["zero suggestions", { maxSuggestions: 0 }],
    ["bad refine", { refineLayout: "sometimes" }],
    ["index without search", { searchIndex: {} }],
  ];
  it.each(bad)("rejects %s", (_label, options) => {
    expect(() => resolveViewerSettings(options as never)).toThrowError(SamverkanError);
  });
});

describe("evidence from paged and scanned sources", () => {
  it("the panel's quotes carry the page of a PDF and say when OCR read them", async () => {
    const { buildGraph, readDocument } = await import("@samverkan/core");
    const text =
      "PROTOKOLL\nTekniska nämnden\nSammanträdesdatum\t2023-02-07\nBeslutande\tRasmus Tallberg (S), ordförande\nIda Sköld (M)\n\n§ 1 Öppnande\nText.\n\nSekreterare\tOrdförande\nIda Sköld\tRasmus Tallberg\n";
    // A two-page PDF as loadDocument records it, its second page (the signatures) read by OCR.
    const doc = { ...readDocument({ source: "tn.pdf", content: text }), format: "pdf" as const, pages: [0, text.indexOf("§ 1")], ocrPages: [2] };
    const built = buildGraph([doc], { layout: false }).graph;
    const model = describeEntity(built, "person:rasmus-tallberg", { documents: [doc], maxEvidence: 10 })!;
    const quotes = [...model.evidence, ...model.sections.flatMap((s) => s.items.flatMap((i) => i.evidence))];
    const onPage = (page: number) => quotes.filter((q) => q.page === page);
    expect(onPage(1).length).toBeGreaterThan(0);
    expect(onPage(2).length).toBeGreaterThan(0);
    expect(onPage(1).every((q) => !q.ocr)).toBe(true);
    expect(onPage(2).every((q) => q.ocr === true)).toBe(true);
    expect(quotes.every((q) => q.page === 1 || q.page === 2)).toBe(true);
  });
});
