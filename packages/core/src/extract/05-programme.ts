/**
 * Programme
 * =========
 *
 * Step 5 of extraction for an event's programme or invitation (not minutes, not e-mail): one event per document,
 * with the people its labels list (`Medverkande`, `Paneldeltagare:`, `Moderator: X, KTH`, from
 * `data/protocol.json`) and who leads it (`Moderator:`, `Seminariet leds av journalisten X`, `under ledning av X`).
 * The date is the one the text gives the event (`Seminarium 2019.04.08`, `hölls 21 mars 2013`, `Tid: 21 mars`),
 * never the page's publication date. A listed person attended in the label's capacity; the leader chaired.
 */
import { findDates, isoDate } from "../read/dates";
import type { DocumentRecord } from "../types";
import type { Capacity } from "../lexicon/types";
import type { Mention } from "./02-mentions";
import { evidenceOf, type ExtractionModel, meetingRef, topicFacts } from "./context";
import type { RuleId } from "./rules";
import type { EntityRef, Fact } from "./types";

export interface ProgrammeInput {
  doc: DocumentRecord;
  people: Mention[];
  model: ExtractionModel;
  ref: (p: Mention) => EntityRef;
}

// `Seminariet leds av journalisten X`, `under ledning av moderator X`: up to two lower-case words before the name.
const LED_BY = /(?:\b(?:leds|leddes|modereras|modererades|ledning)\s+av|\b(?:chaired|moderated|led)\s+by)\s+(?:\p{Ll}+\s+){0,2}$/u;
// A line that dates the event, not the page (`Seminarium 2019.04.08`, `hölls 21 mars`, `Tid: 21 mars`, `Program 12 mars`).
const EVENT_LINE =
  /seminari|konferens|möte|sammanträde|program|dialog|diskussion|frukost|workshop|hölls|äger rum|genomförs|^\s*(?:tid|datum|dag|när)\s*:|conference|seminar|meeting|held on|takes place/i;
const NOT_EVENT_LINE = /uppdaterad|publicerad|senast|ändrad|skapad|updated|published/i;
// A line that opens with a time of a programme's item (`09.00`, `Kl. 13:15`, `13.35–14.00`).
const TIME_LINE = /^[ \t]*(?:kl\.?[ \t]*)?\d{1,2}[.:]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d{2})?[ \t]*(?=\s|$)/gim;
const PLACE_LINE = /^[ \t]*(?:Plats|Lokal|Var|Venue|Place)[ \t]*:[ \t]*(.+)$/im;

const labelPatterns = new WeakMap<object, { all: RegExp; at: RegExp }>();

/** Programme labels at the start of a line, with an optional colon: all of them, and one at a given offset. */
function labelsOf(fields: Record<string, Capacity>): { all: RegExp; at: RegExp } {
  let re = labelPatterns.get(fields);
  if (!re) {
    const alt = Object.keys(fields)
      .sort((a, b) => b.length - a.length)
      .join("|");
    const label = `[ \\t]*(${alt})[ \\t]*(?::|$)`;
    re = { all: new RegExp(`^${label}`, "gim"), at: new RegExp(label, "imy") };
    labelPatterns.set(fields, re);
  }
  return re;
}

/** The event of a programme and who led and took part in it; empty where the text lists no one under a label. */
export function readProgramme({ doc, people, model, ref }: ProgrammeInput): Fact[] {
  const { text } = doc;
  const fields = model.lexicon.data.protocol.programmeFields;
  const ev = (start: number, end: number) => evidenceOf(doc, start, end);
  const lineStart = (at: number) => text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = (at: number) => {
    const n = text.indexOf("\n", at);
    return n < 0 ? text.length : n;
  };
  const startsLine = (p: Mention) => text.slice(lineStart(p.start), p.start).trim() === "";

  // Labelled blocks: the label's own line after the colon, then the lines that open with a person, up to a line that
  // does not (blank lines between entries are skipped).
  const listed = new Map<Mention, { capacity: Capacity; label: { start: number; end: number } }>();
  const { all: re, at: labelAtLine } = labelsOf(fields);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const capacity = fields[m[1].toLowerCase()];
    const label = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length };
    let at = label.end;
    const sameLine = people.find((p) => p.start >= at && p.end <= lineEnd(at) && text.slice(at, p.start).trim() === "");
    if (sameLine) {
      listed.set(sameLine, { capacity, label });
      if (capacity === "chair") continue;
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
      labelAtLine.lastIndex = at;
      if (!first || labelAtLine.test(text)) break;
      listed.set(first, { capacity, label });
      if (capacity === "chair") break;
      at = end + 1;
    }
  }
  // A timed programme with no labels (`09.00 Välkommen, X, kommundirektör`, or the time on its own line, the item's
  // title on the next and its speakers on the lines after): the people of each item spoke.
  const times = [...text.matchAll(TIME_LINE)];
  for (const [n, t] of times.entries()) {
    if (times.length < 2) break;
    const from = (t.index ?? 0) + t[0].length;
    const to = n + 1 < times.length ? (times[n + 1].index ?? text.length) : Math.min(text.length, lineEnd(lineEnd(from) + 1) + 1);
    const label = { start: (t.index ?? 0) + t[0].search(/\S/), end: from };
    const titleLine = text.slice(from, lineEnd(from)).trim() ? from : lineEnd(from) + 1;
    const comma = text.indexOf(",", titleLine);
    for (const p of people) {
      if (p.start < titleLine || p.end > to || listed.has(p)) continue;
      // On the title's line after its comma; below it, on a line that a person opens.
      const onTitle = p.end <= lineEnd(titleLine) && comma >= 0 && comma < p.start;
      const below = p.start > lineEnd(titleLine) && people.some((q) => startsLine(q) && lineStart(q.start) === lineStart(p.start));
      if (onTitle || below) listed.set(p, { capacity: "speaker", label });
    }
  }
  // A programme lists someone other than its leader under a label; most texts list no one and stop here.
  if (![...listed.values()].some((l) => l.capacity !== "chair")) return [];
  // Leaders named in a sentence.
  const ledBy = new Map<Mention, number>();
  for (const p of people) {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const led = LED_BY.exec(before);
    if (led) ledBy.set(p, p.start - before.length + led.index);
  }
  if (listed.size + ledBy.size < 2) return [];

  const date = eventDate(text, doc.date);
  const titleEnd = doc.title ? text.indexOf(doc.title) : -1;
  const title = shortTitle(doc.title ?? "Program");
  const facts: Fact[] = [];
  const place = PLACE_LINE.exec(text)?.[1].trim();
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
    if (!EVENT_LINE.test(line) || NOT_EVENT_LINE.test(line)) continue;
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
