import lunr from "lunr";
import { describe, expect, it } from "vitest";
import { closeStemGaps, ENTITY_PIPELINE, foldDiacritics, PASSAGE_PIPELINE, swedishLunr } from "@samverkan/search";
import { createIrregularNouns, IRREGULAR_NOUNS_SV } from "./irregular-nouns";
import { createTermProcessor, loadPipeline, runPipeline } from "./swedish";

swedishLunr();
const passageTerms = createTermProcessor(loadPipeline(PASSAGE_PIPELINE));
const entityTerms = createTermProcessor(loadPipeline(ENTITY_PIPELINE));

describe("passage pipeline: forms that must share a term", () => {
  const cases: [string, string][] = [
    ["möte", "mötet"],
    ["möten", "mötet"],
    ["möte", "mötena"],
    ["sammanträde", "sammanträdena"],
    ["sammanträde", "sammanträdet"],
    ["styrelsemöte", "styrelsemötet"],
    ["nyanländ", "nyanlända"],
    ["kommun", "kommunerna"],
    ["område", "områdena"],
    ["företag", "företaget"],
    ["yttrande", "yttrandena"],
    ["budget", "budgeten"],
  ];
  it.each(cases)("%s ~ %s", (a, b) => {
    expect(passageTerms(a)).toEqual(passageTerms(b));
    expect(passageTerms(a)).toHaveLength(1);
  });
});

describe("passage pipeline: the forms of nouns whose plural changes its vowel share a term", () => {
  // [singular, other forms] — in both pipelines every form has the singular's one term.
  const cases: [string, string[]][] = [
    ["bostad", ["bostaden", "bostadens", "bostads", "bostäder", "bostäderna", "bostädernas", "bostäders"]],
    ["stad", ["staden", "städer", "städerna", "städers"]],
    ["storstad", ["storstaden", "storstäder", "storstäderna"]],
    ["Vallstad", ["Vallstads"]],
    ["hand", ["handen", "händerna"]],
    ["land", ["landet", "länder", "länderna", "länders"]],
    ["grannland", ["grannländer", "grannländerna", "grannländers"]],
    ["mannen", ["män", "mäns", "männen", "männens", "mannens"]],
    ["tjänsteman", ["tjänstemannen", "tjänstemän", "tjänstemännen"]],
    ["son", ["sonen", "söner", "sönerna"]],
    ["bok", ["boken", "böcker", "böckerna"]],
    ["handbok", ["handboken", "handböcker", "handböckerna"]],
    ["fot", ["foten", "fötter", "fötterna"]],
    ["rot", ["roten", "rötter", "rötterna"]],
  ];
  it.each(cases)("%s", (singular, forms) => {
    for (const terms of [passageTerms, entityTerms]) {
      expect(terms(singular.toLowerCase())).toHaveLength(1);
      for (const form of forms) expect([form, terms(form.toLowerCase())]).toEqual([form, terms(singular.toLowerCase())]);
    }
  });
});

describe("passage pipeline: words that must keep their own term", () => {
  // Unrelated words that a careless rewrite (or the folding of diacritics after it) would join.
  const cases: [string, string][] = [
    ["storstäder", "största"],
    ["männen", "månad"],
    ["böcker", "bock"],
    ["fötter", "fött"],
    ["rötter", "rött"],
    ["innerstaden", "innersta"],
    ["fristad", "frist"],
  ];
  it.each(cases)("%s ≁ %s", (a, b) => expect(passageTerms(a)).not.toEqual(passageTerms(b)));

  // Words the rewrite must leave to the stemmer, which joins them with their own kin.
  const kin: [string, string][] = [
    ["utrustad", "utrusta"],
    ["belastad", "belasta"],
    ["förhållandet", "förhållanden"],
    ["meddelandet", "meddelanden"],
  ];
  it.each(kin)("%s ~ %s", (a, b) => expect(passageTerms(a)).toEqual(passageTerms(b)));
});

describe("createIrregularNouns", () => {
  const rewrite = createIrregularNouns(IRREGULAR_NOUNS_SV);
  const cases: [string, string][] = [
    ["bostäderna", "bostaden"],
    ["bostad", "bostaden"],
    ["handböcker", "handbok"],
    ["e-böcker", "e-bok"],
    ["män", "mannen"],
    ["tjänstemän", "tjänstemän"],
    ["utrustad", "utrustad"],
    ["landet", "land"],
    ["förhållandet", "förhållandet"],
    ["händer", "händer"],
    ["kommun", "kommun"],
  ];
  it.each(cases)("%s → %s", (word, expected) => expect(rewrite(word)).toBe(expected));
});

describe("passage pipeline: diacritics folded after stemming", () => {
  const cases: [string, string][] = [
    ["östlin", "ostlin"],
    ["ostlín", "ostlin"],
    ["sjöström", "sjostrom"],
  ];
  it.each(cases)("%s → %s", (word, term) => expect(passageTerms(word)).toEqual([term]));
});

describe("stop words", () => {
  it.each(["och", "att", "hans", "för"])("%s is dropped from passages but kept for names", (word) => {
    expect(passageTerms(word)).toEqual([]);
    expect(entityTerms(word)).toHaveLength(1);
  });
});

describe("foldDiacritics", () => {
  const cases: [string, string][] = [
    ["åäö", "aao"],
    ["ostlín", "ostlin"],
    ["søren", "soren"],
    ["plain", "plain"],
  ];
  it.each(cases)("%s → %s", (word, folded) => expect(foldDiacritics(word)).toBe(folded));
});

describe("closeStemGaps", () => {
  const restem = (word: string) => (word === "möten" ? "möt" : word);
  const cases: [string, string][] = [
    ["mötet", "möt"],
    ["möten", "möt"],
    ["diet", "diet"],
    ["kommun", "kommun"],
  ];
  it.each(cases)("%s → %s", (stem, expected) => expect(closeStemGaps(stem, restem)).toBe(expected));
});

describe("runPipeline", () => {
  // Steps of test pipelines: one splits a word at its hyphen, one drops words starting with `x`, one empties `q`'s
  // token, one returns "" for `z` (which `run` drops, as it does undefined) and one fills an empty word.
  const split: lunr.PipelineFunction = (token) => {
    const word = token.toString();
    return word.includes("-") ? word.split("-").map((part) => new lunr.Token(part, {})) : token;
  };
  const drop: lunr.PipelineFunction = (token) => (token.toString().startsWith("x") ? null : token);
  const empty: lunr.PipelineFunction = (token) => token.update((word) => (word === "q" ? "" : word));
  const blank: lunr.PipelineFunction = (token) => (token.toString() === "z" ? ("" as unknown as lunr.Token) : token);
  const fill: lunr.PipelineFunction = (token) => (token.toString() === "" ? new lunr.Token("tom", {}) : token);
  const steps = { split, drop, empty, blank, fill };
  for (const [name, step] of Object.entries(steps)) lunr.Pipeline.registerFunction(step, `test-${name}`);
  // With stop words, and words with an end the Swedish trimmer strips (², µ, ω: not its letters) or keeps (ª, ä).
  const words = [
    "kommunerna",
    "och",
    "östlín",
    "möten",
    "x-ray",
    "xylofon",
    "alfa-betor",
    "q",
    "byggnadsnämnden",
    "ta-x-ett",
    "-",
    "z",
    "över",
    "vilkas",
    "²kommun",
    "kommun²",
    "µs",
    "sµ",
    "ªb",
    "ωmega",
    "megaω",
    "ä",
  ];
  const pipelines = [
    PASSAGE_PIPELINE,
    ENTITY_PIPELINE,
    ["test-split", "test-drop", "test-empty", "test-blank", ...PASSAGE_PIPELINE],
    ["test-empty", "test-blank", "test-drop", "test-fill"],
  ];
  it.each(pipelines.map((names) => [names.join(","), names] as const))("gives lunr's Pipeline.run terms: %s", (_name, names) => {
    const pipeline = loadPipeline([...names]);
    for (const word of words) {
      const run = pipeline
        .run([new lunr.Token(word, {})])
        .map((token) => token.toString())
        .filter((term) => term.length > 0);
      expect(runPipeline(pipeline, word), word).toEqual(run);
    }
  });
});
