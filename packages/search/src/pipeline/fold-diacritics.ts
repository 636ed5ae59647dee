/**
 * Fold diacritics
 * ===============
 *
 * Maps a word to its form without diacritics (`östlin` → `ostlin`, `ostlín` → `ostlin`), so names match however
 * they were typed. Runs after the stemmer: the Swedish stemmer's suffix rules read å, ä and ö, and stemming a folded
 * word gives a different stem (`sammanträde` → `sammanträd`, but `sammantrade` → `sammantr`).
 */

// Letters NFD does not decompose.
const EXTRA: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ð: "d", þ: "th", ł: "l", đ: "d" };
const MARKS = /\p{M}+/gu;
const EXTRA_LETTERS = /[øæœßðþłđ]/g;
// Plain ASCII words (most of them) skip the normalisation.
const ASCII = /^[\x00-\x7f]*$/;

/** Returns `word` without diacritics; `word` is expected in lower case. */
export function foldDiacritics(word: string): string {
  if (ASCII.test(word)) return word;
  return word
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(EXTRA_LETTERS, (letter) => EXTRA[letter] ?? letter)
    .normalize("NFC");
}
