/**
 * Reported meetings
 * =================
 *
 * Step 5 of extraction for press texts and newsletters that tell of a body's meeting: `Regionstyrelsen sammanträdde
 * den 4 oktober 2018`, `sista möte i kommunfullmäktige den 11 december`, `Oktobermötet blev det sista` (the body
 * named just before or in the title). The meeting is keyed as a protocol's is (body, municipality, date), so the
 * report and the minutes of one meeting are one node. Its chair is the person the text gives the chair of that very
 * body (`kommunfullmäktiges ordförande X`, `X ... som fullmäktigeordförande`), never a vice chair or the chair of
 * another body, and only where the text reports a single meeting; the chair and the vice chairs it names so hold their
 * roles in that body; the people it says took part in it (`Vid mötet deltog X, Y och Z`) attended it. A press text is
 * read only when it names a body at its top.
 */
import { sentenceAround } from "../text/sentences";
import { bareYears, findDates, isoDate, monthNumber, relativeDay, WEEKDAY_STEMS_SV, weekdayIndex, weekdayOf } from "../read/dates";
import { fold, nameKey } from "../text/fold";
import type { DocumentRecord } from "../types";
import type { Mention } from "./02-mentions";
import { bodyMeetingRef, bodyRef, evidenceOf, type ExtractionModel, titleSpan, writtenOn } from "./context";
import { protocolTitleBody } from "./04-protocol";
import { shortFormIn } from "./protocol-words";
import type { EntityRef, Fact } from "./types";

export interface ReportedInput {
  doc: DocumentRecord;
  people: Mention[];
  gazetteer: Mention[];
  model: ExtractionModel;
  ref: (p: Mention) => EntityRef;
}

// Cheap first pass: the sentences worth reading hold one of these.
const MEETING_WORD = /sammanträd|möte|möttes|träff|samlades|beslutade|beslöt|valdes|fullmäktige/g;
const MONTH_MEETING = /(?<![\p{L}])(\p{L}+?)(?:mötet|sammanträdet)(?![\p{L}])/iu;
const BUDGET_YEAR = /(?<![\p{L}])budget(?:en|året|år)?(?:\s+för)?\s+((?:19|20)\d\d)(?!\d)/giu;
// A body elected at a month's meeting (`vid decembermötet väljs styrelsen`) is not the one that met.
const ELECTED = /(?<![\p{L}])(?:väljs|valdes|utses|utsågs)\s+$/u;
// How a sentence ties its body to the meeting: `Regionstyrelsen sammanträdde`, `kommunfullmäktiges sista
// sammanträde`, `möte i kommunfullmäktige`. A body only named nearby (`mötet med länsstyrelsen`) is not the one that met.
// A body decides only sitting, so `Kommunfullmäktige beslutade den 27 maj att …` tells that day's meeting as held.
// The body's town may stand before the verb (`Kommunfullmäktige i Ekby sammanträdde`), and so may its day (`när
// fullmäktige den 12 oktober sammanträdde`, group 1); a notice summons the body (`… i Ekby kallas att sammanträda`).
const WEEKDAY_STEMS = WEEKDAY_STEMS_SV.join("|");
// Or its weekday (`När det nyvalda regionfullmäktige på måndagen träffades`, group 2, or after a past verb:
// `Fullmäktige sammanträdde på onsdagen`, group 3), that week's in a dated text.
const AFTER_SUBJECT = new RegExp(
  String.raw`^\s+(?:i\s+\p{Lu}[\p{L}-]+\s+)?(?:(den\s+\d{1,2}\s+\p{Ll}+(?:\s+\d{4})?)\s+)?(?:på\s+(${WEEKDAY_STEMS})dagen\s+)?(?:sammanträdde|sammanträder|möttes|träffades|samlades|beslutade|beslöt|kallas\s+(?:att|till)\s+sammanträd(?:a|e))(?![\p{L}])(?:\s+på\s+(${WEEKDAY_STEMS})dagen(?![\p{L}]))?`,
  "u",
);
const AFTER_GENITIVE = /^\s+(?:\p{Ll}+\s+)?(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)(?![\p{L}])/u;
const BEFORE_BODY = /(?:möte|mötet|sammanträde|sammanträdet)\s+i\s+$/u;
// A sentence opened by the body that sat and its day (`Under kommunfullmäktige den 12 december 2022 valdes …`, `På
// kommunfullmäktige den 3 maj 2021 utsågs …`).
const OPENING_BODY = /^\s*(?:Under|Vid|På)\s+$/u;
// The sentence opened by the day, its verb before the body (`Den 15 oktober sammanträdde nyvalda kommunfullmäktige`):
// the verb with a word or two of the body's before it, and the date right before the verb; or its members first, the
// body after `i` and its municipality's genitive (`sammanträdde de nya ledamöterna i Bystads kommunfullmäktige`).
// A sitting held is told so too (`Den 7 november hölls det första kommunfullmäktige`). The members may be the body's
// compound (`sammanträdde fullmäktigeledamöterna`, Body.members).
const VERB_BEFORE =
  /(?:sammanträdde|möttes|träffades|samlades|hölls(?:\s+det)?)\s+(?:(?:de\s+)?(?:\p{Ll}+\s+)?(?:ledamöterna|ledamöter)\s+i\s+(?:\p{Lu}\p{Ll}+s\s+)?|(?:\p{Ll}+\s+){0,2})$/u;
// A body that sat alongside a meeting (`I samband med fullmäktigemötet sammanträdde också den nya regionstyrelsen`):
// the sentence opens with the meeting, the verb in the past, and the body follows with its determiner and a word.
const ALONGSIDE =
  /^\s*I\s+samband\s+med\s+\p{L}*(?:mötet|sammanträdet)\s+(?:sammanträdde|möttes|träffades|samlades)\s+(?:också\s+|även\s+)?(?:(?:den|det|de)\s+)?(?:\p{Ll}+\s+)?$/u;
// Or the body had its sitting (`Den 8 maj hade den nya styrelsen sitt konstituerande möte`): `hade` before it, `sitt …
// möte` after it.
const HAD_BEFORE = /(?<![\p{L}])hade\s+(?:(?:den|det|de)\s+)?(?:\p{Ll}+\s+)?$/u;
const OWN_SITTING = /^\s+(?:[^.!?\n]{0,50}?\s)?sitt\s+(?:\p{Ll}+\s+)?(?:sammanträde|möte)(?![\p{L}])/u;
// Or the body's turn to sit, come (`I går, tisdag, var det dags för det nyvalda kommunfullmäktige att sammanträda`): the
// day the sentence opens with, relative to the text's (`relativeDay`), or its weekday alone (group 1).
const DUE_BEFORE = /(?<![\p{L}])var\s+det\s+dags\s+för\s+(?:(?:det|den|de)\s+)?(?:\p{Ll}+\s+)?$/u;
const TO_SIT = /^\s+att\s+sammanträda(?![\p{L}])/u;
// Or the sentence opens with that day alone before the verb (`Idag sammanträdde regionfullmäktige`).
const SAID_DAY = /^\s*i\s?(?:dag|går|förrgår)[\s,]*$/iu;
const DUE_DAY = new RegExp(String.raw`^\s*(?:(?:i\s?går|i\s?förrgår)[\s,]+)?(?:(${WEEKDAY_STEMS})dag(?:en)?[\s,]+)?(?:så\s+)?$`, "iu");
// The first sitting of a term names the term (`det första kommunfullmäktige för mandatperioden 2022–2026`): a day of
// no year is in the term's first year, not the page's.
const TERM_START = /(?<![\p{L}])första\s[^.!?\n]{0,60}?mandatperiod(?:en)?\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)?\d\d(?!\d)/u;
// The day may be opened by its weekday (`Måndag 3 mars samlades fullmäktige`), or by the day it is to the writer, its
// date then said in full (`Idag den 17 oktober sammanträdde …`).
const OPENING_DAY = new RegExp(
  String.raw`^[\s,]*(?:i\s?(?:dag|går|förrgår),?\s+)?(?:(?:den|i|på)\s+)?(?:(?:${WEEKDAY_STEMS})dag(?:en)?\s+(?:den\s+)?)?$`,
  "iu",
);
// A meeting dated from the day the text was written (`vid gårdagens möte`, `på tisdagens sammanträde`), its body
// glued before the meeting's word (`under gårdagens fullmäktigemöte`, group 2) or after it, tied by: `i`, `med` (the body's determiner and one word may stand between: `med det nyvalda
// kommunfullmäktige`), or the body deciding at it (`… sammanträde beslutade fullmäktige`, `fattade kommunfullmäktige beslut`).
const RELATIVE_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(förrgårdagens|gårdagens|dagens|(?:${WEEKDAY_STEMS})dagens)\s+(\p{L}*?)(?:möte|sammanträde)(?![\p{L}])`,
  "iu",
);
// The weekday an undated sitting is named by (`torsdagens fullmäktigemöte`, `tisdagen`, `måndagskvällen`).
const WEEKDAY_NAMED = new RegExp(`^(${WEEKDAY_STEMS})dag`, "iu");
const WEEKDAY_GENITIVE = new RegExp(`^(?:${WEEKDAY_STEMS})dagens$`, "iu");
const RELATIVE_TIE =
  /^\s+(?:(?:i|med)(?:\s+(?:det|den|de)(?:\s+\p{Ll}+)?)?|(?:beslutade|fattade|valde|utsåg|antog|godkände|fastställde|behandlade|diskuterade)(?:\s+även|\s+också)?)\s+$/u;
// A coming meeting's weekday (`på måndagens möte i styrelsen ska …`) is not one the text looks back on.
const FUTURE = /(?<![\p{L}])(?:ska|skall|kommer att)(?![\p{L}])/u;
// A meeting told by its weekday only, something done at it (`på fullmäktiges möte under tisdagen valdes …`, `i
// tisdags beslutade`): held that week, its year unknown. Or its evening, the meeting declared open then
// (`förklarade kommunfullmäktigemötet på måndagskvällen öppnat`, group 2).
const WEEKDAY_HELD = new RegExp(
  String.raw`^\s+(?:under|på|i)\s+(?:(${WEEKDAY_STEMS})(?:dagen|dags)\s+(?:valdes|valde|beslutade|beslöt|utsågs|utsåg|antogs|antog)|((?:${WEEKDAY_STEMS})dagskvällen)\s+öppnat)(?![\p{L}])`,
  "u",
);

// A sitting of the full council told by the body alone, something decided at it (`valdes … vid ett extrainsatt
// kommunfullmäktige på tisdagskvällen`, `I dag på regionfullmäktige stod det på dagordningen att utse …`, `Vid kvällens
// kommunfullmäktige valdes …`, a definite adjective after the day: `Vid måndagens extra kommunfullmäktige fattades
// beslut …`): what singles it out (group 1, or the day the text was written or one before it, group 2) and its weekday
// (group 4) qualify it where no day dates it.
const SITTING = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Vv]id|[Pp]å)\s+(?:(?:ett|en)\s+(\p{Ll}+)|(kvällens|dagens|gårdagens|(?:${WEEKDAY_STEMS})dagens)(?:\s+\p{Ll}+a)?)|([Ii]\s?dag)\s+på)\s+\p{L}*fullmäktige(?:\s+på\s+((?:${WEEKDAY_STEMS})(?:dagen|dags\p{Ll}+en)))?(?![\p{L}])`,
  "u",
);
// A sentence opened by its day and something done then, closed by the meeting it was done at: the body's short form
// glued to the meeting's word or its genitive before it (`14 mars valdes styrelsens ordförande på KS-möte.`, `Den 3 maj
// utsågs X vid kommunfullmäktiges möte.`). The day is that meeting's; the body elected is not the one that met, so
// `ELECTED` does not apply. Done in the passive only: an active verb's subject may send a matter on to a later meeting.
const CLOSING_MEETING = /(?<![\p{L}])(?:på|vid)\s+(?:(\p{Lu}{2,5})-|(\p{L}+)s\s+)möte(?:t)?\s*[.!?]?\s*$/u;
const DONE_THEN = /^\s+(?:valdes|utsågs|beslutades|antogs|godkändes|fastställdes)(?![\p{L}])/u;
// A council's sitting told by who presided over it, no day given (`Eva Ek (S) öppnade fullmäktige i egenskap av
// ålderspresident`): the council right after its opener, who opens the sentence, is the one that sat.
const OPENED = /^\s*(?:\([^()\n]{1,8}\)\s*)?öppnade\s+(?:det\s+(?:nya|nyvalda)\s+)?$/u;
// A sentence opened by a sitting and its day, something done at it in the passive (`Vid årets första sammanträde den 3
// mars valdes X till ordförande för Ekby samordningsförbund under 2031`): held on that day, its year the term the
// sentence chose for (`under|för 2031`) or the text's sure one. The body whose chair it chose met (`CHAIR_OF`), else the
// title's. A coming sitting (`Vid nästa sammanträde den …`) does not open with a past passive, nor does one referred to.
const OPENED_BY_SITTING =
  /^\s*(?:Vid|På|Under)\s+(?:(?:årets|det|sitt|dess)\s+)?(?:(?:första|andra|sista|konstituerande|extra|extrainsatta)\s+)?(?:sammanträde|sammanträdet|möte|mötet)\s+(?:den\s+)?$/u;
const CHAIR_OF = /(?<![\p{L}])ordförande\s+(?:för|i)\s+$/u;
// A sitting held to go on with an earlier one (`Den 20 mars samlades kommunfullmäktige för att återuppta sammanträdet
// från den 18 mars`): the earlier day was a sitting of the same body too, before the one held.
const RESUMED = /(?<![\p{L}])återupp(?:ta|tar|tog|togs|tas)\s+sammanträdet\s+från\s+$/u;
const TERM_YEAR = /(?<![\p{L}])(?:under|för)\s+((?:19|20)\d\d)(?![\d–-])/u;
/** What a body's sitting decided, which tells it with no meeting word (`I dag på regionfullmäktige valdes X`). */
export const DECIDED_AT = /(?<![\p{L}])(?:valdes|valde|utsågs|utsåg|utse|beslutade|beslöt|beslutades|antogs|antog|fattades\s+beslut)(?![\p{L}])/u;

interface Body {
  /** As written, without a genitive `s`. */
  name: string;
  start: number;
  end: number;
  genitive: boolean;
  /** The length of a meeting's word glued after the body (`kommunfullmäktigemöte`), 0 with none. */
  glued: number;
  /** Written as its members' compound (`fullmäktigeledamöterna`): a subject after the verb only (VERB_BEFORE). */
  members?: boolean;
  owner?: Mention;
}

const bodyPatterns = new WeakMap<readonly string[], { names: RegExp; words: RegExp }>();

/**
 * Bodies named in running text, capitalised or not (`kommunfullmäktige`, `Regionstyrelsen`, `fullmäktiges`), and any
 * body noun at all without the name around it (the cheap test before the first).
 */
function bodyPatternsOf(bodies: readonly string[]): { names: RegExp; words: RegExp } {
  let re = bodyPatterns.get(bodies);
  if (!re) {
    // Definite forms only (and `fullmäktige`, which has no other): an indefinite `nämnd` in prose is rarely one body.
    const alt = bodies
      .filter((b) => /(en|et|fullmäktige)$/.test(b))
      .sort((a, b) => b.length - a.length)
      .join("|")
      // A party's council group sits as a body does (`Moderaternas fullmäktigegrupp hade sitt möte`).
      .concat("|fullmäktigegrupp(?:en)?");
    // A meeting's word may be glued to the body, as a caption names its meeting (`kommunfullmäktigemöte den 17 maj`,
    // `kommunfullmäktigemötet på måndagskvällen`), and so may its members (`fullmäktigeledamöterna`).
    re = { names: new RegExp(`(?<![\\p{L}-])(\\p{L}*?(?:${alt}))(s?)(mötet?|sammanträdet?|ledamöterna)?(?![\\p{L}])`, "giu"), words: new RegExp(alt, "i") };
    bodyPatterns.set(bodies, re);
  }
  return re;
}

/** Meetings of bodies told in prose, with the chair the text names for the body. */
export function readReportedMeetings({ doc, people, gazetteer, model, ref }: ReportedInput): Fact[] {
  const { text } = doc;
  // A press text about a meeting names the body at its top (title or lead); one that only mentions a meeting on the
  // way (a letter, an interpellation) is not read. A newsletter's sections each have their own top, so it is read whole.
  const { names: bodies, words: bodyWords } = bodyPatternsOf(model.lexicon.data.protocol.bodies);
  const agenda = agendaMeeting(doc, people, model, ref);
  if (agenda.length) return agenda;
  // An association's annual meeting names no body the lexicon knows: read before a press text's test for one.
  const annual = annualMeeting(doc, people, ref);
  if (annual.length) return annual;
  // The lead is the 400 characters past the title, which a photo's caption above it may push down.
  const titleEnd = titleSpan(doc)[1];
  if (doc.genre === "text" && !bodyWords.test(text.slice(0, Math.max(400, titleEnd + 400)))) return [];
  // A date without a year takes the document's only where that year is sure: a dated page (`Uppdaterad den 10
  // oktober 2018`) or a text that names no other year near it (`sedan 1930-talet` is history, `budget 2019` is not).
  // A year guessed from several would date the meeting wrongly, and so would one the text names only as a budget's
  // (`budgeten för 2023 skall fastställas`): the year planned for, not the year written in.
  // Worked out on first need: most texts report no meeting.
  let sureYear: number | undefined | null = null;
  const docYear = (): number | undefined => {
    if (sureYear !== null) return sureYear;
    const guessed = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
    const years = bareYears(text);
    const near = new Set(years.filter((y) => guessed && Math.abs(y - guessed) <= 10));
    const planned = doc.date?.length === 10 ? 0 : [...text.matchAll(BUDGET_YEAR)].filter((m) => Number(m[1]) === guessed).length;
    const named = years.filter((y) => y === guessed).length > planned;
    return (sureYear = doc.date && (doc.date.length === 10 || (near.size === 1 && near.has(guessed!) && named)) ? guessed : undefined);
  };
  /** The bodies in `text[from, to)`; their members' compounds only `withMembers` (a sitting's subject). */
  const bodiesIn = (from: number, to: number, withMembers = false): Body[] => {
    const out: Body[] = [];
    // Matched in the span alone: a search from `from` in the whole text would run on to the next body anywhere.
    const span = text.slice(from, to);
    bodies.lastIndex = 0;
    for (let m = bodies.exec(span); m; m = bodies.exec(span)) {
      if (m[1].length < 8 && !/^\p{Lu}/u.test(m[1])) continue;
      const members = m[3]?.toLowerCase() === "ledamöterna";
      if (members && !withMembers) continue;
      const at = from + m.index;
      // `Kristianstads kommunfullmäktige`: the municipality in the genitive right before the body owns it.
      const owner = gazetteer.find((g) => g.kind === "municipality" && g.genitive && g.end < at && at - g.end <= 1);
      out.push({ name: m[1], start: at, end: at + m[1].length, genitive: m[2] === "s", glued: members ? 0 : (m[3]?.length ?? 0), members, owner });
    }
    return out;
  };

  // The council the text names in full (`Ekby kommunfullmäktige`), else a municipality's: read once per document.
  let fullCouncil: string | undefined;
  const councilNamedInFull = () => (fullCouncil ??= bodiesIn(0, text.length).find((b) => /.fullmäktige$/iu.test(b.name))?.name ?? "kommunfullmäktige");
  /** A body's name, a bare `fullmäktige` read as the council the text names in full. */
  const councilName = (name: string) => (fold(name) === "fullmaktige" ? councilNamedInFull() : name);

  const found = new Map<string, { ref: EntityRef; body: Body; organiser: EntityRef; parent?: EntityRef; iso?: string }>();
  const facts: Fact[] = [];
  const ev = (start: number, end: number) => evidenceOf(doc, start, end);
  /** The meeting of `body` on `iso`, or on a `day` of no known year (`Kommunfullmäktige (12 oktober)`), told in `text[start, end)`, made once. */
  const meetingOf = (body: Body, iso: string | undefined, start: number, end: number, day?: string) => {
    const named = headingBody(text, start, body.name, model.lexicon.data.protocol.bodies);
    const organ = (named ?? body.name)[0].toUpperCase() + (named ?? body.name).slice(1);
    const owner = body.owner ?? bodiesIn(0, Math.min(text.length, 600)).find((b) => fold(b.name) === fold(body.name) && b.owner)?.owner;
    const parent: EntityRef | undefined = owner ? { kind: "municipality", key: owner.id, label: owner.label } : undefined;
    const meeting = bodyMeetingRef(day ? `${organ} (${day})` : organ, parent, iso, doc);
    if (found.has(meeting.key)) return;
    const organiser = bodyRef(organ, parent);
    found.set(meeting.key, { ref: meeting, body, organiser, parent, iso });
    facts.push({ type: "entity", entity: meeting, evidence: ev(start, end), rule: "reported:meeting" });
    facts.push({ type: "relation", kind: "organised_by", source: meeting, target: organiser, evidence: ev(body.start, body.end), rule: "reported:meeting" });
  };
  // Sittings told by their weekday alone (`På torsdagens fullmäktigemöte`), made once every sentence is read.
  const byWeekday: { body: Body; start: number; end: number; undated: string; weekday: number }[] = [];
  let read = -1;
  // The latest day the text says a body sat on (`sammanträdde`, `möttes`), for the meetings named after it.
  let sat: string | undefined;
  for (const hit of text.matchAll(MEETING_WORD)) {
    if ((hit.index ?? 0) < read) continue;
    const { start, end } = sentenceAround(text, hit.index ?? 0);
    read = end;
    const sentence = text.slice(start, end);
    // `I samband med fullmäktigemötet sammanträdde också regionstyrelsen`: a body that sat beside a meeting the text
    // has told as held, on its day.
    const alongside =
      sat && sentence.includes("samband") ? bodiesIn(start, end).find((b) => !b.genitive && !b.glued && ALONGSIDE.test(text.slice(start, b.start))) : undefined;
    if (alongside) {
      meetingOf(alongside, sat, start, end);
      continue;
    }
    // `14 mars valdes … på KS-möte.`: the day opening the sentence dates the meeting closing it.
    const closed = sentence.includes("möte") ? CLOSING_MEETING.exec(sentence) : null;
    const [opening] = closed ? findDates(sentence) : [];
    if (closed && opening?.day && opening.month && OPENING_DAY.test(sentence.slice(0, opening.start)) && DONE_THEN.test(sentence.slice(opening.end))) {
      const at = start + closed.index + closed[0].indexOf(closed[1] ?? closed[2]);
      const name = closed[1] && model.lexicon.data.protocol.bodyShortForms?.[closed[1]];
      const met = name
        ? { name, start: at, end: at + closed[1].length, genitive: false, glued: 0 }
        : bodiesIn(at, at + closed[2].length + 1).find((b) => b.genitive);
      const year = opening.year ?? docYear();
      if (met && year) {
        const iso = isoDate(year, opening.month, opening.day);
        sat = sat && sat > iso ? sat : iso;
        meetingOf(met, iso, start, end);
        continue;
      }
      if (met) {
        meetingOf(met, undefined, start, end, sentence.slice(opening.start, opening.end));
        continue;
      }
    }
    const [first] = /^\s*(?:Vid|På|Under)\s/u.test(sentence) ? findDates(sentence) : [];
    if (first?.day && first.month && OPENED_BY_SITTING.test(sentence.slice(0, first.start)) && DONE_THEN.test(sentence.slice(first.end))) {
      const term = TERM_YEAR.exec(sentence.slice(first.end));
      const year = first.year ?? (term ? Number(term[1]) : docYear());
      const met = bodiesIn(start + first.end, end).find((b) => CHAIR_OF.test(text.slice(Math.max(start, b.start - 20), b.start))) ?? bodiesIn(0, titleEnd)[0];
      if (year && met) {
        const iso = isoDate(year, first.month, first.day);
        sat = sat && sat > iso ? sat : iso;
        meetingOf(met, iso, start, end);
        continue;
      }
    }
    // Undated, the sitting is one only where the sentence says who presided (its chairs are read below).
    const opened = sentence.includes("öppnade")
      ? bodiesIn(start, end).find(
          (b) =>
            !b.genitive &&
            !b.glued &&
            /fullmäktige$/iu.test(b.name) &&
            people.some((p) => p.start >= start && p.end < b.start && !text.slice(start, p.start).trim() && OPENED.test(text.slice(p.end, b.start))),
        )
      : undefined;
    if (opened) {
      meetingOf({ ...opened, name: councilName(opened.name) }, undefined, start, end);
      continue;
    }
    // Most sentences with a meeting word name no date or no body: cheap tests spare the careful reading (a month's
    // meeting, `Oktobermötet`, may take its body from before; a weekday's, `under tisdagen`, has no digit, nor has `Idag sammanträdde`).
    const relative = sentence.includes("dagens") && !FUTURE.test(sentence) ? RELATIVE_MEETING.exec(sentence) : null;
    const sitting = DECIDED_AT.test(sentence) && !FUTURE.test(sentence) ? SITTING.exec(sentence) : null;
    if (
      !relative &&
      !sitting &&
      !/mötet|sammanträdet/.test(sentence) &&
      (!/\d|dagen\b|dags |[Ii] ?(?:dag|går|förrgår)\b/.test(sentence) || !bodyWords.test(sentence))
    )
      continue;
    // The body that met, tied to the meeting in the sentence, and where the tie ends (the date follows it).
    let tie = -1;
    let verb = -1;
    let held = false;
    // A summons names its day and place anywhere later in the sentence (`kallas att sammanträda i Salen, måndagen den 3
    // maj 2021`); a day between the body and its verb starts at `between`.
    let summons = false;
    let between: [number, number] | undefined;
    // The weekday the body sat on (`på måndagen träffades`), its genitive's stem.
    let satOn: string | undefined;
    // Where a sentence telling the body's turn to sit opens (`DUE_BEFORE`), its day relative to the text's.
    let dueAt = -1;
    let body = bodiesIn(start, end, true).find((b) => {
      const afterAt = b.end + (b.genitive ? 1 : 0) + b.glued;
      const after = text.slice(afterAt, Math.min(end, b.end + 40));
      const subject = AFTER_SUBJECT.exec(after);
      const m = subject ?? (b.genitive ? AFTER_GENITIVE.exec(after) : null);
      summons = !!subject && subject[0].includes("kallas");
      held = !!subject && !summons && !subject[0].includes("sammanträder");
      const day = subject?.[1] ? afterAt + subject[0].indexOf(subject[1]) : -1;
      between = day >= 0 ? [day, day + subject![1].length] : undefined;
      // A weekday after the verb is the day sat on, not a summons's nor a coming sitting's.
      satOn = subject?.[2] ?? (held ? subject?.[3] : undefined);
      const before = text.slice(Math.max(start, b.start - 60), b.start);
      const had = b.genitive ? null : HAD_BEFORE.exec(before);
      if (b.members) {
        if (VERB_BEFORE.test(before)) verb = b.start - before.length + VERB_BEFORE.exec(before)!.index;
      } else if (b.glued) tie = afterAt;
      else if (m) tie = afterAt + m[0].length;
      else if (BEFORE_BODY.test(before.slice(-20)) || (b.start - start < 10 && OPENING_BODY.test(before))) tie = b.end;
      else if (!b.genitive && VERB_BEFORE.test(before)) verb = b.start - before.length + VERB_BEFORE.exec(before)!.index;
      else if (!b.genitive && DUE_BEFORE.test(before) && TO_SIT.test(after)) {
        verb = b.start - before.length + DUE_BEFORE.exec(before)!.index;
        const due = DUE_DAY.exec(text.slice(start, verb));
        if (!due) verb = -1;
        satOn = due?.[1]?.toLowerCase();
        dueAt = due ? start : -1;
      }
      // `sitt … möte` may stand past what qualifies the body (`gruppen för den nya mandatperioden sitt möte`).
      else if (had && OWN_SITTING.test(text.slice(afterAt, Math.min(end, afterAt + 90)))) verb = b.start - before.length + had.index;
      return tie >= 0 || verb >= 0;
    });
    // The members' compound of a bare `fullmäktige` names the council the text names in full.
    if (body?.members) body = { ...body, name: councilName(body.name) };
    // The date right after the tie (`sammanträde den 20 november`), or opening the sentence right before its verb, with
    // its year or the document's sure one.
    let date: { iso: string; start: number; end: number } | undefined;
    // A day the text reports as sat on but gives no year for (`den 12 oktober sammanträdde`, no year in the text).
    let undated: string | undefined;
    const [from, to] = between ?? (tie >= 0 ? [tie, summons ? end : Math.min(end, tie + 40)] : [start, verb]);
    const term = body && verb >= 0 ? TERM_START.exec(sentence) : null;
    for (const d of body ? findDates(text.slice(from, to)) : []) {
      const year = d.year ?? (term ? Number(term[1]) : docYear());
      if (d.day === undefined || d.month === undefined) continue;
      if (!year) {
        // A day opening the sentence before its verb is the day sat on, its year unknown.
        const opens = verb >= 0 && OPENING_DAY.test(text.slice(start, start + d.start)) && !/\S/.test(text.slice(start + d.end, verb));
        if (held || opens) undated ??= text.slice(from + d.start, from + d.end);
        continue;
      }
      if (tie >= 0 && !between && !summons && !/^[\s,]*(?:(?:den|i|på|on|,)\s+)*$/u.test(text.slice(tie, tie + d.start))) break;
      if (tie < 0 && (!OPENING_DAY.test(text.slice(start, start + d.start)) || /\S/.test(text.slice(start + d.end, verb)))) break;
      date = { iso: isoDate(year, d.month, d.day), start: from + d.start, end: from + d.end };
      break;
    }
    // `Oktobermötet`: the month's meeting of the body in the sentence, the one before, or the title.
    // A coming month's meeting (`vid decembermötet skall …`) is not one held.
    const monthWord = date || FUTURE.test(sentence) ? undefined : MONTH_MEETING.exec(sentence);
    const month = monthWord ? monthNumber(monthWord[1]) : undefined;
    const monthYear = monthWord && month ? docYear() : undefined;
    if (monthWord && month && monthYear) {
      date = { iso: isoDate(monthYear, month), start: start + monthWord.index, end: start + monthWord.index + monthWord[0].length };
      body ??=
        bodiesIn(start, end).find((b) => !ELECTED.test(text.slice(Math.max(start, b.start - 12), b.start))) ??
        bodiesIn(sentenceAround(text, Math.max(0, start - 2)).start, start).pop() ??
        bodiesIn(0, titleEnd)[0];
    }
    // `Vid gårdagens möte i kommunstyrelsen`: the day counted from the text's own date, the body right after. In a text
    // of no such date a weekday's meeting is still one the text names (`Kommunfullmäktige (måndagens sammanträde)`);
    // `gårdagens` then names no day at all.
    const dated = !!relative && writtenOn(doc);
    const after = relative ? start + relative.index + relative[0].length : 0;
    const glued = relative?.[2] ? bodiesIn(after - relative[0].length + relative[1].length, after).find((b) => b.glued) : undefined;
    const named =
      relative && !date && !undated && (dated || WEEKDAY_GENITIVE.test(relative[1])) ? (glued ?? bodiesIn(after, Math.min(end, after + 60))[0]) : undefined;
    if (named && (named === glued || RELATIVE_TIE.test(text.slice(after, named.start)))) {
      body = named;
      if (dated) date = { iso: dayBefore(doc.date!, relative![1].toLowerCase()), start: start + relative!.index, end: after };
      else undated = relative![0].toLowerCase();
    }
    const weekday = !date && !undated && tie >= 0 ? WEEKDAY_HELD.exec(text.slice(tie, end)) : null;
    if (weekday) undated = weekday[2] ?? `${weekday[1]}dagen`;
    // A weekday the body sat on is that week's in a text dated the day it was written (as `tisdagens möte` is).
    if (satOn && !date && !undated) {
      if (writtenOn(doc)) date = { iso: dayBefore(doc.date!, `${satOn}dagens`), start, end };
      else undated = `${satOn}dagen`;
    }
    if (verb >= 0 && dueAt < 0 && !date && !undated && SAID_DAY.test(text.slice(start, verb))) dueAt = start;
    if (dueAt >= 0 && !date && !undated && writtenOn(doc)) {
      const day = relativeDay(text.slice(dueAt, verb), doc.date!);
      if (day) date = { iso: day.iso, start: dueAt + day.start, end: dueAt + day.end };
    }
    if (sitting && !date && !undated && !/^(?:kommande|nästa)$/.test(sitting[1] ?? "")) {
      const at = start + sitting.index;
      body = bodiesIn(at, at + sitting[0].length).pop();
      if ((sitting[2] || sitting[3]) && writtenOn(doc))
        date = { iso: dayBefore(doc.date!, (sitting[2] ?? "").toLowerCase()), start: at, end: at + sitting[0].length };
      else if (body) {
        // `I dag` or `kvällens` in an undated text: the body (and its place) alone name the sitting.
        const qualifier = [sitting[1] ?? sitting[2]?.toLowerCase(), sitting[4]].filter(Boolean).join(", ");
        meetingOf(body, undefined, start, end, qualifier || undefined);
        continue;
      }
    }
    if (undated && !date && body) {
      const weekday = WEEKDAY_NAMED.exec(undated);
      if (weekday) byWeekday.push({ body, start, end, undated, weekday: weekdayIndex(weekday[1]) });
      else meetingOf(body, undefined, start, end, undated);
      continue;
    }
    if (!date || !body) continue;
    // A meeting named after one the text says sat, and dated after it, is a coming one (`Den 15 oktober sammanträdde
    // fullmäktige … Valen genomförs på fullmäktiges sammanträde den 26 november`): not reported as held.
    held ||= verb >= 0;
    if (held) sat = sat && sat > date.iso ? sat : date.iso;
    else if (sat && date.iso > sat) continue;
    meetingOf(body, date.iso, start, end);
    if (held && sentence.includes("återupp")) {
      const resumed = findDates(sentence).find(
        (d) => d.day && d.month && start + d.start > date!.end && RESUMED.test(sentence.slice(0, d.start).replace(/den\s+$/, "")),
      );
      if (resumed) {
        const year = resumed.year ?? Number(date.iso.slice(0, 4));
        const iso = isoDate(year, resumed.month!, resumed.day!);
        meetingOf(body, iso < date.iso ? iso : isoDate(year - 1, resumed.month!, resumed.day!), start, end);
      }
    }
  }
  // A weekday's sitting is the body's sitting the text dates on a day of that weekday (`Under kommunfullmäktige den 14
  // mars 2024 …`, a Thursday: `På torsdagens fullmäktigemöte …`), a bare `fullmäktige` the council named in full.
  for (const w of byWeekday) {
    const council = fold(councilName(w.body.name));
    const same = [...found.values()].some((f) => f.iso?.length === 10 && fold(councilName(f.body.name)) === council && weekdayOf(f.iso) === w.weekday);
    if (!same) meetingOf(w.body, undefined, w.start, w.end, w.undated);
  }
  if (found.size === 0) {
    const heading = headingMeeting(text, bodiesIn, doc.date) ?? minutesLink(text, model.lexicon.data.protocol.bodies);
    if (heading) meetingOf(heading.body, heading.iso, heading.start, heading.end);
  }
  if (found.size !== 1) return facts;

  // The chair and vice chairs of that body, named as such: `kommunfullmäktiges ordförande X`, `kommunfullmäktiges 1:e
  // vice ordförande Y`, `X ... som fullmäktigeordförande`. Each holds the role in the body; the first chair chaired.
  const [{ ref: meeting, body, organiser, parent, iso }] = [...found.values()];
  facts.push(...tookPart(doc, people, meeting, iso, ref));
  const officers = meetingOfficers(doc, people, meeting, ref);
  facts.push(...officers);
  let chaired = officers.some((f) => f.type === "relation" && f.kind === "chaired");
  const stem = fold(body.name).replace(/^(kommun|region|landstings)/, "");
  // Matched on folded text (`ordförande` folds to `ordforande`), which keeps the offsets of the text.
  // Or the seat before the body and the name it fell to (`1:a vice ordförande för kommunfullmäktige blev X`).
  const roleOfBody = new RegExp(
    `${stem}s?\\s+((?:\\p{Ll}+\\s+)?(?:${ORDINAL}\\s+)?(?:vice\\s+)?ordforanden?)\\s+$|${stem}s?(ordforanden?)\\s+$|((?:${ORDINAL}\\s+)?(?:vice\\s+)?ordforande)\\s+(?:for|i)\\s+\\p{L}*${stem}\\s+blev\\s+$`,
    "du",
  );
  const chairAfter = new RegExp(`^[^.!?\\n]{0,100}?\\bsom\\s+(\\p{L}*${stem}s?ordforande)`, "du");
  for (const p of people) {
    const before = fold(text.slice(Math.max(0, p.start - 50), p.start));
    const after = fold(text.slice(p.end, Math.min(text.length, p.end + 120)));
    const by = roleOfBody.exec(before);
    const as = by ? undefined : chairAfter.exec(after);
    if (!by && !as) continue;
    // Where the role's words are in the text: before the name, or after it.
    const [roleFrom, roleTo] = by ? by.indices![by[1] ? 1 : by[2] ? 2 : 3]!.map((i) => p.start - before.length + i) : as!.indices![1].map((i) => p.end + i);
    const written = text.slice(roleFrom, roleTo).toLowerCase();
    const vice = /vice/.test(fold(written));
    // The quote starts at the whole word (`Kommunfullmäktiges`), not at the stem matched.
    let from = by ? p.start - (before.length - by.index) : p.start;
    while (by && from > 0 && /\p{L}/u.test(text[from - 1])) from--;
    const to = as ? roleTo : p.end;
    if (!vice && !chaired) {
      facts.push({ type: "relation", kind: "chaired", source: ref(p), target: meeting, evidence: ev(from, to), rule: "reported:chair" });
      chaired = true;
    }
    facts.push({
      type: "relation",
      kind: "holds_role",
      source: ref(p),
      target: organiser,
      evidence: ev(from, to),
      rule: "reported:chair",
      attrs: { role: written, roleNormalised: vice ? viceChair(fold(written)) : "ordförande" },
    });
    // The chair of a municipality's body, a political role there, represents the municipality (as `Nackas
    // kommunstyrelseordförande X` does).
    if (parent?.kind === "municipality")
      facts.push({ type: "relation", kind: "represents", source: ref(p), target: parent, evidence: ev(from, to), rule: "reported:chair" });
  }
  return facts;
}

// A press page headed by a line of the body and the day (`Regionfullmäktige 12 juni 2019`), the body acting under it
// (`Regionfullmäktige valde …`), reports that day's meeting; a line of a schedule has no decision under it. So does a
// heading of news from the body's sitting (`Sammanfattning från styrelsen den 25 maj`) that the text below speaks of as
// the meeting (`Vid mötet behandlades …`): a past day, so in the page's year, or the year before where its month is
// later than the page's. A record of a sitting, as a webcast's page gives it, has the body's formal opening items on
// their own lines under that heading (`Mötets öppnande`, `Upprop`, `Val av justerare`) and may tell no decision in the
// past; a notice of a coming sitting lists the same items, so a head that summons or speaks of the future is none.
const HEADING_REACH = 600;
const DECIDED = /^\s+(?:valde|beslutade|utsåg|antog|godkände|fastställde|sammanträdde)(?![\p{L}])/u;
const FROM_BODY = /(?<![\p{L}])från\s+$/iu;
const THE_MEETING = /(?<![\p{L}])(?:[Vv]id|[Pp]å|[Ff]rån|[Uu]nder) (?:mötet|sammanträdet)(?![\p{L}])/u;
const FORMAL_ITEM =
  /^[ \t]*(?:(?:Mötets|Sammanträdets) öppnande|Upprop|Val av (?:två )?(?:protokolls)?justerare|Justering(?:sdatum)?|(?:Godkännande|Fastställande) av (?:dagordning|föredragningslista)(?:en|n)?)[ \t]*$/u;
const NOTICE = /(?<![\p{L}])(?:kallelse|kungörelse|föredragningslista|kommer att|ska|skall|sammanträder)(?![\p{L}])/iu;
// Or a press page of the sitting's decisions: numbered items under the heading, each with its decision on a line
// (`Ärende 1:` … `Beslut: enligt förslag`). A notice's items have proposals (`Förslag till beslut:`), no decision.
const ITEM_LINE = /^[ \t]*Ärende \d{1,2}:?[ \t]*$/m;
const DECISION_LINE = /^[ \t]*Beslut:/m;
// The lines right under the heading (a sub-heading may stand first) that a sitting's opening items fill.
const OPENING_LINES = 4;

/**
 * The meeting a heading line of a body and its day tells: a full date with the same body deciding in the lines below
 * it or its sitting's opening or decided items right under it, or news from the body on a day with the meeting spoken of below.
 */
function headingMeeting(
  text: string,
  bodiesIn: (from: number, to: number) => Body[],
  pageDate: string | undefined,
): { body: Body; iso: string; start: number; end: number } | undefined {
  const [pageYear, pageMonth] = (pageDate ?? "").split("-").map(Number);
  for (let at = 0, stop = Math.min(text.length, HEADING_REACH); at < stop;) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    const [body] = bodiesIn(at, end);
    const lead = body ? text.slice(at, body.start) : "";
    const news = FROM_BODY.test(lead) && !/[.!?:]\s*$/.test(text.slice(at, end));
    if (body && !body.genitive && !body.glued && (!lead.trim() || news)) {
      const rest = text.slice(body.end, end);
      const [d] = findDates(rest);
      const year = d && (d.year ?? (news && pageMonth ? pageYear - (d.month! > pageMonth ? 1 : 0) : undefined));
      if (year && d.month && d.day && /^\s*(?:den\s+)?$/.test(rest.slice(0, d.start)) && !rest.slice(d.end).trim()) {
        const below = Math.min(text.length, end + HEADING_REACH);
        const under = text.slice(end, below);
        const told = news
          ? THE_MEETING.test(under)
          : bodiesIn(end, below).some((b) => fold(b.name) === fold(body.name) && DECIDED.test(text.slice(b.end, b.end + 20)));
        const iso = isoDate(year, d.month, d.day);
        // Or a sitting's record: its opening items or its decided items under the heading, on no notice of it nor page
        // dated before it.
        const record =
          !news &&
          (formalOpening(under) || (ITEM_LINE.test(under) && DECISION_LINE.test(under))) &&
          !NOTICE.test(text.slice(0, end)) &&
          !(pageDate && iso.slice(0, pageDate.length) > pageDate);
        if (told || record) return { body, iso, start: at, end };
      }
    }
    at = end + 1;
  }
  return undefined;
}

// A report of a sitting links that sitting's minutes on a line of their own (`Styrelseprotokoll 2031-01-25 PDF`): the
// body's stem glued to `protokoll`, and the day. One such line only: a page listing a body's minutes reports none.
const MINUTES_LINK = /^[ \t]*\p{Lu}\p{Ll}+?protokoll[ \t]+((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[ \t]+(?:PDF|pdf))?[ \t]*$/gmu;

/** The meeting whose minutes a report links on a line (`MINUTES_LINK`), its body the one the minutes' word names, or none. */
function minutesLink(text: string, bodies: readonly string[]): { body: Body; iso: string; start: number; end: number } | undefined {
  if (!text.includes("protokoll")) return undefined;
  const links = [...text.matchAll(MINUTES_LINK)];
  if (links.length !== 1) return undefined;
  const [line] = links;
  const named = protocolTitleBody(line[0], bodies, line[0].length);
  if (!named) return undefined;
  const start = line.index + named.start;
  return { body: { name: named.name, start, end: line.index + named.end, genitive: false, glued: 0 }, iso: line[1], start, end: line.index + line[0].length };
}

/** Whether the first lines of a text open with two or more of a sitting's formal items, each alone on its line. */
function formalOpening(below: string): boolean {
  const lines = below
    .split("\n")
    .filter((line) => line.trim())
    .slice(0, OPENING_LINES);
  return lines.filter((line) => FORMAL_ITEM.test(line)).length >= 2;
}

/**
 * A meeting's index page, as a council's webcast lists it: a top line of the body's short form and the day (`KF
 * 2018-10-01`), then numbered items, each followed by the members who spoke to it, one a line (`Eva Holm (L)`). The
 * page is that day's meeting of the body, and its speakers attended it (with that capacity, as a programme's do).
 */
export const AGENDA_HEADING = /^\s*(\p{Lu}{2,5})[ \t]+((?:19|20)\d\d-[01]\d-[0-3]\d)[ \t]*\n/u;
const NUMBERED_ITEM = /\n\d{1,2}\.[ \t]+\S/;
const SPEAKER_LINE = /^[ \t]*(?:\([^()\n]{1,8}\))?[ \t]*$/;
// Or a line of the day and the body's name, ending in a body's noun, under a site's header (`2024-02-01 - Kustrådets
// arbetsutskott`), with `Dagordning` a few lines below it and numbered items after that: the page is that day's
// meeting. Who presents an item (`topic / Name, Org`) is not said to attend.
const AGENDA_LINE =
  /^[ \t]*((?:19|20)\d\d-[01]\d-[0-3]\d)[ \t]+[-–][ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,4}?(?:kommitté|kommittén|utskott|utskottet|råd|rådet|grupp|gruppen|styrelse|styrelsen|nämnd|nämnden))[ \t]*$/mu;
const AGENDA_WORD = /^[ \t]*Dagordning[ \t]*$/m;

/** The meeting an agenda page's line of the day and the body tells (`AGENDA_LINE`), or none. */
function agendaPage(doc: DocumentRecord): Fact[] {
  const { text } = doc;
  const head = text.slice(0, 2 * HEADING_REACH);
  const line = head.includes("Dagordning") ? AGENDA_LINE.exec(head) : null;
  if (!line) return [];
  const below = line.index + line[0].length;
  const agenda = AGENDA_WORD.exec(text.slice(below, below + 300));
  if (!agenda || !NUMBERED_ITEM.test(text.slice(below + agenda.index, below + agenda.index + HEADING_REACH))) return [];
  const name = line[2];
  const meeting = bodyMeetingRef(name, undefined, line[1], doc);
  const evidence = evidenceOf(doc, line.index + line[0].indexOf(line[1]), below);
  return [
    { type: "entity", entity: meeting, evidence, rule: "reported:meeting" },
    { type: "relation", kind: "organised_by", source: meeting, target: bodyRef(name), evidence, rule: "reported:meeting" },
  ];
}

function agendaMeeting(doc: DocumentRecord, people: Mention[], model: ExtractionModel, ref: (p: Mention) => EntityRef): Fact[] {
  const { text } = doc;
  const heading = AGENDA_HEADING.exec(text);
  if (!heading) return agendaPage(doc);
  const item = heading && NUMBERED_ITEM.exec(text.slice(heading[0].length, heading[0].length + HEADING_REACH));
  const body = item && shortFormIn(model.lexicon.data.protocol, text, 0, heading[0].length);
  if (!body) return [];
  const iso = heading[2];
  const organiser = bodyRef(body.name);
  const meeting = bodyMeetingRef(body.name, undefined, iso, doc);
  const evidence = evidenceOf(doc, body.start, heading[0].trimEnd().length);
  const facts: Fact[] = [
    { type: "entity", entity: meeting, evidence, rule: "reported:meeting" },
    { type: "relation", kind: "organised_by", source: meeting, target: organiser, evidence, rule: "reported:meeting" },
  ];
  const items = heading[0].length + item.index;
  const spoke = new Set<string>();
  for (const p of people) {
    if (p.start < items) continue;
    const lineStart = text.lastIndexOf("\n", p.start - 1) + 1;
    const nl = text.indexOf("\n", p.end);
    const lineEnd = nl < 0 ? text.length : nl;
    const key = ref(p).key;
    if (spoke.has(key) || text.slice(lineStart, p.start).trim() || !SPEAKER_LINE.test(text.slice(p.end, lineEnd))) continue;
    spoke.add(key);
    const attrs = { capacity: "speaker" };
    facts.push({
      type: "relation",
      kind: "attended",
      source: ref(p),
      target: meeting,
      evidence: evidenceOf(doc, p.start, lineEnd),
      rule: "reported:meeting",
      attrs,
    });
  }
  return facts;
}

// Who took part, told after the meeting (`Vid mötet deltog X, Y och Z`, `På sammanträdet den 4 oktober medverkade även
// X`): the people named up to the sentence's end.
const TOOK_PART =
  /(?<![\p{L}])(?:[Vv]id|[Pp]å|I|[Uu]nder) (?:mötet|sammanträdet)([^.!?\n]{0,30}?),? (?:deltog|medverkade|närvarade)(?: även| också)?(?![\p{L}])/gu;

// Who spoke to the meeting a report tells of, the sentence's subject (`A (M) och B (KD), ordförande i …, föredrog
// rapporterna`): present at it.
const PRESENTED = /(?<![\p{L}])(?:föredrog|presenterade)(?![\p{L}])/gu;

/**
 * The people a report says took part in the meeting it tells of, in a sentence that names no other day than the
 * meeting's (`Vid mötet den 10 maj deltog …`), and those who opened a sentence presenting something to it.
 */
function tookPart(doc: DocumentRecord, people: Mention[], meeting: EntityRef, iso: string | undefined, ref: (p: Mention) => EntityRef): Fact[] {
  const { text } = doc;
  const facts: Fact[] = [];
  // Few reports say who took part: the words are looked for before the pattern is run.
  if (!/deltog|medverkade|närvarade|föredrog|presenterade/.test(text)) return facts;
  PRESENTED.lastIndex = 0;
  for (let m = PRESENTED.exec(text); m; m = PRESENTED.exec(text)) {
    const { start } = sentenceAround(text, m.index);
    const subject = people.filter((p) => p.start >= start && p.end <= m!.index);
    if (!subject.length || text.slice(start, Math.min(...subject.map((p) => p.start))).trim()) continue;
    for (const p of subject)
      facts.push({
        type: "relation",
        kind: "attended",
        source: ref(p),
        target: meeting,
        evidence: evidenceOf(doc, p.start, m.index + m[0].length),
        rule: "reported:meeting",
      });
  }
  TOOK_PART.lastIndex = 0;
  for (let m = TOOK_PART.exec(text); m; m = TOOK_PART.exec(text)) {
    const day = findDates(m[1]).find((d) => d.day !== undefined);
    if (day && (!iso || isoDate(day.year ?? Number(iso.slice(0, 4)), day.month, day.day) !== iso)) continue;
    const { end } = sentenceAround(text, m.index + m[0].length);
    for (const p of people) {
      if (p.start < m.index + m[0].length || p.end > end) continue;
      facts.push({ type: "relation", kind: "attended", source: ref(p), target: meeting, evidence: evidenceOf(doc, m.index, p.end), rule: "reported:meeting" });
    }
  }
  return facts;
}

// Who led the meeting and who kept its notes, said of the meeting rather than of its body: `Mötet leddes av X`,
// `Ordförande för mötet var X`, `X, socialdirektör i Y, ledde mötet`; `Anteckningar fördes av X`, `X förde protokollet`.
const MEETING = "(?:mötet|sammanträdet|träffen)";
const CHAIR_BEFORE = new RegExp(
  `(?:${MEETING} leddes av|(?:ordförande|samtalsledare) (?:för|vid|på|under) ${MEETING} var|mötesordförande var|mötets ordförande var)\\s+$`,
  "iu",
);
const SECRETARY_BEFORE = new RegExp(
  `(?:(?:minnes)?anteckningar(?:na)? (?:fördes|förs) av|protokoll(?:et)? (?:fördes|förs) av|sekreterare (?:för|vid|på) ${MEETING} var|mötessekreterare var)\\s+$`,
  "iu",
);
/** What may stand between the name and the verb: a party, an apposition between commas. */
const APPOSITION = "(?:\\s*\\([^()\\n]{1,8}\\))?(?:,[^,.!?\\n]{1,80},)?";
// Or who declared it open (`X (S) förklarade kommunfullmäktigemötet på måndagskvällen öppnat`), as in minutes, or
// opened the council (`X (S) öppnade fullmäktige i egenskap av ålderspresident`).
const CHAIR_AFTER = new RegExp(
  `^${APPOSITION}\\s+(?:ledde ${MEETING}|förklarade \\p{L}*${MEETING}[^.!?\\n]{0,40}?\\söppnat|öppnade (?:det (?:nya|nyvalda) )?\\p{L}*fullmäktige(?![\\p{L}]))`,
  "u",
);
// Who the opener handed the gavel to (`… lämnade hon över ordförandeklubban till Y`) chaired the rest of the sitting.
const GAVEL_TO = /(?<![\p{L}])(?:över)?lämnade\s+(?:\p{Ll}+\s+)?(?:över\s+)?ordförande\s?klubban\s+till\s+$/u;
const SECRETARY_AFTER = new RegExp(`^${APPOSITION}\\s+förde (?:minnesanteckningar|anteckningar|anteckningarna|protokollet|protokoll)(?![\\p{L}])`, "u");

/** The chair and the secretary a report names for the one meeting it tells of: the first of each. */
function meetingOfficers(doc: DocumentRecord, people: Mention[], meeting: EntityRef, ref: (p: Mention) => EntityRef): Fact[] {
  const { text } = doc;
  if (!/ledde|leddes|ordförande|samtalsledare|fördes|förs|förde|förklarade|öppnade/.test(text)) return [];
  const facts: Fact[] = [];
  let chair = false;
  let secretary = false;
  for (const p of people) {
    if (chair && secretary) break;
    const before = text.slice(Math.max(0, p.start - 50), p.start);
    const after = text.slice(p.end, Math.min(text.length, p.end + 120));
    // A second chair, after the first: the gavel's taker.
    const handed = chair ? GAVEL_TO.exec(before) : null;
    if (handed) {
      const from = p.start - before.length + handed.index;
      facts.push({ type: "relation", kind: "chaired", source: ref(p), target: meeting, evidence: evidenceOf(doc, from, p.end), rule: "reported:chair" });
      continue;
    }
    const chairBy = chair ? null : CHAIR_BEFORE.exec(before);
    const chairAs = chair || chairBy ? null : CHAIR_AFTER.exec(after);
    if (chairBy || chairAs) {
      const [from, to] = chairBy ? [p.start - before.length + chairBy.index, p.end] : [p.start, p.end + chairAs![0].length];
      facts.push({ type: "relation", kind: "chaired", source: ref(p), target: meeting, evidence: evidenceOf(doc, from, to), rule: "reported:chair" });
      chair = true;
      continue;
    }
    const keptBy = secretary ? null : SECRETARY_BEFORE.exec(before);
    const keptAs = secretary || keptBy ? null : SECRETARY_AFTER.exec(after);
    if (keptBy || keptAs) {
      const [from, to] = keptBy ? [p.start - before.length + keptBy.index, p.end] : [p.start, p.end + keptAs![0].length];
      facts.push({
        type: "relation",
        kind: "attended",
        source: ref(p),
        target: meeting,
        evidence: evidenceOf(doc, from, to),
        rule: "reported:meeting",
        attrs: { capacity: "secretary" },
      });
      secretary = true;
    }
  }
  return facts;
}

// A press report of an association's annual meeting, told by who presided over it (`X ledde sedan
// årsmötesförhandlingarna`, `Årsmötet leddes av X`), with its secretary after (`med Y som sekreterare`): a bare
// `mötet` is the annual meeting only where the text says one was held (`SPF Ekby höll sitt årsmöte den 18 februari`),
// whose subject names the association. Past presiding verbs only: a meeting merely named, or one to be led, is none.
const LED_ANNUAL = new RegExp(`^${APPOSITION}\\s+ledde\\s+(?:sedan\\s+|därefter\\s+)?(års)?(?:mötet|mötesförhandlingarna|förhandlingarna)(?![\\p{L}])`, "u");
const ANNUAL_LED_BY = /(?<![\p{L}])([Åå]rs)?[Mm]ötet\s+leddes\s+av\s+$/u;
const ANNUAL_HELD =
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|\p{Ll}*(?:förening|föreningen|klubb|klubben|sällskap|sällskapet|förbund)))*)\s+)?höll\s+(?:sitt\s+)?årsmöte(?![\p{L}])/u;
const AS_SECRETARY = /^\s+som\s+(?:mötes)?sekreterare(?![\p{L}])/u;
const WITH = /\s+med\s+/y;

/** The annual meeting a press report tells by its chair (`LED_ANNUAL`), with its secretary; none where none is told. */
function annualMeeting(doc: DocumentRecord, people: Mention[], ref: (p: Mention) => EntityRef): Fact[] {
  const { text } = doc;
  if (!text.includes("ledde") || !/årsmöte/i.test(text)) return [];
  // Tried at every capital: only where the verb is written.
  const held = text.includes("höll") ? ANNUAL_HELD.exec(text) : null;
  let chair: { p: Mention; from: number; to: number } | undefined;
  for (const p of people) {
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    const by = ANNUAL_LED_BY.exec(before);
    const as = by ? null : LED_ANNUAL.exec(text.slice(p.end, p.end + 160));
    const m = by ?? as;
    if (!m || (!m[1] && !held)) continue;
    chair = by ? { p, from: p.start - before.length + by.index, to: p.end } : { p, from: p.start, to: p.end + as![0].length };
    break;
  }
  if (!chair) return [];
  // The association, where the subject names one: two capitalised words or more, or an abbreviation (`SPF Ekby`, `PRO`).
  const name = held?.[1] && (/\s/.test(held[1]) || /^\p{Lu}{2,6}$/u.test(held[1])) ? held[1] : undefined;
  const parent: EntityRef | undefined = name ? { kind: "organisation", key: nameKey(name), label: name } : undefined;
  // Dated by the day the text gives the meeting, its year the page's where it names none; else by the page's month.
  const told = [held ? sentenceAround(text, held.index) : undefined, sentenceAround(text, chair.from)];
  const day = told.flatMap((s) => (s ? findDates(text.slice(s.start, s.end)) : [])).find((d) => d.day !== undefined && d.month !== undefined);
  const year = day?.year ?? (doc.date ? Number(doc.date.slice(0, 4)) : undefined);
  const iso = day && year ? isoDate(year, day.month, day.day) : doc.date?.slice(0, 7);
  const meeting = bodyMeetingRef("Årsmöte", parent, iso, doc);
  const organ = bodyRef("Årsmötet", parent, parent ? undefined : doc.id);
  const ev = (from: number, to: number) => evidenceOf(doc, from, to);
  const facts: Fact[] = [
    { type: "entity", entity: meeting, evidence: ev(chair.from, chair.to), rule: "reported:meeting" },
    { type: "relation", kind: "organised_by", source: meeting, target: organ, evidence: ev(chair.from, chair.to), rule: "reported:meeting" },
    { type: "relation", kind: "chaired", source: ref(chair.p), target: meeting, evidence: ev(chair.from, chair.to), rule: "reported:chair" },
  ];
  if (parent && held) {
    const at = held.index + held[0].indexOf(held[1]);
    facts.push({ type: "entity", entity: parent, evidence: ev(at, at + held[1].length), rule: "reported:meeting" });
  }
  // The secretary right after the chair's clause: attended as such, and holds the seat in the meeting, as minutes' do.
  // `med` matched right after the clause, once: a test of each later name's gap would slice up to the text's end.
  WITH.lastIndex = chair.to;
  const after = WITH.exec(text) ? WITH.lastIndex : -1;
  let secretary: Mention | undefined;
  let to = -1;
  for (const p of people) {
    const as = p.start === after ? AS_SECRETARY.exec(text.slice(p.end, p.end + 30)) : null;
    if (!as) continue;
    [secretary, to] = [p, p.end + as[0].length];
    break;
  }
  if (secretary) {
    const evidence = ev(secretary.start, to);
    facts.push(
      { type: "relation", kind: "attended", source: ref(secretary), target: meeting, evidence, rule: "reported:meeting", attrs: { capacity: "secretary" } },
      {
        type: "relation",
        kind: "holds_role",
        source: ref(secretary),
        target: organ,
        evidence,
        rule: "reported:meeting",
        attrs: { role: "sekreterare", roleNormalised: "sekreterare" },
      },
    );
  }
  return facts;
}

/**
 * The body a generic name stands for (`Nätverket träffades …` under the heading `Socialdirektörsnätverket`): the
 * heading's word that ends in the same noun, where the paragraph's first line follows a short heading line.
 */
function headingBody(text: string, at: number, name: string, bodies: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  // Generic: one of the lexicon's body nouns itself (`Nätverket`, `Styrelsen`), no compound of one.
  if (!bodies.includes(lower)) return undefined;
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== "\n") lineStart--;
  if (lineStart < 2) return undefined;
  const headingStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  const heading = text.slice(headingStart, lineStart - 1).trim();
  if (!heading || heading.length > 80 || /[.!?:]$/.test(heading)) return undefined;
  const stems = [lower, lower.slice(0, -1), lower.slice(0, -2)];
  return heading.split(/\s+/).find((w) => w.length > lower.length && stems.some((s) => w.toLowerCase().endsWith(s)) && /^\p{Lu}/u.test(w));
}

/**
 * The day a meeting word names from the ISO day the text was written: `dagens` that day, `gårdagens` the day before,
 * `förrgårdagens` two days before, `tisdagens` the last Tuesday up to it.
 */
function dayBefore(written: string, word: string): string {
  const day = new Date(`${written}T00:00:00Z`);
  const weekday = word.endsWith("dagens") ? weekdayIndex(word.slice(0, -"dagens".length)) : -1;
  const back = word === "gårdagens" ? 1 : word === "förrgårdagens" ? 2 : weekday < 0 ? 0 : (weekdayOf(written) - weekday + 7) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

/** How a vice chair's rank is written: `1:e`, `1e`, `förste`, `andra` (folded). */
const ORDINAL = "(?:[123]:?[ae]|forste|forsta|andre|andra|tredje)";

/** The lexicon's vice chair for a folded title with or without its rank (`1e vice ordforande` → förste vice ordförande). */
function viceChair(written: string): string {
  if (/(?:^|\s)(?:1|forst)/.test(written)) return "förste vice ordförande";
  if (/(?:^|\s)(?:2|andr)/.test(written)) return "andre vice ordförande";
  if (/(?:^|\s)(?:3|tredje)/.test(written)) return "tredje vice ordförande";
  return "vice ordförande";
}
