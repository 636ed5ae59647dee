/**
 * Tokenize
 * ========
 *
 * Finds the words of a stretch of text with their offsets: runs of letters and digits. Hyphens and other punctuation
 * separate words, as in lunr's tokenizer (`EU-medlemskap` → `eu`, `medlemskap`).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Calls `visit` with each word of `text.slice(start, end)`, in lower case, and its offsets in `text`.
 * A callback rather than an array so indexing a large corpus allocates no token objects.
 */
export function forEachWord(text: string, start: number, end: number, visit: (word: string, wordStart: number, wordEnd: number) => void): void {
  const pattern = new RegExp(WORD.source, WORD.flags);
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) {
    const wordEnd = Math.min(match.index + match[0].length, end);
    visit(text.slice(match.index, wordEnd).toLowerCase(), match.index, wordEnd);
  }
}
