/**
 * Tokenize
 * ========
 *
 * Splits text into word and punctuation tokens with character offsets. One linear regular expression, no
 * backtracking: a word is letters or digits with inner hyphens or apostrophes; anything else non-blank is one token.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Is a word (letters/digits), not punctuation. */
  word: boolean;
  /** A line break lies between this token and the previous one. */
  nl: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

/** Tokens of `text[from, to)`, offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let nextNewline = slice.indexOf("\n");
  for (const match of slice.matchAll(TOKEN_RE)) {
    const at = match.index ?? 0;
    const value = match[0];
    let nl = false;
    if (nextNewline !== -1 && nextNewline < at) {
      nl = true;
      nextNewline = slice.indexOf("\n", at);
    }
    // ASCII first: most tokens decide on one char code without a regular expression.
    const c = value.charCodeAt(0);
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_RE.test(value);
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(value);
    tokens.push({ text: value, start: at + from, end: at + from + value.length, cap, word, nl });
  }
  return tokens;
}

/** Lower case without diacritics, for forgiving comparisons (`Östlin` → `ostlin`). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Stable slug for ids: folded, words joined by `-`. */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "-").slice(0, 80).replace(/^-+|-+$/g, "") || "x";
}
