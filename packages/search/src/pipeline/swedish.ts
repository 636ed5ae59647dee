/**
 * Swedish lunr
 * ============
 *
 * Applies lunr-languages' Swedish stemmer and stop words to lunr and registers samverkan's own pipeline steps under
 * stable names, so a saved index names its pipeline and `load()` rebuilds it. Registration happens on first use,
 * not on import, so the package stays free of import side effects (`"sideEffects": false`).
 */
import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import swedish from "lunr-languages/lunr.sv.js";
import { closeStemGaps } from "./close-stem-gaps";
import { foldDiacritics } from "./fold-diacritics";
import { createIrregularNouns, IRREGULAR_NOUNS_SV } from "./irregular-nouns";

/** Registered name of the step that stems what the Swedish stemmer leaves (`mötet` → `möt`). */
export const STEM_GAPS_SV = "stemGaps-sv";
/** Registered name of the step that writes the forms of irregular nouns as their singular (`bostäder` → `bostad`). */
export const IRREGULAR_NOUNS_STEP_SV = "irregularNouns-sv";
/** Registered name of the diacritic folding step. */
export const FOLD_DIACRITICS = "foldDiacritics";

/**
 * Pipeline of the passage index: stop words dropped, irregular nouns written as their singular, stemmed, gaps closed,
 * folded. An index names its pipeline, so one saved before a step was added keeps searching with the steps it was
 * built with.
 */
export const PASSAGE_PIPELINE = ["trimmer-sv", "stopWordFilter-sv", IRREGULAR_NOUNS_STEP_SV, "stemmer-sv", STEM_GAPS_SV, FOLD_DIACRITICS];
/**
 * Pipeline of the entity index: as for passages but keeping stop words, which are also names (`Hans`, `Per`,
 * `Man`) and parts of names (`Kommunförbundet i Stockholms län`).
 */
export const ENTITY_PIPELINE = ["trimmer-sv", IRREGULAR_NOUNS_STEP_SV, "stemmer-sv", STEM_GAPS_SV, FOLD_DIACRITICS];

interface SwedishLunr {
  sv: { stemmer: lunr.PipelineFunction; trimmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction };
}

let ready = false;
// lunr-languages' Swedish trimmer, and per Latin-1 code unit whether it keeps that character at a word's ends (see
// `runPipeline`).
let svTrimmer: lunr.PipelineFunction | undefined;
const KEPT_AT_ENDS = new Uint8Array(0x100);
// lunr-languages' Swedish stop-word filter, and its words when this module applied the plugin (see `runPipeline`).
let svStopWordFilter: lunr.PipelineFunction | undefined;
let svStopWords: ReadonlySet<string> | undefined;

/**
 * Applies lunr-languages' Swedish plugin, taking the stop words it gives `lunr.generateStopWordFilter`: its filter
 * keeps them as an object's keys only.
 */
function applySwedish(): void {
  const generate = lunr.generateStopWordFilter;
  lunr.generateStopWordFilter = (words) => {
    svStopWords = new Set(words);
    return generate(words);
  };
  try {
    swedish(lunr);
  } finally {
    lunr.generateStopWordFilter = generate;
  }
}

/** Applies the Swedish plugin and registers samverkan's steps once; returns lunr. */
export function swedishLunr(): typeof lunr {
  if (ready) return lunr;
  const plugged = lunr as unknown as Partial<SwedishLunr> & { stemmerSupport?: unknown };
  if (!plugged.stemmerSupport) stemmerSupport(lunr);
  if (!plugged.sv) applySwedish();
  const { stemmer: svStemmer, trimmer, stopWordFilter } = (lunr as unknown as SwedishLunr).sv;
  svTrimmer = trimmer;
  svStopWordFilter = stopWordFilter;
  for (let code = 0; code < 0x100; code++) {
    const character = String.fromCharCode(code);
    KEPT_AT_ENDS[code] = (trimmer(new lunr.Token(character, {}), 0, []) as lunr.Token).toString() === character ? 1 : 0;
  }
  const restem = (word: string): string => (svStemmer(new lunr.Token(word, {}), 0, []) as lunr.Token).toString();
  const registered = lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> };
  if (!(STEM_GAPS_SV in registered.registeredFunctions)) {
    // Each step updates its token by a function made once: one written inside the step was made again for every word.
    const closeGaps = (word: string) => closeStemGaps(word, restem);
    const stemGaps: lunr.PipelineFunction = (token) => token.update(closeGaps);
    lunr.Pipeline.registerFunction(stemGaps, STEM_GAPS_SV);
  }
  if (!(IRREGULAR_NOUNS_STEP_SV in registered.registeredFunctions)) {
    const lemma = createIrregularNouns(IRREGULAR_NOUNS_SV);
    const irregular: lunr.PipelineFunction = (token) => token.update(lemma);
    lunr.Pipeline.registerFunction(irregular, IRREGULAR_NOUNS_STEP_SV);
  }
  if (!(FOLD_DIACRITICS in registered.registeredFunctions)) {
    const fold: lunr.PipelineFunction = (token) => token.update(foldDiacritics);
    lunr.Pipeline.registerFunction(fold, FOLD_DIACRITICS);
  }
  ready = true;
  return lunr;
}

/** Loads a pipeline by its registered names; throws a plain Error naming an unknown step. */
export function loadPipeline(names: string[]): lunr.Pipeline {
  return lunr.Pipeline.load(names as unknown as object);
}

/** Maps one lower-case word to its index terms (none for a stop word, several if a step splits it). */
export type TermProcessor = (word: string) => readonly string[];

const NO_TERMS: readonly string[] = [];
// Vocabularies are Zipf-distributed: a cache of this size holds nearly every word of a large corpus.
const CACHE_LIMIT = 200_000;

/**
 * Runs `pipeline` on one lower-case word: its index terms (none for a stop word). Each step is called as
 * `lunr.Pipeline.run` calls it, on the one token, without the arrays `run` makes at each step (a fifth of the cost of
 * a build's words); a step that splits the token has the word run again by `run`. Two of lunr-languages' steps are
 * done more cheaply, as they would do them: the Swedish trimmer, which strips what is not a letter from a word's ends
 * by two regular expressions, is skipped for a word whose ends it keeps (the tokenizer's words, but for those ending in
 * a rare letter or digit); the stop-word filter is a look-up in a set of its words, not in an object by a string key
 * (which V8 first looks up in its table of unique strings). On the 157,000 words of a benchmark build: 0.02 and
 * 0.04 CPU-s.
 */
export function runPipeline(pipeline: lunr.Pipeline, word: string): readonly string[] {
  const steps = (pipeline as unknown as { _stack: lunr.PipelineFunction[] })._stack;
  let token = new lunr.Token(word, {});
  const tokens = [token];
  for (const step of steps) {
    if (step === svTrimmer && keepsEnds(token.toString())) continue;
    if (step === svStopWordFilter && svStopWords) {
      if (svStopWords.has(token.toString())) return NO_TERMS;
      continue;
    }
    const result = step(token, 0, tokens) as lunr.Token | lunr.Token[] | null | undefined | "";
    if (result === null || result === undefined || result === "") return NO_TERMS;
    if (Array.isArray(result)) return runWhole(pipeline, word);
    tokens[0] = token = result;
  }
  const term = token.toString();
  return term.length > 0 ? [term] : NO_TERMS;
}

/** Whether the Swedish trimmer keeps `word` as it is: it strips characters from the ends only. */
function keepsEnds(word: string): boolean {
  if (word.length === 0) return false;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  return first < 0x100 && last < 0x100 && KEPT_AT_ENDS[first] === 1 && KEPT_AT_ENDS[last] === 1;
}

/** `runPipeline` by `lunr.Pipeline.run`. */
function runWhole(pipeline: lunr.Pipeline, word: string): readonly string[] {
  const tokens = pipeline.run([new lunr.Token(word, {})]);
  return tokens.length === 0 ? NO_TERMS : tokens.map((token) => token.toString()).filter((t) => t.length > 0);
}

/**
 * Creates a cached term processor running `pipeline` on single words. Every step in samverkan's pipelines maps a
 * word to terms without looking at its neighbours, so caching by word is exact.
 */
export function createTermProcessor(pipeline: lunr.Pipeline): TermProcessor {
  let cache = new Map<string, readonly string[]>();
  return (word) => {
    const cached = cache.get(word);
    if (cached) return cached;
    const terms = runPipeline(pipeline, word);
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(word, terms);
    return terms;
  };
}
