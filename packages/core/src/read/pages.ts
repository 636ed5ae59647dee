/**
 * Pages
 * =====
 *
 * A paged source (PDF) keeps the offset where each page starts in its text; evidence, search hits and citations find
 * their page from an offset.
 */

/** The page (1-based) that holds an offset, given the offsets where pages start (`DocumentRecord.pages`). */
export function pageAt(pages: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
