import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSamverkanError, type DocumentRecord } from "@samverkan/core";
import {
  buildSearchIndex,
  changesOfUpdate,
  SearchIndex,
  updateSearchIndex,
  type BuildOptions,
  type PassageHit,
  type SearchIndexChanges,
} from "@samverkan/search";
import { errorCode } from "../testing/error-code";
import { createSampleGraph, SAMPLE_DOCUMENTS } from "../testing/sample-graph";
import { documentArbitrary, graphOf, makeDocument, type DocumentSpec } from "../testing/random-documents";
import { decodeIntegers, fromBase64, toBase64 } from "./varint";

const [MINUTES, NEWSLETTER] = SAMPLE_DOCUMENTS as [DocumentRecord, DocumentRecord];
const json = (index: SearchIndex) => JSON.stringify(index);

describe("updateSearchIndex equals a full build of the final documents", () => {
  const graph = createSampleGraph();
  const changed = { ...NEWSLETTER, text: `${NEWSLETTER.text}\n\nKommunstyrelsen i Nacka träffade gymnasieregionen om skolan.` };
  const cases: [string, DocumentRecord[], SearchIndexChanges, DocumentRecord[]][] = [
    ["add", [MINUTES], { added: [NEWSLETTER] }, [MINUTES, NEWSLETTER]],
    ["add before", [MINUTES], { added: [NEWSLETTER], order: [NEWSLETTER.id, MINUTES.id] }, [NEWSLETTER, MINUTES]],
    ["remove", [MINUTES, NEWSLETTER], { removed: [MINUTES.id] }, [NEWSLETTER]],
    ["change", [MINUTES, NEWSLETTER], { removed: [NEWSLETTER.id], added: [changed] }, [MINUTES, changed]],
    ["remove all", [MINUTES, NEWSLETTER], { removed: [MINUTES.id, NEWSLETTER.id] }, []],
    ["nothing", [MINUTES, NEWSLETTER], {}, [MINUTES, NEWSLETTER]],
  ];
  it.each(cases)("%s: the same index.json", (_name, before, changes, after) => {
    const fresh = buildSearchIndex(graph, after);
    const updated = updateSearchIndex(buildSearchIndex(graph, before), graph, changes);
    expect(json(updated)).toBe(json(fresh));
    for (const query of ["Östlin", "möte", "region", "kommunstyrelsen", "Gerdo", "skol*"]) {
      expect(updated.search(query)).toEqual(fresh.search(query));
    }
  });

  it("from an index read back from its file, without texts: kept passages get no snippet, added ones do", () => {
    const previous = SearchIndex.load(json(buildSearchIndex(graph, [MINUTES])));
    const updated = updateSearchIndex(previous, graph, { added: [NEWSLETTER] });
    expect(json(updated)).toBe(json(buildSearchIndex(graph, [MINUTES, NEWSLETTER])));
    const hits = updated.search("Täby", { kind: "passage" }).hits as PassageHit[];
    expect(new Map(hits.map((hit) => [hit.doc, hit.snippet !== undefined]))).toEqual(
      new Map([
        [MINUTES.id, false],
        [NEWSLETTER.id, true],
      ]),
    );
  });

  it("keeps the earlier index's texts for kept documents", () => {
    const updated = updateSearchIndex(buildSearchIndex(graph, [MINUTES]), graph, { added: [NEWSLETTER] });
    expect((updated.search("Östlin", { kind: "passage" }).hits as PassageHit[])[0]!.snippet?.text).toContain("Östlin");
  });

  it("takes a live build's update as its changes (changesOfUpdate)", () => {
    const third = { ...MINUTES, id: "third", source: "third.txt" };
    const after = [changed, MINUTES, third];
    const update = { documents: after, added: ["third"], changed: [NEWSLETTER.id], removed: [] };
    const updated = updateSearchIndex(buildSearchIndex(graph, [NEWSLETTER, MINUTES]), graph, changesOfUpdate(update));
    expect(json(updated)).toBe(json(buildSearchIndex(graph, after)));
    expect(changesOfUpdate({ ...update, nodesChanged: ["person:anna-ostlin"] }).nodesChanged).toEqual(["person:anna-ostlin"]);
    expect(changesOfUpdate(update)).not.toHaveProperty("nodesChanged");
    const gone = { documents: [MINUTES], added: [], changed: [], removed: [NEWSLETTER.id] };
    expect(json(updateSearchIndex(buildSearchIndex(graph, [NEWSLETTER, MINUTES]), graph, changesOfUpdate(gone)))).toBe(
      json(buildSearchIndex(graph, [MINUTES])),
    );
  });

  it("keeps the earlier build's options", () => {
    const options: BuildOptions = { passageSize: 50, maxPassageSize: 80, compounds: false };
    const updated = updateSearchIndex(buildSearchIndex(graph, [MINUTES], options), graph, { added: [NEWSLETTER] });
    expect(json(updated)).toBe(json(buildSearchIndex(graph, [MINUTES, NEWSLETTER], options)));
  });
});

describe("updateSearchIndex, random changes", () => {
  it("gives the index.json of a full build", () => {
    fc.assert(
      fc.property(
        fc.array(documentArbitrary, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom("keep", "remove", "change"), { minLength: 8, maxLength: 8 }),
        fc.array(documentArbitrary, { maxLength: 4 }),
        fc.array(documentArbitrary, { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        fc.integer(),
        fc.boolean(),
        (first, fates, fresh, changes, reorder, seed, forLiveUpdates) => {
          const options: BuildOptions = { passageSize: 50, maxPassageSize: 100 };
          const before = first.map((spec, i) => makeDocument(`d${i}`, spec));
          // Built for live updates, the index is taken as it is: the merge reads the compound splits it keeps.
          const built = buildSearchIndex(graphOf(before), before, { ...options, forLiveUpdates });
          const previous = forLiveUpdates ? built : SearchIndex.load(json(built));
          const removed = before.filter((_doc, i) => fates[i] !== "keep").map((doc) => doc.id);
          const added = [
            ...before.flatMap((doc, i) => (fates[i] === "change" ? [makeDocument(doc.id, changes[i]!)] : [])),
            ...fresh.map((spec, i) => makeDocument(`new${i}`, spec)),
          ];
          let after = [...before.filter((_doc, i) => fates[i] === "keep"), ...added];
          if (reorder) after = fc.sample(fc.shuffledSubarray(after, { minLength: after.length }), { numRuns: 1, seed })[0]!;
          const graph = graphOf(after);
          const updated = updateSearchIndex(previous, graph, { removed, added, order: after.map((doc) => doc.id), forLiveUpdates });
          expect(json(updated)).toBe(json(buildSearchIndex(graph, after, options)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("updateSearchIndex, compounds split anew", () => {
  const spec = (words: string[]): DocumentSpec => ({ words, breaks: [], person: "Anna Östlin", date: "" });
  // An added word becomes a compound's longest known tail: `gymnasieregion` splits into `asieregion` (then `region`),
  // no longer `gymnasie` + `region`, so `gymnasie` loses the compound's counts and `asieregion` gains them.
  it.each([
    ["added", [["gymnasieregionen", "gymnasie", "region"]], [["asieregionen"]]],
    ["added before", [["gymnasieregionen", "gymnasie", "region"], ["gymnasie"]], [["asieregionen", "region"]]],
  ])("a word %s: the index.json of a full build", (_name, kept, fresh) => {
    const before = kept.map((words, i) => makeDocument(`d${i}`, spec(words)));
    const added = fresh.map((words, i) => makeDocument(`new${i}`, spec(words)));
    const after = [...added, ...before];
    const previous = SearchIndex.load(json(buildSearchIndex(graphOf(before), before)));
    const updated = updateSearchIndex(previous, graphOf(after), { added, order: after.map((doc) => doc.id) });
    expect(json(updated)).toBe(json(buildSearchIndex(graphOf(after), after)));
  });
});

describe("updateSearchIndex errors", () => {
  const graph = createSampleGraph();
  const previous = buildSearchIndex(graph, [MINUTES]);
  const cases: [string, SearchIndexChanges][] = [
    ["a removed id not in the index", { removed: ["nope"] }],
    ["an added id still in the index", { added: [MINUTES] }],
    ["an id added twice", { added: [NEWSLETTER, NEWSLETTER] }],
    ["an order leaving one out", { added: [NEWSLETTER], order: [MINUTES.id] }],
    ["an order naming one twice", { added: [NEWSLETTER], order: [MINUTES.id, NEWSLETTER.id, MINUTES.id] }],
    ["an order naming a removed one", { removed: [MINUTES.id], order: [MINUTES.id] }],
  ];
  it.each(cases)("%s is BAD_OPTION", (_name, changes) => expect(errorCode(() => updateSearchIndex(previous, graph, changes))).toBe("BAD_OPTION"));

  /** What updating `loaded` with the newsletter throws. */
  const updateError = (loaded: SearchIndex): unknown => {
    try {
      updateSearchIndex(loaded, graph, { added: [NEWSLETTER] });
    } catch (caught) {
      return caught;
    }
    return undefined;
  };

  it("postings that do not read back are BAD_INDEX, naming the file", () => {
    // The first list ends inside a number.
    const data = JSON.parse(json(previous));
    const postings = data.passages.index.postings[0];
    const bytes = fromBase64(postings.bytes);
    bytes[decodeIntegers(postings.sizes)[0]! - 1]! |= 0x80;
    postings.bytes = toBase64(bytes);
    const loaded = SearchIndex.load(data, { source: "old/index.json" });
    const error = updateError(loaded);
    expect(isSamverkanError(error) && error.code).toBe("BAD_INDEX");
    expect((error as Error).message).toContain("old/index.json");
  });

  it("an index built by another version's word pipeline is BAD_INDEX: its terms and new documents' would not meet", () => {
    const data = JSON.parse(json(previous));
    data.passages.index.pipeline = data.passages.index.pipeline.filter((step: string) => step !== "irregularNouns-sv");
    const loaded = SearchIndex.load(data, { source: "old/index.json" });
    expect(loaded.search("möte").hits.length).toBeGreaterThan(0);
    const error = updateError(loaded);
    expect(isSamverkanError(error) && error.code).toBe("BAD_INDEX");
    expect((error as Error).message).toMatch(/old\/index\.json was built by another version's word pipeline/);
  });
});
