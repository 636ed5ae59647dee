/**
 * Tokenize
 * ========
 *
 * Splits text into word and punctuation tokens with character offsets. One linear regular expression, no
 * backtracking: a word is letters or digits with inner hyphens or apostrophes; anything else non-blank is one token.
 */
import { foldCode, HASH_MASK, HASH_PRIME, HASH_START } from "./hash";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Is a word (letters/digits), not punctuation. */
  readonly word: boolean;
  /** A line break lies between this token and the previous one. */
  readonly nl: boolean;
  /** `foldHash` of the text, computed while scanning: a quick, case-blind first test for lexicon lookups. */
  readonly h: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

// Character classes read from a table: the Latin-1 range filled at load (nearly every character of a Swedish text
// is there), the rest of the Basic Multilingual Plane as characters are met. Surrogate pairs are decided each time.
const IS_SPACE = 1;
const IS_WORD = 2;
const IS_UPPER = 4;
const UNKNOWN = 8;
const classOf = (ch: string, code: number) =>
  (SPACE.test(String.fromCharCode(code)) ? IS_SPACE : 0) | (LETTER_OR_DIGIT.test(ch) ? IS_WORD : 0) | (UPPER.test(ch) ? IS_UPPER : 0);
const BMP = new Uint8Array(65536).fill(UNKNOWN);
for (let c = 0; c < 256; c++) BMP[c] = classOf(String.fromCharCode(c), c);

/** Class bits of the character at `i` beyond Latin-1, by Unicode property (a surrogate pair as one code point). */
function classBeyondLatin1(code: number, text: string, i: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return classOf(String.fromCodePoint(text.codePointAt(i) ?? code), code);
  if (BMP[code] === UNKNOWN) BMP[code] = classOf(String.fromCharCode(code), code);
  return BMP[code];
}

const IS_NL = 16;

/**
 * The tokens the scanner makes: four fields (the flags in one number, the end read off the text), as a build makes a
 * token per five characters and these are nearly half of what it allocates.
 */
class ScannedToken implements Token {
  constructor(
    readonly text: string,
    readonly start: number,
    private readonly bits: number,
    readonly h: number,
  ) {}
  get end(): number {
    return this.start + this.text.length;
  }
  get cap(): boolean {
    return (this.bits & IS_UPPER) !== 0;
  }
  get word(): boolean {
    return (this.bits & IS_WORD) !== 0;
  }
  get nl(): boolean {
    return (this.bits & IS_NL) !== 0;
  }
}

const classAt = (code: number, text: string, i: number) => (code < 256 ? BMP[code] : classBeyondLatin1(code, text, i));

const width = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/**
 * Tokens of `text[from, to)`, offsets into the whole text. A hand-written scanner (the same tokens as
 * /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|\S/gu): it decides most characters from a table, without a regular
 * expression, and runs in one pass.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  // Room for a token per four characters, so the array is seldom grown and copied while scanning.
  const tokens: Token[] = new Array(((to - from) >> 2) + 8);
  let n = 0;
  let i = from;
  let nl = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = classAt(c, text, i);
    if (cls & IS_SPACE) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const start = i;
    // The hash is folded in while scanning, so the characters are read once.
    let h = Math.imul(HASH_START ^ foldCode(c), HASH_PRIME);
    if (c < 0xd800 || c > 0xdbff) i++;
    else {
      if (width(text, i) === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), HASH_PRIME);
      i += width(text, i);
    }
    if (cls & IS_WORD) {
      for (;;) {
        while (i < to) {
          const d = text.charCodeAt(i);
          if (d < 256) {
            if (!(BMP[d] & IS_WORD)) break;
            h = Math.imul(h ^ foldCode(d), HASH_PRIME);
            i++;
            continue;
          }
          if (!(classBeyondLatin1(d, text, i) & IS_WORD)) break;
          h = Math.imul(h ^ d, HASH_PRIME);
          if (d >= 0xd800 && d <= 0xdbff && i + 1 < text.length) {
            h = Math.imul(h ^ text.charCodeAt(i + 1), HASH_PRIME);
            i += 2;
          } else i++;
        }
        const d = text.charCodeAt(i);
        if (i + 1 < to && (d === 39 || d === 0x2019 || d === 45 || d === 0x2013) && classAt(text.charCodeAt(i + 1), text, i + 1) & IS_WORD) {
          h = Math.imul(h ^ d, HASH_PRIME);
          i++;
          continue;
        }
        break;
      }
    }
    tokens[n++] = new ScannedToken(text.slice(start, i), start, (cls & (IS_UPPER | IS_WORD)) | (nl ? IS_NL : 0), h & HASH_MASK);
    nl = false;
  }
  tokens.length = n;
  return tokens;
}
