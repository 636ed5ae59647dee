/**
 * Calendar
 * ========
 *
 * Newsletters exported to text list coming events as two parallel columns: first the dates, one a line
 * (`17 maj`, `11, 12 och 18 juni`), then, after an optional `Se hela kalendariet`, the titles in the same order.
 * The lists are paired only when they are equally long; otherwise the calendar is left alone rather than guessed.
 */
import { findDates } from "../read/dates";

export interface CalendarEntry {
  title: string;
  titleStart: number;
  /** The date line's first date; `year` may be missing. */
  day: number;
  month: number;
  year?: number;
  dateStart: number;
  dateEnd: number;
}

interface Line {
  text: string;
  start: number;
}

const DATE_LINE = /^\d{1,2}(?:,\s*\d{1,2})*(?:\s+och\s+\d{1,2})?\s+\p{L}+\.?(?:\s+\d{4})?$/u;
const SKIPPABLE = /kalendari|^se hela|^se alla|^läs mer/i;

/** Pairs of date and title from the parallel lists of a calendar. */
export function findCalendar(text: string): CalendarEntry[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: offset + raw.indexOf(trimmed) });
    offset += raw.length + 1;
  }
  const entries: CalendarEntry[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && DATE_LINE.test(lines[j].text)) j++;
    if (j - i < 3) {
      i = Math.max(j, i + 1);
      continue;
    }
    const dates = lines.slice(i, j);
    let k = j;
    while (k < lines.length && k - j < 2 && SKIPPABLE.test(lines[k].text)) k++;
    const titles = lines.slice(k, k + dates.length);
    const fits = titles.length === dates.length && titles.every((t) => t.text.length <= 120 && !DATE_LINE.test(t.text) && !SKIPPABLE.test(t.text));
    if (fits) {
      dates.forEach((d, n) => {
        const date = findDates(d.text)[0];
        if (date?.month && date.day) {
          entries.push({
            title: titles[n].text,
            titleStart: titles[n].start,
            day: date.day,
            month: date.month,
            year: date.year,
            dateStart: d.start,
            dateEnd: d.start + d.text.length,
          });
        }
      });
      i = k + dates.length;
    } else i = j;
  }
  return entries;
}
