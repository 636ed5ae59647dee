/**
 * The sentence around a position: from after the last `.`, `!`, `?` or line break before it to just past the next
 * one, looking at most `reach` characters each way (a flattened PDF page may have no stop for thousands).
 */
export function sentenceAround(text: string, at: number, reach = Infinity): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < reach && !".!?\n".includes(text[start - 1])) start--;
  let end = at;
  while (end < text.length && end - at < reach && !".!?\n".includes(text[end])) end++;
  return { start, end: Math.min(text.length, end + 1) };
}
