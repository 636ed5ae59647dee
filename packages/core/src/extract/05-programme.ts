/**
 * Programme
 * =========
 *
 * Step 5 of extraction for an event's programme or invitation (not minutes, e-mail or a newsletter): one event per
 * document, with the people its labels list (`Medverkande`, `Paneldeltagare:`, `Moderator: X, KTH`, from
 * `data/protocol.json`) and who leads it (`Moderator:`, `Seminariet leds av journalisten X`, `under ledning av X`).
 * The date is the one the text gives the event (`Seminarium 2019.04.08`, `hölls 21 mars 2013`, `Tid: 21 mars`),
 * never the page's publication date. A listed person attended in the label's capacity; the leader chaired.
 */
import { BULLETS_ONLY, CLOCK } from "../text/regexp";
import { findDates, isoDate } from "../read/dates";
import type { DocumentRecord } from "../types";
import type { Capacity } from "../lexicon/types";
import type { Mention } from "./02-mentions";
import { evidenceOf, type ExtractionModel, INVITATION, meetingRef, topicFacts } from "./context";
import type { RuleId } from "./rules";
import type { EntityRef, Fact } from "./types";

export interface ProgrammeInput {
  doc: DocumentRecord;
  people: Mention[];
  model: ExtractionModel;
  ref: (p: Mention) => EntityRef;
}

// `Seminariet leds av journalisten X`, `Programmet ledes av X`, `under ledning av moderator X`: up to two lower-case
// words before the name.
const LED_BY = /(?:\b(?:leds|ledes|leddes|modereras|modererades|ledning)\s+av|\b(?:chaired|moderated|led)\s+by)\s+(?:\p{Ll}+\s+){0,2}$/u;
// A line that dates the event, not the page (`Seminarium 2019.04.08`, `hölls 21 mars`, `Tid: 21 mars`, `Program 12 mars`,
// `Torsdag 23 maj` over the programme of the day).
const EVENT_LINE =
  /seminari|konferens|möte|sammanträde|program|dialog|diskussion|frukost|workshop|hölls|äger rum|genomförs|^\s*(?:tid|datum|dag|när)\s*:|^\s*(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?,?\s+(?:den\s+)?\d|conference|seminar|meeting|held on|takes place/i;
// The hours right after a date, as an event page gives its day (`24 mar 2021 klocka 13.00 - 15.00`); before it they
// may be when a decision holds from (`från och med klockan 18:00 den 11 maj`).
const HOURS_AFTER = /^[ \t,]*(?:kl\.?|klockan|klocka)[ \t]*\d{1,2}[.:]\d\d/i;
// An event called off (`INSTÄLLT: …`, `Seminariet är tyvärr inställt`) in the text's head: no one took part in it.
const CALLED_OFF = /(?<![\p{L}])(?:INSTÄLL[TD]|är (?:tyvärr )?inställ[td])(?![\p{L}])/u;
// A line that dates the page or a deadline (`Sista anmälningsdag 20 okt 2018 kl 12.00`).
const NOT_EVENT_LINE = /uppdaterad|publicerad|senast|ändrad|skapad|anmäl|updated|published/i;
// A line that opens with a time of a programme's item (`09.00`, `Kl. 13:15`, `13.35–14.00`, `0900-0915`), at a given
// offset.
const TIME_AT = new RegExp(String.raw`[ \t]*(?:kl\.?[ \t]*)?${CLOCK}[ \t]*(?=\s|$)`, "iy");
// A programme's heading on its own line, perhaps with its day (`Program`, `Programmet:`, `PROGRAM 12 mars`), at a given offset.
const PROGRAMME_HEADING_AT = /[ \t]*(?:Program(?:met)?|PROGRAM(?:MET)?)[ \t]*(?::|[ \t][^\n.]{0,30}\d[^\n.]*)?[ \t]*$/my;
// What ends a line, as a multiline `^` reads it.
const LINE_END = /[\n\r\u2028\u2029]/g;

/** Where the lines of a text start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  LINE_END.lastIndex = 0;
  while (LINE_END.test(text)) starts.push(LINE_END.lastIndex);
  return starts;
}

/**
 * The matches of a sticky pattern at the starts of lines (the first only when `first`): a multiline `^…` pattern is tried at every character, four
 * times slower on a text where it matches nowhere (most texts have no programme).
 */
function atLineStarts(text: string, starts: readonly number[], sticky: RegExp, first = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const at of starts) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    if (first) break;
  }
  return found;
}
// What may stand before the person who opens an item's line: a bullet and a title (`• Landshövding X`).
const ITEM_OPENER = /^[\s•·▪►*–-]*(?:\p{Lu}\p{Ll}+[ \t]+)?$/u;
// What stands before a speaker on an item's title line (`Välkommen, X`, `Välkomsttal av X`, `Skogen – X`).
const SPEAKER_AFTER = /(?:,|\bav|[–—-])[ \t]+(?:\p{Ll}+[ \t]+)?$/u;
// In parentheses after an item's title, the name right after `(` (or a moderator's word), before a comma or `)`
// (`Omvärldsläget (X, FOI)`), not one after other words (`Minnesstund (för X)`, `(ersätter X)`, `(X m.fl. 2021)`).
const PAREN_BEFORE = /\([ \t]*(?:moderator[ \t]+)?$/u;
const PAREN_AFTER = /^[ \t]*[,)]/u;

/** Whether the person at `p` stands where an item's title line names a speaker (`before`: the line up to the name). */
function speakerOnTitleLine(before: string, text: string, p: Mention): boolean {
  // Inside a parenthesis only its first name counts.
  if (before.lastIndexOf("(") > before.lastIndexOf(")")) return PAREN_BEFORE.test(before) && PAREN_AFTER.test(text.slice(p.end, p.end + 5));
  return SPEAKER_AFTER.test(before);
}
// Headings that end a programme's items: what follows is about the event, not in it.
const END_OF_PROGRAMME = /^[ \t]*(?:kontakt|praktisk information|anmälan|mer information|för mer information|frågor|läs mer|om \p{L}+\s*$)/iu;
// `Plats: Stadshuset`, or the label alone on its line and the place on the next (blank lines between).
const PLACE_LINE = /^[ \t]*(?:Plats|Lokal|Var|Venue|Place)[ \t]*(?::[ \t]*(\S.*)|[:.]?[ \t]*\n\s*(\S.*))$/im;
// A label alone on the line over an event's date (`När`, `Tid.`, `Datum:`).
const WHEN_LABEL = /^[ \t]*(?:tid|datum|dag|när|when|date)[ \t]*[:.]?[ \t]*$/i;

const labelPatterns = new WeakMap<object, { at: RegExp; chairAfter: RegExp }>();

/**
 * A programme label at a given offset (a line's start), with an optional colon; and a chair's label in apposition after
 * a name (`X, moderator`).
 */
function labelsOf(fields: Record<string, Capacity>): { at: RegExp; chairAfter: RegExp } {
  let re = labelPatterns.get(fields);
  if (!re) {
    const byLength = Object.keys(fields).sort((a, b) => b.length - a.length);
    const label = `[ \\t]*(${byLength.join("|")})[ \\t]*(?::|$)`;
    const chairs = byLength.filter((f) => fields[f] === "chair").join("|");
    re = { at: new RegExp(label, "imy"), chairAfter: new RegExp(`[ \\t]*,[ \\t]*(?:${chairs})\\b`, "iy") };
    labelPatterns.set(fields, re);
  }
  return re;
}

/** The event of a programme and who led and took part in it; empty where the text lists no one under a label. */
export function readProgramme({ doc, people, model, ref }: ProgrammeInput): Fact[] {
  // A newsletter's labels list the guests of one of its items (`Medverkande:` under a podcast's episode), not of an
  // event that the whole mailing is: its sections are read as seminars and events (05-meetings) instead.
  if (doc.genre === "newsletter") return [];
  const { text } = doc;
  const fields = model.lexicon.data.protocol.programmeFields;
  const ev = (start: number, end: number) => evidenceOf(doc, start, end);
  const lineStart = (at: number) => text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = (at: number) => {
    const n = text.indexOf("\n", at);
    return n < 0 ? text.length : n;
  };
  // A person opens a line after white space or a bullet (`• X, rektor`).
  const startsLine = (p: Mention) => BULLETS_ONLY.test(text.slice(lineStart(p.start), p.start));

  // Labelled blocks: the label's own line after the colon, then the lines that open with a person, up to a line that
  // does not (blank lines between entries are skipped).
  const listed = new Map<Mention, { capacity: Capacity; label: { start: number; end: number } }>();
  const { at: labelAtLine, chairAfter } = labelsOf(fields);
  const starts = lineStarts(text);
  // `X, moderator` under a speakers' label (`Medverkande`) led the event rather than spoke.
  const list = (p: Mention, capacity: Capacity, label: { start: number; end: number }) => {
    chairAfter.lastIndex = p.end;
    const chair = capacity !== "chair" && chairAfter.exec(text);
    listed.set(p, chair ? { capacity: "chair", label: { start: p.start, end: p.end + chair[0].length } } : { capacity, label });
  };
  const isLabelLine = (at: number) => {
    labelAtLine.lastIndex = at;
    return labelAtLine.test(text);
  };
  for (const m of atLineStarts(text, starts, labelAtLine)) {
    const capacity = fields[m[1].toLowerCase()];
    const label = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length };
    let at = label.end;
    const sameLine = people.find((p) => p.start >= at && p.end <= lineEnd(at) && text.slice(at, p.start).trim() === "");
    if (sameLine) {
      list(sameLine, capacity, label);
      if (capacity === "chair") continue;
      // The rest of the label's line lists more of them (`Medverkar gör: X, rektor, och Y, forskare`).
      for (const p of people) if (p.start > sameLine.start && p.end <= lineEnd(at)) list(p, capacity, label);
    }
    at = lineEnd(at) + 1;
    while (at < text.length) {
      const end = lineEnd(at);
      const line = text.slice(at, end);
      if (line.trim() === "") {
        at = end + 1;
        continue;
      }
      const first = people.find((p) => p.start >= at && p.end <= end && startsLine(p));
      if (!first || isLabelLine(at)) break;
      list(first, capacity, label);
      if (capacity === "chair") break;
      at = end + 1;
    }
  }
  // The items of a programme (after a `Program` heading, or from its first time of two or more): an item is a time
  // or a title, then its speakers a line each (`09.00 Välkommen, X, kommundirektör`; `Kl. 09:00` / `Inledning` /
  // `X, regiondirektör`; `• Landshövding X hälsar välkommen`). The people of each item spoke.
  const times = atLineStarts(text, starts, TIME_AT);
  const [heading] = atLineStarts(text, starts, PROGRAMME_HEADING_AT, true);
  const lastTime = times.length >= 2 ? (times[times.length - 1].index ?? 0) : -1;
  let at = heading ? heading.index + heading[0].length : times.length >= 2 ? (times[0].index ?? 0) : text.length;
  let label = heading ? { start: heading.index + heading[0].search(/\S/), end: heading.index + heading[0].length } : undefined;
  // After the last time, the items end where the page goes on to something else: a heading that ends them
  // (`Kontakt`, `Praktisk information:`) or three lines in a row with no one on them.
  let idle = 0;
  // People are in text order: the first one not before the line.
  let next = 0;
  for (let title = false; at < text.length && (at <= lastTime || idle < 3); at = lineEnd(at) + 1) {
    const end = lineEnd(at);
    const line = text.slice(at, end);
    if (line.trim() === "") continue;
    TIME_AT.lastIndex = at;
    const time = TIME_AT.exec(text);
    if (time) label = { start: at + time[0].search(/\S/), end: at + time[0].length };
    else if (at > lastTime && (END_OF_PROGRAMME.test(line) || (line.trimEnd().endsWith(":") && !isLabelLine(at)))) break;
    const from = time ? at + time[0].length : at;
    while (next < people.length && people[next].start < from) next++;
    const onLine: Mention[] = [];
    for (let k = next; k < people.length && people[k].end <= end; k++) if (!listed.has(people[k])) onLine.push(people[k]);
    const opener = onLine.find((p) => ITEM_OPENER.test(text.slice(from, p.start)));
    // A line a person opens lists speakers; on an item's title line (after its time, or the line after it) they stand
    // after a comma, `av` or a dash (`Välkomsttal av X, ordförande`).
    const speakers = opener ? onLine : title || time ? onLine.filter((p) => speakerOnTitleLine(text.slice(from, p.start), text, p)) : [];
    for (const p of speakers) {
      // `X, moderator, leder oss genom dagen` led the event rather than spoke.
      chairAfter.lastIndex = p.end;
      const chair = chairAfter.exec(text);
      if (chair) listed.set(p, { capacity: "chair", label: { start: p.start, end: p.end + chair[0].length } });
      else if (label) listed.set(p, { capacity: "speaker", label });
    }
    title = Boolean(time) && text.slice(from, end).trim() === "";
    idle = speakers.length > 0 || time ? 0 : idle + 1;
  }
  // A programme lists someone other than its leader under a label; most texts list no one and stop here.
  if (![...listed.values()].some((l) => l.capacity !== "chair") || CALLED_OFF.test(text.slice(0, 600))) return [];
  // Leaders named in a sentence.
  const ledBy = new Map<Mention, number>();
  for (const p of people) {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const led = LED_BY.exec(before);
    if (led) ledBy.set(p, p.start - before.length + led.index);
  }
  // One person makes an event only where the text dates one (`Seminarium 2022.05.17`, `Tid: 14 mars`): a label alone
  // may head a page's list of contacts.
  const date = eventDate(text, doc.date);
  if (listed.size + ledBy.size < (date ? 1 : 2)) return [];

  const invitation = INVITATION.exec(doc.title ?? "")?.[0].length ?? 0;
  const titleEnd = doc.title ? text.indexOf(doc.title) + invitation : -1;
  const title = shortTitle(doc.title?.slice(invitation) ?? "Program");
  const facts: Fact[] = [];
  const placed = PLACE_LINE.exec(text);
  const place = (placed?.[1] ?? placed?.[2])?.trim();
  const meeting = meetingRef(title, date?.iso, { type: "seminar", doc: doc.id, place });
  const anchor = titleEnd >= 0 ? { start: titleEnd, end: titleEnd + title.length } : { start: 0, end: Math.min(text.length, 40) };
  facts.push({ type: "entity", entity: meeting, evidence: ev(anchor.start, anchor.end), rule: "programme:event" });
  if (date) facts.push({ type: "entity", entity: meeting, evidence: ev(date.start, date.end), rule: "programme:event" });

  const done = new Set<string>();
  const relate = (kind: "attended" | "chaired", p: Mention, start: number, rule: RuleId, capacity?: Capacity) => {
    const person = ref(p);
    if (done.has(`${kind} ${person.key}`)) return;
    done.add(`${kind} ${person.key}`);
    const end = Math.min(lineEnd(p.end), p.end + 120);
    facts.push({
      type: "relation",
      kind,
      source: person,
      target: meeting,
      evidence: ev(start, kind === "chaired" ? p.end : end),
      rule,
      attrs: capacity ? { capacity } : undefined,
    });
  };
  for (const [p, { capacity, label }] of listed) {
    if (capacity === "chair") relate("chaired", p, label.start, "programme:moderator");
    relate("attended", p, p.start, "programme:participant", capacity);
  }
  for (const [p, start] of ledBy) {
    relate("chaired", p, start, "programme:led-by");
    relate("attended", p, p.start, "programme:participant", "chair");
  }
  facts.push(...topicFacts(doc, meeting, model.lexicon));
  return facts;
}

/** The first date with a day on a line that dates the event, completed from the document's year. */
function eventDate(text: string, docDate: string | undefined): { iso: string; start: number; end: number } | undefined {
  const docYear = docDate ? Number(docDate.slice(0, 4)) : undefined;
  for (const d of findDates(text)) {
    if (d.day === undefined || d.month === undefined) continue;
    const from = text.lastIndexOf("\n", d.start - 1) + 1;
    const to = text.indexOf("\n", d.end);
    const line = text.slice(from, to < 0 ? text.length : to);
    // A line that is the date alone is dated by the label over it (`När` / `14 mars`).
    const over = line.trim() === text.slice(d.start, d.end) ? text.slice(0, from).trimEnd() : "";
    const labelled = over !== "" && WHEN_LABEL.test(over.slice(over.lastIndexOf("\n") + 1));
    if ((!EVENT_LINE.test(line) && !labelled && !HOURS_AFTER.test(text.slice(d.end, d.end + 20))) || NOT_EVENT_LINE.test(line)) continue;
    const year = d.year ?? docYear;
    if (year) return { iso: isoDate(year, d.month, d.day), start: d.start, end: d.end };
  }
  return undefined;
}

/** A document title as an event's name: up to its first full stop (a question may open it), at most 100 characters. */
function shortTitle(title: string): string {
  const first = title
    .replace(/\s+/g, " ")
    .split(/(?<=\.)\s/)[0]
    .replace(/[.\s]+$/, "");
  return first.length > 100 ? `${first.slice(0, 99).replace(/\s\S*$/, "")}…` : first;
}
