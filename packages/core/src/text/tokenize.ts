/**
 * Tokenize
 * ========
 *
 * Splits text into word and punctuation tokens with character offsets, in one pass: a word is letters or digits with
 * inner hyphens or apostrophes; anything else non-blank is one token. A token spells out its text only when read.
 */
import { foldCode, HASH_MASK, HASH_PRIME, HASH_START } from "./hash";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Has an upper-case letter after its first character (`ordförandeJan`, `SKR`). */
  readonly capInside: boolean;
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
/** `foldCode` of Latin-1 as a table: a read, not a branch, for each letter scanned. */
const FOLD = Uint8Array.from({ length: 256 }, (_, c) => foldCode(c));

/** Class bits of the character at `i` beyond Latin-1, by Unicode property (a surrogate pair as one code point). */
function classBeyondLatin1(code: number, text: string, i: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return classOf(String.fromCodePoint(text.codePointAt(i) ?? code), code);
  if (BMP[code] === UNKNOWN) BMP[code] = classOf(String.fromCharCode(code), code);
  return BMP[code];
}

const IS_NL = 16;
const IS_UPPER_INSIDE = 32;

/**
 * The text tokens were scanned from, one object they share: a new text for reused tokens is one write (not one per
 * token, each an old object pointing at a young string for the garbage collector to track).
 */
interface Scanned {
  text: string;
}

/**
 * The tokens the scanner makes. A build makes a token per five characters, and these (with their strings) were a
 * fifth of what it allocated: a token cuts its text from the source only when asked (most never are: a lexicon
 * lookup tests the hash first), and `TokenScratch` reuses the objects.
 */
class ScannedToken implements Token {
  constructor(private readonly of: Scanned) {}
  start = 0;
  end = 0;
  private bits = 0;
  h = 0;
  private spelling: string | undefined = undefined;
  /** Makes this the token `[start, end)` of its text. */
  set(start: number, end: number, bits: number, h: number): void {
    this.start = start;
    this.end = end;
    this.bits = bits;
    this.h = h;
    this.spelling = undefined;
  }
  get text(): string {
    return (this.spelling ??= this.of.text.slice(this.start, this.end));
  }
  get cap(): boolean {
    return (this.bits & IS_UPPER) !== 0;
  }
  get capInside(): boolean {
    return (this.bits & IS_UPPER_INSIDE) !== 0;
  }
  get word(): boolean {
    return (this.bits & IS_WORD) !== 0;
  }
  get nl(): boolean {
    return (this.bits & IS_NL) !== 0;
  }
}

const classAt = (code: number, text: string, i: number) => (code < 256 ? BMP[code] : classBeyondLatin1(code, text, i));

/** A code as the hash takes it: Latin-1 folded, the rest as it is. */
const foldedAt = (code: number) => (code < 256 ? FOLD[code] : code);

/**
 * Whether a UTF-16 code opens a surrogate pair: one test, always run (as `c >= 0xd800 && c <= 0xdbff`, the second
 * comparison, met only at a character beyond 0xd800, deoptimised `scan` when one came late in a build).
 */
const isHighSurrogate = (c: number) => (c & 0xfc00) === 0xd800;

const width = (text: string, i: number) => (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1);

/**
 * Scans `text[from, to)` into `into` (its first objects reused, more added as needed) and returns the number of
 * tokens. A hand-written scanner (the same tokens as /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|\S/gu): it decides most
 * characters from a table, without a regular expression, and runs in one pass.
 */
function scan(of: Scanned, from: number, to: number, into: ScannedToken[]): number {
  const { text } = of;
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
    // The classes of the characters after the first, for an upper-case letter inside a word.
    let inside = 0;
    // The hash is folded in while scanning, so the characters are read once.
    let h = Math.imul(HASH_START ^ foldCode(c), HASH_PRIME);
    if (!isHighSurrogate(c)) i++;
    else {
      if (width(text, i) === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), HASH_PRIME);
      i += width(text, i);
    }
    if (cls & IS_WORD) {
      for (;;) {
        // A letter beyond Latin-1 takes the same steps as the others (`classAt` and `foldedAt` tell it apart inside,
        // and tokens' first characters give them feedback): as a branch of its own, met by no word before `scan` was
        // optimised, it deoptimised `scan` at the first word with such a letter inside.
        while (i < to) {
          const d = text.charCodeAt(i);
          const dc = classAt(d, text, i);
          if (!(dc & IS_WORD)) break;
          inside |= dc;
          h = Math.imul(h ^ foldedAt(d), HASH_PRIME);
          i++;
          if (isHighSurrogate(d) && i < text.length) h = Math.imul(h ^ text.charCodeAt(i++), HASH_PRIME);
        }
        // Read only before `to`: a read past the end of the text gives NaN, and code that has met it runs slower.
        const d = i + 1 < to ? text.charCodeAt(i) : 0;
        if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2013) && classAt(text.charCodeAt(i + 1), text, i + 1) & IS_WORD) {
          h = Math.imul(h ^ d, HASH_PRIME);
          i++;
          continue;
        }
        break;
      }
    }
    if (n === into.length) into.push(new ScannedToken(of));
    into[n++].set(start, i, (cls & (IS_UPPER | IS_WORD)) | (nl ? IS_NL : 0) | (inside & IS_UPPER ? IS_UPPER_INSIDE : 0), h & HASH_MASK);
    nl = false;
  }
  return n;
}

/** Tokens of `text[from, to)`, offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const of = { text };
  // Made with its first token, so that it holds objects from the start, as the scratch's array does: an empty array
  // (of small integers, to V8), first met late in a build, deoptimised `scan` (a wrong map).
  const tokens = [new ScannedToken(of)];
  tokens.length = scan(of, from, to, tokens);
  return tokens;
}

/**
 * A tokenizer that reuses its token objects and its array: the tokens it returns hold until its next call, then they
 * (and the array) become those of the next text. For a caller that is done with a text's tokens before it tokenizes
 * the next (extraction, a document at a time), so that a build does not make millions of short-lived objects, nor a
 * copy of the array for each text (43 MB over the benchmark corpus).
 */
export class TokenScratch {
  private readonly scanned: Scanned = { text: "" };
  /** Every token object made so far, the first ones the current text's. */
  private readonly made: ScannedToken[] = [];
  /** The current text's tokens: the first of `made`. */
  private readonly tokens: Token[] = [];
  /** Tokens of `text`, as `tokenize` makes them, in the reused objects and array. */
  tokenize(text: string): Token[] {
    const { scanned, made, tokens } = this;
    scanned.text = text;
    const n = scan(scanned, 0, text.length, made);
    // Object `k` is always the `k`-th token: the array is cut or grown, never rewritten.
    if (n < tokens.length) tokens.length = n;
    while (tokens.length < n) tokens.push(made[tokens.length]);
    return tokens;
  }
}
