/**
 * Protocol meeting
 * ================
 *
 * Step 4 of extraction for minutes read by `01-protocol.ts`: the meeting the header records and who chaired and
 * attended it. The organ comes from the `Organ` field or the first body named at the top (`Barn- och
 * utbildningsnämnden`, `Kommunstyrelsen`), with the municipality or region the header names (`VILHELMINA KOMMUN`,
 * `Region Kronoberg`); the date from `Sammanträdesdatum`, `Plats och tid` or the title, never from the adjustment or
 * notice dates. A chair is taken from a label (signature block, `Ordförande` field) and only where no label names
 * one from the member marked `ordförande` in the list: a blank or unaligned block gives no chair.
 */
import { findDates, firstDayOf, isoDate, isWeekday, monthNumber, timedAt, weekdayAgrees, yearlessDay } from "../read/dates";
import { type HeaderField, sharedPageEnd } from "../read/genre";
import { fold, nameKey, slugify } from "../text/fold";
import { escapeRegExp } from "../text/regexp";
import { firstAtOrAfter } from "../text/sorted";
import type { ProtocolWords } from "../lexicon/types";
import { PRESIDIUM_CATEGORIES, type Lexicon } from "../lexicon/lexicon";
import type { DocumentRecord, Evidence } from "../types";
import type { ProtocolEntry, ProtocolHeader } from "./01-protocol";
import { ADJUSTER_NOUN, BODY_ROLES, compileProtocolWords, phraseKey, shortFormIn } from "./protocol-words";
import { isSeat, seatOfPlural, writtenFormer } from "./03-appositions";
import { ASSOCIATION_HEAD, type Mention } from "./02-mentions";
import { bodyMeetingRef, bodyRef, evidenceOf, type ExtractionModel, GENRE_TITLE, genitiveBodyName, minutesMeetingLine, placeHead } from "./context";
import type { EntityRef, Fact } from "./types";

export interface ProtocolMeetingInput {
  doc: DocumentRecord;
  header: ProtocolHeader;
  gazetteer: Mention[];
  /** The people the text names outside the header's lists. */
  people: readonly Mention[];
  model: ExtractionModel;
  ref: (p: Mention) => EntityRef;
}

/** A time after the member a name replaces (`ersätter X (M) kl 13.00-15.00`): replaced for part of the meeting only. */
const PART_TIME = /^\s*(?:\(\p{L}{1,4}\)\s*)?kl(?![\p{L}])/iu;
/** Capacities of people at the meeting (not absent or replaced). */
export const PRESENT = new Set(["member", "substitute", "nonserving", "other", "staff", "chair", "secretary", "adjuster"]);
const IMPLIED_ROLE: Record<string, string> = {
  member: "ledamot",
  substitute: "ersättare",
  nonserving: "ersättare",
  chair: "ordförande",
  secretary: "sekreterare",
  adjuster: "justerare",
};
/** Capacities whose seat a mark after the name writes (`X (S), tjg ers`). */
const SEAT_MARKED: ReadonlySet<string> = new Set(["substitute", "nonserving"]);
const MEETING_CHAIRS = new Set(["ordförande", "mötesordförande"]);
/** Capacities (and the role categories of the same names) that are offices of the meeting itself rather than seats in its body. */
const MEETING_OFFICES: ReadonlySet<string> = new Set(["secretary", "adjuster"]);

/**
 * Whether a listed person holds an office of the meeting itself, or a chair's seat in the body that met though the
 * minutes do not name it: by the field (`Sekreterare`, `Justerare`, the signers' `Ordförande`) or by the title written after the name (`Olof
 * Strand (sekreterare)`, `Lisa Holm, justerare`, `Eva Ek (S) ordf`, `Per Al (M) v. ordf`).
 */
export function holdsMeetingOffice(capacity: string | undefined, role: { normalised: string } | undefined, lexicon: Lexicon): boolean {
  const category = role && lexicon.role(role.normalised)?.category;
  return (
    MEETING_OFFICES.has(capacity ?? "") ||
    PRESIDIUM_CATEGORIES.has(capacity ?? "") ||
    (!!category && (MEETING_OFFICES.has(category) || PRESIDIUM_CATEGORIES.has(category)))
  );
}
/** A party's letters and a verb of speaking in the meeting after a name (`X (s) svarar`, `X (M) yrkar`). */
const SPEAKS_AFTER_PARTY = /^\s*\(\p{L}{1,4}\)\s+(?:svarar|informerar|redovisar|föredrar|meddelar|berättar|presenterar|yrkar|anför)(?!\p{L})/u;
/** An interpellation's answer pointed to after the answerer's name (`Regionrådet X (M) hänvisade till det skriftliga svaret`). */
const POINTED_TO_ANSWER = /^\s+(?:\(\p{L}{1,4}\)\s+)?hänvisade\s+till\s+(?:det|sitt)\s+skriftliga\s+svar(?:et)?(?!\p{L})/u;
/** A debate's speakers listed in a council's item (`Vidare yttrade sig A, landstingsrådet B och C.`): to the sentence's end. */
const SPOKE_LIST = /(?<!\p{L})yttrade\s+sig\s+[^.\n]{3,400}/gu;
const DATE_LABELS = new Set(["sammanträdesdatum", "sammanträdesdag", "organ och sammanträdesdatum", "organ"]);
const TIME_LABELS = new Set(["plats och tid", "tid och plats", "tid", "datum"]);
const PLACE_LABELS = new Set(["plats och tid", "tid och plats", "plats", "sammanträdeslokal"]);
const ORGAN_LABELS = new Set(["organ", "organ och sammanträdesdatum", "organ och § §", "instans", "myndighet", "nämnd", "forum"]);
// Dates of adjustment, notice and appeal are not the meeting's (`Anslaget tas ned 2019-12-24`, `Sista datum för
// överklagande 2019-12-23`), also where a label of the meeting's date stands before them in a notice's block (`Organ
// Kommunstyrelsen Protokollet anslås Anslaget till och med 2018-04-25`).
const NOT_MEETING_DATE = /(justering|justera|anslag|anslås|anslog|uppsätt|nedtag|justerat|tillkännagiv|överklag)\S*[^.]{0,40}$/i;
/** Labels whose value is the adjustment's place and time or the notice's dates (`Justeringens plats och tid`, `Anslaget sätts upp`). */
const NOTICE_LABEL = /^(?:justeringens|plats\/tid för justering|justeringen|anslag|datum för anslag)/;
/** The posting notice's words (`Anslag/bevis`, `Datum för anslags uppsättande`, `Datum för nedtagande`). */
const POSTING_WORD = /(?<![\p{L}])(?:anslag|uppsätt|nedtag)/iu;
const WEEKDAY_OR_TIME = /,?\s*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|den\s+\d|\d|kl\b|klockan\b).*$/isu;
const MUNICIPALITY_WORD = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+(?:kommun|KOMMUN|stad|STAD)(?![\p{L}])/gu;
/** A name in the genitive before a word in lower case (`Hallstahammars socialnämnd`). */
const GENITIVE_BODY = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)s[ \t]+(\p{Ll}[\p{L}-]+)(?![\p{L}])/gu;
// The fields of a roster: a body's members and substitutes, as its web page lists them, with nothing of a meeting.
const ROSTER_LABELS = new Set(["ledamot", "ledamöter", "ledamöterna", "ordinarie ledamot", "ordinarie ledamöter", "ersättare", "suppleanterna"]);
/** A line that is a municipality's name alone (`Bjuvs kommun`, `Borås Stad`, `Örkelljunga`), a heading in a roster. */
const HEADING_LINE = /^[ \t]*(\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*)?)(?:[ \t]+(?:kommun|KOMMUN|stad|Stad|STAD))?[ \t]*$/gmu;
/** A municipality's name right before a roster's field (`… (sd) Klippans kommun Ledamot: …`), a heading flattened into a line. */
const HEADING_BEFORE_FIELD =
  /(?<![\p{L}])(\p{Lu}[\p{L}-]*)[ \t]+(?:kommun|KOMMUN|stad|Stad|STAD)[ \t]+(?=(?:Ordinarie[ \t]+)?(?:Ledam(?:ot|öter)|Ersättare|Suppleanter)\b)/gu;

const bodyPatterns = new WeakMap<readonly string[], RegExp>();
/** One capitalised word (`Nämnd`, `Styrelsen`). */
const BARE_NOUN = /^\p{Lu}\p{Ll}+$/u;
/** The definite form of a body noun (`nämnden`, `utskottet`, `fullmäktige`, `kommittén`). */
const DEFINITE = /(?:en|et|na|én|ige)$/;
const genitivePatterns = new WeakMap<readonly string[], RegExp>();
/**
 * The first parts of a body's name whose words share its last (`Barn- och `, `Miljö-, bygg- och `): a capitalised
 * part, lower-case ones after a comma, and `och` or `&` before the last.
 */
const SUSPENDED = "\\p{Lu}\\p{Ll}*-(?:,\\s\\p{Ll}+-)*\\s(?:och|&)\\s";

/** A capitalised body name ending in one of the body nouns (`Barn- och utbildningsnämnden`, `Samordningsförbundet X`). */
function bodyPattern(endings: readonly string[], genitive = false): RegExp {
  const cache = genitive ? genitivePatterns : bodyPatterns;
  let re = cache.get(endings);
  if (!re && genitive) {
    // In the genitive (`Tekniska nämndens sessionssal`): the name without its `s`, and no proper name after it.
    const forms = endings.flatMap((e) => [e, e[0].toUpperCase() + e.slice(1)]).filter((e) => /(en|et|na)$/.test(e));
    const alt = forms.sort((a, b) => b.length - a.length).join("|");
    re = new RegExp(`(?<![\\p{L}-])((?:${SUSPENDED}\\p{Ll}*?|\\p{Lu}[\\p{Ll}-]*?\\s?)?(?:${alt}))s(?![\\p{L}])()`, "gu");
    cache.set(endings, re);
  }
  if (!re) {
    // Each ending also capitalised, for a body named by the ending alone (`Styrelsen`, `Direktionen`).
    const forms = endings.flatMap((e) => [e, e[0].toUpperCase() + e.slice(1)]);
    const alt = forms.sort((a, b) => b.length - a.length).join("|");
    // Indefinite forms (`Barn- och skolnämnd`, `Samordningsförbundet`) may be followed by a proper name. A body may
    // be named by an adjective (`Allmänna utskottet`, `Regionala utvecklingsnämnden`) or as a part of another body,
    // in the genitive (`Kommunstyrelsens arbetsutskott`, `Regionförbundets Primärkommunala nämnd`: group 1, checked by
    // `bodyIn`), with an adjective of its own in lower case (`Kommunstyrelsens allmänna utskott`). The proper name stays
    // on the body's line: the next line's first word is a field's (`Plats`). A noun with a hyphen before `och` is the
    // first part of a compound (`styrelse- och arbetsmöte`), no body.
    re = new RegExp(
      `(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+s\\s(?=\\p{Ll}|\\p{Lu}\\p{Ll}+a\\s\\p{Ll}))?((?:${SUSPENDED}\\p{Ll}*?|\\p{Lu}\\p{Ll}+a\\s\\p{Ll}*?|\\p{Lu}[\\p{Ll}-]*?|(?<=s\\s)\\p{Ll}+[ae]\\s\\p{Ll}*?|(?<=s\\s)\\p{Ll}*?)?(?:${alt}))(?![\\p{L}]|-\\s(?:och|&)\\s)((?:[ \\t]\\p{Lu}\\p{Ll}+){0,2})`,
      "gu",
    );
    cache.set(endings, re);
  }
  return re;
}

/** What may follow a listed name before the comma of its own organisation: its party in parentheses. */
const PARTY_AFTER = /^\s*(?:\([^()\n]{1,12}\))?\s*,[ \t]*(?=\p{Lu})/u;

/** A listed name's own organisation in parentheses (`Anna Berg (Länsstyrelsen)`), a word, not a party's letters. */
const OWN_ORGANISATION = /^[ \t]*\((?=\p{Lu}\p{Ll}{3})[^()\n]{4,80}\)/u;
/** A seat a listed person holds elsewhere, in parentheses on their line (`Eva Ek Vallby kommun (ordf. arbetsgruppen)`). */
const SEAT_ELSEWHERE = /\(\p{Ll}[\p{L}.-]*[ \t]+[^()\n]{3,70}\)/gu;

/** Those present named by where they come from (`Från Länsstyrelsen närvarade X och Y`): the organisation's words. */
const FROM_PRESENT = /(?<!\p{L})Från\s+([^\n.]{3,80}?)\s+(?:närvarade|deltog)(?!\p{L})/gu;
/** An item that elects a body (`Val av styrelse`, `Val av ny styrelse och revisorer`), in an association's minutes. */
const ELECTION_ITEM = /(?<!\p{L})Val av\s[^\n.:]{1,60}/gu;

/**
 * The ranges that name a body other than the one that met: a listed person's own organisation after the comma that
 * follows the name (`Anna Berg, Länsstyrelsen Dalarna`, a network's attendance a line each or flattened: `Per Holm,
 * Kommunförbundet X Eva Ek, …`), up to the next name, the line's end or 80 characters, or in parentheses right after
 * the name (`Anna Berg (Länsstyrelsen)`), or a seat held elsewhere in parentheses on its line (`(ordf. arbetsgruppen)`),
 * or, with no comma, all between it and the next name on its line; the organisation those present
 * come from (`Från Länsstyrelsen närvarade X`); and the body an item elects (`Val av styrelse`). Sorted; they may
 * overlap.
 */
export function otherBodies(text: string, people: readonly { start: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(FROM_PRESENT)) {
    const at = m.index + m[0].indexOf(m[1], 4);
    out.push([at, at + m[1].length]);
  }
  for (const m of text.matchAll(ELECTION_ITEM)) out.push([m.index, m.index + m[0].length]);
  // In order, so the next name's start is found by a pointer, not a search per name.
  const sorted = [...people].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const p of sorted) {
    while (next < sorted.length && sorted[next].start < p.end) next++;
    const reach = text.slice(p.end, Math.min(sorted[next]?.start ?? text.length, p.end + 80));
    const eol = reach.indexOf("\n");
    const end = p.end + (eol < 0 ? reach.length : eol);
    const comma = PARTY_AFTER.exec(text.slice(p.end, end));
    if (comma) out.push([p.end + comma[0].lastIndexOf(","), end]);
    // A column of organisations with no comma (`Eva Ek Vallby kommun Per Holm Skogsägareförbundet Lisa Berg …`): what
    // stands between two names on one line is the first one's, not the body that met.
    else if (eol < 0 && next < sorted.length && sorted[next].start - p.end <= 80) out.push([p.end, sorted[next].start]);
    const own = OWN_ORGANISATION.exec(reach);
    if (own) out.push([p.end, p.end + own[0].length]);
    for (const seat of text.slice(p.end, end).matchAll(SEAT_ELSEWHERE)) out.push([p.end + seat.index, p.end + seat.index + seat[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The text with sorted `ranges` blanked, offsets kept: what the searches for the body that met read. */
export function blanked(text: string, ranges: readonly [number, number][]): string {
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + " ".repeat(end - from);
    at = end;
  }
  return ranges.length ? out + text.slice(at) : text;
}

/**
 * The first body named in `text[from, to)` (`Barn- och utbildningsnämnden`, `Barn- och skolnämnd Lund Öster`);
 * associations (`Samordningsförbundet Sydnärke`) only when asked for; with `genitive`, the first named in the
 * genitive (`Tekniska nämndens`), as `Tekniska nämnden`.
 */
export function bodyIn(
  text: string,
  words: ProtocolWords,
  from: number,
  to: number,
  orAssociation = false,
  genitive = false,
): { name: string; start: number; end: number } | undefined {
  const bodies = bodyPattern(words.bodies, genitive);
  const { notNames, associations, labels } = compileProtocolWords(words);
  // Searched in the text up to `to`: a search in the whole text would run on to the next body anywhere.
  const upTo = text.slice(0, to);
  bodies.lastIndex = from;
  for (let m = bodies.exec(upTo); m; m = bodies.exec(upTo)) {
    // The genitive before a lower-case body is its owner only when it is a body too (`Kommunstyrelsens
    // arbetsutskott`, `Regionförbundets arbetsutskott`); else the lower-case word is no name.
    const owner = !genitive && m[1] ? genitiveBodyName(m[1].trim(), words.bodies) : undefined;
    const [body, rest] = genitive ? [m[1], m[2]] : [m[2], m[3]];
    // A lower-case compound is a name only after its owner (not `Jämtlands läns landstingsstyrelse`); a capitalised one
    // after a genitive that is no body's starts the name (`Hallands Regionala nämnden`).
    if (!genitive && (m[1] ? !owner && /^\p{Ll}/u.test(body) : /^\p{Ll}/u.test(body) && !words.bodies.includes(body))) continue;
    const bodyAt = m.index + (genitive ? 0 : (m[1]?.length ?? 0));
    const at = owner ? m.index : bodyAt;
    if (!orAssociation && associations.test(body)) continue;
    if (genitive && !/^\p{Lu}/u.test(body)) continue;
    // A bare body noun named by the matters it is for (`Nämnd för arbetsmarknad, näringsliv och attraktivitet`).
    MATTERS_FOR.lastIndex = bodyAt + body.length;
    const matters = !genitive && BARE_NOUN.test(body) && MATTERS_FOR.exec(upTo);
    if (matters) return { name: body + matters[0], start: bodyAt, end: bodyAt + body.length + matters[0].length };
    // A bare indefinite body noun is a field's label (`Nämnd: Omvårdnadsnämnden`), not a body's name; nor, in lower
    // case after a word that is no genitive (`föreningens styrelse` names one), the tail of a longer name
    // (`Kommunstyrelsens allmänna beredande utskott`).
    const tail = /^\p{Ll}/u.test(body) && !/\p{L}s[ \t]+$/u.test(upTo.slice(Math.max(0, bodyAt - 30), bodyAt));
    if (!owner && (BARE_NOUN.test(body) || tail) && !DEFINITE.test(body) && words.bodies.includes(body.toLowerCase())) continue;
    // Trailing words that are header words (`Kommunstyrelsen Anslaget`) are not part of the name.
    // Only an indefinite form or an association takes a proper name after it (`Barn- och skolnämnd Lund Öster`,
    // `Samordningsförbundet Sydnärke`, not `Nämnden Anslaget`).
    const kept: string[] = [];
    if (!owner && (!/(en|et|na)$/.test(body) || associations.test(body))) {
      for (const w of rest.split(" ").filter(Boolean)) {
        // Nor a field's label glued after it (`Kommunfullmäktige Tid Plats 18:30`, labels set before their values).
        if (notNames.has(w) || !/\p{Ll}$/u.test(w) || labels.get(phraseKey([w]))?.kind === "stop") break;
        kept.push(w);
      }
    }
    let name = [owner ? `${m[1]}${body}` : body, ...kept].join(" ");
    // A council named by the questions it is for (`Rådet för funktionshinderfrågor`, `Beredningen för äldre- och
    // demokratifrågor`).
    QUESTIONS_FOR.lastIndex = at + name.length;
    if (!genitive && /^\p{Lu}/u.test(name)) name += QUESTIONS_FOR.exec(text)?.[0] ?? "";
    if (!notNames.has(body) && name.length > 4) return { name, start: at, end: at + name.length };
  }
  return undefined;
}

/** Two or more matters in lower case after `för`, the last after `och` (`för arbetsmarknad, näringsliv och attraktivitet`). */
const MATTERS_FOR = /[ \t]+för[ \t]+\p{Ll}[\p{Ll}-]*(?:,[ \t]+\p{Ll}[\p{Ll}-]*)*[ \t]+(?:och|&)[ \t]+\p{Ll}{3,}(?![\p{L}-])/uy;
const QUESTIONS_FOR = /[ \t]+för[ \t]+(?:\p{Ll}+-[ \t]+(?:och|&)[ \t]+)?\p{Ll}+frågor(?![\p{L}])/uy;

/** Where a text's first line stops being its top: a header flattened to one line runs on into the items. */
const TOP_LINE = 120;

/**
 * A body named by its short form at the start of a text's first line with text (`KSAU PROTOKOLL`, `Protokoll KS au
 * 2021-03-02`), not further on a line that holds the whole text flattened.
 */
export function topShortForm(text: string, words: ProtocolWords): { name: string; start: number; end: number } | undefined {
  const from = text.search(/\S/);
  if (from < 0) return undefined;
  const end = text.indexOf("\n", from);
  return shortFormIn(words, text, from, Math.min(end < 0 ? text.length : end, from + TOP_LINE));
}

const upperPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * A body named in capitals at the top (`BEREDNINGSGRUPPEN FÖR REGIONUTVECKLING`, `BARN- OCH UTBILDNINGSNÄMNDEN`), in
 * sentence case (`Beredningsgruppen för regionutveckling`): a capitalised word ending in a body noun, with its first
 * part (`BARN- OCH`) and a `FÖR` and one more capitalised word after it, or a genitive and its head (`STYRELSEN FÖR
 * VALLÅNS VATTENRÅD`, `Styrelsen för Vallåns vattenråd`).
 */
function upperBodyIn(text: string, bodies: readonly string[], to: number): { name: string; start: number; end: number } | undefined {
  let re = upperPatterns.get(bodies);
  if (!re) {
    const alt = bodies.map((b) => b.toUpperCase()).sort((a, b) => b.length - a.length);
    re = new RegExp(`(?<![\\p{L}-])(?:\\p{Lu}+-\\s(?:OCH|&)\\s)?\\p{Lu}*(?:${alt.join("|")})(?:\\sFÖR\\s(?:\\p{Lu}{2,}S\\s)?\\p{Lu}{3,})?(?![\\p{L}-])`, "u");
    upperPatterns.set(bodies, re);
  }
  const m = re.exec(text.slice(0, to));
  if (!m) return undefined;
  const broken = brokenCapitals(text, m.index, m[0], bodies);
  const [start, word] = broken ?? [m.index, m[0]];
  // The genitive that names whose it is after `FÖR` is a proper name (`STYRELSEN FÖR VALLÅNS VATTENRÅD`).
  const name = (word[0] + word.slice(1).toLowerCase()).replace(/(?<= för )\p{Ll}(?=\p{Ll}+s )/u, (c) => c.toUpperCase());
  // A proper name's genitive written before it, not in capitals, says whose it is (`Nordliga Kanotförbundets STYRELSE`).
  const owner = broken ? null : OWNER_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (owner) return { name: `${owner[1]} ${name[0].toLowerCase()}${name.slice(1)}`, start: start - owner[0].length, end: m.index + m[0].length };
  return { name, start, end: m.index + m[0].length };
}

/** One to three capitalised words ending in a genitive not in capitals (`Nordliga Kanotförbundets `), right before a body in capitals. */
const OWNER_BEFORE = /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*[ \t]+){0,2}\p{Lu}\p{Ll}[\p{L}-]*s)[ \t]+$/u;

/** Pieces of a word in capitals that OCR split by spaces, a digit for a letter (`TI LLGÄNG L1G `). */
const BROKEN_PIECES = /(?:(?<![\p{L}\d])[\p{Lu}\d]{1,6} )+$/u;

/**
 * A compound body noun in capitals whose first part OCR split into pieces (`TI LLGÄNG L1G HETSUTSKOTTET`): the pieces
 * and the matched end joined (`TILLGÄNGLIGHETSUTSKOTTET`), `1` and `0` read as the letters they stand for. Only where the
 * end is a fragment (more than the body noun) and a piece shows the breakage (two letters or fewer, or a digit among letters;
 * a number alone is a page's), so words of a title before a body (`PROTOKOLL UTSKOTTET`) stay apart.
 */
function brokenCapitals(text: string, at: number, matched: string, bodies: readonly string[]): [number, string] | undefined {
  if (bodies.some((b) => b.toUpperCase() === matched)) return undefined;
  const before = BROKEN_PIECES.exec(text.slice(Math.max(0, at - 40), at));
  const pieces = before?.[0].trim().split(" ");
  if (!before || !pieces?.some((p) => p.length <= 2 || /\d/.test(p)) || pieces.some((p) => /^\d+$/.test(p))) return undefined;
  const word = pieces.join("").replace(/1/g, "I").replace(/0/g, "O") + matched;
  return /\d/.test(word) ? undefined : [at - before[0].length, word];
}

/**
 * A municipality, a body and the genre word stacked on three lines at the top (`VALLBY KOMMUN` / `KULTURRÅD` /
 * `MINNESANTECKNINGAR`): the middle line is the body, written in the indefinite (`Kulturrådet`); a compound of a body
 * noun with a first part of four letters or more (not `förråd`), and no title (`kommunalråd`, `regionråd`).
 */
export function stackedBody(text: string, bodies: readonly string[], lexicon: Lexicon, to: number): { name: string; start: number; end: number } | undefined {
  const m = STACKED_HEADER.exec(text.slice(0, to));
  const word = m?.[1]?.toLowerCase();
  if (!m || !word || lexicon.role(word)) return undefined;
  const name = definiteBody(word, bodies, 4);
  if (!name) return undefined;
  const start = m.indices![1]![0];
  return { name: name[0].toUpperCase() + name.slice(1), start, end: start + word.length };
}
/**
 * The definite form of a body noun written in the indefinite (`kulturråd` → `kulturrådet`, `nämnd` → `nämnden`): a
 * body noun of the lexicon after a first part of `first` letters or more (0: the noun itself, as `samråd`).
 */
function definiteBody(word: string, bodies: readonly string[], first: number): string | undefined {
  return ["et", "en", "n"]
    .map((s) => word + s)
    .find((form) => bodies.some((b) => form.endsWith(b) && form.length - b.length >= first && (first > 0 || form === b)));
}
const STACKED_HEADER =
  /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}-]+[ \t]+(?:KOMMUN|STAD)[ \t]*\n[ \t]*(\p{Lu}{5,})[ \t]*\n[ \t]*(?:MINNESANTECKNINGAR|SAMMANTRÄDESPROTOKOLL|MÖTESPROTOKOLL|PROTOKOLL)(?![\p{L}])/du;

/**
 * A bare body noun that an item names after the header began (`Nämnden beslutar`, the head naming no body) gives way
 * to a body of that noun in the foot of the minutes (a signature's `ordförande Byggnadsnämnden`, a page's footer): the
 * noun alone names no body. The foot is read as written, where a body after a listed name's comma is blanked. Only a
 * signature's or a footer's: a body the last item names (`Beslutet skickas till Socialnämnden`, `Expedieras:`, a
 * remiss from `Kommunstyrelsen`) did not meet.
 */
export function footBody(
  text: string,
  words: ProtocolWords,
  organ: { name: string; start: number; end: number } | undefined,
  listStart: number,
): { name: string; start: number; end: number } | undefined {
  if (!organ || organ.start < listStart || !words.bodies.includes(organ.name.toLowerCase())) return organ;
  const noun = organ.name.toLowerCase();
  for (let at = Math.max(organ.end, text.length - 600), foot = bodyIn(text, words, at, text.length); foot; foot = bodyIn(text, words, at, text.length)) {
    if (foot.name.length > noun.length && foot.name.toLowerCase().endsWith(noun) && signsOrFoots(text, foot)) return foot;
    at = foot.end;
  }
  return organ;
}

/**
 * Where nothing else names the body, one named by its bare noun and what it is for (`Rådet för äldrefrågor`) as a
 * sentence's subject in the items, where the minutes also speak of the noun alone in lower case (`Ledamöter i
 * rådet`), as of their own body, and name no other body of that noun: a body a matter is sent to (`till Nämnden för
 * X`) stands after its preposition, and minutes that call no body `rådet` name none as their own.
 */
function ownNounBody(text: string, words: ProtocolWords, from: number): { name: string; start: number; end: number } | undefined {
  const to = Math.min(text.length, from + 6000);
  let found: { name: string; start: number; end: number } | undefined;
  for (let at = from, b = bodyIn(text, words, at, to); b; at = b.end, b = bodyIn(text, words, at, to)) {
    const [noun, för] = b.name.toLowerCase().split(" ");
    if (för !== "för" || !DEFINITE.test(noun) || !words.bodies.includes(noun)) continue;
    if (found && fold(found.name) !== fold(b.name)) return undefined;
    if (!found && /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, b.start - 3), b.start))) found = b;
  }
  const noun = found?.name.split(" ")[0].toLowerCase();
  return noun && new RegExp(`(?<![\\p{L}-])${noun}(?![\\p{L}-])(?![ \\t]+för[ \\t])`, "u").test(text.slice(0, to)) ? found : undefined;
}

/** Whether a body stands under a signature's title on its line (`ordförande Miljönämnden`) or alone there (a footer). */
function signsOrFoots(text: string, body: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf("\n", body.start - 1) + 1;
  const lineEnd = text.indexOf("\n", body.end);
  const before = text.slice(lineStart, body.start);
  const after = text.slice(body.end, lineEnd < 0 ? text.length : lineEnd);
  return SIGNATURE_TITLE_BEFORE.test(before) || (/^[ \t]*$/.test(before) && /^[ \t\d()/.,-]*$/.test(after));
}
const SIGNATURE_TITLE_BEFORE = /(?:ordförande|ordföranden|sekreterare|justerare|justerande)[ \t,]*$/i;

// A body's meeting in the genitive in the sentence that opens it (`Ordföranden förklarade byggnadsnämndens sammanträde
// öppnat`, `… och öppnade socialnämndens möte`).
const OPENED_MEETING =
  /(?<![\p{L}-])((?:\p{Ll}+-[ \t]+(?:och|&)[ \t]+)?\p{Ll}[\p{Ll}-]*)s[ \t]+(?:sammanträde|möte)(?![\p{L}])[^.\n]{0,20}?öppna|öppna(?:de|t|s)?[ \t]+(?:\p{Ll}+[ \t]+)??((?:\p{Ll}+-[ \t]+(?:och|&)[ \t]+)?\p{Ll}[\p{Ll}-]*)s[ \t]+(?:sammanträde|möte)(?![\p{L}])/u;

/**
 * Where the head names no body, the one whose meeting the chair opened in the first item, in lower case: a compound of
 * a body noun (`byggnadsnämndens`, not `dagens`), as the body (`Byggnadsnämnden`).
 */
export function openedBody(text: string, words: ProtocolWords, from: number): { name: string; start: number; end: number } | undefined {
  const m = OPENED_MEETING.exec(text.slice(from, from + 1500));
  const body = m && (m[1] ?? m[2]);
  if (!m || !body || !words.bodies.some((b) => body.length > b.length && body.endsWith(b))) return undefined;
  const start = from + m.index + m[0].indexOf(body);
  return { name: body[0].toUpperCase() + body.slice(1), start, end: start + body.length };
}

// A body deciding (`Valnämnden godkänner dagordningen.`, `Valnämnden beslutar att …`).
const DECIDING_BODY =
  /(?<![\p{L}-])(\p{Lu}\p{Ll}+)[ \t]+(?:beslutar|beslutade|godkänner|godkände|antar|antog|fastställer|fastställde|noterar|noterade)(?![\p{L}])/gu;

/**
 * Where nothing else names the body, the one its items say decides, twice or more in the first items: a compound of a
 * body noun's definite form (`Valnämnden`) — once may be another body's decision the item recounts.
 */
function decidingBody(text: string, bodies: readonly string[], from: number): { name: string; start: number; end: number } | undefined {
  const seen = new Map<string, number>();
  for (const m of text.slice(from, from + 6000).matchAll(DECIDING_BODY)) {
    const name = m[1];
    const lower = name.toLowerCase();
    if (!bodies.some((b) => DEFINITE.test(b) && lower.length > b.length && lower.endsWith(b))) continue;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, from + m.index);
    else return { name, start: first, end: first + name.length };
  }
  return undefined;
}

/** A short form in capitals before an item's number that opens a page (`3 3/12 KFN 1 Föredragningslista`, `KFN § 4 Val`). */
const ITEM_LABEL = /^[ \t]*(?:\d+[ \t]+\d+\/\d+[ \t]+)?(\p{Lu}{2,5})[ \t]+(?:§[ \t]*)?\d{1,3}[ \t]+\p{Lu}\p{Ll}/dmu;

/**
 * Where nothing else names the body, the short form its items are numbered under (`KFN 1 Föredragningslista`): the
 * minutes' own, by its full name where the lexicon knows the short form (`Kultur- och fritidsnämnden`), else as
 * written; not a shared page's title, which is a line of the text's own.
 */
function itemLabelBody(text: string, words: ProtocolWords): { name: string; start: number; end: number } | undefined {
  const m = ITEM_LABEL.exec(text);
  if (!m) return undefined;
  const [start, end] = m.indices![1]!;
  return { name: compileProtocolWords(words).shortForms[m[1]] ?? m[1], start, end };
}

/** A known body's short form before an item's number and heading (`Ks 132 Budget`) or a case's (`KS 2009/0005`). */
const ITEM_SHORT_FORM = /(?<![\p{L}\d/])(\p{Lu}\p{L}{1,4})[ \t]+(?:§[ \t]*)?(?:\d{1,3}[ \t]+\p{Lu}\p{Ll}|(?:19|20)\d\d\/\d{1,5}(?!\d))/gu;
/** How far into minutes their items' short forms are read: their first pages. */
const ITEM_SHORT_FORM_REACH = 20000;

/**
 * Where nothing else names the body (an empty `Organ` cell, a form's `Nämnd/Styrelse`), the one known short form all
 * its items or cases are numbered under, in any case (`Ks 132`, `KS 2009/0005` → `Kommunstyrelsen`), seen twice: no
 * body where the items name two.
 */
function itemShortFormBody(text: string, words: ProtocolWords): { name: string; start: number; end: number } | undefined {
  const { shortForms } = compileProtocolWords(words);
  let found: { name: string; start: number; end: number } | undefined;
  let seen = 0;
  for (const m of text.slice(0, ITEM_SHORT_FORM_REACH).matchAll(ITEM_SHORT_FORM)) {
    const name = shortForms[m[1]] ?? shortForms[m[1].toUpperCase()];
    if (!name) continue;
    if (found && found.name !== name) return undefined;
    found ??= { name, start: m.index, end: m.index + m[1].length };
    seen++;
  }
  return seen >= 2 ? found : undefined;
}

// A company named at the top of its board's minutes (`styrelsesammanträde för Vallby Bostäder AB`, `AB Vallbyhem`).
/**
 * The notice naming the body whose minutes it posts (`ANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat`, `Justering
 * av Kommunfullmäktiges protokoll har tillkännagivits genom anslag`).
 */
const NOTICE_BODY = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+s)\s+protokoll\s+(?:är|har)\s+(?:justera|tillkännagiv|anslag)/u;
/** A title that is an extract of a body's minutes (`Utdrag ur Kommunfullmäktiges protokoll`). */
const EXTRACT_TITLE = /^[ \t]*Utdrag[ \t]+ur[ \t]+(\p{Lu}[\p{L}-]+s)[ \t]+protokoll(?![\p{L}])/u;

/** A contents heading of the matters a body decides (`BESLUTAS AV KOMMUNFULLMÄKTIGE`). */
const DECIDED_BY = /(?<![\p{L}])BESLUTAS[ \t]+AV[ \t]+(\p{Lu}[\p{Lu}-]+)/gu;

/**
 * Minutes whose contents are set out by the body that decides each matter (`BESLUTAS AV KOMMUNFULLMÄKTIGE 102 …
 * BESLUTAS AV KOMMUNSTYRELSEN 109 …`) are those of the body that decides its own after those it proposes: the organ
 * read from the first heading, or from an item listed under it (`Reglemente för kommunala rådet för …`), gives way to
 * the other body a later heading names.
 */
function ownDecisions(text: string, bodies: readonly string[], organ: { name: string; start: number; end: number } | undefined) {
  if (!organ) return organ;
  const first = text
    .slice(Math.max(0, organ.start - 3000), organ.end)
    .matchAll(DECIDED_BY)
    .next().value;
  if (!first) return organ;
  for (const m of text.slice(organ.end, organ.end + 3000).matchAll(DECIDED_BY)) {
    const word = fold(m[1]);
    if (word === fold(first[1]) || !bodies.some((b) => word.endsWith(fold(b)))) continue;
    const start = organ.end + m.index + m[0].length - m[1].length;
    return { name: m[1][0] + m[1].slice(1).toLowerCase(), start, end: start + m[1].length };
  }
  return organ;
}

/**
 * A body named by its noun alone (`Beslutsinstans: Arbetsutskottet`) whose owner the text names in the genitive
 * (`Socialnämndens arbetsutskott godkänner …`): the full name, where the text names one owner only; not an owner that
 * is a bare noun itself (`förbundets styrelse`).
 */
export function ownedSubBody(text: string, bodies: readonly string[], organ: { name: string; start: number; end: number } | undefined) {
  const lower = organ?.name.toLowerCase() ?? "";
  if (!organ || !/^\p{L}+$/u.test(lower) || !bodies.some((b) => DEFINITE.test(b) && lower.endsWith(b))) return organ;
  // The indefinite form the genitive takes (`arbetsutskott`, `styrelse`, `nämnd`).
  const stems = [lower.slice(0, -1), lower.slice(0, -2)].map(escapeRegExp).join("|");
  const owned = new RegExp(`(?<![\\p{L}-])(\\p{L}+s)[ \\t]+(?:${stems})(?![\\p{L}-])`, "giu");
  let found: { name: string; start: number; end: number } | undefined;
  for (const m of text.matchAll(owned)) {
    const owner = genitiveBodyName(m[1], bodies);
    if (!owner || bodies.includes(owner.toLowerCase())) continue;
    const name = `${owner}s ${m[0].slice(m[1].length).trim().toLowerCase()}`;
    if (found && fold(found.name) !== fold(name)) return organ;
    found ??= { name, start: m.index, end: m.index + m[0].length };
  }
  return found ?? organ;
}

/** A board named by its association's short form in the genitive (`SBFs styrelse`, `SBF:s styrelse`). */
const ABBREVIATION_BOARD = /(?<![\p{L}\d])(\p{Lu}{2,8}:?s)[ \t]+styrelsen?(?![\p{L}-])/u;

/**
 * A board read by its noun alone (`Styrelsen`, a title's `STYRELSEPROTOKOLL`) whose head, up to the first person
 * present, names it by its association's short form (`fört vid SBFs styrelsemöte … SBFs styrelse Närvarande`): that
 * board, as the text writes it.
 */
function abbreviationBoard(head: string, organ: { name: string; start: number; end: number } | undefined) {
  if (!organ || !/^styrelsen?$/iu.test(organ.name)) return organ;
  const m = ABBREVIATION_BOARD.exec(head);
  return m ? { name: `${m[1]} styrelse`, start: m.index, end: m.index + m[0].length } : organ;
}

/**
 * The body in the genitive of the notice that its minutes are adjusted or posted, within the header, or of the title
 * line that names them an extract (an item's `Utdrag ur kommunstyrelsens protokoll` further on is another body's).
 */
function noticeBody(text: string, bodies: readonly string[], to: number): { name: string; start: number; end: number } | undefined {
  const m = NOTICE_BODY.exec(text.slice(0, to)) ?? EXTRACT_TITLE.exec(text);
  const name = m && genitiveBodyName(m[1], bodies);
  if (!m || !name) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { name, start, end: start + m[1].length };
}

/** The office that keeps the minutes, in a notice's block (`Förvaringsplats för protokollet Kulturförvaltningen`). */
const KEEPER = /Förvaringsplats[ \t]+för[ \t]+protokollet?[ \t]*:?[ \t]+(\p{Lu}[\p{L} -]{0,40}?förvaltningen)(?![\p{L}])/u;

/**
 * The board whose office keeps the minutes (`Kulturförvaltningen` → `Kulturnämnden`), where the notice's cell of the
 * organ is left empty: a nämnd's own office keeps its minutes. An office named after its board keeps that board's name
 * (`Kommunstyrelseförvaltningen` → `Kommunstyrelsen`, `Byggnämndsförvaltningen` → `Byggnämnden`), no `-nämnden` added.
 * Not an office of the municipality's management, which keeps the minutes of every body (`Kommunledningsförvaltningen`).
 * The office is read after the organ's label.
 */
function keeperBody(text: string, from: number): { name: string; start: number; end: number } | undefined {
  const m = KEEPER.exec(text.slice(from, from + 400));
  if (!m || /lednings|^(?:kommun|stads?|region|landstings?)förvaltningen$/iu.test(m[1])) return undefined;
  const start = from + m.index + m[0].length - m[1].length;
  const stem = m[1].slice(0, -"förvaltningen".length);
  const name = stem.endsWith("styrelse") ? `${stem}n` : stem.endsWith("nämnds") ? `${stem.slice(0, -1)}en` : `${stem}nämnden`;
  return { name, start, end: start + m[1].length };
}

const COMPANY = /(?<![\p{L}-])(?:(?:\p{Lu}[\p{L}-]*\s){1,3}AB|AB(?:\s\p{Lu}[\p{L}-]*){1,3})(?![\p{L}-])/u;

/** The company whose board met: one named at the top of minutes that speak of a board (`styrelse…`). */
function companyIn(text: string, to: number): { name: string; start: number; end: number } | undefined {
  const top = text.slice(0, to);
  const m = /styrelse/i.test(top) ? COMPANY.exec(top) : null;
  return m ? { name: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * Up to three words in capitals after a title in capitals (`ENERGIINTELLIGENT DALARNA`), not a weekday, a month or a
 * header's field word (`NR 3`, `JUNI 2008`, `KL 13`), nor a label before its colon.
 */
const NOT_A_NAME_WORD =
  "(?!(?:MÅN|TIS|ONS|TORS|FRE|LÖR|SÖN)DAG|(?:JANUARI|FEBRUARI|MARS|APRIL|MAJ|JUNI|JULI|AUGUSTI|SEPTEMBER|OKTOBER|NOVEMBER|DECEMBER|NR|KL|PLATS|DATUM|TID|PROTOKOLL)(?![\\p{L}-]))";
const CAPITALS_AFTER = new RegExp(`^\\s+(${NOT_A_NAME_WORD}\\p{Lu}[\\p{Lu}-]+(?:\\s+${NOT_A_NAME_WORD}\\p{Lu}[\\p{Lu}-]+){0,2})(?![\\p{L}])(?!\\s*:)`, "u");

const titlePatterns = new WeakMap<readonly string[], { re: RegExp; definite: Map<string, string> }>();

/**
 * The body a compound title names (`Direktionsprotokoll`, `Styrelseprotokoll`, `Regionrådsmöte`), in its definite
 * form (`Direktionen`): the first-part form of each definite body noun (`direktion`, `styrelse`, `råd`) before
 * `protokoll`, or `möte` after a first part of its own (`Regionråds-`), with or without the linking `s`, in either
 * form (`Regionrådsmötet`); with `bareToo`, `möte` after the noun alone too (`styrelsemötet` → `Styrelsen`).
 */
export function protocolTitleBody(
  text: string,
  bodies: readonly string[],
  to: number,
  named = false,
  bareToo = false,
): { name: string; start: number; end: number } | undefined {
  let compiled = titlePatterns.get(bodies);
  if (!compiled) {
    const definite = new Map<string, string>();
    for (const body of bodies) {
      const stem = body.endsWith("lsen") ? body.slice(0, -1) : body.endsWith("én") ? body.slice(0, -1) : /(en|et)$/.test(body) ? body.slice(0, -2) : undefined;
      if (stem) definite.set(stem, body);
    }
    const alt = [...definite.keys()].sort((a, b) => b.length - a.length).join("|");
    // Also the first of two coordinated compounds (`styrelse- och arbetsmöte`: the board's meeting).
    compiled = {
      re: new RegExp(`(?<![\\p{L}-])(\\p{L}*?)(${alt})s?(?:-[ \\t]+(?:och|&)[ \\t]+\\p{Ll}+?)?(protokoll|möte|sammanträde)(?:t|et)?(?![\\p{L}])`, "iu"),
      definite,
    };
    titlePatterns.set(bodies, compiled);
  }
  const m = compiled.re.exec(text.slice(0, to));
  // A meeting of a body named by its noun alone (`styrelsemöte`, `styrelsesammanträde`) is any board's: no name, unless a title in capitals
  // names what it steers after it (`STYRGRUPPSMÖTE VALLBY ENERGI`, the body `Styrgruppen Vallby Energi`).
  const bare = !!m && m[3].toLowerCase() !== "protokoll" && m[1].length < 3;
  if (named) {
    const after = bare ? CAPITALS_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80)) : null;
    if (!m || !after || m[0] !== m[0].toUpperCase()) return undefined;
    const words = after[1].split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase());
    const noun = compiled.definite.get(m[2].toLowerCase())!;
    return { name: [noun[0].toUpperCase() + noun.slice(1), ...words].join(" "), start: m.index, end: m.index + m[0].length + after[0].length };
  }
  if (!m || (bare && !bareToo)) return undefined;
  const name = (bare ? "" : m[1]) + compiled.definite.get(m[2].toLowerCase())!;
  return { name: name[0].toUpperCase() + name.slice(1).toLowerCase(), start: m.index, end: m.index + m[0].length };
}

/** A title naming the body whose meeting it records in the genitive, in lower case (`Protokoll från samordningsgruppens möte`). */
const TITLE_GENITIVE =
  /(?<![\p{L}])(?:Protokoll|Minnesanteckningar|Anteckningar)[ \t]+(?:från|vid|fört[ \t]+vid)[ \t]+((?:\p{Ll}+-[ \t]+(?:och|&)[ \t]+)?\p{Ll}[\p{Ll}-]*)s[ \t]+(?:möte|sammanträde)(?![\p{L}])/iu;

/** The body TITLE_GENITIVE reads in `text[0, to)`: a compound of a body noun's definite form (`samordningsgruppen`), capitalised. */
function titleGenitive(text: string, bodies: readonly string[], to: number): { name: string; start: number; end: number } | undefined {
  const m = TITLE_GENITIVE.exec(text.slice(0, to));
  const body = m?.[1];
  if (!m || !body || !/^\p{Ll}/u.test(body) || !bodies.some((b) => DEFINITE.test(b) && body.endsWith(b))) return undefined;
  const start = m.index + m[0].indexOf(body);
  return { name: body[0].toUpperCase() + body.slice(1), start, end: start + body.length };
}

/**
 * A title's first words naming its own meeting, before the meeting's noun (`Protokoll från styrelsemötet`); below a
 * page's title line too where the genre's words open a line (`Protokoll 2024-10-15` ¶ `Protokoll fört vid styrelsesammanträde`).
 */
const OWN_TITLE =
  /^\s*(?:(?:protokoll|minnesanteckningar|anteckningar)(?:\s+(?:från|vid|fört\s+vid))?\s+)?$|\n[ \t]*(?:protokoll|minnesanteckningar|anteckningar)(?:[ \t]+(?:från|vid|fört[ \t]+vid))?[ \t]+$/iu;
/** The number that ends a title after its meeting (`3/14`, `nr 5`). */
const TITLE_WHICH = /^[ \t]+((?:nr\.?[ \t]*)?\d[^\s]{0,9})[ \t.]*$/u;

/** The body of a meeting of the body's noun alone (`styrelsemötet` → `Styrelsen`) as a title's first words. */
function ownTitleBody(top: string, bodies: readonly string[]): { name: string; start: number; end: number } | undefined {
  const title = protocolTitleBody(top, bodies, Math.min(top.length, TOP_LINE), false, true);
  return title && OWN_TITLE.test(top.slice(0, title.start)) ? title : undefined;
}

/**
 * A title naming its meeting by a body's noun in the indefinite and what it is for (`Protokoll från samråd för
 * föreningarna för norra nämnden den 3 maj 2021`): that body, as written from the noun up to the date
 * (`Samråd för föreningarna för norra nämnden`), not the title's sentence.
 */
function titleNounBody(top: string, bodies: readonly string[]): { name: string; start: number; end: number } | undefined {
  const m = TITLE_NOUN_FOR.exec(top.slice(0, TOP_LINE));
  if (!m || !definiteBody(m[1]!, bodies, 0)) return undefined;
  const start = m.indices![1]![0];
  const name = m[1]![0]!.toUpperCase() + top.slice(start + 1, m.indices![2]![1]);
  return { name, start, end: start + name.length };
}
const TITLE_NOUN_FOR =
  /^\s*(?:[Pp]rotokoll|[Mm]innesanteckningar|[Aa]nteckningar)(?:[ \t]+(?:från|vid|fört[ \t]+vid))?[ \t]+(\p{Ll}+)([ \t]+för[ \t][^\n]*?)(?=[ \t]+(?:den[ \t]+)?\d|[ \t]*(?:\n|$))/du;

const meetingWithPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * The body a title says the meeting was held with (`Protokoll fört vid möte med Ekådalens vattennämnd , Ekgården`, `Möte
 * med Regional Fjällnämnd`): a capitalised name of up to four words whose last ends in a body noun or `råd`, not a title, in the top's first
 * `TOP_LINE` characters from `from` — read before any body the people's columns name after it (`Närvarande; … Länsstyrelsen`).
 */
function meetingWithBody(text: string, lexicon: Lexicon, from: number): { name: string; start: number; end: number } | undefined {
  const { bodies } = lexicon.data.protocol;
  let re = meetingWithPatterns.get(bodies);
  if (!re) {
    // A council's name ends in the indefinite `råd` (`Regionalt Myrråd`, `Ekådalens vattenråd`) only where a meeting is
    // held with it: elsewhere the word is advice (`ge råd`), and it ends titles (`kommunalråd`), not bodies.
    const alt = [...bodies, "råd"].sort((a, b) => b.length - a.length).join("|");
    re = new RegExp(`(?<![\\p{L}])[Mm]öte[ \\t]+med[ \\t]+((?:\\p{Lu}[\\p{L}-]*[ \\t]+){0,3}\\p{Lu}?\\p{Ll}*?(?:${alt}))(?![\\p{L}-])`, "u");
    meetingWithPatterns.set(bodies, re);
  }
  const top = text.slice(from, from + TOP_LINE);
  const m = re.exec(top);
  if (!m || !/^\p{Lu}/u.test(m[1]) || lexicon.role(m[1].toLowerCase())) return genitiveMeetingBody(top, bodies, from);
  const start = from + m.index + m[0].length - m[1].length;
  return { name: m[1], start, end: start + m[1].length };
}

/** A meeting held with a body's part named in the lower-case genitive (`Sammanträde med regionstyrelsens arbetsutskott`). */
const MEETING_WITH_GENITIVE = /(?<![\p{L}])(?:[Ss]ammanträde|[Mm]öte)[ \t]+med[ \t]+(\p{Ll}[\p{Ll}-]*s[ \t]+(\p{Ll}[\p{Ll}-]*))(?![\p{L}-])/u;

/** The body MEETING_WITH_GENITIVE reads in `top` (at `from`): a body's genitive, then a body's noun, capitalised. */
function genitiveMeetingBody(top: string, bodies: readonly string[], from: number): { name: string; start: number; end: number } | undefined {
  const m = MEETING_WITH_GENITIVE.exec(top);
  if (!m || !genitiveBodyName(m[1].split(/[ \t]/)[0], bodies) || !bodies.some((b) => m[2].endsWith(b))) return undefined;
  const start = from + m.index + m[0].length - m[1].length;
  return { name: m[1][0].toUpperCase() + m[1].slice(1), start, end: start + m[1].length };
}

const splitMeetingPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * The body a meeting is held with whose name a flattened header's column split (`Sammanträde med kultur- och Datum för
 * justering: 12,14 fritidsnämnden`): the dangling first part waits for the next word, up to eight on, that ends in a
 * body noun (`Kultur- och fritidsnämnden`), in the top's first `TOP_LINE` characters from `from`.
 */
function splitMeetingBody(text: string, bodies: readonly string[], from: number): { name: string; start: number; end: number } | undefined {
  let re = splitMeetingPatterns.get(bodies);
  if (!re) {
    const alt = [...bodies].sort((a, b) => b.length - a.length).join("|");
    re = new RegExp(
      `(?<![\\p{L}])(?:[Ss]ammanträde|[Mm]öte)[ \\t]+med[ \\t]+(\\p{L}+-)[ \\t]+och[ \\t]+(?:\\S+[ \\t]+){0,8}?(\\p{Ll}+(?:${alt}))(?![\\p{L}-])`,
      "du",
    );
    splitMeetingPatterns.set(bodies, re);
  }
  const m = re.exec(text.slice(from, from + TOP_LINE));
  if (!m) return undefined;
  const [start, end] = [from + m.indices![1]![0], from + m.indices![2]![1]];
  return { name: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} och ${m[2]}`, start, end };
}

/** The genre words a minutes' title in capitals begins with (`PROTOKOLL FRÅN`, `MINNESANTECKNINGAR VID`). */
const TITLE_GENRE = /(?:PROTOKOLL|MINNESANTECKNINGAR)(?:[ \t]+(?:FRÅN|FÖRT[ \t]+VID|VID))?[ \t]+$/u;

/**
 * A body named by a title in capitals (`PROTOKOLL FRÅN STYRGRUPPSMÖTE SOLKRAFT VÄRMLAND`) below the text's first
 * 120 characters (a document-sharing site's lines before it): only where it stands as the head's title, after the
 * genre's words, and where the first line names no body — a capitals item of a contents list (`103 RAPPORT FRÅN
 * STYRELSEMÖTE VALLBY ENERGI AB`) below `Kommunstyrelsen` names no one's meeting.
 */
function headTitle(
  top: string,
  bodies: readonly string[],
  head: number,
  findBody: (from: number, to: number) => { name: string; start: number; end: number } | undefined,
): { name: string; start: number; end: number } | undefined {
  const title = protocolTitleBody(top, bodies, head, true);
  if (!title || !TITLE_GENRE.test(top.slice(Math.max(0, title.start - 40), title.start))) return undefined;
  const line = top.indexOf("\n");
  return line > 0 && line < title.start && findBody(0, line) ? undefined : title;
}

/** An association or company that met as itself (`Samordningsförbundet Sydnärke`, `Vallby Bostäder AB`), not a body of a municipality. */
export function metAsItself(organ: { name: string } | undefined): boolean {
  return !!organ && /förbund|(?:^|\s)AB(?:\s|$)/iu.test(organ.name);
}

/**
 * A staff title with nothing after it that names where it is held (`Eva Ek, förbundschef`; not `Eva Ek, enhetschef,
 * Försäkringskassan` nor `Mats Berg, verksamhetschef vid Region Örebro län`), held in the association or company that
 * met (`metAsItself`), whichever reader read it.
 */
export function staffTitleHeld(
  role: { written: string; normalised: string; end: number },
  person: EntityRef,
  body: EntityRef,
  start: number,
  gazetteer: readonly Mention[],
  text: string,
  ev: (start: number, end: number) => Evidence,
): Fact | undefined {
  // Held where the title says it is (`verksamhetschef vid Region Örebro län`, `socialchef i Kumla kommun`).
  const heldElsewhere = (g: Mention) =>
    (g.kind === "organisation" || g.kind === "municipality") &&
    g.start >= role.end &&
    /^[\s,]*(?:(?:vid|på|i|hos|at|of)\s+)?$/.test(text.slice(role.end, g.start));
  if (gazetteer.some(heldElsewhere)) return undefined;
  return {
    type: "relation",
    kind: "holds_role",
    source: person,
    target: body,
    evidence: ev(start, role.end),
    rule: "protocol:staff-title",
    attrs: { role: role.written, roleNormalised: role.normalised },
  };
}

/** The body named right after a label of the organ (`Organ: Socialnämnden`; `Organ och §§:` and the name below). */
function labelledOrgan(text: string, words: ProtocolWords, end: number): { name: string; start: number; end: number } | undefined {
  // On the label's line or the first line with text below it, not into the field after it (`Sammanträdesdatum`).
  const first = text.slice(end, end + 160).search(/[^\s:.…]/);
  if (first < 0) return undefined;
  const lineEnd = text.indexOf("\n", end + first);
  const to = Math.min(text.length, end + 160, lineEnd < 0 ? text.length : lineEnd);
  return bodyIn(text, words, end, to, true) ?? shortFormIn(words, text, end, Math.min(to, end + first + 20)) ?? countyBody(text, words, end + first, to);
}

/** A county's body in lower case after its owner in the genitive (`Tuna läns landstingsstyrelse`). */
const COUNTY_BODY = /\p{Lu}[\p{L}-]*s[ \t]+läns[ \t]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}-])/uy;

/** The body COUNTY_BODY reads at `at`, where a label of the organ names it (`Organ Tuna läns landstingsstyrelse`). */
function countyBody(text: string, words: ProtocolWords, at: number, to: number): { name: string; start: number; end: number } | undefined {
  COUNTY_BODY.lastIndex = at;
  const m = COUNTY_BODY.exec(text);
  if (!m || at + m[0].length > to || !words.bodies.some((b) => m[1].endsWith(b))) return undefined;
  return { name: m[0], start: at, end: at + m[0].length };
}

// A field line of the organ with its colon (`Organ och §§:`, `Beslutsinstans:`), as a notice's block at the foot of a
// protocol's first page sets it: the bare words of ORGAN_LABELS (`Nämnd`, `Forum`) are fields only in a header read
// inline; with no colon only as a notice's block sets it, the meeting's date on the next line (`Organ Tekniska
// nämnden` ¶ `Sammanträdesdatum 2020-05-05`).
const ORGAN_FIELD =
  /^[ \t]*(?:(?:organ(?:[ \t]+och[ \t]+(?:sammanträdesdatum|§[ \t]*§))?|beslutsinstans|instans)[ \t]*:|organ(?=[ \t]+[^\n]+\n(?:[ \t]*\n)*[ \t]*sammanträdesdatum))/gimu;

/**
 * The body a field line of the organ names in the first `reach` characters, for minutes read by their field lines
 * (the inline reader takes it from its labels): the same organ whichever reader a copy's spacing calls on.
 */
export function organField(text: string, words: ProtocolWords, reach = 6000): { name: string; start: number; end: number } | undefined {
  const head = text.length > reach ? text.slice(0, reach) : text;
  for (const m of head.matchAll(ORGAN_FIELD)) {
    const organ = labelledOrgan(text, words, m.index + m[0].length);
    if (organ) return organ;
  }
  return undefined;
}

/** An item electing the board, its heading a line (`§ 2. Styrelseval.`, `§ 3 Val av styrelse`), and the lines under it to a blank line. */
const ELECTION_LIST = /§[ \t]*\d+[ \t.]+(?:\p{Lu}\p{Ll}*val|Val av[^\n]*?)[ \t.:]*\n(?:[ \t]*\S[^\n]*(?:\n|$))+/gu;
/** A signer's line at the foot: the name and the office kept (`Eva Ek, sekr.`). */
const SIGNS_AS_SECRETARY = /^[ \t]*(\p{Lu}[^\n,]{2,60}),[ \t]*(?:sekr\.|sekreterare)[ \t]*$/gmu;
/** `Justeras` on a line of its own, blank lines, then the line of the name that signs under it. */
const ADJUSTED_BY = /^[ \t]*Justeras[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)/gmu;

/** The board's other members, named after the offices in the item electing it (`Övriga i styrelsen: Eva Ek och Per Alm.`). */
const OTHERS_ON_BOARD = /^[ \t]*Övriga[ \t]+(?:i[ \t]+styrelsen|styrelseledamöter|ledamöter)[ \t]*:[^\n]*/gmu;

/**
 * An office an item electing the board lists (`Ordf. Eva Ek, Norrby`, `kassör Per Alm`): the association's, no seat at
 * the meeting; or a seat on the board itself (`Övriga i styrelsen: X och Y`: `board`, the role its label).
 */
export interface ElectedOffice {
  person: Mention;
  role: { normalised: string; written: string; start: number; end: number };
  board?: boolean;
}

/** The offices ELECTION_LIST items list, a role right before a name at a line's start. */
export function electedOffices(text: string, people: readonly Mention[], gazetteer: readonly Mention[]): ElectedOffice[] {
  const lists = [...text.matchAll(ELECTION_LIST)].map((m) => [m.index, m.index + m[0].length] as const);
  if (lists.length === 0) return [];
  const roleEndingAt = new Map(gazetteer.filter((g) => g.kind === "role").map((g) => [g.end, g]));
  const offices: ElectedOffice[] = [];
  for (const person of people) {
    if (!lists.some(([from, to]) => person.start > from && person.end <= to)) continue;
    let at = person.start;
    while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\t")) at--;
    const role = roleEndingAt.get(at);
    if (!role || (role.start > 0 && text[role.start - 1] !== "\n")) continue;
    offices.push({ person, role: { normalised: role.id, written: text.slice(role.start, role.end), start: role.start, end: role.end } });
  }
  // The other members' line belongs to the same item: after its list, before the next `§`.
  for (const m of text.matchAll(OTHERS_ON_BOARD)) {
    const list = lists.filter(([from]) => from < m.index).pop();
    if (!list || text.slice(list[1], m.index).includes("§")) continue;
    const end = m.index + m[0].length;
    const label = { normalised: "ledamot", written: "ledamot", start: m.index + m[0].search(/\S/), end: m.index + m[0].indexOf(":") };
    for (const person of people) if (person.start > m.index && person.end <= end) offices.push({ person, role: label, board: true });
  }
  return offices;
}

/** Those who sign at the foot as the secretary (`Eva Ek, sekr.`) or under `Justeras`: the meeting's offices, there. */
function footSigners(text: string, people: readonly Mention[]): ProtocolEntry[] {
  const signers: ProtocolEntry[] = [];
  for (const m of text.matchAll(SIGNS_AS_SECRETARY)) {
    const person = people.find((p) => p.label === m[1].trim() && p.start >= m.index && p.start < m.index + m[0].length);
    if (person) signers.push({ person, capacity: "secretary", start: person.start, end: m.index + m[0].trimEnd().length });
  }
  for (const m of text.matchAll(ADJUSTED_BY)) {
    const at = m.index + m[0].length;
    const person = people.find((p) => p.start === at);
    if (person) signers.push({ person, capacity: "adjuster", label: { start: m.index + m[0].search(/\S/), end: at }, start: m.index, end: person.end });
  }
  return signers;
}

/**
 * A sitting's web page whose fields list no one (`Sammanträde 2014-02-06 / Datum / Klockan / 18.00 / Plats / …`): its
 * people are those its items name by a seat in the body right before the name (`Ordförande X (M) och vice ordförande Y
 * (MP) uppdras att justera`, `Ledamoten Z (S) yrkade`, `Tjänstgörande ersättaren W (V)`), who sat in it: the chair by
 * `ordförande`, a reserve by `ersättare`, the others members. None where no chair is named so: not a sitting's items.
 * An item electing the board (`§ 2. Styrelseval.` ¶ `Ordf. X`) lists offices, not sitters: an association's board
 * minutes, whose signers at the foot (`Y, sekr.`, `Justeras:` ¶ `Z`) were there.
 */
export function sittingHeader(fields: ProtocolHeader, people: readonly Mention[], gazetteer: readonly Mention[], text: string): ProtocolHeader | undefined {
  const seatEndingAt = new Map(gazetteer.filter((g) => g.kind === "role" && g.start >= fields.end && isSeat({ normalised: g.id })).map((g) => [g.end, g]));
  const elected = new Set(electedOffices(text, people, gazetteer).map((o) => o.person));
  const entries: ProtocolEntry[] = [];
  for (const person of people) {
    if (person.start < fields.end || elected.has(person) || entries.some((e) => e.person.label === person.label)) continue;
    const seat = seatEndingAt.get(text.slice(0, person.start).trimEnd().length);
    if (!seat || /\n/.test(text.slice(seat.end, person.start))) continue;
    const capacity = seat.id === "ordförande" ? "chair" : /ersättare$/.test(seat.id) ? "substitute" : "member";
    const role = { normalised: seat.id, written: text.slice(seat.start, seat.end).toLowerCase(), start: seat.start, end: seat.end };
    entries.push({ person, capacity, role, start: seat.start, end: person.end });
  }
  if (entries.some((e) => e.capacity === "chair")) return { ...fields, entries };
  const signers = elected.size > 0 ? footSigners(text, people) : [];
  const found = [...signers, ...itemSpeakers(text, people, fields.end).filter((e) => !signers.some((s) => s.person.label === e.person.label))];
  if (found.length > 0) return { ...fields, entries: [...entries, ...found] };
  // A council's page for one sitting (`Hem > Vallby kommun > Kommunfullmäktige > Sammanträde 2024-05-23`, its time and
  // place in the fields): the sitting, though the page names no one there (its notice).
  const line = text.slice(0, text.indexOf("\n") + 1 || text.length).trim();
  const owner = /\d{4}-\d\d-\d\d$/.test(line) ? trailOwner(line) : undefined;
  return owner && SITTING_BODY.test(owner.label) && fields.labels.some((l) => PLACE_LABELS.has(l.label)) ? { ...fields, entries: [] } : undefined;
}

/** A body that sits, by its name's last word (`Kommunfullmäktige`, `Barn- och utbildningsnämnden`, `Kommunstyrelsen`). */
const SITTING_BODY = /(?:fullmäktige|styrelsen|nämnden?|utskottet)$/i;

/**
 * Those who speak in a council's items (`Vidare yttrade sig A, B och C`, `X (S) hänvisade till det skriftliga svaret`):
 * there, in no capacity said (a debate's minutes list no roll on their first page).
 */
function itemSpeakers(text: string, people: readonly Mention[], from: number): ProtocolEntry[] {
  const spans = [...text.slice(from).matchAll(SPOKE_LIST)].map((m) => [from + m.index, from + m.index + m[0].length]);
  const speakers: ProtocolEntry[] = [];
  for (const person of people) {
    if (person.start < from || speakers.some((e) => e.person.label === person.label)) continue;
    const listed = spans.some(([s, e]) => person.start >= s && person.end <= e);
    const spoke =
      !listed && (SPEAKS_AFTER_PARTY.exec(text.slice(person.end, person.end + 24)) ?? POINTED_TO_ANSWER.exec(text.slice(person.end, person.end + 60)));
    if (listed || spoke)
      speakers.push({ person, capacity: "other", undecided: true, start: person.start, end: spoke ? person.end + spoke[0].length : person.end });
  }
  return speakers;
}

/** The step between the places of a web page's trail (`Hem > Vallby stad > Sammanträde`). */
export const TRAIL = /\s+[>»›]\s+/;

/** The place of a page's trail whose meeting the page is (`Hem > AB Exempelbolag > Sammanträde 2006-12-19`), with its offsets. */
export function trailOwner(title: string): { label: string; start: number; end: number } | undefined {
  const trail = title.split(TRAIL);
  if (trail.length < 2 || !/^(sammanträde|protokoll|möte|minnesanteckningar)/i.test(trail[trail.length - 1])) return undefined;
  const label = trail[trail.length - 2].trim();
  const start = title.lastIndexOf(label, title.length - trail[trail.length - 1].length - 1);
  return label ? { label, start, end: start + label.length } : undefined;
}

/**
 * The body whose sitting a web page's trail ends in (`Hem > Vallby stad > Norrby stadsdelsnämnd > Sammanträde
 * 2014-02-06`), its place's genitive and all, where its last word is a body's (no company's or place's page).
 */
function trailBody(title: string | undefined, text: string, bodies: readonly string[]): { name: string; start: number; end: number } | undefined {
  const owner = title ? trailOwner(title) : undefined;
  const word = owner?.label.split(" ").pop()?.toLowerCase();
  if (!owner || !word || !bodies.some((b) => word.endsWith(b))) return undefined;
  const start = text.indexOf(owner.label);
  return start < 0 ? undefined : { name: owner.label, start, end: start + owner.label.length };
}

/** A day of no year the minutes give their meeting: the matters or the sitting of that day (`ärenden den 22 februari`). */
const MEETING_DAY = /(?<![\p{L}])(?:ärenden|sammanträde|sammanträdet|mötet?)[ \t]+den[ \t]+(\d{1,2})[ \t]+(\p{Ll}{3,9})(?![\p{L}])(?![ \t,]*\d)/u;
/** How far into minutes MEETING_DAY is read, in characters: their first pages. */
const MEETING_DAY_REACH = 3000;

/** The day MEETING_DAY reads (`22 februari`), where its word is a month's. */
function meetingDay(text: string): string | undefined {
  const m = MEETING_DAY.exec(text.slice(0, MEETING_DAY_REACH));
  return m && monthNumber(m[2]) ? `${m[1]} ${m[2]}` : undefined;
}

/** The meeting of a protocol header, with its chairs, attendees, parties and roles. */
export function protocolMeeting(input: ProtocolMeetingInput): Fact[] {
  const { doc, header, model, ref } = input;
  const { text } = doc;
  const { lexicon } = model;
  const facts: Fact[] = [];
  const ev = (start: number, end: number) => evidenceOf(doc, start, end);
  const present = header.entries.filter((e) => PRESENT.has(e.capacity));
  // No one present: no meeting, but for a sitting's page that names no one (`sittingHeader`, no entries at all).
  if (present.length === 0 && header.entries.length > 0) return facts;

  // Organ: the `Organ` field, else the first body named at the top, not one a listed person comes from.
  const others = otherBodies(
    text,
    header.entries.map((e) => e.person),
  );
  const top = blanked(text, others);
  let organ: { name: string; start: number; end: number } | undefined;
  const organLabel = header.labels.find((l) => ORGAN_LABELS.has(l.label));
  // A label names the organ outright: read in the text as it stands.
  for (const l of header.labels) if (ORGAN_LABELS.has(l.label) && (organ = labelledOrgan(text, lexicon.data.protocol, l.end))) break;
  // Not into the items after a header that ends early (a web page's items: `reglementet är beslutat i Regionfullmäktige`).
  const head = Math.min(text.length, 600, Math.max(header.end, TOP_LINE));
  // A body named only in a compound title (`Direktionsprotokoll`), in the genitive (`Tekniska nämndens
  // sessionssal`) or in capitals (`BEREDNINGSGRUPPEN`) when none is named otherwise; by its short form (`KSAU`) on the
  // first line, else where no other names it; in the top that starts at `from`.
  const topBody = (page: string, from: number) => {
    const upTo = Math.min(text.length, from + 600, Math.max(header.end, from + TOP_LINE));
    const findBody = (start: number, to: number, orAssociation = false) => bodyIn(page, lexicon.data.protocol, start, to, orAssociation);
    return (
      topShortForm(page, lexicon.data.protocol) ??
      stackedBody(page, lexicon.data.protocol.bodies, lexicon, upTo) ??
      protocolTitleBody(page, lexicon.data.protocol.bodies, Math.min(text.length, from + TOP_LINE), true) ??
      meetingWithBody(page, lexicon, from) ??
      splitMeetingBody(page, lexicon.data.protocol.bodies, from) ??
      titleGenitive(page, lexicon.data.protocol.bodies, upTo) ??
      headTitle(page, lexicon.data.protocol.bodies, upTo, findBody) ??
      findBody(0, upTo) ??
      protocolTitleBody(page, lexicon.data.protocol.bodies, upTo) ??
      findBody(0, upTo, true) ??
      bodyIn(page, lexicon.data.protocol, 0, upTo, false, true) ??
      upperBodyIn(page, lexicon.data.protocol.bodies, upTo) ??
      shortFormIn(lexicon.data.protocol, page, 0, upTo) ??
      companyIn(page, upTo)
    );
  };
  // A document-sharing page's title line repeats words of the protocol's columns (`För Kultur- och fritidsnämnden`):
  // the PDF's own text after it is read first, the title line only where that names no body (`Direktionsprotokoll`).
  const shared = sharedPageEnd(text);
  // A field that names the body by its head noun (a posting certificate's `Organ Styrelsen`) under a title that names
  // it in full (`SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen`): the title's, the more specific name.
  const full = organ && topBody(top, 0);
  if (organ && full && full.name.length > organ.name.length && full.name.toLowerCase().endsWith(organ.name.toLowerCase())) organ = full;
  organ ??=
    (shared ? topBody(blanked(text, [[0, shared], ...others]), shared) : undefined) ??
    topBody(top, 0) ??
    noticeBody(text, lexicon.data.protocol.bodies, header.end) ??
    openedBody(text, lexicon.data.protocol, header.end) ??
    // Last, a meeting of the body's noun alone in the title (`Protokoll från styrelsemötet 4 september`) where nothing
    // names whose board it is: the minutes' own body all the same (`Styrelsen`), not a title with no body. Only as the
    // title's first words: a meeting named after them (`inför rådsmötet`, `Rapport från nämndmötet`) is another.
    ownTitleBody(top, lexicon.data.protocol.bodies) ??
    titleNounBody(top, lexicon.data.protocol.bodies) ??
    decidingBody(text, lexicon.data.protocol.bodies, header.end) ??
    itemLabelBody(text, lexicon.data.protocol) ??
    itemShortFormBody(text, lexicon.data.protocol) ??
    trailBody(doc.title, text, lexicon.data.protocol.bodies) ??
    ownNounBody(text, lexicon.data.protocol, header.end) ??
    (organLabel && keeperBody(text, organLabel.end));
  organ = ownDecisions(text, lexicon.data.protocol.bodies, organ);
  organ = footBody(text, lexicon.data.protocol, organ, header.entries[0]?.start ?? header.end);
  organ = ownedSubBody(text, lexicon.data.protocol.bodies, organ);
  organ = abbreviationBoard(text.slice(0, Math.max(head, present[0]?.start ?? 0)), organ);
  // Names glued after the body in a title (`PROTOKOLL Landstingsfullmäktige Eva Ek Per Holm`, its signers) are no part of it:
  // from a given name that a surname follows, as people are written — a given name alone is a word of the body's own
  // name (`STYRGRUPPSMÖTE NOVA ENERGI`, `SAGA HEMTJÄNST`, `PROJEKT LINNEA`).
  // Nor the adjustment's word that opens the signers' block (`PROTOKOLL Landstingsfullmäktige Justerat onsdagen den …`).
  const person = (w: string, next: string | undefined) => lexicon.isGivenName(w) && !!next && (lexicon.isSurname(next) || lexicon.hasSurnameShape(next));
  const opener = (w: string) => lexicon.data.protocol.signatureOpeners.includes(w.toLowerCase());
  const glued = organ?.name.split(" ").findIndex((w, n, all) => n > 0 && (person(w, all[n + 1]) || opener(w))) ?? -1;
  if (organ && glued > 0) {
    const name = organ.name.split(" ").slice(0, glued).join(" ");
    organ = { name, start: organ.start, end: organ.start + name.length };
  }
  // A title naming its association's general or delegates' meeting in the genitive (`Protokoll fört vid Ekbygdens
  // Pensionärsförenings Representantskap`) names the organ, not a body word after it (a bunched column heading `Styrelsen`).
  const firstListed = header.entries.reduce((m, e) => Math.min(m, e.start), head);
  const titled = organ && titledAssociation(top, firstListed, organ.start, lexicon, doc);
  if (titled) organ = undefined;
  // An association or company that met as itself (`Samordningsförbundet Sydnärke`, `Vallby Bostäder AB`), not a body
  // of a municipality: its officials' titles are held in it.
  const standalone = metAsItself(organ);

  const date = meetingDate(doc, header, organ);
  // Members and substitutes under their fields, with no date, no paragraph and no field of a meeting (attendance,
  // chair, secretary, adjusters): a roster of the body (a kommunalförbund's page of its direktion), not the minutes
  // of a meeting. Its people hold their seats in the body and stand for the municipalities they are listed under;
  // nobody attended anything, and a municipality named in it is a member's, not the body's.
  const roster =
    !date &&
    isRoster(
      text,
      header.labels.map((l) => l.label),
    );
  let parent =
    headerParent(text, input.gazetteer, lexicon, organ, header.end, roster, header.entries) ??
    (roster
      ? undefined
      : (organFieldMunicipality(text, input.gazetteer) ??
        pageMunicipality(text, lexicon) ??
        (organ && MUNICIPAL_BODY.test(organ.name) && !REGION_BODY.test(organ.name) ? addressMunicipality(text, input.gazetteer) : undefined)));
  // An association's minutes that name no body the usual way: its general meeting, its board or itself (above the
  // first listed person), whose parent is the association, never a place the head names.
  const association = titled || (organ || roster ? undefined : associationOrgan(top, firstListed, lexicon, doc));
  if (association) [organ, parent] = [association.organ, association.parent];
  // A board's meeting whose title names its association after a dash (`Styrelsemöte 3 - Ekby Brädspelare`): the
  // association's board, its meeting told apart by the number where no date is written.
  // Or after its head in quotes (`Styrelsemöte fört med för. ”Ekbackens vänner 1902”`).
  // Or after `i`, then its short form, which titles the meeting (`förbundsstyrelsemöte i Nordliga kortspelsförbund, Nobek`).
  const dashed: { ref: EntityRef; start: number; end: number; which?: string; short?: string } | undefined =
    organ && !parent && !association
      ? (dashOwner(text, lexicon) ?? quotedAssociation(top.slice(0, head)) ?? heldInAssociation(top.slice(0, head), lexicon))
      : undefined;
  if (dashed) parent = dashed;
  let meeting: EntityRef | undefined;
  if (!roster) {
    const place = meetingPlace(text, header);
    // Undated minutes whose title gives the day and month (`Protokoll från styrelsemötet 4 september`) are told apart by it.
    // Only a day right after the body in the title, or a number that ends the title's line (`styrelsemöte 3/14`); not a
    // day further on (`Nästa möte 14 oktober`).
    const lineEnd = text.indexOf("\n");
    const line = organ && !date && organ.end < TOP_LINE ? text.slice(0, Math.min(TOP_LINE, lineEnd < 0 ? text.length : lineEnd)) : "";
    const day = findDates(line).find(
      (d) => d.day !== undefined && d.month !== undefined && d.year === undefined && d.start >= organ!.end && !line.slice(organ!.end, d.start).trim(),
    );
    // Else a day of no year the minutes give their meeting (`Förteckning över nämndens ärenden den 22 februari`), as
    // a reported meeting's title gives it (`Nämnden (22 februari)`), rather than where it met.
    const which = day
      ? line.slice(day.start, day.end)
      : (TITLE_WHICH.exec(line.slice(organ?.end))?.[1] ??
        (date && !date.guessed ? undefined : (dashed?.which ?? (organ ? meetingDay(text) : undefined))) ??
        // A month guessed from the adjustment, no sitting's day: titled by where it sat, as an undated meeting is.
        (date?.guessed && place ? placeHead(place.text) : undefined));
    // Undated minutes that name no body but their town met at a sitting, not at the document's kind (`Protokoll`):
    // titled as one, by where and in which town it sat (`Sammanträde (Lärksalen), Norrby`).
    const named = organ && !association?.untitled ? organ.name : undefined;
    const heading = named ? "" : untitledMeetingLine(doc, association);
    const organName = named
      ? which
        ? `${named} (${which})`
        : named
      : !heading || (!date && parent && !association && GENRE_TITLE.test(heading))
        ? "Sammanträde"
        : heading;
    // The title names the body with its municipality or region, so meetings of undated minutes are told apart.
    // An association's short form names it in the title as its heading does (`Förbundsstyrelsen, Nobek`).
    const titleParent = dashed?.short ? { ...dashed.ref, label: dashed.short } : parent?.ref;
    meeting = bodyMeetingRef(organName, titleParent, date?.iso, doc, place?.text);
    const anchor = organ ?? header.entries[0] ?? header.labels[0];
    facts.push({ type: "entity", entity: meeting, evidence: ev(anchor.start, anchor.end), rule: "protocol:meeting" });
    if (date) facts.push({ type: "entity", entity: meeting, evidence: ev(date.start, date.end), rule: "protocol:meeting" });
  }

  // The body that met (or whose seats a roster lists), as an organisation of its municipality or region.
  let body: EntityRef | undefined;
  if (organ) {
    body = bodyRef(organ.name, parent?.ref, association?.organ.within);
    facts.push({ type: "entity", entity: body, evidence: ev(organ.start, organ.end), rule: "protocol:organ" });
    if (meeting) {
      facts.push({ type: "relation", kind: "organised_by", source: meeting, target: body, evidence: ev(organ.start, organ.end), rule: "protocol:organ" });
      if (parent) facts.push({ type: "entity", entity: parent.ref, evidence: ev(parent.start, parent.end), rule: "protocol:organ" });
    }
  }

  // A chair's label over the name of someone listed before among the others present (`Ordförande Eva Ek`, Eva Ek an
  // official whose name slipped under the next label of a flattened block) where a member is listed as the chair (`Per
  // Holm (S) ordförande`): a misread, and the member listed chairs.
  // A chair's title held in another body (`Eva Fors, ordförande i Nätverket Friskt Län`, a guest) chairs no meeting here.
  // Nor does one of those present from elsewhere (`Närvarande från nämnden: ordföranden X`, the body inspected).
  const organHead = organ && fold(organ.name).split(" ")[0];
  const fromElsewhere = (e: ProtocolEntry) => e.capacity === "other" && !!e.label && /^\s+från\s/.test(text.slice(e.label.end, e.label.end + 6));
  // Nor one listed as a former chair (`Kim Ahl, fd ordförande`, a guest).
  const listedAsChair = (e: ProtocolEntry) =>
    !!e.role &&
    MEETING_CHAIRS.has(e.role.normalised) &&
    !writtenFormer(e.role.written) &&
    !(e.role.unit && (!organ || fold(e.role.unit.name) !== fold(organ.name))) &&
    !fromElsewhere(e);
  const memberChair = header.entries.some((e) => (e.capacity === "member" || e.capacity === "substitute") && listedAsChair(e));
  const official = (e: ProtocolEntry) =>
    header.entries.some(
      (x) => x.start < e.start && x.person.label === e.person.label && (x.capacity === "other" || x.capacity === "staff" || x.capacity === "secretary"),
    );
  const misread = new Set(memberChair ? header.entries.filter((e) => e.capacity === "chair" && official(e)) : []);
  // A header read on into an annual meeting's prose (`Ordförande X hälsade … öppnade mötet. Till justerare valdes Y och
  // Z`): a name a sentence's end or more after the chair's label signs nothing under it.
  // Nor a name that words of prose part from the label (`Ordföranden och landstingsrådet X delade ut priset`): one in
  // the label's own sentence is told of as at the meeting, and attends.
  const told = new Set<ProtocolEntry>();
  for (const e of header.entries) {
    if (e.capacity !== "chair" || !e.label) continue;
    const gap = text.slice(e.label.end, e.person.start);
    if (SENTENCE_ENDS.test(gap)) misread.add(e);
    else if (proseBetween(text, header.labels, e.label.end, e.person.start)) {
      misread.add(e);
      if (!/[.!?]\s+\p{Lu}/u.test(gap)) told.add(e);
    }
  }
  // A signature block aligned wrongly (`Justerare Plats och tid Sekreterare Paragrafer 1-7 Ordförande Justerare Eva Ek
  // Per Alm`, fewer names than labels) that puts the member listed as the chair (`Per Alm PRO, Ordförande`) under another
  // office's label: neither that label's reading nor the block's chair stands.
  const listedChairs = new Set(
    header.entries.filter((e) => (e.capacity === "member" || e.capacity === "substitute") && listedAsChair(e)).map((e) => e.person.label),
  );
  // Not where the text chooses the chair to adjust too (`Utses att justera Eva Ek`, `Justerare Eva Ek (S) Per Alm (C)`: a
  // label over two names lists them, where a shifted column puts one under each).
  const toAdjust = (e: ProtocolEntry) =>
    e.capacity === "adjuster" &&
    header.entries.some(
      (o) =>
        o.capacity === "adjuster" &&
        o.person.label === e.person.label &&
        !!o.label &&
        (CHOOSE.test(text.slice(o.label.start, o.label.end)) ||
          header.entries.some((x) => x !== o && x.capacity === "adjuster" && x.label?.start === o.label!.start)),
    );
  const shifted = header.entries.filter(
    (e) => e.label && (e.capacity === "adjuster" || e.capacity === "secretary") && listedChairs.has(e.person.label) && !toAdjust(e),
  );
  if (shifted.length) for (const e of header.entries) if (shifted.includes(e) || (e.capacity === "chair" && !listedChairs.has(e.person.label))) misread.add(e);
  const labelChairs = header.entries.filter((e) => e.capacity === "chair" && !misread.has(e));
  const labelOf = (e: ProtocolEntry) => e.label && text.slice(e.label.start, e.label.end);
  // A person listed twice in one capacity (`Utses att justera X` and `Justerande X`): the label that writes the role is
  // how the text names it, for both entries.
  const roleLabel = new Map<string, string>();
  for (const e of header.entries) {
    const label = labelOf(e);
    if (label && writesRole(label, IMPLIED_ROLE[e.capacity], model)) roleLabel.set(`${e.capacity} ${ref(e.person).key}`, label);
  }
  const attended = new Set<string>();
  /** The person attended the meeting, as `start`–`end` says (once: a person already attending is left as read). */
  const attend = (meeting: EntityRef, p: Mention, start: number, end: number, attrs?: Record<string, unknown>) => {
    const person = ref(p);
    if (attended.has(person.key)) return;
    attended.add(person.key);
    facts.push({ type: "relation", kind: "attended", source: person, target: meeting, evidence: ev(start, end), rule: "protocol:attended", attrs });
  };
  const swapped = swappedAdjusters(
    text,
    header.entries.filter((e) => e.capacity === "adjuster").map((e) => e.person.label),
    header.end,
  );
  // A roster's heading flattened after the last name above it (`X (sd) Klippans kommun Ledamot: …`) is the next group's.
  const headings = roster ? municipalityHeadings(text, lexicon.data.municipalities) : [];
  // A chair's label over the sentence that opens the meeting (`Ordförande Eva Ek öppnade mötet`): held back until the
  // paragraphs are read, for the meeting may choose another to lead it.
  const openers: { entry: ProtocolEntry; fact: Fact }[] = [];
  for (const e of header.entries) {
    const person = ref(e.person);
    // A party heading a roll call's names stands before them: its quote runs from the heading to the name.
    if (e.party) facts.push(partyFact(e.party, person, model, ev(Math.min(e.start, e.party.start), Math.max(e.end, e.party.end))));
    // A municipality heading a group (`Alby Eva Ek (S)`) stands before the name: its quote runs from the heading.
    if (e.municipality && !headings.some((h) => h.start === e.municipality!.start))
      facts.push(municipalityFact(e.municipality, person, ev(Math.min(e.start, e.municipality.start), Math.max(e.end, e.municipality.end))));
    if (meeting && told.has(e)) attend(meeting, e.person, e.start, e.end);
    if (!PRESENT.has(e.capacity) || misread.has(e)) {
      // An absent officer's office stands (`Frånvarande Eva Ek, kassör`): held in the body, with no attendance.
      if (e.capacity === "absent" && e.role && body && !misread.has(e)) facts.push(...headerRoles(e, person, body, model, ev, labelOf(e), parent?.ref));
      continue;
    }
    if (meeting) {
      const attrs: Record<string, unknown> = e.undecided ? {} : { capacity: e.capacity };
      if (e.replaces) attrs.replaces = e.replaces.label;
      attend(meeting, e.person, e.start, e.end, attrs);
    }
    if (meeting && e.capacity === "chair") {
      const from = e.label ? Math.min(e.label.start, e.person.start) : e.person.start;
      const chaired: Fact = {
        type: "relation",
        kind: "chaired",
        source: person,
        target: meeting,
        evidence: ev(from, e.person.end),
        rule: "protocol:signature-chair",
      };
      if (OPENER.test(text.slice(e.person.end, e.person.end + 60))) openers.push({ entry: e, fact: chaired });
      else facts.push(chaired);
    } else if (meeting && e.role && listedAsChair(e) && labelChairs.length === 0) {
      facts.push({
        type: "relation",
        kind: "chaired",
        source: person,
        target: meeting,
        evidence: ev(e.start, e.role.end),
        rule: "protocol:listed-chair",
        attrs: e.role.items ? { items: e.role.items } : undefined,
      });
    }
    // Minutes that name no body: the meeting's own offices are held at the meeting, so its secretary and adjusters
    // are still known by its date.
    // Those present from elsewhere hold their seats there, not in the body that met: a title of the person's (from the
    // body that met, `Närvarande från nämnden` at an inspection of it, they hold them in it).
    const elsewhere = fromElsewhere(e) && (!organHead || /^\s+fran\s+(\S+)/.exec(fold(text.slice(e.label!.end, e.label!.end + 60)))?.[1] !== organHead);
    const holder = elsewhere
      ? undefined
      : (body ?? (meeting && holdsMeetingOffice(e.capacity, e.role?.title ? undefined : e.role, model.lexicon) ? meeting : undefined));
    // No seat is implied for a name whose field is not known, nor the adjuster's office for one another adjusted for.
    // Nor a seat for a member present at a general meeting, or at a board's sitting listed only as present (`seatless`).
    const seat =
      e.undecided || (e.capacity === "adjuster" && swapped.has(e.person.label)) || (e.capacity === "member" && seatless(association, labelOf(e)))
        ? { ...e, capacity: "listed" as const }
        : elsewhere && e.role
          ? { ...e, role: { ...e.role, title: true } }
          : e;
    facts.push(...headerRoles(seat, person, holder, model, ev, roleLabel.get(`${e.capacity} ${person.key}`) ?? labelOf(e), parent?.ref));
    const staff = e.role && !e.role.unit && !e.role.org && (e.role.title || !BODY_ROLES.has(lexicon.role(e.role.normalised)?.category ?? ""));
    if (standalone && body && staff) {
      const held = staffTitleHeld(e.role!, person, body, e.start, input.gazetteer, text, ev);
      if (held) facts.push(held);
    }
  }
  // Replaced for part of the meeting only (`Y (M) ersätter X kl 13.00-15.00`): X was there the rest of it (after the
  // entries, so one listed in a field of their own attends in it).
  if (meeting)
    for (const e of header.entries)
      if (e.capacity === "replaced" && PART_TIME.test(text.slice(e.person.end, e.person.end + 12))) attend(meeting, e.person, e.start, e.end, {});
  // Minutes that list no members (an årsmöte's `Närvarande: 120 personer`): the people the paragraphs choose to keep or
  // adjust the minutes were there, though no list names them.
  const roll = header.entries.some((e) => e.capacity === "member" || e.capacity === "substitute");
  const unlisted = roll ? [] : input.people.filter((p) => p.start >= header.end && !header.entries.some((e) => e.person.label === p.label));
  const choosable = [...header.entries, ...unlisted.map((person) => ({ person, capacity: "listed" as const }))];
  const chosen = meeting && chosenInParagraphs(text, choosable, header.end, (e) => headerRoles(e, ref(e.person), body ?? meeting, model, ev));
  // A field's sentence the header read on over (`Justering och sekreterare` over `Att jämte vice ordförande X justera
  // dagens protokoll valdes Y`): only the chair it names beside the adjuster is read from it (its adjuster, chosen
  // again in an item, is read there as the item writes the office).
  const signing = chosen && chosen.chairs.length === 0 ? BESIDE_SIGNING.exec(text.slice(0, header.end)) : undefined;
  const signer = signing ? chosenInParagraphs(text, choosable, signing.index, () => []).chairs : [];
  if (chosen) facts.push(...chosen.facts);
  if (meeting && chosen) facts.push(...counterRoles(chosen.counters, body ?? meeting, ref, ev));
  if (meeting && chosen) for (const c of chosen.attending) attend(meeting, c.person, c.start, c.end, { capacity: c.capacity });
  // A header that names no secretary: the one who signs under `Vid protokollet` at the foot kept the minutes.
  const foot =
    meeting && !header.entries.some((e) => e.capacity === "secretary")
      ? footSecretary(text, [...header.entries.map((e) => e.person), ...input.people])
      : undefined;
  if (meeting && foot) {
    facts.push(...headerRoles({ person: foot.person, capacity: "secretary", start: foot.start, end: foot.end }, ref(foot.person), body ?? meeting, model, ev));
    attend(meeting, foot.person, foot.start, foot.end, { capacity: "secretary" });
  }
  // Members listed only elsewhere (`Beslutande Enligt bilaga`): a politician an item says answers, tells or moves (`X
  // (s) svarar`, `Y (M) yrkar`) or speaks in its debate (`Vidare yttrade sig X`) spoke at the meeting, so was there.
  // (A sitting's header made of them, `sittingHeader`, has them attend as its entries already.)
  if (meeting && !roll)
    for (const e of itemSpeakers(text, input.people, header.end))
      if (!header.entries.some((h) => h.person.label === e.person.label)) attend(meeting, e.person, e.start, e.end);
  // Where the header names no chair, the listed person the first paragraphs choose to chair (`Till mötesordförande
  // utses X`), else the one the minutes say opened the meeting, chaired it.
  // The association's chair who opened an annual meeting that chose another to lead it (`Ordförande Eva Ek öppnade
  // mötet … Till ordförande för mötet valdes Per Holm`) did not chair it.
  const handedOver = (e: ProtocolEntry) =>
    openers.some((o) => o.entry.person.label === e.person.label) && !!chosen?.chairs.some((c) => c.person.label !== e.person.label);
  for (const o of openers) if (!handedOver(o.entry)) facts.push(o.fact);
  const listedChair = header.entries.some((e) => (e.capacity === "chair" || listedAsChair(e)) && !handedOver(e));
  const chairsChosen = chosen && chosen.chairs.length > 0 ? chosen.chairs : signer;
  const chosenChair = !listedChair && chairsChosen.length === 1 ? chairsChosen[0] : undefined;
  if (meeting && chosenChair) {
    facts.push({
      type: "relation",
      kind: "chaired",
      source: ref(chosenChair.person),
      target: meeting,
      evidence: ev(chosenChair.start, chosenChair.end),
      rule: "protocol:opening-chair",
    });
    // Chosen to chair it where no list names those present: there.
    if (unlisted.includes(chosenChair.person)) attend(meeting, chosenChair.person, chosenChair.start, chosenChair.end, { capacity: "chair" });
  } else if (meeting && !listedChair) {
    // From the top: a flattened header runs on into the sentence (`… Erik Falk Berit Holm öppnade mötet`).
    const present = header.entries.filter((e) => PRESENT.has(e.capacity));
    const opened = openingChair(
      text,
      present.map((e) => e.person.label),
    );
    const entry = opened && present.find((e) => e.person.label === opened.name);
    if (opened && entry) {
      facts.push({
        type: "relation",
        kind: "chaired",
        source: ref(entry.person),
        target: meeting,
        evidence: ev(opened.start, opened.end),
        rule: "protocol:opening-chair",
      });
      // `Mötet öppnades av ordförande X`: the title names X's office, held in the body that met.
      if (body && OPENED_BY_CHAIR.test(text.slice(opened.start, opened.end)))
        facts.push({
          type: "relation",
          kind: "holds_role",
          source: ref(entry.person),
          target: body,
          evidence: ev(opened.start, opened.end),
          rule: "protocol:role",
          attrs: { role: "ordförande", roleNormalised: "ordförande" },
        });
    }
  }
  // The seats of the members' list by municipality are held in the body that met (its members choose them).
  if (meeting && body)
    for (const s of header.seats)
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(s.person),
        target: body,
        evidence: ev(s.start, s.end),
        rule: "protocol:role",
        attrs: { role: s.role!.written, roleNormalised: s.role!.normalised },
      });
  // The offices an item electing the board lists are held at the association whose board met (`Ordf. X` of `för.
  // ”Ekbackens vänner”`), else in the body; its other members sit on the board.
  const electedAt = parent?.ref.kind === "organisation" ? parent.ref : body;
  if (meeting && electedAt)
    for (const o of electedOffices(text, input.people, input.gazetteer))
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(o.person),
        target: o.board ? (body ?? electedAt) : electedAt,
        evidence: ev(o.role.start, o.person.end),
        rule: "protocol:role",
        attrs: { role: o.role.written, roleNormalised: o.role.normalised },
      });
  if (roster) facts.push(...rosterMunicipalities(text, header.entries, model, ref, ev, parent?.ref));
  if (meeting && (body ?? parent)) facts.push(...groupSeats(text, input.people, header.end, (body ?? parent?.ref)!, doc.id, ref, ev));
  if (meeting && body && association?.general)
    facts.push(...termElections(text, input.people, header.end, body, association.parent?.ref, doc.id, lexicon, ref, ev));
  return facts;
}

/**
 * The vote counters' office, held where the adjusters' is (the body, else the meeting): the lexicon's `rösträknare` is
 * no body's role, so `headerRoles` gives none.
 */
export function counterRoles(
  counters: readonly (Chosen & { written: string })[],
  holder: EntityRef,
  ref: (person: Mention) => EntityRef,
  ev: (start: number, end: number) => Evidence,
): Fact[] {
  return counters.map((c) => ({
    type: "relation",
    kind: "holds_role",
    source: ref(c.person),
    target: holder,
    evidence: ev(c.start, c.end),
    rule: "protocol:role",
    attrs: { role: c.written, roleNormalised: "rösträknare" },
  }));
}

/** A word of prose: in lower case, and longer than a signature's `och` or `sign`. */
const PROSE_WORD = /(?<![\p{L}])\p{Ll}{5,}(?![\p{L}])/u;

/** Whether a word of prose that is no label stands between `from` and `to` (`och landstingsrådet`, not `Justerare:`). */
function proseBetween(text: string, labels: ProtocolHeader["labels"], from: number, to: number): boolean {
  let gap = text.slice(from, to);
  for (const l of labels) if (l.start >= from && l.end <= to) gap = gap.slice(0, l.start - from) + " ".repeat(l.end - l.start) + gap.slice(l.end - from);
  return PROSE_WORD.test(gap);
}

/** A sentence's end in prose: a lower-case word's full stop before the next capital (not a name's: `Eva Ek. Per Alm`). */
const SENTENCE_ENDS = /(?<!\p{L})\p{Ll}{2,}\.\s+\p{Lu}/u;

/**
 * A group the minutes set out (`Arbetsgruppen består av:`, `Styrgruppen utgörs av`, `Ledamöter i referensgruppen:`),
 * with its name; not a bare `gruppen`, which names no group. The cue opens a line or a sentence, or follows an item's
 * heading on its line (`§ 5 Referensgrupp Referensgruppen består av …`, minutes flattened).
 */
const GROUP =
  /(?:^|\n|[.:][ \t]+|[ \t]+(?=\p{Lu}\p{Ll}+gruppen[ \t])(?<=§[ \t]*\d+[ \t]+[^.:§\n]{1,80}))[ \t]*(?:(\p{Lu}\p{Ll}+gruppen)[ \t]+(?:består|utgörs)[ \t]+av|Ledamöter[ \t]+i[ \t]+(\p{Ll}+gruppen))\b[ \t]*:?/gu;
/**
 * The result of an election in the body that met (`Till ordinarie ledamöter valdes:`, `Till ersättare valdes:`): its list
 * of names holds the seat named. A cue naming a body (`Till ledamöter i styrelsen valdes`) is another body's.
 */
const ELECTED = /(?<![\p{L}])Till[ \t]+(?:ordinarie[ \t]+)?(?:(ledamöter|ledamot)|ersättare|suppleanter|suppleant)[ \t]+(?:valdes|omvaldes|utsågs)[ \t]*:?/gu;
/**
 * An item's heading that elects no other body than the one that met: seats only (`Val av ledamöter och ersättare`), to
 * its end or, flattened, to the capital of the item's first sentence.
 */
const SEATS_ELECTED = /^Val[ \t]+av(?:[ \t]+(?:ordinarie|nya|ledamöter|ledamot|ersättare|suppleanter|och|samt))+(?:[ \t]+\p{Lu}|$)/u;
/** An item's heading, from its number to its line's end (`§ 5 Val av ledamöter till kulturnämnden`). */
const ITEM_HEADING = /§[ \t]*\d+[ \t]+([^\n]*)/g;
/** Where a group's list ends: an item, a sentence's end before a capital, or a paragraph that is no list's entry. */
const GROUP_END = /§|\.(?=\s+\p{Lu})|\n[ \t]*\n(?![ \t]*[-•*–])/u;
/** How far a group's list may run, in characters. */
const GROUP_REACH = 600;

/** An item's number (`§ 12`), the last before a group's cue keys the group. */
const ITEM_HEAD = /§[ \t]*(\d+)/g;
/** Before the first name of a group's list: its cue's colon and a bullet, on its line or the next (a line each). */
const LIST_OPENS = /^[ \t]*(?:\n[ \t]*)*[-•*–]?[ \t]*$/;
/**
 * Between two names of a list in a sentence: parties, titles, places, commas and `och` (` (S), förvaltningschef Vallby
 * kommun, och `).
 */
const SENTENCE_GAP = /^(?:[ \t,]+|\(\p{L}{1,5}\)|och\b|samt\b|\p{Lu}[\p{L}-]*|(?!(?:av|till|som|leds|är|var|har|ska|med|från)\b)\p{Ll}[\p{L}-]*)*$/u;

/**
 * Whether text between two names goes on a group's list: in a list of a line each, the rest of a name's line (its title
 * and place) then the next line's bullet, with blank lines between but no other line; in a sentence, titles, places,
 * commas and `och`.
 */
function listGoesOn(gap: string, lines: boolean): boolean {
  if (!lines) return !gap.includes("\n") && SENTENCE_GAP.test(gap);
  const parts = gap.split("\n");
  return parts.length > 1 && parts.slice(1, -1).every((l) => l.trim() === "") && /^[ \t]*[-•*–]?[ \t]*$/.test(parts[parts.length - 1]!);
}

/**
 * The people a group's list after its cue names (bullets, a line each or a sentence: `Arbetsgruppen består av: - Eva
 * Ek, socialchef, Vallby kommun`) hold a seat in that group, a body of `holder` (the body that met, else its
 * municipality or region): a membership, not attendance of the meeting. Only a run of names right after the cue, to the
 * first line that is no entry or the first word that is no name, title, place, comma or `och` (a name mentioned in the
 * group's prose is no member). A group named by its noun alone (`Arbetsgruppen`) is keyed by its document and item:
 * two items' groups, or two minutes' of one body, are not one. Their titles and places are read as any name's.
 */
export function groupSeats(
  text: string,
  people: readonly Mention[],
  from: number,
  holder: EntityRef,
  docId: string,
  ref: (p: Mention) => EntityRef,
  ev: (start: number, end: number) => Evidence,
): Fact[] {
  const facts: Fact[] = [];
  const sorted = people.every((p, i) => i === 0 || people[i - 1]!.start <= p.start) ? people : [...people].sort((a, b) => a.start - b.start);
  /** The run of names right after a cue's end, up to the list's end. */
  const listAfter = (listStart: number): Mention[] => {
    const end = listStart + (GROUP_END.exec(text.slice(listStart, listStart + GROUP_REACH))?.index ?? Math.min(GROUP_REACH, text.length - listStart));
    const members: Mention[] = [];
    let i = firstAtOrAfter(sorted, listStart, (p) => p.start);
    const first = sorted[i];
    if (!first || first.end > end || !LIST_OPENS.test(text.slice(listStart, first.start))) return members;
    const lines = text.slice(listStart, first.start).includes("\n");
    for (let at = listStart; i < sorted.length && sorted[i]!.end <= end; i++) {
      const p = sorted[i]!;
      if (p.start < at) continue;
      if (members.length > 0 && !listGoesOn(text.slice(at, p.start), lines)) break;
      members.push(p);
      at = p.end;
    }
    return members;
  };
  let item = "";
  let itemAt = 0;
  GROUP.lastIndex = from;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
    const start = m.index + m[0].search(/\p{L}/u);
    const listStart = m.index + m[0].length;
    const members = listAfter(listStart);
    if (members.length === 0) continue;
    const name = m[1] ?? m[2];
    // The last item's head before the cue, read on from the last group's (groups come in text order).
    if (start > itemAt) for (const h of text.slice(itemAt, start).matchAll(ITEM_HEAD)) item = h[1]!;
    itemAt = Math.max(itemAt, start);
    const group = bodyRef(name[0].toUpperCase() + name.slice(1), holder, `${docId} ${item}`.trim());
    facts.push({ type: "entity", entity: group, evidence: ev(start, listStart), rule: "protocol:organ" });
    for (const p of members)
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target: group,
        evidence: ev(start, p.end),
        rule: "protocol:role",
        attrs: { role: "ledamot", roleNormalised: "ledamot" },
      });
  }
  if (holder.attrs?.type === "body") facts.push(...electedSeats(text, from, holder, listAfter, ref, ev));
  return facts;
}

/**
 * The seats an election in the body that met gives (`Till ordinarie ledamöter valdes:` then a name a line, `Till
 * ersättare valdes: …`): each name of the list after the cue holds the seat in it, where the item's heading elects
 * seats only (`Val av ledamöter och ersättare`) or there is none; not under a heading that names what is elected
 * (`Val av ledamöter till kulturnämnden`, `Val av styrelse`), another body's seats.
 */
function electedSeats(
  text: string,
  from: number,
  body: EntityRef,
  listAfter: (listStart: number) => Mention[],
  ref: (p: Mention) => EntityRef,
  ev: (start: number, end: number) => Evidence,
): Fact[] {
  const facts: Fact[] = [];
  ELECTED.lastIndex = from;
  for (let m = ELECTED.exec(text); m; m = ELECTED.exec(text)) {
    const start = m.index;
    let heading: string | undefined;
    ITEM_HEADING.lastIndex = from;
    // Up to the cue: a heading flattened runs on into the item.
    for (let h = ITEM_HEADING.exec(text); h && h.index < start; h = ITEM_HEADING.exec(text))
      heading = text.slice(h.index + h[0].length - h[1]!.length, Math.min(h.index + h[0].length, start)).replace(/[\s.:]+$/u, "");
    // Under a heading only one of electing seats and no other body (`Val av nya ledamöter och ersättare`): the seats of
    // `§ 2 Fyllnadsval till kulturnämnden`, `Entledigande och val av ersättare i socialnämnden`, `Revisorer` are not in
    // the body that met.
    if (heading !== undefined && !SEATS_ELECTED.test(heading)) continue;
    const role = m[1] ? "ledamot" : "ersättare";
    for (const p of listAfter(m.index + m[0].length))
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target: body,
        evidence: ev(start, p.end),
        rule: "protocol:role",
        attrs: { role, roleNormalised: role },
      });
  }
  return facts;
}

/**
 * The groups minutes read by field lines set out (their meeting is 05-meetings.ts's, in `facts`): seats in the body that
 * met, read after the header's last listed name as `groupSeats` reads them after an inline header.
 */
export function fieldGroupSeats(
  facts: readonly Fact[],
  text: string,
  people: readonly Mention[],
  from: number,
  docId: string,
  ref: (p: Mention) => EntityRef,
  ev: (start: number, end: number) => Evidence,
): Fact[] {
  const met = facts.find((f) => f.type === "relation" && f.kind === "organised_by" && f.rule === "protocol:organ");
  return met?.type === "relation" ? groupSeats(text, people, from, met.target, docId, ref, ev) : [];
}

const NAME = String.raw`(\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3})`;
/**
 * The meeting opened, by its noun or a compound of it (`årsmötet`, `förbundsmötet`, also indefinite: `förklarar
 * styrelsemöte för öppnat`) or a general meeting's `stämman`.
 */
const OPENED_NOUN = String.raw`(?:\p{Ll}*mötet?(?![\p{L}])|stämman|sammanträdet)`;
const OPENED = String.raw`(?:öppnade|öppnar|förklarade|förklarar)\s+${OPENED_NOUN}`;
/** The meeting opened after a name, maybe past a greeting (`… öppnade mötet`, `… hälsade alla välkomna och öppnade årsmötet`). */
const GREETED_OPENED = String.raw`(?:(?:hälsade|hälsar) [^.]{0,30}och\s+)?${OPENED}`;
/** The sentence that opens the meeting after a name. */
const OPENER = new RegExp(String.raw`^\s+${GREETED_OPENED}`, "u");
/** A chair's title before the name: the meeting's, the owner's in the genitive (`Klubbens ordförande`) or a compound (`Distriktsordförande`). */
const CHAIR_TITLE = String.raw`(?:Ordföranden?|\p{Lu}\p{Ll}+(?:s\s+)?ordförande)`;
// `Mötet öppnades av ordförande X`, `Mötesordförande X öppnade mötet`, `X hälsade välkommen och öppnade mötet`, `X,
// vice ordförande, öppnade mötet`, `X ordförande hälsar alla välkomna och öppnar mötet`, `förklarar
// distriktsordförande X stämman öppnad`: X chaired.
const OPENING = new RegExp(
  String.raw`(?:Mötet|Sammanträdet) öppnades av (?:mötes)?(?:ordföranden?\s+)?${NAME}|${CHAIR_TITLE}\s+${NAME}\s+(?:hälsade [^.]{0,30}och\s+)?${OPENED}|(?<![\p{L}])${NAME}(?:,[^.,]{1,40},|\s+(?:mötes)?ordförande)?\s+${GREETED_OPENED}|(?<![\p{L}])(?:förklarade|förklarar)\s+(?:\p{Ll}*ordföranden?\s+)?${NAME}\s+${OPENED_NOUN}\s+(?:för\s+)?öppna[dt]`,
  "gu",
);
/** The opening sentence that names the chair by the office (`Mötet öppnades av ordförande X`), not the meeting's own. */
const OPENED_BY_CHAIR = /^(?:Mötet|Sammanträdet) öppnades av ordförande\s/u;
/** How far into minutes the sentence that opens the meeting may stand, in characters. */
const OPENING_REACH = 2500;
/** A given name alone opening the sentence that opens the meeting (`2. Eva öppnade mötet och hälsade alla välkomna`). */
const GIVEN_NAME_OPENING = new RegExp(String.raw`(?:^|[.!?:][ \t]+|\d+[.)]?[ \t]+)(\p{Lu}\p{Ll}+)[ \t]+${GREETED_OPENED}`, "dgmu");

/**
 * Who the minutes say opened the meeting, the meeting's chair: the one of `names` (as written) that the sentence
 * names, or ends its run of capitalised words with (a flattened header runs on into it: `… Erik Falk Berit Holm
 * öppnade mötet`), or by the given name alone where one of `names` only has it (`Eva öppnade mötet`), with the
 * sentence's offsets from that name.
 */
export function openingChair(text: string, names: readonly string[]): { name: string; start: number; end: number } | undefined {
  for (const m of text.slice(0, Math.min(text.length, OPENING_REACH)).matchAll(OPENING)) {
    const run = m[1] ?? m[2] ?? m[3] ?? m[4];
    const name = names.find((n) => run === n || run.endsWith(` ${n}`));
    if (!name) continue;
    const at = m.index ?? 0;
    const start = m[3] || m[4] ? at + m[0].indexOf(run) + run.length - name.length : at;
    return { name, start, end: at + m[0].length };
  }
  // Named by the given name alone: the one listed person of that given name.
  for (const m of text.slice(0, Math.min(text.length, OPENING_REACH)).matchAll(GIVEN_NAME_OPENING)) {
    const named = new Set(names.filter((n) => n.split(" ")[0] === m[1]));
    if (named.size !== 1) continue;
    return { name: [...named][0], start: m.indices![1]![0], end: m.index + m[0].length };
  }
  return undefined;
}

/** `Vid protokollet` on a line of its own (a colon or none), blank lines, then the line of the name that signs under it. */
const FOOT_SECRETARY = /^[ \t]*Vid protokollet[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)/gimu;

/**
 * The one of `people` who signs at the foot under `Vid protokollet` (`Vid protokollet:` ¶ `Eva Ek`), the minutes'
 * secretary, as under a signature's `Sekreterare`: the first name of the line under it (a line of signers' names in
 * columns opens with the secretary's), with the offsets from the label to that name.
 */
export function footSecretary(text: string, people: readonly Mention[]): { person: Mention; start: number; end: number } | undefined {
  const [foot] = [...text.matchAll(FOOT_SECRETARY)].slice(-1);
  if (!foot) return undefined;
  const at = (foot.index ?? 0) + foot[0].length;
  const person = people.find((p) => text.startsWith(p.label, at) && !/\p{L}/u.test(text[at + p.label.length] ?? ""));
  return person ? { person, start: (foot.index ?? 0) + foot[0].search(/\S/), end: at + person.label.length } : undefined;
}

/** How far after the header the paragraphs that choose the adjusters, the chair and the secretary may stand, in characters. */
const ADJUSTERS_REACH = 2500;
// A choosing verb (`Mötet valde X till mötesordförande`), or the passive that names the adjusters (`Protokollet justeras
// av X och Y`, `Jämte ordföranden justeras dagens protokoll av X`).
const CHOOSE =
  /\b(?:ledde(?: sedan)? [a-zåäö]*förhandlingarna|uppdras|utses|utsågs|utse|utser|utsåg|väljs|valdes|valde|välja|väljer|justeras(?: dagens)?(?: protokoll(?:et)?)? av)\b/i;
// The verb (`jämte ordföranden justera`) or `Till justerare`: not the noun of an item's heading (`Val av justerare`).
// `Till rösträknare och justerare`: the adjusters named second in a pair of offices.
const ADJUST =
  /\b(?:justera|justeras(?: dagens)?(?: protokoll(?:et)?)? av|till (?:rösträknare (?:och|samt) )?(?:protokoll|mötes)?juster(?:are|ingsmän|ingsman|ingspersoner|ingsperson))\b/i;
// `Till mötesordförande utses X`, `Till ordförande för årsmötet valdes X`, `X valdes till ordförande för
// årsmötesförhandlingarna`, `Till sekreterare för mötet valdes X`, `X valdes att leda förhandlingarna och Y att föra
// protokollet`: the chair of this meeting and its secretary.
// Or one who led the business (`A ledde sedan årsmötesförhandlingarna med B som sekreterare`).
const LEADS = String.raw`att leda (?:\p{Ll}*mötet|\p{Ll}*förhandlingarna|dagens förhandlingar|sammanträdet|stämman)`;
const CHAIR_CHOSEN = new RegExp(
  String.raw`\b(?:till|valdes|utsågs|utses|väljs) ${LEADS}|\bledde(?: sedan)? \p{Ll}*förhandlingarna\b|\btill (?:mötesordförande|(?:års)?mötets ordförande|ordförande för (?:mötet|årsmötet|stämman|årsstämman|föreningsstämman|sammanträdet|(?:års)?(?:mötes)?förhandlingarna))\b`,
  "iu",
);
const SECRETARY_CHOSEN =
  /\b(?:till|valdes|utsågs|utses|väljs|och \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)+) (?:att (?:skriva|föra) protokoll(?:et)?)|\btill (?:mötes|(?:års)?mötets )?(?:sekreterare|protokollförare)\b/iu;
// A sentence under the item's heading that names the adjusters' office (`Val av 2 justeringsmän, tillika rösträknare
// Mötet föreslog A och B, som valdes`): its choice is of them.
const ADJUSTERS_HEADING = /^\s*Val[ \t]+av[ \t]+(?:(?:en|ett|två|\d+)[ \t]+)?\p{L}*juster(?:are|ingsmän|ingsman|ingspersoner|ingsperson)(?![\p{L}])/iu;
const RESERVE = /\b(?:ersättare|ersättaren|suppleant)\b/i;
// An item's field of the adjusters chosen (`Val av protokollsjusterare … Justerare: X Ersättare: Y`), no verb.
const ADJUSTERS_FIELD = new RegExp(String.raw`\b${ADJUSTER_NOUN}:`, "i");
const LETTER = /\p{L}/u;
/**
 * A given name written alone right after the verb that chooses it or the office's words (`utsågs Eva samt till att
 * skriva protokoll Per`), no surname after it: not one the sentence's later items name (`3 Ekonomi Eva meddelar`).
 */
const GIVEN_ALONE = /(?<=(?:^|[ \t])(?:utsågs|utses|valdes|väljs|till att (?:skriva|föra) protokoll(?:et)?)[ \t]+)\p{Lu}\p{Ll}+(?![\p{L}-])(?![ \t]+\p{Lu})/gu;
// An item's heading that names the meeting's own office and, after a colon, who holds it (`Val av ordförande för
// mötet: X.`, `Val av justerare för mötet: A, B.`, `Val av mötessekreterare: Y`): the meeting's, not the board's.
const MEETING_OFFICE_FIELD =
  /^\s*Val[ \t]+av[ \t]+(?:(?:en|ett|två|\d+)[ \t]+)?(?:(mötes)|protokolls?)?(ordförande|sekreterare|protokollförare|juster(?:are|ingsmän|ingsman|ingspersoner|ingsperson))((?:[ \t]+för[ \t]+(?:mötet|årsmötet|stämman|årsstämman|föreningsstämman|sammanträdet))?)[ \t]*:/iu;
// `X ersätter Y som justerare`: the adjuster another adjusted for, between `ersätter` and `som justerare`.
const SWAP = String.raw`\bersätter\b([^.]{1,60}?)\bsom ${ADJUSTER_NOUN}\b`;
const SWAP_ADJUSTER = new RegExp(SWAP, "i");
const SWAPPED_ADJUSTERS = new RegExp(SWAP, "gi");
// The chair named beside the adjuster chosen (`jämte ordförande X`, `Jämte ordförande, X,`, `jämte tjänstgörande
// ordförande X`, `jämte nämndens ordförande X`, `jämte tf. ordförande X`, `jämte mötesordförande X`), up to two words
// before the noun; a vice chair (`tillsammans med vice ordföranden X`) in its group.
const BESIDE_CHAIR =
  /\b(?:jämte|tillsammans med)\s+(?:(?!vice\b)[\p{L}.:]+,?\s+){0,2}?(?<vice>(?:\d:e\s+|förste\s+|andre\s+)?vice\s+)?(?:mötes)?ordföranden?,?\s+$/iu;
// A line that chooses the adjuster beside the chair (`Att jämte vice ordförande X justera dagens protokoll valdes Y`).
const BESIDE_SIGNING = /^[ \t]*Att[ \t]+(?:jämte|tillsammans med)\b[^\n]*?\bjustera\b/imu;
// The chair by office, unnamed, opening the meeting: who chaired is the one who signs in the chair's stead.
const UNNAMED_CHAIR_OPENS = /\bOrdföranden\s+(?:öppnade|förklarade)\b/u;
const AS_RESERVE = /^\s*(?:\([^)]*\))?\s*,?\s*som\s+(?:ersättare|suppleant)/i;
// The secretary named beside the chair chosen (`Till att leda dagens förhandlingar valdes A med B som sekreterare`).
const WITH_SECRETARY = /^\s*(?:\([^)]*\))?\s*som\s+(sekreterare|protokollförare)(?![\p{L}])/iu;
// The offices one sentence may hand out together (`X valdes till sekreterare och Y till justerare`, `Till ordförande
// för mötet valdes X och sekreterare valdes Y`), or by what they do (`Till att leda mötet utsågs X samt till att skriva
// protokoll Y`).
// An office may follow the genitive (`Till mötets ordförande valdes X`), stand with its verb elided before the next name
// (`… valdes X och sekreterare Y`), or be what one chosen does (`X valdes att leda förhandlingarna och Y att föra protokollet`).
// An item of a lettered list after the verb (`valdes: a) ordf. X b) sekr. Y c) justerare & rösträknare A och B`): its
// office first, maybe abbreviated, and the meeting's.
const LETTERED = String.raw`(?<=(?:^|[\s:])\p{Ll}\)[ \t]*)`;
const LETTERED_OFFICE = new RegExp(`${LETTERED}(?:ordf\\.|sekr\\.|just\\.|ordförande|sekreterare|protokollförare|juster)`, "iu");
const OFFICE = new RegExp(
  String.raw`(?:\b(?:(?:till|och(?=\s+\p{L}+\s+(?:valdes|utsågs|utses|väljs)\b)) (?<joined>mötes|protokoll)?(?:(?:års)?mötets )?|(?<=\s)(?=att )|(?<=[\p{L}.] |, )(?:och|samt) (?:till )?(?=\p{L}+ \p{Lu}))|(?<lettered>${LETTERED}))(?<office>ordförande|sekreterare|protokollförare|juster(?:are|ingsmän|ingsman|ingspersoner|ingsperson)|${LEADS}|att (?:skriva|föra) protokoll(?:et)?|(?:ordf|sekr|just)\.)(?![\p{L}])`,
  "giu",
);
/** An office's abbreviation in a lettered list, in full. */
const ABBREVIATED: Record<string, string> = { "ordf.": "ordförande", "sekr.": "sekreterare", "just.": "justerare" };
// The adjusters chosen to count the votes too (`Till justerare och rösträknare valdes A och B`, `Till rösträknare och
// justerare valdes A och B`, `Val av 2 justeringsmän, tillika rösträknare`): each holds both offices.
const ALSO_COUNTS = /(?:\b(?:och|samt|tillika)|&)\s+(rösträknare)\b|\btill\s+(rösträknare)\s+(?:och|samt|&)\s+\p{L}*juster/iu;
type Office = "adjust" | "chair" | "secretary";
/** A listed person the paragraphs choose, with the sentence that does. */
type Chosen = { person: Mention; start: number; end: number };

/** An office a sentence hands out, with its noun as written (`protokollförare`), none where it says what one does. */
type Handed = { office: Office | undefined; written?: string; at: number; end: number };
/**
 * The offices a sentence hands out to different people (`X valdes till sekreterare och Y till justerare`, `Till
 * ordförande valdes X, till sekreterare Y`), by where each is named; undefined where it names one office or none. A name
 * before its office when the sentence opens with a name, after it when it opens with the office. `meetingItem`: the
 * item's heading names the meeting's chair (`Val av mötesordförande och protokollförare`).
 */
function officesIn(sentence: string, meetingItem: boolean): ((at: number) => Handed | undefined) | undefined {
  // `Till ordförande för mötet`: the meeting's own chair, where the sentence names it.
  const meetingChair = CHAIR_CHOSEN.exec(sentence)?.index;
  const found = [...sentence.matchAll(OFFICE)].map((m) => {
    const { office, joined = "", lettered } = m.groups!;
    return {
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      // As written, the meeting's word joined to the office (`till mötessekreterare`), as `mötesordförande` is kept.
      written: /^att\b/i.test(office) ? undefined : (ABBREVIATED[office.toLowerCase()] ?? `${joined}${office}`.toLowerCase()),
      office: (/^(?:ord|att leda)/i.test(office) ? "chair" : /^(?:sek|pro|att)/i.test(office) ? "secretary" : "adjust") as Office,
      meeting: lettered !== undefined || /^(?:till (?:mötes|(?:års)?mötets )|att leda)/i.test(m[0]) || meetingChair === m.index,
      lettered: lettered !== undefined,
    };
  });
  if (new Set(found.map((o) => o.office)).size < 2) return undefined;
  // A bare `till ordförande` names the meeting's chair beside its adjusters; beside a secretary alone, maybe the board's.
  const adjusters = found.some((o) => o.office === "adjust");
  const offices = found.map((o) => ({ ...o, office: o.office !== "chair" || o.meeting || adjusters || meetingItem ? o.office : undefined }));
  const officeFirst = /^\s*till\b/i.test(sentence) || found.some((o) => o.lettered);
  return (at) => (officeFirst ? offices.filter((o) => o.at < at).pop() : offices.find((o) => o.at > at));
}
// The item's heading that names the meeting's chair (`Val av mötesordförande och protokollförare`, `Val av ordförande
// och sekreterare för årsmötet`), read from the last `Val av` before a sentence.
const MEETING_CHAIR_ITEM = /^Val av (?:mötesordförande|ordförande(?: och \p{L}+)? för (?:års)?mötet)(?![\p{L}])/iu;

/** The office of the meeting an item chooses, as its heading writes it (`Val av protokolljusterare`, `Val av två mötesjusterare`). */
const OFFICE_HEADING =
  /\bVal[ \t]+av[ \t]+(?:(?:en|ett|två)[ \t]+)?(\p{L}*(?:justerare|justeringsm[aä]n|justeringspersoner|justeringsperson|sekreterare|protokollförare))(?![\p{L}])/iu;
/** The office as the sentence choosing it writes it (`valdes till justerare`, `till mötessekreterare`). */
const OFFICE_CHOSEN = /\btill[ \t]+(\p{L}*(?:justerare|justeringsm[aä]n|justeringspersoner|justeringsperson|sekreterare|protokollförare))(?![\p{L}])/iu;
/** An office chosen for two in the plural (`Till justeringsmän valdes A och B`) is each one's in the singular. */
const singularOffice = (written: string) => written.replace(/män$/, "man").replace(/personer$/, "person");

/**
 * The listed people another adjusted for (`X (M), ersätter Y (FP) som justerare`, in the header or in the paragraphs
 * after it, up to `from`'s reach): chosen, or listed as adjusters, but they did not adjust.
 */
export function swappedAdjusters(text: string, labels: readonly string[], from: number): Set<string> {
  const swappedOut = [...text.slice(0, from + ADJUSTERS_REACH).matchAll(SWAPPED_ADJUSTERS)].map((m) => m[1]);
  if (swappedOut.length === 0) return new Set();
  return new Set(labels.filter((label) => swappedOut.some((s) => new RegExp(`(?<!\\p{L})${escapeRegExp(label)}(?!\\p{L})`, "u").test(s))));
}

/**
 * Listed people the first paragraphs choose to adjust the minutes (`Att jämte ordföranden justera dagens protokoll
 * utsågs X (M) med Y (S) som ersättare`, `Nämnden beslutar utse X att jämte ordföranden justera protokollet`), to
 * chair the meeting (`Till mötesordförande utses X`) or to keep its minutes (`Till sekreterare för mötet valdes X`): a
 * sentence after the header with the verb `justera` (or `Till justerare`, `Till mötesordförande`, `Till sekreterare`)
 * and a form of `utse` or `välja`; a name after `ersättare` or followed by `som ersättare` is the reserve, not chosen.
 * The chair named beside the adjusters (`Jämte ordförande X justeras protokollet av Y`) is the chair where no one was
 * chosen to chair.
 */
export function chosenInParagraphs(
  text: string,
  entries: readonly Pick<ProtocolEntry, "person" | "capacity">[],
  from: number,
  roles: (e: Pick<ProtocolEntry, "person" | "capacity" | "role" | "start" | "end">) => Fact[],
): {
  facts: Fact[];
  chairs: Chosen[];
  attending: (Chosen & { capacity: "adjuster" | "secretary" })[];
  /** The adjusters chosen to count the votes too, with the office as written. */
  counters: (Chosen & { written: string })[];
} {
  const facts: Fact[] = [];
  const chairs: Chosen[] = [];
  // The chairs named beside the adjuster (`Jämte ordförande X justeras protokollet av Y`), apart from those chosen.
  const besideChairs: Chosen[] = [];
  const besideVices: Chosen[] = [];
  const attending: (Chosen & { capacity: "adjuster" | "secretary" })[] = [];
  const counters: (Chosen & { written: string })[] = [];
  const listed = new Map<string, Pick<ProtocolEntry, "person" | "capacity">>();
  // Present, or listed under fields side by side whose capacity is not known: one chosen to adjust was there.
  for (const e of entries) if ((PRESENT.has(e.capacity) || e.capacity === "listed") && !listed.has(e.person.label)) listed.set(e.person.label, e);
  const adjusters = new Set(entries.filter((e) => e.capacity === "adjuster").map((e) => e.person.label));
  const secretaries = new Set(entries.filter((e) => e.capacity === "secretary").map((e) => e.person.label));
  const replaced = swappedAdjusters(text, [...listed.keys()], from);
  // A listed person chosen by the given name alone (`utsågs Eva`), where no other listed person has it, as
  // `openingChair` reads the one who opened the meeting.
  const givens = new Map<string, number>();
  for (const label of listed.keys()) {
    const given = label.split(" ")[0];
    givens.set(given, (givens.get(given) ?? 0) + 1);
  }
  const window = text.slice(from, Math.min(text.length, from + ADJUSTERS_REACH));
  // Sentences, or items where a flattened PDF lost the full stops (`… utse X till sekreterare Val av protokolljusterare
  // …`, `Till ordförande för årsmötet valdes X Till sekreterare för årsmötet valdes Y`), or a lettered list's items
  // (`a) till ordförande valdes X` over `b) till sekreterare valdes Y`: each office its own); an abbreviated office's
  // full stop (`a) ordf. X b) sekr. Y`) ends none.
  for (const m of window.matchAll(
    /(?:[^.§]|(?<=(?<![\p{L}])(?:[Oo]rdf|[Ss]ekr|[Jj]ust))\.)+?(?=(?<!(?<![\p{L}])(?:[Oo]rdf|[Ss]ekr|[Jj]ust))\.|§|\bVal av\b|\bTill\s|\n[ \t]*\p{Ll}\)[ \t]|$)/gu,
  )) {
    // A name its line breaks is found as written on one line (`sekr. Per⏎Holm`), the offsets the same.
    const sentence = m[0].replace(/\n/g, " ");
    // `X ersätter Y som justerare`: X adjusts in Y's place, named before the verb.
    const swap = SWAP_ADJUSTER.exec(sentence);
    const field = ADJUSTERS_FIELD.exec(sentence);
    // The meeting's chair or secretary only so named (`för mötet`, `mötes-`); its adjusters are the meeting's anyway.
    const held = MEETING_OFFICE_FIELD.exec(sentence);
    const heldOffice = held && (/^juster/i.test(held[2]) ? "adjust" : held[1] || held[3] ? (/^ord/i.test(held[2]) ? "chair" : "secretary") : undefined);
    if (!swap && !field && !heldOffice && !CHOOSE.test(sentence)) continue;
    const adjust = !!swap || !!field || heldOffice === "adjust" || ADJUST.test(sentence) || ADJUSTERS_HEADING.test(sentence);
    const chair = !adjust && (heldOffice === "chair" || CHAIR_CHOSEN.test(sentence));
    const secretary = !adjust && !chair && (heldOffice === "secretary" || SECRETARY_CHOSEN.test(sentence));
    if (!adjust && !chair && !secretary && !LETTERED_OFFICE.test(sentence)) continue;
    const start = from + (m.index ?? 0);
    const item = window.lastIndexOf("Val av", m.index);
    const officeAt = officesIn(sentence, item >= 0 && (m.index ?? 0) - item < 200 && MEETING_CHAIR_ITEM.test(window.slice(item, m.index)));
    // The given names the sentence chooses alone, where each stands.
    const alone = new Map([...sentence.matchAll(GIVEN_ALONE)].map((w) => [w[0], w.index]));
    for (const [label, e] of listed) {
      const whole = sentence.indexOf(label);
      const given = label.split(" ")[0];
      const byGiven = whole < 0 && label.includes(" ") && givens.get(given) === 1 ? alone.get(given) : undefined;
      const at = byGiven ?? whole;
      const length = byGiven === undefined ? label.length : given.length;
      if (at < 0 || LETTER.test(sentence[at - 1] ?? "") || LETTER.test(sentence[at + length] ?? "")) continue;
      if (RESERVE.test(sentence.slice(0, at)) || AS_RESERVE.test(sentence.slice(at + length))) continue;
      // `Att jämte ordförande X justera … valdes Y`: the chair named beside the one chosen signs by office, and chaired;
      // a vice chair so named (`jämte vice ordförande X`) signs in the chair's stead, so chaired where no chair signs.
      // Read in the window, not the sentence: an abbreviation's full stop (`jämte tf. ordförande X`) cuts no sentence.
      const before = (m.index ?? 0) + at;
      const beside = BESIDE_CHAIR.exec(window.slice(Math.max(0, before - 60), before));
      if (beside) {
        const signers = beside.groups?.vice ? besideVices : besideChairs;
        if (adjust && !signers.some((c) => c.person.label === label))
          signers.push({ person: e.person, start: start + sentence.search(/\S/), end: start + sentence.length });
        continue;
      }
      if ((swap && at > swap.index) || (field && !CHOOSE.test(sentence) && (at < field.index || replaced.has(label)))) continue;
      if (held && at < held[0].length) continue;
      const span = { person: e.person, start: start + sentence.search(/\S/), end: start + sentence.length };
      const handed = officeAt?.(at);
      const withChair = chair && !officeAt && /\bmed\s+$/.test(sentence.slice(0, at)) ? WITH_SECRETARY.exec(sentence.slice(at + length)) : null;
      const office = officeAt ? handed?.office : adjust ? "adjust" : chair && !withChair ? "chair" : "secretary";
      if (!office) continue;
      if (office === "chair") {
        facts.push(
          ...roles({ ...span, capacity: "listed", role: { normalised: "mötesordförande", written: "mötesordförande", start: span.start, end: span.end } }),
        );
        chairs.push(span);
        continue;
      }
      const counts = office === "adjust" && ALSO_COUNTS.exec(sentence);
      if (counts) counters.push({ ...span, written: (counts[1] ?? counts[2]).toLowerCase() });
      const chosen = office === "adjust" ? adjusters : secretaries;
      if (chosen.has(label)) continue;
      chosen.add(label);
      const capacity = office === "adjust" ? "adjuster" : "secretary";
      // As the sentence writes the office (`… valdes till justerare`, `… och till protokollförare Y`), else the item's
      // heading (`Val av protokolljusterare X utsågs att justera`): one office a sentence.
      const heading = officeAt
        ? handed?.written && { 1: handed.written, index: handed.at, 0: sentence.slice(handed.at, handed.end) }
        : withChair
          ? { 1: withChair[1], index: at + length + withChair.index, 0: withChair[0] }
          : (OFFICE_CHOSEN.exec(sentence) ?? OFFICE_HEADING.exec(sentence));
      const role =
        heading && /(?:sekreterare|förare)$/iu.test(heading[1]) === (capacity === "secretary")
          ? {
              normalised: capacity === "adjuster" ? "justerare" : "sekreterare",
              written: singularOffice(heading[1].toLowerCase()),
              start: start + heading.index,
              end: start + heading.index + heading[0].length,
            }
          : undefined;
      facts.push(...roles({ ...span, capacity, role }));
      // Listed where the layout does not say in which field (`Närvarande: Frånvarande: A B C`): chosen, so there.
      if (e.capacity === "listed") attending.push({ ...span, capacity });
    }
  }
  // The chair named beside the adjuster chaired where no one was chosen to (`Till mötesordförande valdes X`), else the
  // vice chair so named where the chair by office, named nowhere, opened the meeting (`Ordföranden öppnade mötet`).
  const signer = besideChairs.length > 0 ? besideChairs : UNNAMED_CHAIR_OPENS.test(window) ? besideVices : [];
  return { facts, chairs: chairs.length > 0 ? chairs : signer, attending, counters };
}

/**
 * The municipality, region or association a minutes header names, which the body that met is part of: a
 * municipality by its word (`VILHELMINA KOMMUN`, `Hultsfreds kommun`) or after the body (`Kommunstyrelsen i
 * Ockelbo`), else a region or association the gazetteer knows (`Region Kronoberg`) before `headerEnd`. Not a listed
 * member's (`Jana Nilsson (S) Varbergs kommun`, `Per Ek, Sala kommun`, `Per Ek, Kommunförbundet Skaraborg`), and in
 * a roster no municipality: one named there is a member's.
 */
export function headerParent(
  text: string,
  gazetteer: readonly Mention[],
  lexicon: Lexicon,
  organ: { name: string; start: number; end: number } | undefined,
  headerEnd: number,
  roster = false,
  members: readonly { person: Mention; municipality?: Mention }[] = [],
): { ref: EntityRef; start: number; end: number } | undefined {
  const municipalities = municipalityIndex(lexicon.data.municipalities);
  for (const m of roster ? [] : text.slice(0, Math.min(text.length, 600)).matchAll(MUNICIPALITY_WORD)) {
    if (/[),]\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index))) continue;
    // Right after a listed name, whatever the stop between (`Eva Ek. Ale kommun`, a comma misprinted): the person's.
    if (members.some((e) => e.person.end <= m.index && m.index - e.person.end <= 3)) continue;
    const id = municipalityNamed(municipalities, m[1]);
    if (id) return { ref: { kind: "municipality", key: id.key, label: id.label }, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
  // The body that met written with its municipality's genitive (`Hallstahammars socialnämnd` over `Socialnämnden`).
  for (const m of organ && !roster ? text.slice(0, Math.min(text.length, 600)).matchAll(GENITIVE_BODY) : []) {
    const noun = fold(m[2]);
    if (!fold(organ!.name).startsWith(noun) || !lexicon.data.protocol.bodies.some((b) => noun.endsWith(fold(b)))) continue;
    const id = municipalities.get(fold(m[1])) ?? municipalities.get(fold(`${m[1]}s`));
    if (id) return { ref: { kind: "municipality", key: id.key, label: id.label }, start: m.index, end: m.index + m[1].length + 1 };
  }
  const after = organ && !roster && gazetteer.find((g) => g.kind === "municipality" && g.start > organ.end && /^\s+i\s+$/.test(text.slice(organ.end, g.start)));
  if (after) return { ref: { kind: "municipality", key: after.id, label: after.label }, start: after.start, end: after.end };
  // The municipality the header names anywhere (`Kommunalhuset, Vallentuna`), the one of all it names that no member
  // stands for or is named after (`Carl Lund`).
  const named = gazetteer.filter(
    (g) =>
      g.kind === "municipality" &&
      g.start < headerEnd &&
      !members.some((e) => e.municipality?.start === g.start || (g.start >= e.person.start && g.end <= e.person.end)),
  );
  const place = named.length > 0 && named.every((g) => g.id === named[0].id) ? named[0] : undefined;
  // A municipality's own body (`Kommunstyrelsen`, `Kommunstyrelsens arbetsutskott`) is of it.
  if (organ && !roster && place && /^kommun/i.test(organ.name))
    return { ref: { kind: "municipality", key: place.id, label: place.label }, start: place.start, end: place.end };
  const org = gazetteer.find(
    (g) =>
      g.kind === "organisation" &&
      g.start < headerEnd &&
      /^(Region|Landsting)|förbund/i.test(g.label) &&
      g.label !== organ?.name &&
      !/,\s*$/.test(text.slice(Math.max(0, g.start - 3), g.start)) &&
      // Nor one right after a listed name with no comma (`Per Holm Skogsägareförbundet`): the member's.
      !members.some((e) => e.person.end <= g.start && g.start - e.person.end <= 3),
  );
  // A region's body (`Regionstyrelsen`, `Hälso- och sjukvårdsnämnden`) with no region named is of the region of the
  // county the municipality is in.
  const region = !org && organ && !roster && place && REGION_BODY.test(organ.name) ? lexicon.regionOf(place.id) : undefined;
  if (region && place) return { ref: { kind: "organisation", key: region.id, label: region.name }, start: place.start, end: place.end };
  // A roster of a municipality's own body is of the one municipality the page names (see ownRosterMunicipality).
  const own = roster && !org ? ownRosterMunicipality(text, gazetteer, lexicon, organ, members) : undefined;
  if (own) return own;
  if (org) return { ref: { kind: "organisation", key: org.id, label: org.label }, start: org.start, end: org.end };
  const owner = organ && !roster ? pageOwner(text, lexicon) : undefined;
  if (owner) return owner;
  return organ && FÖRBUND_BODY.test(organ.name) ? lowerAssociation(text.slice(0, Math.min(headerEnd, 600)), lexicon) : undefined;
}

/**
 * The municipality whose own body a roster lists (`Kommunfullmäktige` on Vallby's page, `Ledamöter:` then a name a
 * line): the one municipality the page names, where the body is a municipality's (MUNICIPAL_BODY; not a region's, a
 * joint board's or a förbund's), no two municipality lines group the list and no member is named with one.
 */
function ownRosterMunicipality(
  text: string,
  gazetteer: readonly Mention[],
  lexicon: Lexicon,
  organ: { name: string } | undefined,
  members: readonly { person: Mention; municipality?: Mention }[],
): { ref: EntityRef; start: number; end: number } | undefined {
  if (!organ || !MUNICIPAL_BODY.test(organ.name) || REGION_BODY.test(organ.name) || /gemensam|förbund/i.test(organ.name)) return undefined;
  if (members.some((e) => e.municipality)) return undefined;
  const named = gazetteer.filter((g) => g.kind === "municipality" && !members.some((e) => g.start >= e.person.start && g.end <= e.person.end));
  if (named.length === 0 || named.some((g) => g.id !== named[0].id)) return undefined;
  if (municipalityHeadings(text, lexicon.data.municipalities).length >= 2) return undefined;
  const [g] = named;
  return { ref: { kind: "municipality", key: g.id, label: g.label }, start: g.start, end: g.end };
}

/** A field of the organ whose value ends in the municipality (`Beslutsinstans, Vallby kommun`, `Organ: Nämnden, Vallby kommun`). */
const ORGAN_FIELD_BEFORE = /(?<![\p{L}])(?:beslutsinstans|instans|organ)[ \t]*[,:][ \t]*(?:\p{Lu}[^\n,:]*,[ \t]*)?$/iu;

/**
 * The municipality a field of the organ names (`Beslutsinstans, Vallby kommun` in a notice's block, its body's cell
 * lost): the minutes' own, wherever the field stands, when the head names none.
 */
function organFieldMunicipality(text: string, gazetteer: readonly Mention[]): { ref: EntityRef; start: number; end: number } | undefined {
  const g = gazetteer.find((g) => g.kind === "municipality" && ORGAN_FIELD_BEFORE.test(text.slice(Math.max(0, g.start - 80), g.start)));
  return g && { ref: { kind: "municipality", key: g.id, label: g.label }, start: g.start, end: g.end };
}

/** A page's address footer up to the town (`ADRESS TELEFON FAX E-POST HEMSIDA Stadshuset Vallby vx`, `Postadress Box 12, 123 45 Vallby`). */
const ADDRESS_BEFORE = /(?<![\p{L}])(?:ADRESS|POSTADRESS|BESÖKSADRESS|Postadress|Besöksadress)(?![\p{L}])[^\n.]{0,60}$/u;
/** A municipality's own body (a region's is told by REGION_BODY), whose minutes' address names its municipality. */
const MUNICIPAL_BODY = /^kommun|nämnden?$/i;

/**
 * The municipality the minutes' address footer names (ADDRESS_BEFORE), where no header or field names one: the issuer's
 * town, so the body's parent. Only the body's: a person's municipality is never read from it.
 */
function addressMunicipality(text: string, gazetteer: readonly Mention[]): { ref: EntityRef; start: number; end: number } | undefined {
  const g = gazetteer.find((g) => g.kind === "municipality" && ADDRESS_BEFORE.test(text.slice(Math.max(0, g.start - 80), g.start)));
  return g && { ref: { kind: "municipality", key: g.id, label: g.label }, start: g.start, end: g.end };
}

/**
 * A later page's header of a municipality's minutes (`2 VALLBY KOMMUN SAMMANTRÄDESPROTOKOLL 2[15]`), its genre in mixed
 * case before the page (`VALLBY KOMMUN Sammanträdesprotokoll Sida 2(5)`), or the posting notice's, in the genitive after
 * the page's body and number (`2 Kulturnämnden (12) VALLBYS KOMMUN ANSLAG/BEVIS`). The town in capitals, as prose never
 * writes it.
 */
const PAGE_MUNICIPALITY =
  /(?:^|\n|[ \t]\(\d+\))[ \t]*(?:\d+[ \t]+)?(\p{Lu}[\p{Lu}-]+)[ \t]+KOMMUN[ \t]+(?:(?:SAMMANTRÄDES)?PROTOKOLL|ANSLAG\/BEVIS|Sammanträdesprotokoll(?=[ \t]+Sida[ \t]+\d))(?![\p{L}])/u;

/** The municipality a later page's header names (PAGE_MUNICIPALITY), where the first page names none (its header flattened). */
function pageMunicipality(text: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number } | undefined {
  const m = PAGE_MUNICIPALITY.exec(text.slice(0, 6000));
  const id = m && municipalityNamed(municipalityIndex(lexicon.data.municipalities), m[1]);
  if (!m || !id) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { ref: { kind: "municipality", key: id.key, label: id.label }, start, end: start + m[1].length };
}

/**
 * A name in capitals before the genre and the page's number in a page header (`NORDVÄSTREGIONEN MINNESANTECKNINGAR
 * 2(8)`): the association whose minutes they are, which the first page may name only by its members' municipalities.
 */
const PAGE_OWNER = /(?:^|\n)[ \t]*(?:\d+[ \t]+)?(\p{Lu}{4,}(?:[ \t]\p{Lu}{2,})?)[ \t]+(?:MINNESANTECKNINGAR|PROTOKOLL)[ \t]+\d+[ \t]*[([]\d+[)\]]/u;
/** Words a page header's name is not an owner's by (`KOMMUN`, `STAD`), the genre's own words. */
const NOT_OWNER = /KOMMUN|STAD|SAMMANTRÄDES|DATUM|SIDA/u;

/** A page header's status or genre words (`JUSTERAT`, `UTDRAG UR`, `ANSLAG`), a meeting's noun (`SAMMANTRÄDE`, `STYRELSEMÖTE`). */
const STATUS_WORD = /^(?:o?justera[dt]e?|utdrag|ur|anslag|bevis|kopia|original|preliminart?|protokoll\p{L}*|\p{L}*mote[nt]?|\p{L}*sammantrade[nt]?)$/u;
/** An office's noun in the definite (`REVISORERNA`, `ÖVERFÖRMYNDAREN`): an office that keeps minutes, no association. */
const OFFICE_WORD = /^(?:revisor|overformyndar|ombudsm[ae]n|valberedning|namndem[ae]n)/u;

const fieldWordSets = new WeakMap<ProtocolWords, Set<string>>();
/** The protocol's words of cues, fields and labels, folded, made once per lexicon. */
function fieldWords(words: ProtocolWords): Set<string> {
  let set = fieldWordSets.get(words);
  if (!set) {
    const lists = [words.cues, words.signatureOpeners, words.minutesFields, words.stopLabels, Object.keys(words.peopleFields), words.notNames];
    fieldWordSets.set(words, (set = new Set(lists.flat().map(fold))));
  }
  return set;
}

/** Is a folded word (`fold`, no diacritics) of a page header's name no owner's: a status or genre word, a word of the protocol's fields, an office? */
function notOwnerWord(word: string, lexicon: Lexicon): boolean {
  if (STATUS_WORD.test(word) || OFFICE_WORD.test(word) || fieldWords(lexicon.data.protocol).has(word)) return true;
  // A role's noun, bare or in the definite (`revisorerna` → `revisor`).
  return [word, word.replace(/(?:erna|arna|orna|na|en|n)$/u, "")].some((w) => w.length > 3 && !!lexicon.role(w));
}

/** The association a page header names (PAGE_OWNER), as an organisation: not a body (`KOMMUNSTYRELSEN`) nor a municipality. */
function pageOwner(text: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number } | undefined {
  const m = PAGE_OWNER.exec(text.length > 6000 ? text.slice(0, 6000) : text);
  const word = m && fold(m[1]);
  if (!m || !word || NOT_OWNER.test(m[1]) || municipalityIndex(lexicon.data.municipalities).has(word)) return undefined;
  if (m[1].split(/[ \t]+/).some((w) => notOwnerWord(fold(w), lexicon))) return undefined;
  if (lexicon.data.protocol.bodies.some((b) => word.endsWith(fold(b)))) return undefined;
  const label = m[1].replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const start = m.index + m[0].indexOf(m[1]);
  return { ref: { kind: "organisation", key: nameKey(label), label }, start, end: start + m[1].length };
}

/** The noun of an association's general meeting in its title (`Årsmöte protokoll`, `ÅRSMÖTESPROTOKOLL`, `fört vid årsmöte`), a
 * federation's too (`ordinarie förbundsmöte 2015`), or of the delegates' meeting in its stead (`Representantskap`, `kongress`). */
const ANNUAL_MEETING =
  /(?<![\p{L}-])(årsmöte|årsstämma|föreningsstämma|förbundsmöte|förbundsstämma|representantskap|kongress)(?:t|n|et|en|smöte[nt]?|sprotokoll)?(?![\p{L}-])/iu;
/** Words before it that make it a meeting the minutes only speak of (`inför årsmötet`, `Kallelse till årsmöte`). */
const NOT_THIS_MEETING = /(?:inför|före|efter|till|om|från)[ \t]+$/i;
/** A board named by its association's noun in the genitive (`Möte med sektionens styrelse`, `föreningens styrelse`). */
const GENITIVE_BOARD = /(?<![\p{L}-])(\p{Ll}{3,}(?:ens|ets))[ \t]+(styrelse|styrelsen)(?![\p{L}-])/u;
/** The minutes' words for a board's sitting named by its kind (`Protokoll fört vid styrelsesammanträde`, `protokoll från
 * styrelsemötet`), not another's (`protokoll från föregående styrelsemöte`) nor a bare heading (`Styrelsemöte`); nor one
 * held in a named association (`styrelsemöte i Föreningen Norrgården`), whose offices stay at the meeting as before. */
const BOARD_SITTING = /(?<![\p{L}-])protokoll(?:[ \t]+fört)?[ \t]+(?:från|vid)[ \t]+(styrelse(?:sammanträde|möte))t?(?![\p{L}-])(?![ \t]+i[ \t]+\p{Lu})/diu;

/**
 * The body of an association's minutes that name no body the usual way, read in the head up to `to` (before the
 * first listed person): the association's general meeting (`Årsmöte protokoll 2023`: `Årsmötet`), a board named by
 * its association's noun (`Möte med sektionens styrelse`), else the association named (`Protokoll Granbackens
 * Hembygdsförening`, `ÖSTBO HISTORISKA SÄLLSKAP`), which met as itself. The association is the general meeting's
 * parent; a general meeting of none named is this document's own (`within`), not every association's `Årsmötet`.
 * Where the organ is no name of its own, the meeting keeps its document's title.
 */
export function associationOrgan(
  head: string,
  to: number,
  lexicon: Lexicon,
  doc: DocumentRecord,
):
  | {
      organ: { name: string; start: number; end: number; within?: string };
      parent?: { ref: EntityRef; start: number; end: number };
      /** The association's general meeting. */
      general?: boolean;
      /** Its noun as the title writes it, in the indefinite (`årsmöte`, `representantskap`). */
      noun?: string;
      /** The meeting keeps its document's title: the organ is no name of its own (`Årsmötet`, `Föreningens styrelse`). */
      untitled?: boolean;
      /** The title of such a meeting where the head names its kind (`Styrelsesammanträde`), before the document's. */
      title?: string;
    }
  | undefined {
  const top = head.slice(0, to);
  const annual = ANNUAL_MEETING.exec(top);
  const named = namedAssociation(top, lexicon) ?? (annual ? annualFor(top, lexicon) : undefined);
  if (annual && !NOT_THIS_MEETING.test(top.slice(Math.max(0, annual.index - 12), annual.index))) {
    const noun = annual[1].toLowerCase();
    const name = `${noun[0].toUpperCase()}${noun.slice(1)}${noun.endsWith("a") ? "n" : noun.endsWith("e") ? "t" : noun.endsWith("p") ? "et" : "en"}`;
    const organ = { name, start: annual.index, end: annual.index + annual[0].length };
    return named ? { organ, parent: named, general: true, noun } : { organ: { ...organ, within: doc.id }, general: true, untitled: true, noun };
  }
  const owned = associationBoard(top);
  if (owned) return { organ: owned };
  const board = GENITIVE_BOARD.exec(top);
  if (board && !genitiveBodyName(board[1], lexicon.data.protocol.bodies)) {
    const name = `${board[1][0].toUpperCase()}${board[1].slice(1)} ${board[2]}`;
    return { organ: { name, start: board.index, end: board.index + board[0].length }, parent: named, untitled: true };
  }
  if (named) return { organ: { name: named.ref.label, start: named.start, end: named.end } };
  // A board's sitting named by its kind alone (`Protokoll fört vid styrelsesammanträde den 9 mars`): this document's
  // association's board, so the offices its roll writes (`Ordf. Eva Ek`) are held in it, not in the meeting; the
  // association's where the minutes' meeting line names whose (`ÖHF styrelsemöte nr 5`: `ÖHF styrelse`).
  const sitting = BOARD_SITTING.exec(top);
  if (!sitting) return undefined;
  const kind = sitting[1].toLowerCase();
  const [start, end] = sitting.indices![1]!;
  const owner = SITTING_OWNER.exec(minutesMeetingLine(doc))?.[1];
  const organ = owner ? { name: `${owner} styrelse`, start, end } : { name: "Styrelsen", start, end, within: doc.id };
  return { organ, untitled: true, title: `${kind[0].toUpperCase()}${kind.slice(1)}` };
}

/** Whose board's sitting the minutes' meeting line names (`ÖHF styrelsemöte nr 5`, `Ekby Brädspelare styrelsemöte`):
 * an abbreviation or a name of two words or more, not a word before the kind (`Extra styrelsemöte`). */
const SITTING_OWNER = /^(\p{Lu}{2,6}|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,2}) styrelse(?:möte|sammanträde)(?![\p{L}])/u;

/**
 * Whether a member listed in an association's minutes takes no seat from the list: at its general meeting, a member of
 * the association, not of its meeting; at a board's sitting read by its kind alone (`title`), one listed as present
 * under no label of members (`Närvarande: …`, a guest among them), as the board is only inferred.
 */
export function seatless(association: { general?: boolean; title?: string } | undefined, label: string | undefined): boolean {
  return !!association?.general || (!!association?.title && !/ledam/i.test(label ?? ""));
}

/** A title that names a meeting (`ÖHF styrelsemöte nr 5`, `Årsstämma`). */
const NAMES_MEETING = /möte|sammanträde|stämma/i;

/**
 * The title of the meeting of minutes whose organ is no name of its own: the line that titles bodiless minutes
 * (`minutesMeetingLine`), but the kind of sitting their head names (`Styrelsesammanträde`) where that line names no
 * meeting (a page's heading, `Februari 2017`).
 */
export function untitledMeetingLine(doc: DocumentRecord, association: { title?: string } | undefined): string {
  const line = minutesMeetingLine(doc);
  return association?.title && !NAMES_MEETING.test(line) ? association.title : line;
}

/**
 * The general or delegates' meeting of the association whose genitive the title writes right before its noun (`fört vid
 * Ekbygdens Pensionärsförenings Representantskap`), where that is before the body otherwise read at `bodyAt`.
 */
export function titledAssociation(top: string, to: number, bodyAt: number, lexicon: Lexicon, doc: DocumentRecord): ReturnType<typeof associationOrgan> {
  const own = associationOrgan(top, to, lexicon, doc);
  if (!own?.general || !own.parent || own.organ.end > bodyAt) return undefined;
  return /^:?s[ \t]+$/i.test(top.slice(own.parent.end, own.organ.start)) ? own : undefined;
}

/** Whether a capitalised run written in a meeting's title may name its association: no word of a body, a role, a status or the fields, no municipality. */
function mayNameAssociation(label: string, lexicon: Lexicon): boolean {
  const words = label.split(/[ \t]+/).map(fold);
  if (words.some((w) => notOwnerWord(w, lexicon) || lexicon.data.protocol.bodies.some((b) => w.endsWith(fold(b))))) return false;
  return !municipalityIndex(lexicon.data.municipalities).has(fold(label));
}

/** A meeting's title line, its number and the name after a dash (`Styrelsemöte 3 - Ekby Brädspelare`, `Årsmöte – Vallby Schackklubb`). */
const DASH_OWNER =
  /^[ \t]*\p{L}*(?:möte|sammanträde)[ \t]+(?:(?:nr\.?[ \t]*)?(\d{1,3})[ \t]+)?[-–][ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3})[ \t]*(?:\n|$)/iu;

/**
 * The association a meeting's title line names after a dash (`Styrelsemöte 3 - Ekby Brädspelare`), as an organisation,
 * with the meeting's number (`möte 3`): not a body, a municipality or a word of the genre or the fields.
 */
function dashOwner(text: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number; which?: string } | undefined {
  const m = DASH_OWNER.exec(text.slice(0, TOP_LINE));
  if (!m) return undefined;
  const label = m[2];
  if (!mayNameAssociation(label, lexicon)) return undefined;
  const start = m.index + m[0].lastIndexOf(label);
  return { ref: { kind: "organisation", key: nameKey(label), label }, start, end: start + label.length, which: m[1] && `möte ${m[1]}` };
}

/** A heading line of a general meeting and whose (`Årsmöte för Ekby Unga Schackspelare, Storgatan 4`), to its comma or line's end. */
const ANNUAL_FOR =
  /(?:^|\n)[ \t]*(?:Årsmöte|ÅRSMÖTE|Årsstämma|Föreningsstämma)[ \t]+(?:för|FÖR)[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3})[ \t]*(?:,|\n|$)/u;

/**
 * The association whose general meeting a heading line names with `för` (`Årsmöte för Ekby Unga Schackspelare,
 * Storgatan 4`): a name with no association's head word, not a body's, a municipality's or a word of the genre or the
 * fields.
 */
function annualFor(top: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number } | undefined {
  const m = ANNUAL_FOR.exec(top);
  if (!m) return undefined;
  const label = m[1];
  if (!mayNameAssociation(label, lexicon)) return undefined;
  const start = m.index + m[0].indexOf(label);
  return { ref: { kind: "organisation", key: nameKey(label), label }, start, end: start + label.length };
}

/** A head, a name in the genitive and a board's meeting (`FÖRENINGEN SKOGSBRYNETS STYRELSEMÖTE`, `Förbundet Ljusets styrelse`). */
const ASSOCIATION_BOARD =
  /(?<![\p{L}-])(\p{Lu}[\p{L}-]*)[ \t]+(\p{Lu}[\p{L}-]*?(?::s|s|S))[ \t]+(?:styrelse|STYRELSE)(?:n|N|möte[nt]?|MÖTE[NT]?|sammanträde[nt]?|SAMMANTRÄDE[NT]?)?(?![\p{L}-])/gu;

/**
 * The board of an association named head first (`Föreningen Skogsbrynet`) whose minutes' title names its board's
 * meeting in the genitive (`PROTOKOLL FÖRT VID FÖRENINGEN SKOGSBRYNETS STYRELSEMÖTE`): `Föreningen Skogsbrynets
 * styrelse`, not the words of the title before the head.
 */
function associationBoard(top: string): { name: string; start: number; end: number } | undefined {
  for (const m of top.matchAll(ASSOCIATION_BOARD)) {
    if (!ASSOCIATION_HEAD.test(m[1]) || !/(?:en|et)$/i.test(m[1])) continue;
    const word = (w: string) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w);
    return { name: `${word(m[1])} ${word(m[2])} styrelse`, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A meeting held in an association named by its head word, then maybe its short form (`förbundsstyrelsemöte i Nordliga
 * bräd- och kortspelsförbund, Nobek`): up to six words from a capitalised one to the head, on one line.
 */
const HELD_IN_ASSOCIATION =
  /(?<![\p{L}])\p{Ll}*möte[ \t]+i[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,5}?)(?:,[ \t]*(\p{Lu}[\p{L}]{1,9})(?![\p{L}-]))?(?=[ \t]*[,\n]|[ \t]+\d|$)/du;

/** The association HELD_IN_ASSOCIATION names in `top`, and its short form: not a municipality or a word of the fields. */
function heldInAssociation(top: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number; short?: string } | undefined {
  const m = HELD_IN_ASSOCIATION.exec(top);
  if (!m || !ASSOCIATION_HEAD.test(m[1]) || notOwnerWord(fold(m[1].split(/[ \t]/)[0]), lexicon)) return undefined;
  const [start, end] = m.indices![1]!;
  const short = m[2] && mayNameAssociation(m[2], lexicon) ? m[2] : undefined;
  return { ref: { kind: "organisation", key: nameKey(m[1]), label: m[1] }, start, end, short };
}

/** An association's name in quotes after its head, abbreviated too (`för. ”Ekbackens vänner 1902”`, `föreningen "Ekbacken"`). */
const QUOTED_ASSOCIATION = /(?<![\p{L}])(?:för\.|[Ff]öreningen)[ \t]+[”“"](\p{Lu}[^”“"\n]{1,60})[”“"]/u;

/** The association QUOTED_ASSOCIATION names in `top`. */
function quotedAssociation(top: string): { ref: EntityRef; start: number; end: number } | undefined {
  const m = QUOTED_ASSOCIATION.exec(top);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length - 1;
  return { ref: { kind: "organisation", key: nameKey(m[1]), label: m[1] }, start, end: start + m[1].length };
}

/** A capitalised word of an association's name before its head, or a head (`Hembygdsförening`, `SÄLLSKAP`). */
const NAME_WORD = /\p{Lu}[\p{L}-]*/gu;

/**
 * The association a head names (`Granbackens Hembygdsförening`, `Östbo Historiska Sällskap`, in capitals too, or in the
 * genitive, `Nordliga Kanotförbundets`): one to three capitalised words before a word ending in an association's head
 * (ASSOCIATION_HEAD), on one line, none a word of the genre or the fields (`Protokoll`); a head alone (`Föreningen`) is
 * any association's. Else a place's name before a lower-case head (LOWER_HEAD_ASSOCIATION).
 */
function namedAssociation(top: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number } | undefined {
  let run: RegExpExecArray[] = [];
  for (const m of top.matchAll(NAME_WORD)) {
    const last = run[run.length - 1];
    if (last && !/^[ \t]+$/.test(top.slice(last.index + last[0].length, m.index))) run = [];
    if (notOwnerWord(fold(m[0]), lexicon)) {
      run = [];
      continue;
    }
    run.push(m);
    // Also a compound in the genitive, whose meeting it is (`Protokoll fört vid Nordliga Kanotförbundets förbundsmöte`);
    // not the head alone (`Öppnande Föreningens ordförande`).
    const genitive = /s$/.test(m[0]) ? ASSOCIATION_HEAD.exec(m[0].slice(0, -1)) : null;
    const head = ASSOCIATION_HEAD.test(m[0]) ? m[0] : genitive && genitive.index > 0 ? m[0].slice(0, -1) : undefined;
    if (!head || run.length < 2) continue;
    const words = run.slice(-4);
    const start = words[0].index;
    const written = top.slice(start, m.index + head.length);
    const label = written === written.toUpperCase() ? written.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : written;
    return { ref: { kind: "organisation", key: nameKey(label), label }, start, end: m.index + head.length };
  }
  const m = LOWER_HEAD_ASSOCIATION.exec(top);
  if (!m || m[1].split(" ").some((w) => NOT_A_NAME.test(w) || notOwnerWord(fold(w), lexicon))) return undefined;
  return { ref: { kind: "organisation", key: nameKey(m[0]), label: m[0] }, start: m.index, end: m.index + m[0].length };
}

// One or two capitalised words and a lower-case head (`Ekby hembygdsförening`, `Ekby hembygdsförenings årsmöte`), or a
// suspended pair before it (`Ekby Hembygds- och fornminnesförening`): an association's name, the head in the indefinite.
// Not a place's genitive (`Ekviks vägförening`, whose the association is) nor a federation of municipalities (`Ekby
// räddningstjänstförbund`, a body).
const LOWER_HEAD_ASSOCIATION = new RegExp(
  String.raw`(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?<!s)[ \t](?:${SUSPENDED})?\p{Ll}*förening(?=s?(?![\p{L}-]))`,
  "u",
);
// A word that opens a sentence before a lower-case head (`Vid föreningens …`, `Denna förening`), not a name.
const NOT_A_NAME = /^(?:Vid|Med|Av|I|En|Ett|Den|Det|Denna|Detta|Vår|Vårt|Hela|Varje|Om|För|Till|Från|Och|Som|Ny|Nya)$/;

/**
 * An election at an association's general meeting to an office for a term (`Till kassör på 2 år valdes X`, `Till
 * ordinarie ledamöter på två år valdes: A, B`, `Till ordförande för föreningen väljs X på 1 år`, `Till ordinarie
 * revisorer nyväljs A och B`): the office, the words between it and the verb (its term or whose it is), the verb.
 */
const TERM_ELECTION =
  /(?<![\p{L}])Till[ \t]+((?:(?:ordinarie|vice)[ \t]+)?\p{Ll}+)((?:[ \t]+(?!(?:valdes|väljs|omvaldes|omväljs|nyvaldes|nyväljs|utsågs|utses)(?![\p{L}]))\(?[\p{L}\d]+\)?){0,6})[ \t]+(?:valdes|väljs|omvaldes|omväljs|nyvaldes|nyväljs|utsågs|utses)(?![\p{L}])[ \t]*:?/gu;
/** An office elected for a term as a line's field (`Ordförande, vald på två år: A, nyval.`, `Ledamöter, valda på ett år: B`). */
const TERM_FIELD = /^[ \t]*((?:(?:[Oo]rdinarie|[Vv]ice)[ \t]+)?\p{L}+),[ \t]*(?:om|ny)?valda?((?:[ \t]+[\p{L}\d]+){0,6})[ \t]*:/gmu;
/** Seats elected before, named before their names (`Ledamöterna A, B och C valdes föregående år på två år`). */
const NAMED_SEATS_ELECTED =
  /(?<![\p{L}])((?:[Oo]rdinarie[ \t]+)?(?:[Ll]edamöterna|[Ee]rsättarna|[Ss]uppleanterna))[ \t]+(?=\p{Lu})([^.\n]{3,200}?)[ \t]+(?:om|ny)?valdes(?![\p{L}])([^.\n]{0,60})/gu;
/** A second office after a list of names, its verb elided (`… samt ersättare för dessa C och D`): its office and qualifier. */
const ALSO_ELECTED = String.raw`(?:samt|och)[ \t]+((?:ordinarie[ \t]+)?\p{Ll}+)((?:[ \t]+(?:för|till|på)[ \t]+[\p{L}\d]+)?)[ \t]+(?=\p{Lu})`;
const ALSO_ELECTED_AT = new RegExp(`^${ALSO_ELECTED}`, "u");
/**
 * Where an election's list of names ends: an item, a sentence, a paragraph, a numbered item, the next election, a label,
 * a second office (ALSO_ELECTED).
 */
const ELECTION_END = new RegExp(
  String.raw`§|\.(?=\s|$)|\n[ \t]*\n|\n[ \t]*\d+[.)][ \t]|(?<![\p{L}])Till[ \t]|\n[ \t]*\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)*[ \t]*:|(?<![\p{L}])${ALSO_ELECTED}`,
  "u",
);
/** One elected name first (`Eva Ek valdes enhälligt till ordförande för 2022`, `Per Alm väljs in som ordinarie ledamot i styrelsen`): the office and its qualifier. */
const ELECTED_TO =
  /^[ \t]+(?:(?:om|ny)?valdes|(?:om|ny)?väljs)(?:[ \t]+(?:in|enhälligt))?[ \t]+(?:till|som)[ \t]+((?:(?:ordinarie|vice)[ \t]+)?\p{Ll}+)((?:[ \t]+(?:för|på|i)[ \t]+[\p{L}\d]+(?:[ \t]+år)?)?)/u;
/** How far an election's list of names may run, in characters. */
const ELECTION_REACH = 300;
/** The offices of an association's board, by their role in the lexicon. */
const BOARD_OFFICES = new Set(["ordförande", "vice ordförande", "kassör", "sekreterare", "ledamot", "ersättare"]);
/** The general meeting's own officers (`Till ordförande för årsmötet`, `för mötet`): chosenInParagraphs reads them. */
const OF_THE_MEETING = /möte|stämma|sammanträde/i;
/**
 * A term (`på ett år`, `för 2 år`, `för verksamhetsåret (2014)`, `för mandatperioden`) or the association's or board's
 * own office (`för föreningen`).
 */
const BOARD_TERM = /(?<![\p{L}])(?:år|verksamhetsåret|(?:mandat)?perioden|föreningen|styrelsen|(?:19|20)\d\d)(?![\p{L}])/iu;
/** A body the general meeting elects whole (`Till valberedning valdes A (sammank.) & B`), and its convener so marked. */
const ELECTED_BODY = /^valberedning(?:en)?$/i;
const CONVENER = /^[ \t]*\((?:sammank\.|sammankallande)\)/i;
/** The auditors' reserves (`Till ersättare för revisorerna`): held where the auditors are, not on the board. */
const FOR_AUDITORS = /^[ \t]+för[ \t]+revisorerna(?![\p{L}])/iu;

/**
 * An office as elected, in the singular (`ordinarie ledamöter` → `ordinarie ledamot`, `styrelsesuppleanter` →
 * `styrelsesuppleant`), with its role in the lexicon; undefined for a word the lexicon knows no role by.
 */
function electedOffice(written: string, lexicon: Lexicon): { written: string; normalised: string } | undefined {
  const role = (form: string) => lexicon.data.roles.find((r) => r.role === form || r.aliases?.includes(form))?.role;
  const words = written.toLowerCase().split(/\s+/);
  const head = words.pop()!;
  // A compound seat's plural too (`styrelseledamöter` → `styrelseledamot`).
  const compound = /.ledamöter$/.test(head) ? head.replace(/öter$/, "ot") : undefined;
  const singular = seatOfPlural(head) ?? compound ?? (role(head.replace(/er$/, "")) ? head.replace(/er$/, "") : head);
  const form = [...words, singular].join(" ");
  const normalised = role(form) ?? role(singular);
  return normalised ? { written: form, normalised } : undefined;
}

/**
 * The offices an association's general meeting elects for a term, after its header (`from`): a board's office
 * (`Till kassör på 2 år valdes X`, `Till styrelsesuppleanter på ett år valdes: A, B`, `Kassör, vald på två år: X`,
 * `Ledamöterna A, B valdes föregående år`) is held in the association's
 * board, an auditor's (`Till ordinarie revisorer nyväljs A och B`) in the association, else in the general meeting
 * (`general`) that elects them where no association is named. A chair or secretary only for a term or of the
 * association (`Till ordförande på ett år`, `för föreningen`): a bare one, or one of the meeting (`Till ordförande för
 * årsmötet`), is the meeting's (chosenInParagraphs). A nomination committee elected whole (`Till valberedning valdes A
 * (sammank.) & B`) is a body of the association. Elected, not thereby present: no attendance.
 */
export function termElections(
  text: string,
  people: readonly Mention[],
  from: number,
  general: EntityRef,
  association: EntityRef | undefined,
  docId: string,
  lexicon: Lexicon,
  ref: (p: Mention) => EntityRef,
  ev: (start: number, end: number) => Evidence,
): Fact[] {
  const facts: Fact[] = [];
  const board = bodyRef("Styrelsen", association, association ? undefined : docId);
  const after = text.slice(from);
  // Each election: where it starts, the office and its qualifier as written, and where its names run.
  const election = (start: number, written: string, qualifier: string, listStart: number, lead?: string) => {
    const tail = text.slice(listStart, listStart + ELECTION_REACH);
    return { start, written, qualifier, listStart, end: listStart + (ELECTION_END.exec(tail)?.index ?? tail.length), lead };
  };
  const elections = [
    ...[...after.matchAll(TERM_ELECTION), ...after.matchAll(TERM_FIELD)].flatMap((m) => {
      const first = election(from + m.index, m[1], m[2] ?? "", from + m.index + m[0].length);
      // `… samt ersättare för dessa C och D`: a second office, held where the first is.
      const also = ALSO_ELECTED_AT.exec(text.slice(first.end, first.end + ELECTION_REACH));
      return also ? [first, election(first.end, also[1], also[2], first.end + also[0].length, m[1])] : [first];
    }),
    ...people.flatMap((p) => {
      if (p.start < from) return [];
      const m = ELECTED_TO.exec(text.slice(p.end, p.end + 120));
      return m ? [{ start: p.start, written: m[1], qualifier: m[2], listStart: p.start, end: p.end, lead: undefined }] : [];
    }),
    ...[...after.matchAll(NAMED_SEATS_ELECTED)].map((m) => {
      const listStart = from + m.index + m[1].length;
      return { start: from + m.index, written: m[1], qualifier: m[3], listStart, end: listStart + m[2].length + 1, lead: undefined };
    }),
  ];
  for (const { start, written, qualifier, listStart, end, lead } of elections) {
    const elected = people.filter((p) => p.start >= listStart && p.end <= end);
    if (elected.length === 0) continue;
    if (ELECTED_BODY.test(written)) {
      const committee = bodyRef("Valberedningen", association, association ? undefined : docId);
      facts.push({ type: "entity", entity: committee, evidence: ev(start, listStart), rule: "protocol:role" });
      for (const p of elected) {
        const convener = CONVENER.exec(text.slice(p.end, p.end + 20));
        const seat = convener ? { role: "sammankallande", roleNormalised: "sammankallande" } : { role: "ledamot", roleNormalised: "ledamot" };
        const to = convener ? p.end + convener[0].length : p.end;
        facts.push({ type: "relation", kind: "holds_role", source: ref(p), target: committee, evidence: ev(start, to), rule: "protocol:role", attrs: seat });
      }
      continue;
    }
    const office = electedOffice(written, lexicon);
    // Held where the office named first in its sentence is (`Till revisorer valdes A samt ersättare för dessa B`).
    const first = lead ? electedOffice(lead, lexicon) : FOR_AUDITORS.test(qualifier) ? { written: "revisor", normalised: "revisor" } : office;
    if (!office || !first || OF_THE_MEETING.test(qualifier)) continue;
    const onBoard = BOARD_OFFICES.has(first.normalised);
    if (!onBoard && first.normalised !== "revisor") continue;
    if ((office.normalised === "ordförande" || office.normalised === "sekreterare") && !BOARD_TERM.test(qualifier)) continue;
    const holder = onBoard ? board : (association ?? general);
    facts.push({ type: "entity", entity: holder, evidence: ev(start, listStart), rule: "protocol:role" });
    for (const p of elected)
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target: holder,
        evidence: ev(start, p.end),
        rule: "protocol:role",
        attrs: { role: office.written, roleNormalised: office.normalised },
      });
  }
  return facts;
}

/** The bodies of a kommunalförbund (`Direktionen`, `Förbundsstyrelsen`). */
const FÖRBUND_BODY = /^(?:direktionen|förbundsstyrelsen|styrelsen)$/i;
/**
 * A förbund the head names in lower case, after its owner in the genitive (`Södra Älvdalens räddningstjänstförbund`)
 * or before its proper name at the line's end (`räddningstjänstförbundet Västra Dal`); a bare `räddningstjänstförbundet`
 * is any.
 */
const LOWER_ASSOCIATION =
  /(?<![\p{L}-])(?:((?:\p{Lu}[\p{L}-]*[ \t])?\p{Lu}[\p{L}-]*s[ \t])(\p{Ll}{3,}förbund(?:et)?)(?![\p{L}-])|(\p{Ll}{3,}förbundet)((?:[ \t]\p{Lu}[\p{L}-]+){1,2})[ \t]*(?:\n|$))/u;

/**
 * The förbund whose body met, named in lower case in the head (see LOWER_ASSOCIATION), as an organisation; not a
 * person named after it (`representant i samordningsförbundet Anna Berg`), whose first word is a given name.
 */
function lowerAssociation(head: string, lexicon: Lexicon): { ref: EntityRef; start: number; end: number } | undefined {
  const m = LOWER_ASSOCIATION.exec(head);
  if (!m || (m[4] && lexicon.isGivenName(m[4].trim().split(/\s+/)[0]))) return undefined;
  // After another name's comma it is that one's federation (`SPF Seniorerna Tyresö, Sveriges pensionärsförbund`), as an
  // organisation after a comma is in the search above.
  if (/,\s*$/.test(head.slice(Math.max(0, m.index - 3), m.index))) return undefined;
  const written = m[1] ? `${m[1]}${m[2]}` : `${m[3][0].toUpperCase()}${m[3].slice(1)}${m[4]}`;
  const label = written.replace(/\s+/g, " ");
  const start = m.index;
  return { ref: { kind: "organisation", key: nameKey(label), label }, start, end: start + (m[1] ? written.length : m[3].length + m[4].length) };
}

/** The bodies of a region (`Regionstyrelsen`, `Landstingsfullmäktige`, `Hälso- och sjukvårdsnämnden`). */
const REGION_BODY = /^(?:region|landsting|hälso- och sjukvård|patientnämnd)/i;
/**
 * Whether people fields (`fields`, as the header's labels or field lines name them) make a roster rather than the
 * minutes of a meeting: all of them members' or substitutes' fields, and no paragraph (`§`) in the text.
 */
export function isRoster(text: string, fields: readonly string[]): boolean {
  return fields.length > 0 && fields.every((f) => ROSTER_LABELS.has(f)) && !text.includes("§");
}

/**
 * In a roster whose members stand under lines that name two or more municipalities alone (`Bjuvs kommun`), each
 * member stands for the municipality above them; the evidence runs from that line to the name. In a roster of a
 * municipality's own body (its `parent` a municipality, ownRosterMunicipality) each member stands for it; the evidence
 * is the member's entry.
 */
export function rosterMunicipalities(
  text: string,
  entries: readonly { person: Mention; start: number }[],
  model: ExtractionModel,
  ref: (p: Mention) => EntityRef,
  ev: (start: number, end: number) => Evidence,
  parent?: EntityRef,
): Fact[] {
  const own = parent?.kind === "municipality" ? parent : undefined;
  if (own)
    return entries.map((e) => ({
      type: "relation",
      kind: "represents",
      source: ref(e.person),
      target: own,
      evidence: ev(e.start, e.person.end),
      rule: "protocol:roster-municipality",
    }));
  const headings = municipalityHeadings(text, model.lexicon.data.municipalities);
  if (headings.length < 2) return [];
  const facts: Fact[] = [];
  for (const e of entries) {
    let heading: (typeof headings)[number] | undefined;
    for (const h of headings) if (h.end <= e.start) heading = h;
    if (heading)
      facts.push({
        type: "relation",
        kind: "represents",
        source: ref(e.person),
        target: heading.ref,
        evidence: ev(heading.start, e.person.end),
        rule: "protocol:roster-municipality",
      });
  }
  return facts;
}

/** Lines that name a municipality alone, in order. */
function municipalityHeadings(text: string, list: readonly { name: string }[]): { ref: EntityRef; start: number; end: number }[] {
  const municipalities = municipalityIndex(list);
  const headings: { ref: EntityRef; start: number; end: number }[] = [];
  for (const m of [...text.matchAll(HEADING_LINE), ...text.matchAll(HEADING_BEFORE_FIELD)]) {
    const id = municipalityNamed(municipalities, m[1]);
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (id) headings.push({ ref: { kind: "municipality", key: id.key, label: id.label }, start, end: start + m[0].trim().length });
  }
  return headings.sort((a, b) => a.start - b.start);
}

/** A title's head and the lower-case unit it is written with (`chef vård- och omsorgsförvaltningen`). */
const TITLE_AND_UNIT = /^(\p{Ll}+) (\p{Ll}[\p{Ll}-]*(?: (?:och|\p{Ll}[\p{Ll}-]*))*)$/u;

/**
 * The unit written inside a title read whole (`X (chef vård- och omsorgsförvaltningen)`, a title in parentheses): where
 * the title is held, as a unit written after it is. Only a unit's ending closes it (`-förvaltningen`, `-kontoret`).
 */
function writtenUnit(role: NonNullable<ProtocolEntry["role"]>, words: ProtocolWords): { name: string; start: number; end: number } | undefined {
  const m = TITLE_AND_UNIT.exec(role.written);
  if (!m || !m[1].endsWith(role.normalised) || role.end - role.start !== role.written.length || !compileProtocolWords(words).unitEnding.test(m[2]))
    return undefined;
  const start = role.start + m[1].length + 1;
  return { name: m[2], start, end: role.end };
}

/**
 * Roles of a person listed in a protocol's header: in the body that met, as written (`vice ordförande`) or as the
 * field implies (`Ersättare` → ersättare); a title outside the body's roles (`kommundirektör`) stays on the person.
 * Read alike from an inline header and from field lines.
 */
export function headerRoles(
  e: Pick<ProtocolEntry, "person" | "capacity" | "role" | "mark" | "start" | "end"> & { party?: object },
  person: EntityRef,
  body: EntityRef | undefined,
  model: ExtractionModel,
  ev: (start: number, end: number) => Evidence,
  label?: string,
  parent?: EntityRef,
): Fact[] {
  const facts: Fact[] = [];
  const category = e.role && !e.role.title ? model.lexicon.role(e.role.normalised)?.category : undefined;
  if (e.role && (!category || !BODY_ROLES.has(category))) {
    const attrs = { role: e.role.written, roleNormalised: e.role.normalised };
    // The title is written after the name (`Jan Ek, kommunchef`) or before it (`Kommunchef Jan Ek`).
    const [from, to] = [Math.min(e.person.start, e.role.start), Math.max(e.person.end, e.role.end)];
    facts.push({ type: "entity", entity: { ...person, attrs: { role: attrs } }, evidence: ev(from, to), rule: "protocol:staff-title" });
    // Held in the unit named after the title (`avdelningschef Gatuavdelningen`), a part of the header's municipality or
    // region: never of the body that met, which a unit need not serve.
    const { place, org } = e.role;
    const unit = e.role.unit ?? writtenUnit(e.role, model.lexicon.data.protocol);
    // Of the organisation named after it (`enhetschef, Försäkringskassan`), whom the official works for.
    if (org) {
      // A company the lexicon lacks is an organisation of its own, keyed by its name, as one in prose is.
      const target: EntityRef = { kind: "organisation", key: org.id, label: org.label, ...(org.company ? { attrs: { type: "company" } } : {}) };
      if (org.company) facts.push({ type: "entity", entity: target, evidence: ev(org.start, org.end), rule: "protocol:staff-title" });
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: person,
        target,
        evidence: ev(from, Math.max(to, org.end)),
        rule: "protocol:staff-title",
        attrs,
      });
    }
    // Of the municipality named right after it (`kommunchef Borås`), whom the official works for.
    if (place) {
      const target: EntityRef = { kind: "municipality", key: place.id, label: place.label };
      const evidence = ev(from, Math.max(to, place.end));
      facts.push({ type: "relation", kind: "holds_role", source: person, target, evidence, rule: "protocol:staff-title", attrs });
      facts.push({ type: "relation", kind: "represents", source: person, target, evidence, rule: "protocol:staff-title" });
    }
    if (unit) {
      const target = bodyRef(unit.name, parent);
      facts.push({ type: "entity", entity: target, evidence: ev(unit.start, unit.end), rule: "protocol:staff-title" });
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: person,
        target,
        evidence: ev(from, Math.max(to, unit.end)),
        rule: "protocol:staff-title",
        attrs,
      });
    }
  }
  // A seat held before (`Kim Ahl, fd ordförande`, a guest) is no seat in the body now: a title of the person's, as below.
  if (!body || (e.role && writtenFormer(e.role.written))) {
    // Minutes that name no body: a seat's role written with the name (`X (S), tjänstgörande ersättare`, `Y, gruppledare`)
    // is still theirs, kept on the person as a title is; not the seat its field implies (`Ledamot` in a member's row).
    if (e.role && category && BODY_ROLES.has(category) && e.role.normalised !== IMPLIED_ROLE[e.capacity]) {
      const role = { role: e.role.written, roleNormalised: e.role.normalised };
      const evidence = ev(Math.min(e.person.start, e.role.start), Math.max(e.person.end, e.role.end));
      facts.push({ type: "entity", entity: { ...person, attrs: { role } }, evidence, rule: "protocol:role" });
    }
    return facts;
  }
  const roles: { role: string; normalised: string; end: number; written?: boolean }[] = [];
  if (e.role && category && BODY_ROLES.has(category)) roles.push({ role: e.role.written, normalised: e.role.normalised, end: e.role.end, written: true });
  // An official among those taking part (`Deltagande: X, miljöchef`): a staff title and no party, under a label that
  // names no seat, holds no member's seat; an association's officer (`kassör`, the lexicon's `other`) may.
  const official =
    e.capacity === "member" &&
    !!e.role &&
    !roles.length &&
    !e.party &&
    model.lexicon.role(e.role.normalised)?.category !== "other" &&
    !(label && writesRole(label, "ledamot", model));
  const implied = official ? undefined : IMPLIED_ROLE[e.capacity];
  // Not beside the same role written more narrowly (`tjänstgörande ersättare` for a substitute).
  if (implied && !(e.capacity === "member" && roles.length) && !roles.some((r) => r.normalised === implied || r.normalised.endsWith(` ${implied}`))) {
    // As the mark after the name wrote it (`X (S), tjg ers`); as the label wrote it when the label is a form of that
    // role (`Justerande`), else in its usual form; one person's seat in the singular, where the label names all seats.
    const written =
      (SEAT_MARKED.has(e.capacity) && e.mark) || (label && writesRole(label, implied, model) && !seatOfPlural(labelWord(label)) ? labelWord(label) : implied);
    roles.push({ role: written, normalised: implied, end: e.end });
  }
  // A body written after the role (`vice ordföranden revisionen`) holds it; not the seat the field implies.
  const heldIn = e.role?.unit && fold(e.role.unit.name) !== fold(body.label) ? e.role.unit : undefined;
  for (const r of roles) {
    // A role that names its body (`landstingsfullmäktiges ordförande` among the styrelse's attendees) is held there.
    const named = heldIn && r.written ? bodyRef(heldIn.name, parent) : namedBody(r.role, body, model.lexicon.data.protocol.bodies, parent);
    if (named) facts.push({ type: "entity", entity: named, evidence: ev(e.start, Math.max(e.end, r.end)), rule: "protocol:role" });
    facts.push({
      type: "relation",
      kind: "holds_role",
      source: person,
      target: named ?? body,
      evidence: ev(e.start, Math.max(e.end, r.end)),
      rule: "protocol:role",
      attrs: { role: r.role, roleNormalised: r.normalised },
    });
  }
  return facts;
}

/**
 * The body a role names, when not `body`: in the genitive before it (`landstingsfullmäktiges`, `kommunstyrelsens
 * ordförande`) or after `i` (`förste vice ordförande i utbildningsnämnden`, a guest of the meeting).
 */
function namedBody(role: string, body: EntityRef, bodies: readonly string[], parent?: EntityRef): EntityRef | undefined {
  const word = /^(\p{L}+)\s/u.exec(role)?.[1];
  const held = /\si\s+(\p{L}+)$/u.exec(role)?.[1];
  const name = (word && genitiveBodyName(word, bodies)) || (held && bodies.some((b) => held.endsWith(b)) ? held : undefined);
  return name && fold(name) !== fold(body.label) ? bodyRef(name, parent) : undefined;
}

const labelWord = (label: string) => label.toLowerCase().replace(/[.\s]+$/, "");

/** Whether a field's label is a form of the role its capacity implies (`Justerande` of `justerare`). */
function writesRole(label: string, implied: string | undefined, model: ExtractionModel): boolean {
  const word = labelWord(label);
  return !!implied && (word === implied || !!model.lexicon.role(implied)?.aliases?.includes(word));
}

/** A listed person's party, as the letters after the name say. */
function partyFact(party: NonNullable<ProtocolEntry["party"]>, person: EntityRef, model: ExtractionModel, evidence: Evidence): Fact {
  const label = model.lexicon.party(party.id)?.name ?? party.label;
  return { type: "relation", kind: "member_of", source: person, target: { kind: "party", key: party.id, label }, evidence, rule: "protocol:party" };
}

/** The municipality written after a listed name (`Britta Berg, (s), Arjeplog`), which the member stands for. */
function municipalityFact(municipality: Mention, person: EntityRef, evidence: Evidence): Fact {
  const target = { kind: "municipality" as const, key: municipality.id, label: municipality.label };
  return { type: "relation", kind: "represents", source: person, target, evidence, rule: "protocol:municipality" };
}

/**
 * A date written as eight digits right after the organ's name in a title (a sharing page's `Download "Protokoll fört vid
 * möte med Ekådalens vattennämnd 20120314, Ekgården"`), or its parts spaced alike (`Ekrådet 2012 03 14 Tid och plats`,
 * a PDF's cells), where the head writes no other full date: the meeting's.
 */
function compactDate(text: string, organ: { name: string } | undefined): { iso: string; start: number; end: number } | undefined {
  if (!organ) return undefined;
  const m = new RegExp(`${escapeRegExp(organ.name)}[ \\t]+((?:19|20)\\d\\d)( ?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)`, "u").exec(text.slice(0, 500));
  if (!m) return undefined;
  const length = 8 + 2 * m[2].length;
  const start = m.index + m[0].length - length;
  return { iso: isoDate(Number(m[1]), Number(m[3]), Number(m[4])), start, end: start + length };
}

/**
 * The meeting's date: from `Sammanträdesdatum`, then a date or time field's with its hour, then any, then the top of
 * the text, then the document's.
 */
function meetingDate(
  doc: DocumentRecord,
  header: ProtocolHeader,
  organ?: { name: string },
): { iso: string; start: number; end: number; guessed?: true } | undefined {
  const { text } = doc;
  // The values of the adjustment's and the notice's labels (`Justeringens plats och tid Kommunhuset, Ek och Holm, måndag
  // 7 mars 2011`), up to the next label: their dates are the adjustment's or the posting's, however far after the label.
  const notices = header.labels.flatMap((l, n) => {
    if (!NOTICE_LABEL.test(l.label)) return [];
    const next = header.labels[n + 1];
    return [{ from: l.end, to: Math.min(l.end + 160, next && next.start > l.end ? next.start : Infinity) }];
  });
  // So is the adjustment's date phrase at the top, however long (`Justerat tisdagen den 4 mars beträffande 12, i övrigt
  // tisdagen den 18 mars 2014`): minutes dated by it alone stay undated.
  const adjusted = topAdjustment(text);
  if (adjusted) notices.push(adjusted);
  const full = (from: number, to: number, labelled = false) => {
    const value = text.slice(from, to);
    for (const d of findDates(value)) {
      if (d.year === undefined || d.month === undefined || d.day === undefined) continue;
      if (notices.some((v) => from + d.start >= v.from && from + d.start < v.to)) continue;
      // A labelled date is the meeting's unless a word of the notice stands between the label and it.
      if (NOT_MEETING_DATE.test(text.slice(labelled ? from : Math.max(0, from + d.start - 60), from + d.start))) continue;
      return { iso: isoDate(d.year, d.month, firstDayOf(value, d)), start: from + d.start, end: from + d.end };
    }
    return undefined;
  };
  const after = (labels: Set<string>, reach: number, labelled: boolean) =>
    header.labels.flatMap((l, n) => {
      if (!labels.has(l.label)) return [];
      const next = header.labels[n + 1];
      const to = Math.min(text.length, l.end + reach, next && next.start > l.end + 12 ? next.start : Infinity);
      return full(l.end, to, labelled) ?? [];
    });
  // Of the dates of `Datum` and `Tid`, one with its hour (`Datum 2019-04-09, kl. 13.00`) is the meeting's, not an earlier
  // untimed one (`Datum 2019-04-15`, the notes' writing).
  const timed = after(TIME_LABELS, 160, false);
  return (
    after(DATE_LABELS, 120, true)[0] ??
    timed.find((d) => timedAt(text, d.end)) ??
    timed[0] ??
    (doc.date?.length === 4 ? yearlessTime(text, header, Number(doc.date)) : undefined) ??
    stackedDate(text, header) ??
    full(0, Math.min(text.length, 500)) ??
    compactDate(text, organ) ??
    diaryDatedTime(text, header) ??
    monthDate(text, header) ??
    adjustedMonth(text, header) ??
    protocolYear(text)
  );
}

/**
 * The day and month a `Tid:` gives without a year (`Söndagen den 10 mars, kl. 15.00`) in minutes dated by their title's
 * year alone (`Årsmöte 2019`): that day of that year, as 05-meetings dates them, so both read one meeting.
 */
function yearlessTime(text: string, header: ProtocolHeader, year: number, confirmed = false): { iso: string; start: number; end: number } | undefined {
  for (const l of header.labels) {
    if (!TIME_LABELS.has(l.label)) continue;
    const value = text.slice(l.end, l.end + 160);
    const d = yearlessDay(value, year);
    if (d && (!confirmed || weekdayAgrees(value, d))) return { iso: d.iso, start: l.end + d.start, end: l.end + d.end };
  }
  return undefined;
}

/** A diary number with its year (`LS 9/2012`, `Dnr 2016/14`, `RS 2016-0014`): its letters, then number and year. */
const DIARY_NUMBER =
  /(?<![\p{L}\d])(?:\p{Lu}{1,4}|[Dd]nr)\.?[ \t]+(?:\d{1,5}[ \t]*\/[ \t]*((?:19|20)\d\d)(?![\d/])|((?:19|20)\d\d)[ \t]*[/-][ \t]*\d{1,5}(?![\d/-]))/u;

/**
 * The `Tid:` of minutes dated nowhere else, when it gives the day and month alone (`Tisdagen den 11 december, kl`) and
 * the head's diary number a year (`LS 9/2012`): that day of that year, only if the weekday written is that day's then
 * (the number may be of a case opened an earlier year).
 */
function diaryDatedTime(text: string, header: ProtocolHeader): { iso: string; start: number; end: number } | undefined {
  const top = sharedPageEnd(text);
  const m = DIARY_NUMBER.exec(text.slice(top, top + 400));
  return m ? yearlessTime(text, header, Number(m[1] ?? m[2]), true) : undefined;
}

/** The posting certificate's label of the meeting's date (`Datum för sammanträdet`), wherever the certificate stands. */
const CERTIFIED_DATE = /(?<![\p{L}])datum[ \t]+för[ \t]+sammanträdet[ \t]*:?\s*/iu;

/**
 * The date the posting certificate gives the meeting (`Datum för sammanträdet` ¶ `2015-09-17`): the minutes' own, before
 * a date at their top (a sharing page's title, `2015-09-22, kl. 1 - Ekby kommun`, the adjustment's day).
 */
export function certifiedDate(text: string): { iso: string; start: number; end: number } | undefined {
  const m = CERTIFIED_DATE.exec(text);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const d = findDates(text.slice(from, from + 40))[0];
  if (!d || d.start > 0 || d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return { iso: isoDate(d.year, d.month, d.day), start: from + d.start, end: from + d.end };
}

/**
 * The date of a time's label stacked over the others with theirs (`Plats och tid för sammanträdet Beslutande Övriga
 * deltagare Utses att justera Justeringens plats och tid Stadshuset, Norrby måndagen den 13 mars 2001, kl …`): the first
 * value after the stack is the first label's, though it follows the adjustment's label.
 */
function stackedDate(text: string, header: ProtocolHeader): { iso: string; start: number; end: number } | undefined {
  const { labels } = header;
  const first = labels.findIndex(
    (l, n) => TIME_LABELS.has(l.label) && !!labels[n + 1] && /^[\s:]*(?:\p{Ll}+\s+)*$/u.test(text.slice(l.end, labels[n + 1].start)),
  );
  if (first < 0) return undefined;
  let last = first + 1;
  while (labels[last + 1] && /^[\s:]*$/.test(text.slice(labels[last].end, labels[last + 1].start))) last++;
  const from = labels[last].end;
  // The posting notice's stack (`Datum: Sammanträdesdatum Datum för anslags uppsättande Datum för nedtagande 2015-03-02
  // 2015-03-27`): its first values are the posting's where the meeting's date is left blank.
  if (POSTING_WORD.test(text.slice(labels[first].start, from))) return undefined;
  const next = labels[last + 1];
  const value = text.slice(from, Math.min(text.length, from + 160, next && next.start > from ? next.start : Infinity));
  const d = findDates(value)[0];
  if (!d || d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return { iso: isoDate(d.year, d.month, firstDayOf(value, d)), start: from + d.start, end: from + d.end };
}

/** A protocol's number with or without its year (`Sammanträdesprotokoll 3/`, `Protokoll nr 4/2019`, `protokoll 3/2020`). */
const PROTOCOL_NUMBER = /(?<![\p{L}])\p{L}*protokoll(?:[ \t]+nr\.?)?[ \t]*(\d{1,3})[ \t]*\/[ \t]*((?:19|20)\d\d)?(?!\d)/giu;

/**
 * The year of minutes dated by nothing else, from their protocol's number in the head (`Protokoll nr 4/2019`), or
 * where the head gives the number alone (`Sammanträdesprotokoll 3/`, the year lost in flattening) from the same number
 * with its year further on (`Justering av protokoll 3/2020`); another number's year is another protocol's.
 */
function protocolYear(text: string): { iso: string; start: number; end: number } | undefined {
  const head = sharedPageEnd(text) + 600;
  const numbers = [...text.slice(0, 20000).matchAll(PROTOCOL_NUMBER)];
  const title = numbers.find((m) => m.index < head);
  if (!title) return undefined;
  const dated = title[2] ? title : numbers.find((m) => m.index > title.index && m[1] === title[1] && m[2]);
  if (!dated) return undefined;
  const start = dated.index + dated[0].length - 4;
  return { iso: dated[2], start, end: start + 4 };
}

/** The adjustment's date in the title (`PROTOKOLL Landstingsfullmäktige Justerat onsdagen den 17 december 2008`). */
const ADJUSTED_ON = /(?<![\p{L}])Justerat[ \t]+(?:(?:mån|tis|ons|tors|fre|lör|sön)dagen[ \t]+)?(?:den[ \t]+)?/u;

/**
 * The adjustment's date phrase in the title's line (`Justerat tisdagen den 4 mars beträffande 12, i övrigt tisdagen den
 * 18 mars 2014`), from `Justerat` to the first capitalised word (the signers' names), and where its value starts.
 */
function topAdjustment(text: string): { from: number; to: number; value: number } | undefined {
  // A document-sharing page's PDF text opens after its title line.
  const top = sharedPageEnd(text);
  const at = ADJUSTED_ON.exec(text.slice(top, top + TOP_LINE));
  if (!at) return undefined;
  const value = top + at.index + at[0].length;
  return { from: top + at.index, to: value + /^[^\p{Lu}\n]*/u.exec(text.slice(value, value + 160))![0].length, value };
}

/** The adjustment's labels (`Justeringens plats och tid`), of NOTICE_LABEL's. */
const ADJUSTED_FIELD = /^(?:justeringens|plats\/tid för justering|justeringen)/;

/**
 * The meeting's month where the minutes give only the day they were adjusted on, in their title or in the adjustment's
 * field (`Justeringens plats och tid Kommunhuset, 2015-03-24 kl. 10.00`, the meeting's own date lost): minutes are
 * adjusted within fourteen days of the meeting (Kommunallagen 5:69), so a day after the 14th falls in the meeting's month.
 * The field's month is `guessed`: the title still names the sitting's place or day, as an undated meeting's does.
 */
function adjustedMonth(text: string, header: ProtocolHeader): { iso: string; start: number; end: number; guessed?: true } | undefined {
  const adjusted = topAdjustment(text);
  const n = adjusted ? -1 : header.labels.findIndex((l) => ADJUSTED_FIELD.test(l.label));
  const field = n >= 0 ? header.labels[n] : undefined;
  const next = header.labels[n + 1];
  const from = adjusted?.value ?? field?.end;
  if (from === undefined) return undefined;
  // The title's date opens its phrase; the field's follows its place, up to the next label.
  const to = adjusted ? from + 30 : Math.min(from + 160, next && next.start > from ? next.start : Infinity);
  const d = findDates(text.slice(from, to))[0];
  if (!d || (adjusted && d.start !== 0) || d.year === undefined || d.month === undefined || d.day === undefined || d.day <= 14) return undefined;
  return { iso: isoDate(d.year, d.month), start: from + d.start, end: from + d.end, ...(adjusted ? {} : { guessed: true }) };
}

/**
 * The date with its hour in a header's field of the meeting's date or time (`Tid: 9 april 2019 kl. 13.00`, `Datum
 * 2019-04-09, kl. 13.00`): the meeting's, where the document's date may be a letter's or a month only.
 */
export function timedFieldDate(fields: readonly HeaderField[]): string | undefined {
  for (const f of fields) {
    if (!DATE_LABELS.has(f.name) && !TIME_LABELS.has(f.name)) continue;
    const d = findDates(f.value).find((d) => d.year !== undefined && d.month !== undefined && d.day !== undefined && timedAt(f.value, d.end));
    if (d) return isoDate(d.year!, d.month, firstDayOf(f.value, d));
  }
  return undefined;
}

/** A month and its year (`augusti 2004`), or a month before its weekday (`Augusti Söndag`, the day lost). */
const MONTH_VALUE = /(?<![\p{L}-])(\p{L}{3,9})\.?[ \t,]+(?:((?:19|20)\d\d)(?!\d)|(\p{L}+dag)(?![\p{L}]))/gu;
/**
 * A title's year: after its number (`Protokoll nr 6-2004`, `Nr 4/2004`), or a year alone as the title's last word (at
 * the line's end or a quotation's, `Protokoll Cykelsektionen 2011"`). Not any year before the label (`bildad 1998`,
 * `föregående möte 2010 Datum:`, `Verksamhetsplan 2011-2013 Datum:`).
 */
const TITLE_YEAR = /(?<![\p{L}])nr\.?[ \t]*\d{1,3}[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?!\d)|(?<=[ \t])((?:19|20)\d\d)(?=[ \t]*(?:["”]|\n))/giu;

/**
 * Where the date's or time's label gives no day, its month: with the year after it, or with the title's year before
 * the label (TITLE_YEAR: `Protokoll Sektionen Nr 6-2004 … Datum: Augusti Söndag`), a month's date.
 */
function monthDate(text: string, header: ProtocolHeader): { iso: string; start: number; end: number } | undefined {
  for (const l of header.labels) {
    if (!DATE_LABELS.has(l.label) && !TIME_LABELS.has(l.label)) continue;
    // Nor a month a notice's word stands before (`Sammanträdesdatum Anslaget sätts upp 27 mars 2015`, the date's value lost).
    const m = [...text.slice(l.end, l.end + 120).matchAll(MONTH_VALUE)].find(
      (v) => monthNumber(v[1]) && (!v[3] || isWeekday(v[3])) && !NOT_MEETING_DATE.test(text.slice(l.end, l.end + v.index)),
    );
    const month = m && monthNumber(m[1]);
    if (!m || !month) continue;
    const title = [...text.slice(Math.max(0, l.start - 300), l.start).matchAll(TITLE_YEAR)].pop();
    const year = m[2] ?? title?.[1] ?? title?.[2];
    const start = l.end + m.index;
    if (year) return { iso: isoDate(Number(year), month), start, end: start + m[1].length };
  }
  return undefined;
}

const ADJUSTMENT_LABEL = /^(?:justering|justerande|justerare|justeringens)$/;

/** A time that opens a value (`17:30, `, `kl. 9.00–12.00 `). */
const LEADING_TIME = /^[\s:.]*(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2})?[\s,]*/;

/** A room's field with its colon (`Lokal: Rådhussalen`); the word alone is a noun of the items (`lokal för verksamheten`). */
const ROOM_FIELD = /(?<![\p{L}])Lokal:[ \t]*/u;

/** The place: the value of `Plats och tid` (or `Plats`, `Lokal:`) up to its time. */
function meetingPlace(text: string, header: ProtocolHeader): { text: string } | undefined {
  for (const [n, l] of header.labels.entries()) {
    if (!PLACE_LABELS.has(l.label)) continue;
    // The place of the adjustment (`Justering Justerande Plats och tid`) is not the meeting's.
    const before = header.labels[n - 1];
    if (before && ADJUSTMENT_LABEL.test(before.label) && l.start - before.end <= 2) continue;
    const next = header.labels[n + 1];
    let raw = text.slice(l.end, Math.min(text.length, l.end + 160, next && next.start > l.end ? next.start : Infinity)).replace(/^[\s:.]+/, "");
    // Labels stacked before their values (`Plats och tid Beslutande 17:30, Lilla salen Eva Ek, …`): the first value, after
    // the next label, up to the first name listed, is the place's, its time before it.
    if (!raw && next) {
      const listed = header.entries.find((e) => e.start > next.end)?.start ?? Infinity;
      raw = text.slice(next.end, Math.min(text.length, next.end + 160, listed)).replace(LEADING_TIME, "");
    }
    const place = placeValue(raw);
    if (place) return place;
  }
  // A room's field that is no label of the header (`Sammanträdestid: kl 18.00 Lokal: Rådhussalen Beslutande …`), up to
  // the next label.
  const room = ROOM_FIELD.exec(text.slice(0, header.end));
  if (!room) return undefined;
  const from = room.index + room[0].length;
  const next = header.labels.find((l) => l.start >= from)?.start ?? Infinity;
  return placeValue(text.slice(from, Math.min(text.length, from + 160, next)));
}

/**
 * A column's heading a flattened header prints after the place (`Lindrummet, stadshuset, ande närvarande Ej
 * tjänstgörande ersättare`, the cut `Beslutande`): the place ends before it. One right after the place's label
 * (`Plats och tid Närvarande Ledamöter …`) leaves no place.
 */
const COLUMN_HEADING =
  /(?:^|[\s,]+)(?:\p{L}*ande[ \t]+närvarande|[Bb]eslutande|[Nn]ärvarande|[Ee]j[ \t]+tjänstgörande|[Öö]vriga[ \t]+närvarande)(?![\p{L}]).*$/u;

/** A place's value up to its line's end, its weekday or time, or a column's heading. */
function placeValue(raw: string): { text: string } | undefined {
  const place = raw
    .split("\n")[0]
    .replace(COLUMN_HEADING, "")
    .replace(WEEKDAY_OR_TIME, "")
    .replace(/[\s,.]+$/, "");
  return place.length >= 3 && /\p{Lu}/u.test(place[0]) ? { text: place } : undefined;
}

const municipalityIndexes = new WeakMap<object, Map<string, { key: string; label: string }>>();

/** Municipalities by folded name. */
function municipalityIndex(list: readonly { name: string }[]): Map<string, { key: string; label: string }> {
  let index = municipalityIndexes.get(list);
  if (!index) {
    index = new Map(list.map((m) => [fold(m.name), { key: slugify(m.name), label: m.name }]));
    municipalityIndexes.set(list, index);
  }
  return index;
}

/** The municipality a word names, as written or in the genitive (`Vallbys`). */
function municipalityNamed(index: Map<string, { key: string; label: string }>, word: string): { key: string; label: string } | undefined {
  const folded = fold(word);
  return index.get(folded) ?? (folded.endsWith("s") ? index.get(folded.slice(0, -1)) : undefined);
}
