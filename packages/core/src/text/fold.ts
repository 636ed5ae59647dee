/**
 * Fold
 * ====
 *
 * The one place that says when two written forms are the same: `fold` drops case and diacritics, `nameKey` also
 * treats hyphens and full stops as spaces (`Anna-Lena` = `Anna Lena`, `Carl B.` = `Carl B`), and `slugify` turns a
 * form into the `[a-z0-9-]` part of a node id. Extraction, resolution and queries all key names with these.
 */

const foldSlow = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// The fold of each Latin-1 character, computed by the general rule: names are almost always written in Latin-1,
// and a table walk costs far less than decomposing and stripping the marks.
const LATIN1_FOLD = Array.from({ length: 256 }, (_, c) => foldSlow(String.fromCharCode(c)));

const BEYOND_ASCII = /[\u0080-\u00ff]/g;
/** Matches a character a text in Latin-1 (one byte a character) cannot hold. */
export const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const foldLatin1 = (ch: string) => LATIN1_FOLD[ch.charCodeAt(0)];

/** Lower case without diacritics, for forgiving comparisons (`Östlin` → `ostlin`). */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 255) return foldSlow(text);
    if (c > 127) ascii = false;
  }
  // Each Latin-1 character lowers to one character whose fold is its own, and ASCII folds to lower case: one
  // `toLowerCase` and a table for the rest, not a string per character appended.
  const lower = text.toLowerCase();
  return ascii ? lower : lower.replace(BEYOND_ASCII, foldLatin1);
}

// The letter without its mark of each Latin-1 letter from `À` (192) on that has one, but for å, ä and ö.
const LETTER_BASE: (string | undefined)[] = Array.from({ length: 64 }, (_, k) => {
  const ch = String.fromCharCode(192 + k);
  const base = ch.normalize("NFD")[0];
  return base !== ch && !"åäöÅÄÖ".includes(ch) ? base : undefined;
});

/**
 * The word with the marks of its Latin-1 letters taken off but for å, ä and ö, which are letters of their own, case
 * kept (`Zoë` → `Zoe`, `Irène` → `Irene`); undefined when it has no such mark. The common word costs one loop over its
 * characters; only words with a marked letter are spelt again.
 */
export function withoutForeignMarks(word: string): string | undefined {
  let i = 0;
  while (i < word.length && (word.charCodeAt(i) < 192 || word.charCodeAt(i) > 255 || LETTER_BASE[word.charCodeAt(i) - 192] === undefined)) i++;
  if (i === word.length) return undefined;
  let bare = word.slice(0, i);
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    bare += (c >= 192 && c < 256 ? LETTER_BASE[c - 192] : undefined) ?? word[i];
  }
  return bare;
}

/** Key of a name: folded, hyphens, full stops and runs of spaces as one space. */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/[-–\s.]+/g, " ")
    .trim();
}

/** Stable slug for ids: folded, words joined by `-`, at most 80 characters. */
export function slugify(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 80)
      .replace(/^-+|-+$/g, "") || "x"
  );
}
