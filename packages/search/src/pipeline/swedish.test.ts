import { describe, expect, it } from "vitest";
import { closeStemGaps, ENTITY_PIPELINE, foldDiacritics, PASSAGE_PIPELINE, swedishLunr } from "@samverkan/search";
import { createTermProcessor, loadPipeline } from "./swedish";

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
