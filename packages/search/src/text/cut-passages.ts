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
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const span = trimSpan(text, lineStart, lineEnd);
    if (!span) {
      // Blank line: a paragraph ends here.
      if (start >= 0 && end - start >= size / 3) flush();
    } else {
      for (const piece of splitLongLine(text, span.start, span.end, maxSize)) addPiece(piece.start, piece.end);
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return passages;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

function splitLongLine(text: string, start: number, end: number, maxSize: number): Span[] {
  const pieces: Span[] = [];
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
    while (pieceEnd > start + 1 && /\s/.test(text[pieceEnd - 1]!)) pieceEnd--;
    pieces.push({ start, end: pieceEnd });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) pieces.push({ start, end });
  return pieces;
}
