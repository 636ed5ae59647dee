import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "@samverkan/core";
import { buildSearchIndex, SearchIndex, updateSearchIndexLive, type BuildOptions, type SearchIndexChanges, type SearchOptions } from "@samverkan/search";
import { documentArbitrary, graphOf, makeDocument, WORDS, type DocumentSpec } from "../testing/random-documents";
import { errorCode } from "../testing/error-code";
import { createSampleGraph, SAMPLE_DOCUMENTS } from "../testing/sample-graph";

const json = (index: SearchIndex) => JSON.stringify(index);

// Words, prefixes, several words, fuzzy words, lunr syntax, entity names and typos, with and without filters.
const QUERIES: [string, SearchOptions?][] = [
  ...WORDS.map((word): [string] => [word]),
  ["region", { kind: "passage", limit: 100 }],
  ["kommun region möte", { limit: 100 }],
  ["skol*"],
  ["*region"],
  ["regon~1"],
  ["+region -skol"],
  ["text:styrelse"],
  ["gymnasieskolregionen"],
  ["Östlin", { kind: ["person", "passage"] }],
  ["Gerdo"],
  ["Sjöst"],
  ["möte", { from: "2019", to: "2019" }],
  ["ordförande", { from: "2020" }],
];

/** Every query's result on `live` is a full build's on the same documents, and so is its `index.json`. */
function expectSameAsFull(live: SearchIndex, documents: DocumentRecord[], options: BuildOptions): void {
  const full = buildSearchIndex(graphOf(documents), documents, options);
  for (const [query, queryOptions] of QUERIES) expect(live.search(query, queryOptions), query).toEqual(full.search(query, queryOptions));
  expect(json(live)).toBe(json(full));
}

/** One update: each document kept, removed or changed by its fate, then `fresh` added, in an order given by `seed`. */
function applyFates(documents: DocumentRecord[], fates: string[], changed: DocumentSpec[], fresh: DocumentSpec[], prefix: string, seed: number | undefined) {
  const removed = documents.filter((_doc, i) => fates[i % fates.length] !== "keep").map((doc) => doc.id);
  const added = [
    ...documents.flatMap((doc, i) => (fates[i % fates.length] === "change" ? [makeDocument(doc.id, changed[i % changed.length]!)] : [])),
    ...fresh.map((spec, i) => makeDocument(`${prefix}${i}`, spec)),
  ];
  let after = [...documents.filter((_doc, i) => fates[i % fates.length] === "keep"), ...added];
  if (seed !== undefined) after = fc.sample(fc.shuffledSubarray(after, { minLength: after.length }), { numRuns: 1, seed })[0]!;
  const changes: SearchIndexChanges = { removed, added, order: after.map((doc) => doc.id) };
  return { after, changes };
}

describe("updateSearchIndexLive answers as a full build of the final documents", () => {
  it("after several random updates: the same hits, scores and order for every query, the same index.json", () => {
    fc.assert(
      fc.property(
        fc.array(documentArbitrary, { minLength: 1, maxLength: 10 }),
        fc.array(
          fc.record({
            fates: fc.array(fc.constantFrom("keep", "keep", "remove", "change"), { minLength: 1, maxLength: 10 }),
            changed: fc.array(documentArbitrary, { minLength: 1, maxLength: 3 }),
            fresh: fc.array(documentArbitrary, { maxLength: 4 }),
            seed: fc.option(fc.integer(), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.boolean(),
        // An index built for live updates hands its first update its word table and vocabulary.
        fc.boolean(),
        (first, updates, compounds, forLiveUpdates) => {
          const options: BuildOptions = { passageSize: 50, maxPassageSize: 100, compounds, forLiveUpdates };
          let documents = first.map((spec, i) => makeDocument(`d${i}`, spec));
          let index = buildSearchIndex(graphOf(documents), documents, options);
          updates.forEach(({ fates, changed, fresh, seed }, u) => {
            const { after, changes } = applyFates(documents, fates, changed, fresh, `u${u}-`, seed);
            index = updateSearchIndexLive(index, graphOf(after), changes);
            documents = after;
            expectSameAsFull(index, documents, options);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  const spec = (words: string[]): DocumentSpec => ({ words, breaks: [], person: "Anna Östlin", date: "" });
  it.each([
    // An added word becomes a compound's longest known tail, so kept passages' compounds split anew.
    ["a word added", [["gymnasieregionen", "gymnasie", "region"]], [], [["asieregionen"]]],
    // The only passage of a part goes, so the kept compounds lose it.
    ["a part removed", [["gymnasieregionen"], ["region", "möte"], ["skolregionen", "gymnasie"]], ["d1"], []],
    ["a compound's part of a part removed", [["kommunstyrelseordförande"], ["styrelse"], ["ordförande", "kommun"]], ["d1"], [["styrelseordförande"]]],
  ])("%s", (_name, kept, removed, fresh) => {
    const before = kept.map((words, i) => makeDocument(`d${i}`, spec(words)));
    const added = fresh.map((words, i) => makeDocument(`new${i}`, spec(words)));
    const after = [...added, ...before.filter((doc) => !removed.includes(doc.id))];
    const live = updateSearchIndexLive(buildSearchIndex(graphOf(before), before), graphOf(after), { removed, added, order: after.map((doc) => doc.id) });
    expectSameAsFull(live, after, {});
  });

  it("merges once the changes since the base are many: a plain index again, and the next base", () => {
    const before = [makeDocument("d0", spec(["region"]))];
    const added = Array.from({ length: 60 }, (_x, i) => makeDocument(`new${i}`, spec([WORDS[i % WORDS.length]!, "möte"])));
    const after = [...before, ...added];
    const merged = updateSearchIndexLive(buildSearchIndex(graphOf(before), before), graphOf(after), { added });
    expectSameAsFull(merged, after, {});
    const next = [...after, makeDocument("last", spec(["skolregionen"]))];
    expectSameAsFull(updateSearchIndexLive(merged, graphOf(next), { added: [next.at(-1)!] }), next, {});
  });

  it("an index loaded without its texts is updated from its postings alone", () => {
    const before = [0, 1, 2].map((i) => makeDocument(`d${i}`, spec(["region", "möte", `${WORDS[i]}`])));
    const after = [before[0]!, makeDocument("d1", spec(["gymnasieregionen"])), before[2]!];
    const loaded = SearchIndex.load(json(buildSearchIndex(graphOf(before), before)));
    const live = updateSearchIndexLive(loaded, graphOf(after), { removed: ["d1"], added: [after[1]!], order: after.map((doc) => doc.id) });
    expect(json(live)).toBe(json(buildSearchIndex(graphOf(after), after)));
  });

  it("keeps the entities whose names and context stay, and counts again those that change, come or go", () => {
    const queries: [string, SearchOptions?][] = [
      ["Östlin"],
      ["Anna"],
      ["ordförande", { kind: "person" }],
      ["Storsthlm"],
      ["kommun", { limit: 100 }],
      ["Täby", { municipality: "Täby" }],
      ["Sjö", { party: "KD" }],
      ["Gerdo"],
      ["Styrelsemöte"],
    ];
    // Each step changes the graph further: a label, a role, a new node with an edge, a node dropped.
    const steps: ((graph: ReturnType<typeof createSampleGraph>) => void)[] = [
      (graph) => graph.setNodeAttribute("karl-gerdau", "label", "Karl Gerdauson"),
      (graph) => graph.setEdgeAttribute("represents:anna-ostlin->nacka", "role", "kommunalråd"),
      (graph) => {
        graph.addNode("eva-ek", { kind: "person", label: "Eva Ek", evidence: [] });
        graph.addEdge("eva-ek", "storsthlm", { kind: "holds_role", role: "ordförande", evidence: [] });
      },
      (graph) => graph.dropNode("lena-sjostrom-hederberg"),
    ];
    let graph = createSampleGraph();
    let index = buildSearchIndex(graph, SAMPLE_DOCUMENTS);
    for (const step of steps) {
      graph = graph.copy();
      step(graph);
      index = updateSearchIndexLive(index, graph, {});
      const full = buildSearchIndex(graph, SAMPLE_DOCUMENTS);
      for (const [query, options] of queries) expect(index.search(query, options), query).toEqual(full.search(query, options));
      expect(json(index)).toBe(json(full));
    }
  });

  it("checks the changes as updateSearchIndex does: BAD_OPTION", () => {
    const graph = createSampleGraph();
    const index = updateSearchIndexLive(buildSearchIndex(graph, SAMPLE_DOCUMENTS.slice(0, 1)), graph, { added: SAMPLE_DOCUMENTS.slice(1) });
    expect(errorCode(() => updateSearchIndexLive(index, graph, { removed: ["nope"] }))).toBe("BAD_OPTION");
    expect(errorCode(() => updateSearchIndexLive(index, graph, { added: SAMPLE_DOCUMENTS.slice(1) }))).toBe("BAD_OPTION");
  });
});
