/**
 * Close stem gaps
 * ===============
 *
 * The Snowball Swedish stemmer leaves the definite singular `-et` and the definite plural `-ena` of neuter nouns in
 * `-e` unstemmed: `möte`/`möten` stem to `möt` but `mötet` stays `mötet` and `mötena` becomes `möten`;
 * `sammanträdena` becomes `sammanträden`. This step, run on the stemmer's output, stems those forms to the same stem:
 * a stem still ending in `-en` is stemmed again (`möten` → `möt`, `yttranden` → `yttr`), and a stem ending in `-et`
 * loses it (`mötet` → `möt`, `området` → `områd`, `företaget` → `företag`). Words that end in `-et` in every form
 * (`budget`, `budgeten`, `budgetar`) lose it in every form, so they still match each other.
 *
 * [Reference] https://snowballstem.org/algorithms/swedish/stemmer.html
 */

/** Shortest stem the step shortens, so short words (`det`, `ben`, `diet`) are left alone. */
const MIN_LENGTH = 5;

/**
 * Returns `stem` with a leftover `-et`/`-en` ending removed.
 * @param stem - Output of the Swedish stemmer, lower case.
 * @param restem - The Swedish stemmer, applied again to stems in `-en`.
 */
export function closeStemGaps(stem: string, restem: (word: string) => string): string {
  if (stem.length < MIN_LENGTH) return stem;
  if (stem.endsWith("en")) return restem(stem);
  if (stem.endsWith("et")) return stem.slice(0, -2);
  return stem;
}
