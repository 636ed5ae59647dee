/**
 * Make snippet
 * ============
 *
 * Picks the stretch of a passage, about `length` characters, holding the most matched words, and reports where the
 * matched words are. Computed from the text at search time, so the index stores no word positions.
 */
import type { Snippet, Span } from "../types";
import { forEachWord } from "./tokenize";

/**
 * Makes the snippet of `passage` in `text`.
 * @param isMatch - Whether a (lower-case) word matched the query.
 */
export function makeSnippet(text: string, passage: Span, isMatch: (word: string) => boolean, length: number): Snippet {
  const matches: Span[] = [];
  forEachWord(text, passage.start, passage.end, (word, start, end) => {
    if (isMatch(word)) matches.push({ start, end });
  });
  let from = passage.start;
  if (matches.length > 0) {
    // The window starting a little before the match that has the most matches after it within the length.
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < matches.length; i++) {
      let count = 0;
      for (let j = i; j < matches.length && matches[j]!.end <= matches[i]!.start + length * 0.8; j++) count++;
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    from = Math.max(passage.start, matches[best]!.start - Math.floor(length * 0.2));
  }
  let to = Math.min(passage.end, from + length);
  if (to - from < length) from = Math.max(passage.start, to - length);
  from = wordBoundaryAfter(text, from, passage.start);
  to = wordBoundaryBefore(text, to, passage.end);
  return {
    start: from,
    end: to,
    text: text.slice(from, to),
    highlights: matches.filter((match) => match.start >= from && match.end <= to),
  };
}

const SPACE = /\s/;

function wordBoundaryAfter(text: string, offset: number, limit: number): number {
  if (offset <= limit || SPACE.test(text[offset - 1]!)) return offset;
  const space = text.slice(offset, offset + 30).search(SPACE);
  return space < 0 ? offset : offset + space + 1;
}

function wordBoundaryBefore(text: string, offset: number, limit: number): number {
  if (offset >= limit || SPACE.test(text[offset]!)) return offset;
  const space = text.lastIndexOf(" ", offset);
  return space > offset - 30 && space > 0 ? space : offset;
}

/**
 * Marks the highlights of a snippet, e.g. `highlight(snippet, "**", "**")` or with ANSI codes for a terminal.
 * @example highlight(hit.snippet, "<mark>", "</mark>")
 */
export function highlight(snippet: Snippet, open: string, close: string): string {
  let out = "";
  let at = snippet.start;
  for (const span of snippet.highlights) {
    out += snippet.text.slice(at - snippet.start, span.start - snippet.start) + open;
    out += snippet.text.slice(span.start - snippet.start, span.end - snippet.start) + close;
    at = span.end;
  }
  return out + snippet.text.slice(at - snippet.start);
}
