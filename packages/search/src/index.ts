/**
 * @samverkan/search
 * =================
 *
 * A Swedish-aware search over a samverkan graph: an entity index (names, aliases, roles, places, parties) and a
 * passage index (the documents cut into passages), both lunr with lunr-languages' Swedish stemmer and stop words,
 * plus diacritic folding, closed stemmer gaps, compound splitting, typo-tolerant and prefix name search, filters,
 * snippets and a compact, versioned `index.json`. Runs in Node and in the browser.
 */
export { buildSearchIndex, SearchIndexBuilder } from "./engine/search-index-builder";
export { changesOfUpdate, updateSearchIndex } from "./engine/update-index";
export type { SearchIndexChanges } from "./engine/update-index";
export { updateSearchIndexLive, MERGE_SHARE } from "./engine/live-index";
export { SearchIndex, SEARCH_INDEX_VERSION, ENTITY_FIELDS, PASSAGE_FIELDS } from "./engine/search-index";
export type { LoadOptions } from "./engine/search-index";
export { QuerySyntaxError } from "./errors";
export { QUERY_LIMITS } from "./engine/parse-query";
export { DEFAULT_BUILD_OPTIONS, DEFAULT_SEARCH_OPTIONS, resolveBuildOptions, resolveSearchOptions } from "./options";
export type { BuildOptions, SearchOptions, ResolvedSearchOptions } from "./options";
export { highlight } from "./text/make-snippet";
export { cutPassages } from "./text/cut-passages";
export { splitCompound } from "./text/split-compound";
export { foldDiacritics } from "./pipeline/fold-diacritics";
export { closeStemGaps } from "./pipeline/close-stem-gaps";
export { swedishLunr, PASSAGE_PIPELINE, ENTITY_PIPELINE, STEM_GAPS_SV, FOLD_DIACRITICS } from "./pipeline/swedish";
export type * from "./types";
