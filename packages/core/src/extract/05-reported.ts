/**
 * Reported meetings
 * =================
 *
 * Step 5 of extraction for press texts and newsletters that tell of a body's meeting: `Regionstyrelsen sammanträdde
 * den 4 oktober 2018`, `sista möte i kommunfullmäktige den 11 december`, `Oktobermötet blev det sista` (the body
 * named just before or in the title). The meeting is keyed as a protocol's is (body, municipality, date), so the
 * report and the minutes of one meeting are one node. Its chair is the person the text gives the chair of that very
 * body (`kommunfullmäktiges ordförande X`, `X ... som fullmäktigeordförande`), never a vice chair or the chair of
 * another body, and only where the text reports a single meeting.
 */
import { findDates, isoDate, monthNumber } from "../read/dates";
import { fold, slugify } from "../text/fold";
import type { DocumentRecord } from "../types";
import type { Mention } from "./02-mentions";
import { evidenceOf, type ExtractionModel } from "./context";
import type { EntityRef, Fact } from "./types";

export interface ReportedInput {
  doc: DocumentRecord;
  people: Mention[];
  gazetteer: Mention[];
  model: ExtractionModel;
  ref: (p: Mention) => EntityRef;
}

const MEETING_WORD = /(?<![\p{L}])(?:sammanträdde|sammanträder|sammanträdet|sammanträde|mötet|möte|möttes|\p{L}+(?:mötet|sammanträdet))(?![\p{L}])/iu;
const MONTH_MEETING = /(?<![\p{L}])(\p{L}+?)(?:mötet|sammanträdet)(?![\p{L}])/iu;
const SENTENCE = /[^.!?\n]+[.!?]?/g;

interface Body {
  /** As written, without a genitive `s`. */
  name: string;
  start: number;
  end: number;
  owner?: Mention;
}

const bodyPatterns = new WeakMap<readonly string[], RegExp>();

/** Bodies named in running text, capitalised or not (`kommunfullmäktige`, `Regionstyrelsen`, `fullmäktiges`). */
function bodyPattern(bodies: readonly string[]): RegExp {
  let re = bodyPatterns.get(bodies);
  if (!re) {
    // Definite forms only (and `fullmäktige`, which has no other): an indefinite `nämnd` in prose is rarely one body.
    const alt = bodies.filter((b) => /(en|et|fullmäktige)$/.test(b)).sort((a, b) => b.length - a.length).join("|");
    re = new RegExp(`(?<![\\p{L}-])(\\p{L}*?(?:${alt}))(s?)(?![\\p{L}])`, "giu");
    bodyPatterns.set(bodies, re);
  }
  return re;
}

/** Meetings of bodies told in prose, with the chair the text names for the body. */
export function readReportedMeetings({ doc, people, gazetteer, model, ref }: ReportedInput): Fact[] {
  const { text } = doc;
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  const bodies = bodyPattern(model.lexicon.data.protocol.bodies);
  const bodiesIn = (from: number, to: number): Body[] => {
    const out: Body[] = [];
    bodies.lastIndex = from;
    for (let m = bodies.exec(text); m && m.index < to; m = bodies.exec(text)) {
      if (m[1].length < 8 && !/^\p{Lu}/u.test(m[1])) continue;
      // `Kristianstads kommunfullmäktige`: the municipality in the genitive right before the body owns it.
      const owner = gazetteer.find((g) => g.kind === "municipality" && g.genitive && g.end < m!.index && m!.index - g.end <= 1);
      out.push({ name: m[1], start: m.index, end: m.index + m[1].length, owner });
    }
    return out;
  };

  const found = new Map<string, { ref: EntityRef; body: Body; sentence: { start: number; end: number } }>();
  const facts: Fact[] = [];
  const ev = (start: number, end: number) => evidenceOf(doc, start, end);
  for (const s of text.matchAll(SENTENCE)) {
    const start = s.index ?? 0;
    const end = start + s[0].length;
    const word = MEETING_WORD.exec(s[0]);
    if (!word) continue;
    // The date: a full one in the sentence, or the month of `Oktobermötet`; the year from the text or the document.
    let date: { iso: string; start: number; end: number } | undefined;
    for (const d of findDates(s[0])) {
      const year = d.year ?? docYear;
      if (d.day !== undefined && d.month !== undefined && year) {
        date = { iso: isoDate(year, d.month, d.day), start: start + d.start, end: start + d.end };
        break;
      }
    }
    const monthWord = MONTH_MEETING.exec(s[0]);
    const month = monthWord ? monthNumber(monthWord[1]) : undefined;
    if (!date && month && docYear) date = { iso: isoDate(docYear, month), start: start + monthWord!.index, end: start + monthWord!.index + monthWord![0].length };
    if (!date) continue;
    // The body: in the sentence, else the last one named shortly before, else in the title.
    const titleEnd = doc.title ? text.indexOf(doc.title) + doc.title.length : 0;
    const body = bodiesIn(start, end)[0] ?? bodiesIn(Math.max(0, start - 300), start).pop() ?? bodiesIn(0, titleEnd)[0];
    if (!body) continue;
    const organ = body.name[0].toUpperCase() + body.name.slice(1);
    const owner = body.owner ?? bodiesIn(0, Math.min(text.length, 600)).find((b) => fold(b.name) === fold(body.name) && b.owner)?.owner;
    const title = [organ, owner?.label].filter(Boolean).join(", ");
    const meeting: EntityRef = {
      kind: "meeting",
      key: slugify(`${organ} ${owner?.id ?? ""} ${date.iso}`),
      label: `${title}, ${date.iso}`,
      attrs: { title, date: date.iso, type: "minutes", doc: doc.id },
    };
    if (found.has(meeting.key)) continue;
    found.set(meeting.key, { ref: meeting, body, sentence: { start, end } });
    facts.push({ type: "entity", entity: meeting, evidence: ev(start, end), rule: "reported:meeting" });
    const bodyRef: EntityRef = { kind: "organisation", key: `${fold(organ)}${owner ? ` ${owner.id}` : ""}`, label: organ, attrs: { type: "body", ...(owner ? { partOf: `municipality:${owner.id}` } : {}) } };
    facts.push({ type: "relation", kind: "organised_by", source: meeting, target: bodyRef, evidence: ev(body.start, body.end), rule: "reported:meeting" });
  }
  if (found.size !== 1) return facts;

  // The chair of that body, named as such: `kommunfullmäktiges ordförande X`, `X ... som fullmäktigeordförande`.
  const [{ ref: meeting, body }] = [...found.values()];
  const stem = fold(body.name).replace(/^(kommun|region|landstings)/, "");
  // Matched on folded text (`ordförande` folds to `ordforande`).
  const chairOfBody = new RegExp(`${stem}s?\\s+(?:\\p{Ll}+\\s+)?ordforanden?\\s+$|${stem}s?ordforanden?\\s+$`, "u");
  const chairAfter = new RegExp(`^[^.!?\\n]{0,100}?\\bsom\\s+\\p{L}*${stem}s?ordforande`, "u");
  for (const p of people) {
    const before = fold(text.slice(Math.max(0, p.start - 50), p.start));
    const after = fold(text.slice(p.end, Math.min(text.length, p.end + 120)));
    const by = chairOfBody.exec(before);
    const as = by ? undefined : chairAfter.exec(after);
    if ((!by && !as) || (by && /vice/.test(by[0]))) continue;
    // The quote starts at the whole word (`Kommunfullmäktiges`), not at the stem matched.
    let from = by ? p.start - (before.length - by.index) : p.start;
    while (by && from > 0 && /\p{L}/u.test(text[from - 1])) from--;
    const to = as ? p.end + as[0].length : p.end;
    facts.push({ type: "relation", kind: "chaired", source: ref(p), target: meeting, evidence: ev(from, to), rule: "reported:chair" });
    break;
  }
  return facts;
}
