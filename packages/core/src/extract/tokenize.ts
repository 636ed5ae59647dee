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
  /** `foldHash` of the text, computed while scanning: a quick, case-blind first test for lexicon lookups. */
  h: number;
}

/** Folds one UTF-16 code unit to lower case for hashing: ASCII and Latin-1 capitals; others as they are. */
export const foldCode = (c: number) => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

/** A 32-bit FNV-1a hash of a string folded to lower case the way the tokenizer folds it. */
export function foldHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ foldCode(text.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

/** Letters and digits: ASCII and Latin-1 by char code, the rest by Unicode property. */
function isLetterOrDigit(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 256) return (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) || code === 0xaa || code === 0xb5 || code === 0xba || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const width = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

function isUpper(code: number, text: string, i: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  if (code < 256) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/**
 * Tokens of `text[from, to)`, offsets into the whole text. A hand-written scanner (the same tokens as
 * /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|\S/gu): it decides most characters on their code, without a regular
 * expression, and runs in one pass.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let nl = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const start = i;
    const word = isLetterOrDigit(c, text, i);
    // The hash is folded in while scanning, so the characters are read once.
    let h = Math.imul(0x811c9dc5 ^ foldCode(c), 0x01000193);
    if (width(text, i) === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
    i += width(text, i);
    if (word) {
      for (;;) {
        while (i < to) {
          const d = text.charCodeAt(i);
          if (!isLetterOrDigit(d, text, i)) break;
          h = Math.imul(h ^ foldCode(d), 0x01000193);
          if (d >= 0xd800 && d <= 0xdbff && i + 1 < text.length) {
            h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
            i += 2;
          } else i++;
        }
        const d = text.charCodeAt(i);
        if (i + 1 < to && (d === 39 || d === 0x2019 || d === 45 || d === 0x2013) && isLetterOrDigit(text.charCodeAt(i + 1), text, i + 1)) {
          h = Math.imul(h ^ d, 0x01000193);
          i++;
          continue;
        }
        break;
      }
    }
    tokens.push({ text: text.slice(start, i), start, end: i, cap: isUpper(c, text, start), word, nl, h: h >>> 0 });
    nl = false;
  }
  return tokens;
}
