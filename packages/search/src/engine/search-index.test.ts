import { describe, expect, it } from "vitest";
import { createKnowledgeGraph, isSamverkanError } from "@samverkan/core";
import {
  buildSearchIndex,
  highlight,
  QUERY_LIMITS,
  QuerySyntaxError,
  SEARCH_INDEX_VERSION,
  SearchIndex,
  SearchIndexBuilder,
  type EntityHit,
  type PassageHit,
  type SearchOptions,
} from "@samverkan/search";
import { errorCode } from "../testing/error-code";
import { createSampleGraph, SAMPLE_DOCUMENTS } from "../testing/sample-graph";
import { decodeIntegers, encodeIntegers } from "./varint";

const index = buildSearchIndex(createSampleGraph(), SAMPLE_DOCUMENTS);
const entities = (query: string, options?: SearchOptions) => index.search(query, options).hits.filter((hit): hit is EntityHit => hit.type === "entity");
const passages = (query: string, options?: SearchOptions) => index.search(query, options).hits.filter((hit): hit is PassageHit => hit.type === "passage");
/** The matched words of every passage hit, as written in the text. */
const highlighted = (query: string) =>
  passages(query).flatMap((hit) => hit.snippet!.highlights.map(({ start, end }) => SAMPLE_DOCUMENTS.find((d) => d.id === hit.doc)!.text.slice(start, end)));

describe("stemming: the query finds other forms of its words in passages", () => {
  const cases: [string, string[]][] = [
    ["nyanländ", ["Nyanlända", "nyanländ"]],
    ["kommunerna", ["kommun", "Kommunerna"]],
    ["styrelsemöte", ["styrelsemötet"]],
    ["möte", ["möten", "Mötet"]],
    ["mötet", ["möten", "Mötet"]],
    ["sammanträdena", ["Sammanträdena", "sammanträde"]],
    ["region", ["regionens", "Region", "gymnasieregionen"]], // gymnasieregionen: compound split
    ["skolregionen", ["regionens", "Region", "gymnasieregionen"]], // unknown compound: searched by its parts
  ];
  it.each(cases)("%s", (query, words) => expect(new Set(highlighted(query))).toEqual(new Set(words)));
});

describe("names: diacritics, typos and prefixes", () => {
  const cases: [string, string[]][] = [
    ["Östlin", ["anna-ostlin"]],
    ["Ostlin", ["anna-ostlin"]],
    ["Ostlín", ["anna-ostlin"]],
    ["Östlim", ["anna-ostlin"]],
    ["Gerdo", ["karl-gerdau"]],
    ["Sjöst", ["per-sjostrand", "lena-sjostrom-hederberg"]],
    ["sjost", ["per-sjostrand", "lena-sjostrom-hederberg"]],
    ["Lena Sjöström H", ["lena-sjostrom-hederberg"]],
  ];
  it.each(cases)("%s", (query, ids) => {
    const found = entities(query, { kind: "person" }).map((hit) => hit.id);
    expect(found.slice(0, ids.length).sort()).toEqual([...ids].sort());
  });

  it("typo tolerance and prefixes can be turned off", () => {
    expect(entities("Gerdo", { fuzzy: false })).toEqual([]);
    expect(entities("Sjöst", { prefix: false, fuzzy: false })).toEqual([]);
  });

  it("a typo still finds the passages naming the corrected name", () => {
    expect(highlighted("Gerdo")).toEqual(["Gerdau"]);
  });
});

describe("filters", () => {
  const cases: [string, SearchOptions, string[]][] = [
    ["kommun", { kind: "municipality" }, ["nacka", "taby"]],
    ["kommun", { kind: ["person"], municipality: "Täby" }, ["karl-gerdau", "per-sjostrand"]],
    ["kommun", { kind: "person", municipality: "nacka" }, ["anna-ostlin"]],
    ["kommun", { kind: "person", party: "M" }, ["karl-gerdau"]],
    ["kommun", { kind: "person", party: ["m", "Kristdemokraterna"] }, ["karl-gerdau", "per-sjostrand"]],
    ["Anna", { organisation: "Storsthlm" }, ["anna-ostlin"]],
    ["Sjöst", { kind: "person", from: "2019" }, ["lena-sjostrom-hederberg"]],
    ["Sjöst", { kind: "person", to: "2016-12-31" }, ["per-sjostrand"]],
  ];
  it.each(cases)("%s %j", (query, options, ids) =>
    expect(
      entities(query, options)
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(ids),
  );

  it("filters passages by date and by the entities they mention", () => {
    expect(passages("möte", { from: "2019-01" }).map((hit) => hit.doc)).toEqual(["protokoll-2019-04-11"]);
    expect(passages("möte", { to: "2016" }).map((hit) => hit.doc)).toEqual(["nyhetsbrev-2016-10"]);
    expect(passages("kommun", { party: "KD" })).toEqual([]);
    expect(passages("Täby", { party: "KD" }).map((hit) => hit.doc)).toEqual(["nyhetsbrev-2016-10"]);
  });

  it("kind passage gives passages only; a node kind gives entities only", () => {
    expect(index.search("Östlin", { kind: "passage" }).hits.every((hit) => hit.type === "passage")).toBe(true);
    expect(index.search("Östlin", { kind: "person" }).hits.every((hit) => hit.type === "entity")).toBe(true);
  });

  const errors: [SearchOptions, string][] = [
    [{ municipality: "Ankeborg" }, "UNKNOWN_ENTITY"],
    [{ kind: "planet" as never }, "BAD_OPTION"],
    [{ from: "igår" }, "BAD_OPTION"],
    [{ limit: -1 }, "BAD_OPTION"],
  ];
  it.each(errors)("%j → %s", (options, code) => expect(errorCode(() => index.search("Nacka", options))).toBe(code));
});

describe("ranking and hits", () => {
  it("ranks entity hits first, the named entity above entities merely tied to it", () => {
    const { hits } = index.search("Nacka");
    const firstPassage = hits.findIndex((hit) => hit.type === "passage");
    expect(firstPassage).toBeGreaterThan(0);
    expect(hits.slice(firstPassage).every((hit) => hit.type === "passage")).toBe(true);
    expect(hits[0]).toMatchObject({ type: "entity", id: "nacka" });
  });

  it("a passage hit carries its document, offsets and mentioned entities", () => {
    const [hit] = passages("Östlin");
    const text = SAMPLE_DOCUMENTS[0]!.text;
    expect(hit).toMatchObject({ doc: "protokoll-2019-04-11", date: "2019-04-11" });
    expect(text.slice(hit!.start, hit!.end)).toContain("Anna Östlin");
    expect(hit!.entities).toEqual(expect.arrayContaining(["anna-ostlin", "nacka", "storsthlm"]));
  });

  it("snippets give the offsets of the matched words in the document", () => {
    const [hit] = passages("Östlin Nacka");
    const snippet = hit!.snippet!;
    expect(SAMPLE_DOCUMENTS[0]!.text.slice(snippet.start, snippet.end)).toBe(snippet.text);
    expect(highlight(snippet, "[", "]")).toContain("Anna [Östlin] (S), ordförande, [Nacka] kommun");
  });

  it("limit caps each kind of hit; total counts them all", () => {
    const result = index.search("kommun", { limit: 1 });
    expect(result.hits.map((hit) => hit.type)).toEqual(["entity", "passage"]);
    expect(result.total.entities).toBeGreaterThan(1);
  });

  it("an empty query finds nothing", () => expect(index.search("   ").hits).toEqual([]));
});

describe("query syntax errors", () => {
  const cases: [string, number, number][] = [
    ["plats:Nacka", 0, 5], // unknown field
    ["Nacka~", 6, 6], // edit distance without a number
    ["Nacka^", 6, 6], // boost without a number
    ["+", 0, 1], // presence without a term
    ["name:", 0, 4], // field without a term
  ];
  it.each(cases)("%s → BAD_QUERY at %i–%i", (query, start, end) => {
    let error: unknown;
    try {
      index.search(query);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error).toMatchObject({ code: "BAD_QUERY", start, end });
  });

  it.each(["+Östlin -Gerdau", "name:Östlin", "sjö*", "Östlin^2", "text:möte"])("%s is valid lunr syntax", (query) => {
    expect(() => index.search(query)).not.toThrow();
  });
});

describe("query limits", () => {
  const caught = (query: string) => {
    try {
      index.search(query);
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const words = (count: number) => Array.from({ length: count }, (_, i) => `ord${i}`).join(" ");
  const over: [string, string, number][] = [
    ["too long", "a".repeat(QUERY_LIMITS.length + 44), QUERY_LIMITS.length],
    ["too many words", words(QUERY_LIMITS.terms + 1), words(QUERY_LIMITS.terms).length + 1],
  ];
  it.each(over)("a query %s is BAD_QUERY, from where it goes over", (_label, query, start) => {
    const error = caught(query);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error).toMatchObject({ code: "BAD_QUERY", start, end: query.length });
  });

  it("a query at the limits is searched", () => {
    expect(caught("a".repeat(QUERY_LIMITS.length))).toBeUndefined();
    expect(caught(words(QUERY_LIMITS.terms))).toBeUndefined();
  });

  // Typos asked for with ~N are capped by the word's length: 1 from 4 letters, 2 from 5 (`~99` made lunr's automaton
  // explode: `Gerdau~99` ran for minutes).
  const capped: [string, string][] = [
    ["Gerdau~99", "Gerdau~2"],
    ["Anna~3", "Anna~1"],
    ["Per~2", "Per~0"],
  ];
  it.each(capped)("%s searches as %s", (query, same) => expect(index.search(query)).toEqual(index.search(same)));

  it("a wildcard word stands for at most QUERY_LIMITS.expansions index terms, the most frequent", () => {
    const words = Array.from({ length: 200 }, (_, i) => `ord${i}`);
    const text = `${words.join(" ")} ${words.slice(0, 10).join(" ")}`;
    const wide = buildSearchIndex(createKnowledgeGraph(), [{ ...SAMPLE_DOCUMENTS[0]!, text }]);
    const [hit] = wide.search("ord*", { kind: "passage" }).hits as PassageHit[];
    expect(hit!.terms).toHaveLength(QUERY_LIMITS.expansions);
    expect(hit!.terms).toEqual(expect.arrayContaining(words.slice(0, 10)));
  });
});

describe("hostile queries that broke the search", () => {
  it("a field only one index has gives no hits from the other (it gave all of them)", () => {
    expect(index.search("name:Östlin").total.passages).toBe(0);
    expect(index.search("text:möte").total.entities).toBe(0);
    expect(index.search("name:Östlin").total.entities).toBeGreaterThan(0);
    expect(index.search("text:möte").total.passages).toBeGreaterThan(0);
  });

  it("a required stop word is not searched (lunr threw a TypeError)", () => {
    expect(errorCode(() => index.search("+och"))).toBe("no error");
    expect(passages("+och möte").map((hit) => hit.doc)).toEqual(passages("möte").map((hit) => hit.doc));
  });
});

describe("save and load", () => {
  const json = JSON.stringify(index);

  it.each(["Östlin", "Gerdo", "Sjöst", "möte", "region", "kommun"])("a loaded index answers %s as the built one", (query) => {
    const loaded = SearchIndex.load(json, { documents: SAMPLE_DOCUMENTS });
    expect(loaded.search(query)).toEqual(index.search(query));
    expect(loaded.size).toEqual(index.size);
  });

  it("without documents, passage hits have no snippet", () => {
    const [hit] = SearchIndex.load(JSON.parse(json)).search("Östlin", { kind: "passage" }).hits as PassageHit[];
    expect(hit!.snippet).toBeUndefined();
  });

  const broken: [string, string, string | object][] = [
    ["not JSON", "BAD_INDEX", "{"],
    ["another format", "BAD_INDEX", { format: "samverkan-graph", version: 1 }],
    ["another version", "INDEX_VERSION", { ...JSON.parse(json), version: SEARCH_INDEX_VERSION + 1 }],
    ["a truncated table", "BAD_INDEX", { ...JSON.parse(json), passages: { ...JSON.parse(json).passages, start: [] } }],
    [
      "an unknown pipeline step",
      "BAD_INDEX",
      (() => {
        const data = JSON.parse(json);
        data.passages.index.searchPipeline = ["stemmer-xx"];
        return data;
      })(),
    ],
  ];
  it.each(broken)("%s → %s", (_name, code, input) => expect(errorCode(() => SearchIndex.load(input as string))).toBe(code));

  it("a damaged posting list is BAD_INDEX, naming the file, when a query first reads it", () => {
    const data = JSON.parse(json);
    const field = data.passages.index.postings[0];
    const term = (data.passages.index.terms as string).split(" ").indexOf("ostlin");
    const df = decodeIntegers(field.df);
    df[term]! += 1; // one document more than its bytes hold
    field.df = encodeIntegers(df);
    const loaded = SearchIndex.load(data, { source: "damaged/index.json" });
    expect(loaded.search("möte").hits.length).toBeGreaterThan(0); // lists that are whole still answer
    let error: unknown;
    try {
      loaded.search("Östlin", { kind: "passage" });
    } catch (caught) {
      error = caught;
    }
    expect(isSamverkanError(error) && error.code).toBe("BAD_INDEX");
    expect((error as Error).message).toContain("damaged/index.json");
  });
});

describe("SearchIndexBuilder", () => {
  it("builds from documents added one at a time, and rejects a document added twice", () => {
    const builder = new SearchIndexBuilder(createSampleGraph(), { keepText: false });
    for (const document of SAMPLE_DOCUMENTS) builder.addDocument(document);
    expect(errorCode(() => builder.addDocument(SAMPLE_DOCUMENTS[0]!))).toBe("BAD_OPTION");
    const built = builder.build();
    expect(built.size).toEqual(index.size);
    expect((built.search("Östlin", { kind: "passage" }).hits[0] as PassageHit).snippet).toBeUndefined();
    built.attachDocuments(SAMPLE_DOCUMENTS);
    expect((built.search("Östlin", { kind: "passage" }).hits[0] as PassageHit).snippet).toBeDefined();
  });

  it.each([{ passageSize: 10 }, { passageSize: 600, maxPassageSize: 100 }])("rejects %j", (options) => {
    expect(errorCode(() => buildSearchIndex(createSampleGraph(), [], options))).toBe("BAD_OPTION");
  });
});
