import fc from "fast-check";
import { describe, expect, it } from "vitest";
import lunr from "lunr";
import { PASSAGE_PIPELINE, swedishLunr } from "@samverkan/search";
import { createTermProcessor, loadPipeline } from "../pipeline/swedish";
import { forEachWord } from "../text/tokenize";
import { decodePostings, encodePostings, PostingsBuilder } from "./postings-builder";
import { toLunrIndex } from "./to-lunr-index";

describe("posting lists", () => {
  it("decode(encode(x)) = x", () => {
    const postings = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 40 })), { maxLength: 50 })
      .map((pairs) => {
        let doc = -1;
        return pairs.flatMap(([gap, tf]) => [(doc += gap), tf]);
      });
    fc.assert(
      fc.property(postings, (flat) => {
        const decoded: number[] = [];
        decodePostings(encodePostings(flat), (doc, tf) => decoded.push(doc, tf));
        expect(decoded).toEqual(flat);
      }),
    );
  });
});

describe("the compact index scores as lunr.Builder does", () => {
  const texts = [
    "Kommunstyrelsen i Nacka sammanträdde om skolan och skolans budget.",
    "Mötet med regionen handlade om kollektivtrafik, trafik och trafik igen: trafik trafik trafik trafik trafik trafik.",
    "Nyanlända elever och kommunerna; skolan i Täby.",
    "Budgeten för regionen och kommunen antogs på mötet.",
    "Ett kort stycke.",
  ];
  const lunrSv = swedishLunr();
  const sv = (lunrSv as unknown as { sv: lunr.Builder.Plugin }).sv;
  const reference = lunr(function () {
    this.use(sv);
    this.pipeline.reset();
    this.searchPipeline.reset();
    const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions;
    for (const name of PASSAGE_PIPELINE) {
      this.pipeline.add(registered[name]!);
      this.searchPipeline.add(registered[name]!);
    }
    this.ref("id");
    this.field("text");
    texts.forEach((text, id) => this.add({ id: String(id), text }));
  });
  const terms = createTermProcessor(loadPipeline(PASSAGE_PIPELINE));
  const builder = new PostingsBuilder([{ name: "text", boost: 1 }]);
  for (const text of texts) {
    const words: string[] = [];
    forEachWord(text, 0, text.length, (word) => words.push(...terms(word)));
    builder.add([words]);
  }
  const ours = toLunrIndex(builder.finish(PASSAGE_PIPELINE, PASSAGE_PIPELINE));

  it.each(["skolan", "trafik", "regionen budget", "mötet kommunerna", "nyanländ", "+skolan -täby", "trafi*", "skolna~1"])(
    "%s",
    (query) => {
      const simplify = (results: lunr.Index.Result[]) => results.map(({ ref, score }) => [ref, score.toFixed(9)]);
      expect(simplify(ours.search(query))).toEqual(simplify(reference.search(query)));
    },
  );
});
