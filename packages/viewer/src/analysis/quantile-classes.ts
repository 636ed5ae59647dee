/**
 * Quantile classes
 * ================
 *
 * Cuts numbers into at most `k` classes holding about as many values each, with readable bounds. When there are no
 * more distinct values than classes, each value is a class of its own. Used for colour classes and the legend of a
 * numeric metric.
 */

/** One class: values `from` ≤ v ≤ `to`. */
export interface ValueClass {
  from: number;
  to: number;
  /** Values in the class. */
  count: number;
  /** `3`, or `0.012–0.034`. */
  label: string;
}

/** A metric value in few characters: whole numbers as they are, others to two significant digits. */
export function formatMetricValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString("en");
  return Number(value.toPrecision(2)).toString();
}

/** Quantile classes of `values`, lowest first; empty for no values. */
export function quantileClasses(values: readonly number[], k: number): ValueClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  let uppers: number[];
  if (distinct.length <= k) uppers = distinct;
  else {
    // The upper bound of class i is the value at the i-th k-quantile; equal bounds (ties) merge their classes.
    uppers = [...new Set(Array.from({ length: k }, (_, i) => sorted[Math.min(sorted.length - 1, Math.ceil(((i + 1) * sorted.length) / k) - 1)]))];
  }
  const classes: ValueClass[] = [];
  let index = 0;
  for (const upper of uppers) {
    const from = sorted[index];
    let count = 0;
    while (index < sorted.length && sorted[index] <= upper) {
      index++;
      count++;
    }
    if (count === 0) continue;
    classes.push({ from, to: upper, count, label: from === upper ? formatMetricValue(from) : `${formatMetricValue(from)}–${formatMetricValue(upper)}` });
  }
  return classes;
}
