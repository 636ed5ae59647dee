/**
 * Dates
 * =====
 *
 * Finds dates in Swedish and English text: ISO (`2016-10-11`, also `2016.10.11`), day-month-year (`11 oktober 2016`, `den 5 oktober
 * 2017`, `11 October 2016`, `12 okt. 2016`, `3rd December 2019`), month-day-year (`October 11, 2016`, `Mar. 12, 2024`),
 * day and month in digits as Swedish texts write them (`11/10 2016`, `11/10-16`, `11/10/2016`, `11.10.2016`; without a
 * year only after `den` or a weekday: `tisdag 5/3`), day-month without a year (`9 maj`), which the caller completes
 * from the document's year, and digits alone, year first, after a word of meetings (`Styrelsemöte 220320`). A span of
 * days (`14-15 mars 2009`, `den 14 och 15 mars 2009`) is its first day. Month names, weekdays and ordinals are data, listed here.
 */
import { fold } from "../text/fold";

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  febr: 2,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

/** One date found in a text. `year` is missing for `9 maj`. */
export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** Written in digits alone, year first, after a word of meetings (`Styrelsemöte 220320`, `STYRELSEMÖTE I X 04.04.21`). */
  compact?: true;
}

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
// Dates are found from their digits: a cheap scan for digit runs, then anchored (sticky) patterns at each run, so
// the cost follows the number of digits, not the length of the text. No nested repetition anywhere.
const DIGITS = /\d+/g;
// `2019-04-08`, and `2019.04.08` as Swedish programmes write it.
const ISO_AT = /((?:19|20)\d\d)([-.])([01]\d)\2([0-3]\d)(?!\d|\.\d)/y;
// `16 januari, 2023` as some publishing tools write it, too; a year glued to the next line's first word, as pages whose
// line breaks were lost have it (`träff 24 januari 2017Närvarande: …`), is the date's.
const DAY_MONTH_AT = new RegExp(
  String.raw`([0-3]?\d)(?:(?::e|:a|\.)?\s|(?:st|nd|rd|th)\s(?:of\s)?)(${MONTH_ALT})(?:\.?,?\s((?:19|20)\d\d)(?![\p{Ll}\p{N}])|(?![\p{L}\p{N}]))`,
  "iuy",
);
// The month before the day (`October 11`, `Mar. 12`), read in the few characters before the day.
const MONTH_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${MONTH_ALT})(\.?\s)$`, "iu");
const DAY_YEAR_AT = /([0-3]?\d)(?:st|nd|rd|th)?,?\s((?:19|20)\d\d)(?!\d)/y;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// A page's stamp written without spaces, the month abbreviated in capitals (`04NOV2019`, `19OKT2018`).
const GLUED_STAMP_AT = /([0-3]\d)(\p{Lu}{3,4})((?:19|20)\d\d)(?![\p{L}\p{N}])/uy;
// Day and month in digits (`11/10`), then a year: after a space or a slash four digits (`11/10 2016`, `11/10/2016`),
// after a dash or a slash two (`11/10-16`, `11/10/16`); or, with dots, a full year only (`11.10.2016`, where `11.10`
// alone is a time).
const DAY_SLASH_AT = /([0-3]?\d)\/([01]?\d)(?:(?:[ \t]|[ \t]?[-–/][ \t]?)((?:19|20)\d\d)|[-/](\d\d))?(?![\p{L}\p{N}]|[/:.,-]\d)/uy;
const DAY_DOT_AT = /([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)/uy;
// Numbers written like a day and month that are none: a paragraph's (`§ 11/10`), a case's or an item's (`Dnr 11/10`).
const NUMBER_BEFORE = /(?:§|(?:^|[^\p{L}])(?:dnr|nr|nummer|diarienummer|diarienr|paragraf|sid|sidan|s)\.?)[ \t]*$/iu;
/** Swedish weekdays without their `dag` (`tisdag`, `tisdagen`, `tis.`), Monday first, and English weekdays. */
export const WEEKDAY_STEMS_SV = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"];
const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
// A day and month without a year is a date after `den` or a weekday (`tisdag 5/3`, `tis. 5/3`), a fraction elsewhere.
const DATE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:den|(?:${WEEKDAY_STEMS_SV.join("|")})(?:dag(?:en)?)?|tor|${WEEKDAYS_EN.join("|")}|mon|tue|wed|thu|fri|sat|sun)\\.?,?[ \\t]+$`,
  "iu",
);
// Digits alone, year first (`220320`, `20220320`, `04.04.21`), as associations write a meeting's day, are a date only
// right after a word of meetings or their minutes, maybe with a place or a body after a preposition (`Styrelsemöte
// 220320`, `FRÅN STYRELSEMÖTE I BYGDEGÅRDEN 04.04.21`, `Protokoll från Vallby 180414`): elsewhere they are numbers (a
// case's, an amount, `Dnr 220320`). With dots too the year comes first (`04.04.21` is 21 April 2004): a day written
// first has its full year (`11.10.2016`).
const COMPACT_AT = /((?:19|20)?\d\d)([01]\d)([0-3]\d)(?![\p{L}\p{N}]|[-/.,:]\d)/uy;
const COMPACT_DOT_AT = /(\d\d)\.([01]\d)\.([0-3]\d)(?![\p{L}\p{N}]|[.,:]\d)/uy;
const MEETING_BEFORE = /(?:protokoll|anteckningar|möte|mötet|sammanträde|sammanträdet)(?:[ \t]+(?:från|fran|i|med|på|vid)[ \t]+[\p{L}-]+){0,2}[ \t,:]*$/iu;
// A compact date of another meeting's minutes, or of their adjustment, is none of the meeting's: a word of the previous
// or next meeting, or of adjusting, earlier in its clause (`Föregående protokoll 230820 godkändes`, `förra mötets
// protokoll 230820`, `Protokollet justerat 230925`).
const OTHER_MEETING = /(?<![\p{L}])(?:föregående|föreg|förra|nästa|justering\p{L}*|justera(?:t|ts|des|s|de)?)(?![\p{L}])/iu;
const CLAUSE_END = /[.!?;](?=\s)|\n/gu;
// Numbers in a list (`Protokoll 880101 och 901231`) are the minutes' numbers, not a day.
const LISTED_AFTER = /^[ \t]*(?:,|och|samt|&|[-–]|till)[ \t]*\d/iu;
const WEEKDAYS = new Set([...WEEKDAY_STEMS_SV.flatMap((d) => [`${d}dag`, `${d}dagen`]), ...WEEKDAYS_EN].map(fold));

/** Whether a word is a weekday written out (`tisdag`, `Tisdagen`, `mandag`, `Tuesday`), case and diacritics aside. */
export const isWeekday = (word: string): boolean => WEEKDAYS.has(fold(word));
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The code of the character before `at`, 0 at the start of the text (where a read gives NaN and deoptimised `findDates`). */
const codeBefore = (text: string, at: number) => (at > 0 ? text.charCodeAt(at - 1) : 0);

/** Could the character be white space (`\s`)? True for every one that is, and for some others beyond Latin-1. */
const maySpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c >= 0x1680;

/** A clock time right after a date (`2019-04-09, kl. 13.00`, `9 april 2019 klockan 18`, `2019-04-09 13.00`). */
const TIME_AFTER = /^[ \t,]*(?:(?:kl\.?|klockan)[ \t]*\d{1,2}(?!\d)|\d{1,2}[.:]\d\d(?!\d))/i;

/** Whether a time of day follows the date that ends at `end`: the day of an event, not of a letter or its writing. */
export function timedAt(text: string, end: number): boolean {
  return TIME_AFTER.test(text.slice(end, end + 20));
}

/** Zero-padded ISO string of a date, as precise as known. */
export function isoDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first day and month `text` writes without a year (`Söndagen den 10 mars, kl. 15.00`), dated in `year`. */
export function yearlessDay(text: string, year: number): { iso: string; start: number; end: number } | undefined {
  const d = findDates(text).find((d) => d.day !== undefined && d.month !== undefined && d.year === undefined);
  return d && { iso: isoDate(year, d.month, d.day), start: d.start, end: d.end };
}

// A Swedish weekday written right before a day (`Tisdagen den 11 december`, `onsdag 9 mars`): its stem.
const WEEKDAY_BEFORE = /(?<![\p{L}])(\p{L}{3,4})dag(?:en)?,?[ \t]+(?:den[ \t]+)?$/iu;
const WEEKDAY_FOLDED = WEEKDAY_STEMS_SV.map(fold);

/** The weekday a Swedish stem names (`tis`, `Mån`, `man`), Monday 0 to Sunday 6, case and diacritics aside; -1 for none. */
export const weekdayIndex = (stem: string): number => WEEKDAY_FOLDED.indexOf(fold(stem));

/** The weekday of an ISO day (`2024-03-14`), Monday 0 to Sunday 6, as `weekdayIndex` counts. */
export function weekdayOf(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  // getUTCDay counts from Sunday.
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/**
 * Whether the weekday written before the day that `yearlessDay` found (`Tisdagen den 11 december`) is that day's in its
 * year: what confirms a year the text gives elsewhere. False when no weekday is written.
 */
export function weekdayAgrees(text: string, day: { iso: string; start: number }): boolean {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, day.start - 20), day.start));
  const written = m ? weekdayIndex(m[1]) : -1;
  return written >= 0 && weekdayOf(day.iso) === written;
}

const ISO_DATE = /^\d{4}-/;
/** A number after a word that numbers things, then a dash: an item's number before a date, no first day. */
const NUMBERED_SPAN = /(?:^|[^\p{L}])(?:nr|nummer|no|#|v|vecka|sida|§)\.?\s*\d{1,2}\s*[-–]\s*$/iu;
/** The day before a span's last (`13-14 september 2017`, `13–14`). */
const SPAN_START = /(?:^|[^\d])([0-3]?\d)[ \t]*[-–][ \t]*$/;
/** The day before a span's last when a copy lost the dash between (`8 9 maj 2010`): not a number of an item, a page or
 * a clock's hour (`§ 8 9 maj`, `kl. 13 14 maj`), nor one of a list of numbers (`2010 8 9 maj`). */
const BARE_SPAN_START = /(?<!(?<![\p{L}])(?:nr|nummer|no|v|vecka|sida|sid|s|kl|klockan|§)\.?[ \t]*|\d[.,:/–-]?[ \t]*)(?<![\p{L}\d#])([0-3]?\d)[ \t]+$/iu;
/** `den` right before a day (`den 14`). */
const AFTER_DEN = /(?<![\p{L}])den[ \t]+$/u;
/** A day written as a meeting's (after `den` or its weekday) that `och` joins to the next, maybe with its weekday too
 * (`den 3 och 4 juni`, `Lördagen den 17 och söndagen den 18 mars`); not a list of days (`11 och 12 juni`). */
const WEEKDAY_SV = `(?:${WEEKDAY_STEMS_SV.join("|")})dag(?:en)?`;
const DAYS_AND = new RegExp(String.raw`(?:^|[^\p{L}])(?:den|${WEEKDAY_SV})[ \t]+([0-3]?\d)[ \t]+och[ \t]+(?:${WEEKDAY_SV}[ \t]+)?(?:den[ \t]+)?$`, "iu");

/**
 * The first day of the span a found date closes (`13-14 september 2017`: 13), else its own day: a meeting held over
 * two days is dated by the day it began. `findDates` already gives a span's first day, so this adds nothing to its
 * dates.
 */
export function firstDayOf(text: string, date: Pick<DateMention, "start" | "day">): number | undefined {
  if (date.day === undefined) return undefined;
  // A numeric date (`2024-03-14`) closes no span of days.
  if (ISO_DATE.test(text.slice(date.start, date.start + 5))) return date.day;
  return spanStart(text, date.start, date.day)?.day ?? date.day;
}

/**
 * The first day of a span that the day at `at` closes (`13-14 september 2017`), with where it is written; undefined
 * when none is, or the number before the dash is an item's (`Nyhetsbrev nr 3 – 14 mars 2024`, `vecka 11-14 mars`).
 */
function spanStart(text: string, at: number, day: number): { start: number; day: number } | undefined {
  const from = Math.max(0, at - 6);
  const span = SPAN_START.exec(text.slice(from, at));
  if (span && NUMBERED_SPAN.test(text.slice(Math.max(0, at - 20), at))) return undefined;
  if (!span) {
    // Without a dash only the day right before is a span's first, or any earlier one a meeting's `den` opens (`den 14
    // 16 mars`): numbers further apart are more often not a span.
    const bare = BARE_SPAN_START.exec(text.slice(Math.max(0, at - 24), at));
    if (bare) {
      const first = Number(bare[1]);
      const start = at - bare[0].length;
      if (first + 1 === day || (first >= 1 && first < day && AFTER_DEN.test(text.slice(Math.max(0, start - 6), start)))) return { start, day: first };
    }
    const and = Math.max(0, at - 40);
    // Most dates have no `och` before them: the regex only where one stands.
    const tail = text.slice(and, at);
    const days = /och[ \t]/i.test(tail) ? DAYS_AND.exec(tail) : null;
    const first = Number(days?.[1]);
    return days && first >= 1 && first < day ? { start: and + days.index + days[0].search(/\d/), day: first } : undefined;
  }
  const first = Number(span[1]);
  // The match opens with the first day's digits, or with the one character before them.
  const start = from + span.index + (/\d/.test(span[0][0]) ? 0 : 1);
  return first >= 1 && first < day ? { start, day: first } : undefined;
}

/** All dates in a text, in order; a span of days (`13-14 september`) as its first day, written from it. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  // Dotted compact dates that read day first too, with that reading (`28.02.23`), for `resolveDayFirst`.
  const ambiguous: [DateMention, DayFirst][] = [];
  // An `exec` loop: `matchAll` copies the pattern at every call, and most calls are on a line or a title.
  DIGITS.lastIndex = 0;
  for (let run; (run = DIGITS.exec(text));) {
    const start = run.index;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
    const digits = run[0];
    if (digits.length === 4) {
      ISO_AT.lastIndex = start;
      const iso = ISO_AT.exec(text);
      if (iso) {
        const month = Number(iso[3]);
        const day = Number(iso[4]);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push({ start, end: start + iso[0].length, year: Number(iso[1]), month, day });
      }
      continue;
    }
    if (digits.length > 2) {
      const compact = digits.length === 6 || digits.length === 8 ? compactDate(text, start, COMPACT_AT, ambiguous) : undefined;
      if (compact) found.push(compact);
      continue;
    }
    const day = Number(digits);
    if (day < 1 || day > 31) continue;
    // The patterns run only where the character after (`:`, `.`, `/`, a space or an ordinal's first letter) or before
    // (a space) allows them. Neither is read past an end of the text: that gives NaN, and deoptimised this loop.
    const after = start + digits.length;
    const next = after < text.length ? text.charCodeAt(after) : 0;
    if (next >= 65 && next <= 90) {
      GLUED_STAMP_AT.lastIndex = start;
      const stamp = GLUED_STAMP_AT.exec(text);
      const month = stamp && MONTHS[stamp[2].toLowerCase()];
      if (month) found.push({ start, end: start + stamp[0].length, year: Number(stamp[3]), month, day });
      continue;
    }
    if (next === 47 || next === 46) {
      const numeric =
        numericDate(text, start, day, next === 47 ? DAY_SLASH_AT : DAY_DOT_AT) ??
        (next === 46 ? compactDate(text, start, COMPACT_DOT_AT, ambiguous) : undefined);
      if (numeric) {
        found.push(numeric);
        continue;
      }
    }
    const ordinal = next === 115 || next === 110 || next === 114 || next === 116;
    const dm = next === 58 || next === 46 || ordinal || maySpace(next) ? ((DAY_MONTH_AT.lastIndex = start), DAY_MONTH_AT.exec(text)) : null;
    if (dm) {
      // A span of days (`den 26-27 januari 2002`) is dated, and written, from its first day.
      const span = spanStart(text, start, day);
      const [from, first] = span ? [span.start, span.day] : [start, day];
      found.push({ start: from, end: start + dm[0].length, year: dm[3] ? Number(dm[3]) : undefined, month: MONTHS[dm[2].toLowerCase()], day: first });
      continue;
    }
    if (!maySpace(codeBefore(text, start))) continue;
    const before = MONTH_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (before) {
      DAY_YEAR_AT.lastIndex = start;
      const dy = DAY_YEAR_AT.exec(text);
      const month = MONTHS[before[1].toLowerCase()];
      if (dy) found.push({ start: start - before[1].length - before[2].length, end: start + dy[0].length, year: Number(dy[2]), month, day });
    }
  }
  if (ambiguous.length) resolveDayFirst(text, found, ambiguous);
  return found;
}

/**
 * A day and month in digits at `start` (`11/10 2016`, `11/10-16`, `11.10.2016`), or undefined: a number of a paragraph
 * or a case (`§ 11/10`), a fraction or a day that its month has not (`31/4`) is none, nor a day and month without a year
 * unless `den` or a weekday comes before (`tisdag 5/3`).
 */
function numericDate(text: string, start: number, day: number, pattern: RegExp): DateMention | undefined {
  const prev = codeBefore(text, start);
  // Part of a longer number (`2016/11/10`, `1.11.10`, `3-11/10`).
  if (prev === 47 || prev === 46 || prev === 45) return undefined;
  pattern.lastIndex = start;
  const m = pattern.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day > DAYS_IN_MONTH[month]) return undefined;
  const before = text.slice(Math.max(0, start - 16), start);
  if (NUMBER_BEFORE.test(before)) return undefined;
  // Both groups are read on every match: the second, read only when the first was missing, deoptimised `findDates`
  // (where this is inlined) the first time a two-digit year came.
  const fourDigits = m[3];
  const twoDigits = m[4];
  const year = fourDigits ? Number(fourDigits) : twoDigits ? 2000 + Number(twoDigits) : undefined;
  if (year === undefined && !DATE_BEFORE.test(before)) return undefined;
  return { start, end: start + m[0].length, year, month, day };
}

/** A dotted compact date's reading day first (`28.02.23`: 28 February 2023). */
type DayFirst = { year: number; month: number; day: number };

/**
 * A date in digits alone at `start`, year first (`220320`, `04.04.21`), where a word of meetings comes right before;
 * a dotted one that reads day first too goes into `ambiguous` with that reading.
 */
function compactDate(text: string, start: number, pattern: RegExp, ambiguous: [DateMention, DayFirst][]): DateMention | undefined {
  const prev = codeBefore(text, start);
  // Part of a longer number (`3.04.04.21`, `1-220320`, `12/220320`).
  if (prev === 47 || prev === 46 || prev === 45) return undefined;
  pattern.lastIndex = start;
  const m = pattern.exec(text);
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]) return undefined;
  const before = text.slice(Math.max(0, start - 60), start);
  if (!MEETING_BEFORE.test(before)) return undefined;
  const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_END)].map((c) => c.index + c[0].length)));
  if (OTHER_MEETING.test(clause)) return undefined;
  const end = start + m[0].length;
  if (LISTED_AFTER.test(text.slice(end, end + 12))) return undefined;
  const year = fullYear(m[1]);
  const found: DateMention = { start, end, year, month, day, compact: true };
  // With dots, the day may come first too (`28.02.23`, 28 February 2023): the text decides (`findDates`).
  if (pattern === COMPACT_DOT_AT) {
    const [dayFirst, monthFirst] = [Number(m[1]), month];
    if (dayFirst >= 1 && dayFirst <= DAYS_IN_MONTH[monthFirst]) ambiguous.push([found, { year: fullYear(m[3]), month: monthFirst, day: dayFirst }]);
  }
  return found;
}

/** The year two or four digits write (`23` is 2023, `88` 1988). */
const fullYear = (digits: string) => {
  const yy = Number(digits);
  return digits.length === 4 ? yy : yy < 70 ? 2000 + yy : 1900 + yy;
};

/**
 * A dotted compact date that reads day first too (`28.02.23`: 2028-02-23 or 28 February 2023) takes the reading the
 * text's other dates or years agree with alone: a full date or a bare year of its year (`2023`), a day without a year
 * of its day and month (`den 28 februari`). When neither or both agree, year first, as Swedish compact dates are
 * written (`04.04.21` is 21 April 2004).
 */
function resolveDayFirst(text: string, found: DateMention[], ambiguous: [DateMention, DayFirst][]): void {
  const years = new Set([...bareYears(text), ...found.filter((d) => d.year !== undefined && !d.compact).map((d) => d.year as number)]);
  const days = new Set(found.filter((d) => d.year === undefined && d.day !== undefined).map((d) => `${d.month}-${d.day}`));
  for (const [d, other] of ambiguous) {
    const agrees = (r: { year?: number; month?: number; day?: number }) => years.has(r.year!) || days.has(`${r.month}-${r.day}`);
    if (agrees(other) && !agrees(d)) Object.assign(d, other);
  }
}

// What a plan's or vision's name is made of before its target year: a name (`Vision 2030`, `RUFS 2050`, `Det öppna
// Skåne 2030`), a plan word (`klimatstrategi 2045`) or a deadline (`senast 2030`). Capitalised words that open a
// sentence or tell a time (`Under 2020`, `Redan 2015`, `Budget 2020`) name nothing, nor do months (`Mars 2020`).
const YEAR_NAMERS =
  /(?:^|[^\p{L}])(?:(\p{Lu}[\p{L}-]*)|\p{L}*(?:strategi|strategin|plan|planen|vision|visionen|agenda|agendan|program|programmet)|senast|by)[ \t]$/u;
const NOT_NAMERS = new Set([
  ...["år", "åren", "året", "under", "sedan", "redan", "från", "till", "fram", "tills", "inför", "innan", "efter", "före", "mellan", "kring"],
  ...["omkring", "runt", "cirka", "ca", "på", "i", "om", "vid", "per", "för", "men", "och", "även", "också", "nu", "då", "så", "än", "just"],
  ...["våren", "hösten", "sommaren", "vintern", "budget", "budgeten", "valet", "in", "since", "from", "until", "during", "before", "after"],
  ...Object.keys(MONTHS),
]);
// An event's name before a year is when it was held (`Wigforsseminariet 2010`, `Demokratidagen 2020`, `Järvaveckan 2015`).
const EVENT_NAME = /(?:seminariet|seminarium|konferensen|dagen|dagarna|veckan|mässan|mötet|forum|festivalen|galan)$/i;
// A year may be glued to a capitalised word, where a page lost its line breaks (`2017Närvarande`).
const BARE_YEAR = /\b(?:19|20)\d\d(?![\p{Ll}\p{N}_])/gu;
// A year followed by `/`, `:` or `-` and a digit is a number's (`Interpellation 2000/01:3`, `SOU 2010:45`) or a
// range's, and dates what it numbers whatever stands before it.
const NUMBERED = /^[/:-]\d/;
const SPAN_END = /(?:19|20)\d\d[ \t]*[-–][ \t]*$/;

/**
 * The years a text names on their own (`budget 2019`, `Under 2020`), without those that are part of the name of a
 * plan or a vision: a round year (`Agenda 2030`, `Klimatstrategi 2045`, `senast 2030`) is the target the name sets,
 * not a time the text was written in; nor is the end of a span (`2018 - 2022`).
 */
export function bareYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(BARE_YEAR)) {
    const year = Number(m[0]);
    const at = m.index ?? 0;
    // The end of a span (`mandatperioden 2018 - 2022`) is when something will stop, not when the text was written.
    if (SPAN_END.test(text.slice(Math.max(0, at - 8), at))) continue;
    const named = year % 5 === 0 && !NUMBERED.test(text.slice(at + 4, at + 6));
    const namer = named ? YEAR_NAMERS.exec(text.slice(Math.max(0, at - 40), at)) : null;
    if (!namer || (namer[1] !== undefined && (NOT_NAMERS.has(namer[1].toLowerCase()) || EVENT_NAME.test(namer[1])))) years.push(year);
  }
  return years;
}

const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH_ALT})\.?\s+((?:19|20)\d\d)(?!\d)`, "iu");

/**
 * The day, month or year a question names, as an ISO date or its prefix: a full date in it (`11 oktober 2016`,
 * `June 9, 2016`, `2016-06-09`), else the whole of it an ISO year or month (`2016`, `2016-06`), else a month and its
 * year (`juni 2016`, `October 2016`); undefined when it names none with its year.
 */
export function isoPeriod(text: string): string | undefined {
  const date = findDates(text).find((d) => d.year !== undefined);
  if (date) return isoDate(date.year!, date.month, date.day);
  const t = text.trim();
  if (/^(?:19|20)\d\d(?:-[01]\d)?$/.test(t)) return t;
  const m = MONTH_YEAR.exec(text);
  return m ? isoDate(Number(m[2]), MONTHS[m[1].toLowerCase()]) : undefined;
}

/** Month number of a Swedish or English month name, or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/** `Igår`, `I går`, `I förrgår`, `I dag`, `idag`: a day said relative to when the text was written, and how many days before. */
const RELATIVE_DAY = /(?<![\p{L}])(?:(i\s?går)|(i\s?förrgår)|(i\s?dag))(?![\p{L}])/iu;

/**
 * The day a relative word in the text names (`Igår träffades …`), counted back from the ISO day the text was written,
 * with the word's offsets; undefined without such a word or a full day to count from.
 */
export function relativeDay(text: string, written: string): { iso: string; start: number; end: number } | undefined {
  const m = RELATIVE_DAY.exec(text);
  if (!m || !/^\d{4}-\d\d-\d\d$/.test(written)) return undefined;
  const back = m[1] ? 1 : m[2] ? 2 : 0;
  const day = new Date(`${written}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - back);
  return { iso: day.toISOString().slice(0, 10), start: m.index, end: m.index + m[0].length };
}

/**
 * The date a document is about when nothing states it: the year of its full dates (else its most frequent year)
 * and, when one month dominates its dates, that month. Newsletters list the month's events, so this finds their issue.
 * With `fullOnly` (minutes), only dates with their year count: the days without one and the bare years minutes name
 * are what they plan or report on (`flytta fram konferensen till 26 augusti`, `årsredovisning 2010`), not the day
 * they were held, so minutes with none of their own get no date rather than a wrong one; nor do their compact dates
 * count, which date them only in their heading.
 */
export function inferDocumentDate(text: string, fullOnly = false): string | undefined {
  // Minutes' compact dates past their heading (`headingDay`) are other minutes' (`§ 2 Protokoll 230820 lades fram`).
  const all = findDates(text);
  const found = fullOnly ? all.filter((d) => !d.compact) : all;
  const full = found.filter((d) => d.year !== undefined);
  const dates = fullOnly ? full : found;
  const years = new Tally();
  for (const d of full) years.add(d.year);
  // With no full date the tally is empty, and counts the bare years instead.
  if (years.best === undefined && !fullOnly) for (const y of bareYears(text)) if (y >= 1950 && y < 2050) years.add(y);
  const year = years.best;
  if (year === undefined) return undefined;
  const months = new Tally();
  for (const d of dates) if (d.year === undefined || d.year === year) months.add(d.month);
  const month = months.best;
  if (full.length === 1 && full[0].day !== undefined && dates.length === 1) return isoDate(year, full[0].month, full[0].day);
  // One call for both (`isoDate` writes a year alone without its month): `String(year)` at a site of its own, first
  // met by a text that names only bare years, deoptimised this function.
  return isoDate(year, month);
}

/**
 * The value added most often, the first to reach that count on a tie. Values are added one by one from the dates, not
 * passed as arrays of numbers: those arrays came in more than one elements kind, and each new one deoptimised the
 * counting loop inlined into `inferDocumentDate`.
 */
class Tally {
  private readonly counts = new Map<number | undefined, number>();
  best: number | undefined = undefined;
  private bestCount = 0;
  add(value: number | undefined): void {
    const count = (this.counts.get(value) ?? 0) + 1;
    this.counts.set(value, count);
    if (count > this.bestCount) {
      this.best = value;
      this.bestCount = count;
    }
  }
}

// What a title made only of a date holds besides the date: `den`, a weekday, punctuation.
const DATE_WORDS = /\b(?:den|the|on|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/giu;

/** True when a title holds nothing but dates, `den`, weekdays and punctuation. */
export function isBareDate(title: string): boolean {
  let rest = title;
  for (const d of findDates(title).reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  return rest.replace(DATE_WORDS, "").replace(/[\s\p{P}]/gu, "") === "";
}
