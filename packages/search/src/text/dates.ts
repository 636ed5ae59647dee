/**
 * Dates
 * =====
 *
 * ISO 8601 dates as precise as known (`2019`, `2019-04`, `2019-04-11`) read as the days they cover, so ranges
 * compare as strings: `2019` covers `2019-01-01` to `2019-12-31`.
 */

/** First day a date covers. */
export function dateStart(date: string): string {
  const day = date.slice(0, 10);
  return day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
}

/** Last day a date covers (months end on the 31st: only order matters). */
export function dateEnd(date: string): string {
  const day = date.slice(0, 10);
  return day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-31` : day;
}

/** True when the dates from `first` to `last` overlap the range; open ends are unbounded. */
export function overlapsRange(first: string, last: string, from?: string, to?: string): boolean {
  if (from !== undefined && dateEnd(last) < dateStart(from)) return false;
  if (to !== undefined && dateStart(first) > dateEnd(to)) return false;
  return true;
}
