/**
 * The index of the first of `items`, in ascending order of `at(item)`, whose value is `value` or more (their length
 * if none), by halving: the mentions of a span of text, among a document's many, in log time.
 */
export function firstAtOrAfter<T>(items: ArrayLike<T>, value: number, at: (item: T) => number): number {
  let lo = 0;
  for (let hi = items.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
