/**
 * Irregular nouns
 * ===============
 *
 * The Snowball Swedish stemmer strips suffixes and knows no vowel changes, so the forms of a noun whose plural changes
 * its vowel, or whose singular the stemmer cuts further than its other forms, end as different terms: `bostad` →
 * `bost` but `bostaden`, `bostäder` → `bostad`; `bok` → `bok` but `böcker` → `bock` (the goat's); `fot` → `fot` but
 * `fötter` → `fott`; `mannen`, `männen` → `mann` but `män` → `man`; and genitive plurals keep their `-er`
 * (`länders`, `städers`). This step, run before the stemmer, writes every form of such a noun as one of its forms,
 * which the stemmer then stems as it stems that one (`bostäderna` → `bostaden` → `bostad`, `handböcker` → `handbok`).
 *
 * The form written is the one whose stem folds into no other word: `staden`, as `storstad` → `storst` would meet
 * `störst` (largest) once diacritics are folded; `mannen`, as `man` is a stop word and `män` → `man` meets `månad`.
 * The nouns are data (`data/irregular-nouns.sv.json`): a form in `words` is rewritten as a whole word only, one in `endings` also
 * as the end of a compound (`storstäder`, `grannländerna`), unless the word ends in one of the noun's `except` (the
 * participles of verbs in `-sta`: `utrustad`, `belastad`, which stem with their verbs). Forms that are also other
 * words stay out: `händer` (`det
 * händer`: it happens), `stänger` (closes), `fött` (born), `rött` (red), and `-landet` in compounds, which ends verbal
 * nouns too (`förhållandet`, `meddelandet`). Nouns whose forms the stemmer and the folding already join (`son`/`söner`,
 * `tand`/`tänder`, `natt`/`nätter`, `hand`/`händerna`), or join with an unrelated word (`dotter` with `dött`, `gås`
 * with `gas`), have no entry.
 */
import irregularNounsSv from "../../data/irregular-nouns.sv.json";

/** A noun: the form all its forms are written as, those rewritten as whole words, and those also ending compounds. */
export interface IrregularNoun {
  as: string;
  words: readonly string[];
  endings: readonly string[];
  /** Ends of other words that an ending would take for the noun's. */
  except?: readonly string[];
}

/** Swedish nouns whose forms the stemmer leaves apart, with every form that is no other word (`data/irregular-nouns.sv.json`). */
export const IRREGULAR_NOUNS_SV: readonly IrregularNoun[] = irregularNounsSv.nouns;

/** Shortest head a compound keeps before the noun (`e-böcker`: `e-`). */
const MIN_HEAD = 2;

/**
 * Creates the rewriting of `nouns`: a function from a lower-case word to the form its noun is written as (with the
 * compound's head), or to the word itself.
 * @example
 * const rewrite = createIrregularNouns(IRREGULAR_NOUNS_SV);
 * rewrite("bostäderna"); // "bostaden"
 */
export function createIrregularNouns(nouns: readonly IrregularNoun[]): (word: string) => string {
  const whole = new Map<string, string>();
  // Compound endings by their last two letters, so a word is compared with the few that could end it.
  const ends = new Map<string, { ending: string; as: string; except: readonly string[] }[]>();
  for (const { as, words, endings, except = [] } of nouns) {
    for (const form of [...words, ...endings]) whole.set(form, as);
    for (const ending of endings) {
      const key = ending.slice(-2);
      ends.set(key, [...(ends.get(key) ?? []), { ending, as, except }]);
    }
  }
  return (word) => {
    const as = whole.get(word);
    if (as !== undefined) return as;
    const candidates = ends.get(word.slice(-2));
    if (candidates)
      for (const { ending, as, except } of candidates)
        if (word.length - ending.length >= MIN_HEAD && word.endsWith(ending) && !except.some((e) => word.endsWith(e)))
          return word.slice(0, word.length - ending.length) + as;
    return word;
  };
}
