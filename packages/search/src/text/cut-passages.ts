/**
 * Cut passages
 * ============
 *
 * Cuts a document's text into passages of about `size` characters: lines are gathered until the passage reaches the
 * size, a blank line ends a passage that is at least a third of it, and lines longer than `maxSize` are cut at a
 * sentence end (or a space). Passages are offsets into the text, never copies of it.
 */
import type { Span } from "../types";

const SENTENCE_END = /[.!?…:;]\s+/g;
// One object: a regular expression literal makes a new one each time it is evaluated.
const SPACE = /\s/;

/** Cuts `text` into passages; blank stretches produce none. */
export function cutPassages(text: string, size: number, maxSize: number): Span[] {
  const passages: Span[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) passages.push({ start, end });
    start = -1;
  };
  const addPiece = (pieceStart: number, pieceEnd: number) => {
    if (start >= 0 && pieceEnd - start > maxSize) flush();
    if (start < 0) start = pieceStart;
    end = pieceEnd;
    if (end - start >= size) flush();
  };
  // Lines and their pieces are offsets passed on, not objects: the benchmark corpus's 650,000 lines made 74 MB of
  // spans and arrays for the collector.
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && isSpace(text, from)) from++;
    while (to > from && isSpace(text, to - 1)) to--;
    if (from === to) {
      // Blank line: a paragraph ends here.
      if (start >= 0 && end - start >= size / 3) flush();
    } else splitLongLine(text, from, to, maxSize, addPiece);
    lineStart = lineEnd + 1;
  }
  flush();
  return passages;
}

/** Whether the code unit at `at` is white space (`\s`). */
function isSpace(text: string, at: number): boolean {
  return SPACE.test(text[at]!);
}

/** Passes `add` the pieces of the line `text.slice(start, end)` (trimmed), each at most `maxSize` long. */
function splitLongLine(text: string, start: number, end: number, maxSize: number, add: (start: number, end: number) => void): void {
  while (end - start > maxSize) {
    let cut = -1;
    SENTENCE_END.lastIndex = start + Math.floor(maxSize / 3);
    for (let m = SENTENCE_END.exec(text); m && m.index + 1 <= start + maxSize; m = SENTENCE_END.exec(text)) {
      cut = m.index + 1;
    }
    if (cut < 0) cut = text.lastIndexOf(" ", start + maxSize);
    if (cut <= start) cut = start + maxSize;
    // A cut at the last of several spaces leaves the others at the piece's end: a passage never ends in white space.
    let pieceEnd = cut;
    while (pieceEnd > start + 1 && isSpace(text, pieceEnd - 1)) pieceEnd--;
    add(start, pieceEnd);
    start = cut;
    while (start < end && isSpace(text, start)) start++;
  }
  if (end > start) add(start, end);
}
