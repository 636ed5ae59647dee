/**
 * Extraction context
 * ==================
 *
 * What every step of extraction shares: the compiled model, and how a fact quotes its evidence and names the
 * entities it is about. A module of its own, so steps and the pipeline that runs them do not import each other.
 */
import type { Lexicon } from "../lexicon/lexicon";
import type { DocumentRecord, Evidence } from "../types";
import { nameKey, slugify } from "../text/fold";
import { foldHash } from "../text/hash";
import { pageAt } from "../read/pages";
import { findDates, isBareDate } from "../read/dates";
import { headerFields, sharedPageEnd } from "../read/genre";
import { statedDocumentDate } from "../read/read-document";
import { nodeId } from "../graph/node-id";
import type { Target } from "./03-appositions";
import type { EntityRef, Fact } from "./types";

export interface ExtractionModel {
  lexicon: Lexicon;
  roleSuffixes: readonly string[];
  partyByAbbreviation: Map<string, string>;
}

/** The evidence of a fact: the document and the exact characters that state it. */
export function evidenceOf(doc: DocumentRecord, start: number, end: number): Evidence {
  const evidence: Evidence = { doc: doc.id, start, end, quote: doc.text.slice(start, end) };
  if (doc.pages) {
    const page = pageAt(doc.pages, start);
    evidence.page = page;
    if (doc.ocrPages?.includes(page)) evidence.ocr = true;
  }
  return evidence;
}

/** Reference to a lexicon entity or a new body/organisation. */
export function targetRef(target: Target, model: ExtractionModel): EntityRef {
  if (target.isNew) return bodyRef(target.label, target.partOf ? targetRef(target.partOf, model) : undefined);
  return { kind: target.kind, key: target.id, label: target.label };
}

/** What a page is (`Pressinbjudan: Regiondagen 2023`), no part of the name of the event it tells of. */
export const INVITATION = /^(?:Pressinbjudan|Inbjudan)\s*:\s*/i;

/** A meeting's label: its date first, then its title (`2021-03-16 Kommunstyrelsen, Ockelbo`); its title alone undated. */
const meetingLabel = (title: string, date: string | undefined): string => (date ? `${date} ${title}` : title);

/**
 * A meeting as most rules name it: `meeting:<slug of title>-<date>`, labelled `<date> <title>`. Minutes with no date
 * are their document's meeting (keyed by a digest of its id): two undated minutes of one board are two meetings, not
 * one with both chairs; an undated event named alike (`Regiondagen`) is one.
 */
export function meetingRef(title: string, date: string | undefined, attrs: { type: string; doc: string; place?: string }): EntityRef {
  const { place, ...rest } = attrs;
  const at = date ? `-${date}` : attrs.type === "minutes" ? `-doc-${foldHash(attrs.doc).toString(36)}` : "";
  return {
    kind: "meeting",
    key: `${slugify(title)}${at}`,
    label: meetingLabel(title, date),
    attrs: { title, date, ...rest, ...(place ? { place } : {}) },
  };
}

/**
 * The name of the body a word names in the genitive (`Bildningsutskottets` → `Bildningsutskottet`,
 * `landstingsfullmäktiges`), by the lexicon's body nouns (`data/protocol.json`); not an office (`kommunalrådets`).
 */
export function genitiveBodyName(word: string, bodies: readonly string[]): string | undefined {
  const owner = /^(\p{L}+)s$/u.exec(word)?.[1];
  const lower = owner?.toLowerCase();
  if (!owner || !bodies.some((b) => lower!.endsWith(b)) || /(?:kommunal|region|landstings|stats)rådet$/.test(lower!)) return undefined;
  return owner[0].toUpperCase() + owner.slice(1);
}

/** The body a role's name holds, in the genitive (`kommunstyrelsens ordförande`: `Kommunstyrelsen`), if any. */
export function bodyOfRole(normalised: string | undefined, bodies: readonly string[]): string | undefined {
  const [owner, ...seat] = (normalised ?? "").split(" ");
  return seat.length > 0 ? genitiveBodyName(owner!, bodies) : undefined;
}

/**
 * A body that meets (`Kommunfullmäktige`), keyed by its name and the municipality, region or association it is part of.
 * Its label opens with a capital, as a body's name does, also where prose names it in lower case (`i regionstyrelsen`).
 * A body named by its generic noun alone (`Arbetsgruppen` a board's minutes set out) is keyed also `within` its
 * document and item, kept where it follows its parent to another key.
 */
export function bodyRef(name: string, parent?: EntityRef, within?: string): EntityRef {
  return {
    kind: "organisation",
    key: `${nameKey(name)}${parent ? ` ${parent.key}` : ""}${within ? ` ${within}` : ""}`,
    label: name.charAt(0).toUpperCase() + name.slice(1),
    attrs: { type: "body", ...(parent ? { partOf: nodeId(parent) } : {}), ...(within ? { within } : {}) },
  };
}

/** A title that names the document, not its meeting: a genre word alone or with a meeting's generic noun
 * (`Mötesprotokoll`, `Sammanträdesprotokoll 1 (47)`), with the page's number; not one that names the kind of meeting
 * (`Årsmötesprotokoll`) or the body (`Styrelseprotokoll`). */
export const GENRE_TITLE = /^(?:(?:mötes|sammanträdes)?protokoll|minnesanteckningar|anteckningar)(?:\s+\d+\s*\(\d+\))?$/iu;
/** A meeting's noun (`styrelsemöte`, `årsmötet`, `sammanträdet`), the last part of a word. */
const MEETING_NOUN = /(?<![\p{L}])(\p{L}*(?:möte|sammanträde|stämma))(?:t|n)?(?![\p{L}])/iu;
/** The minutes' own words for the meeting (`SIKO protokoll från styrelsemöte 17 september`, `Protokoll fört vid
 * styrelsemöte nr 3 tisdagen …`), with the capitalised name of whose minutes they are before them and the meeting's
 * number after. */
const MINUTES_OF_MEETING =
  /(?:(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}) )?[Pp]rotokoll (?:fört )?(?:från|vid) (\p{Ll}*(?:möte|sammanträde|stämma))t?(?![\p{L}])(?: (nr\.? ?\d{1,3})(?![\d]))?/u;
/** An association's abbreviation in the genitive (`BHF:s standar`): three capitals or more, never party letters (`S:s`). */
const GENITIVE_ABBREVIATION = /(?<![\p{L}\d])(\p{Lu}{3,6}):s(?![\p{L}])/u;
/** How far into minutes an association's abbreviation may name them. */
const ABBREVIATION_REACH = 6000;
/** How far minutes' head reaches for the words that name their meeting. */
const MEETING_HEAD = 600;
/** Where minutes' heading lines end: at a field's label (`Plats:`) or a paragraph's mark. */
const HEADING_END = /\n[ \t]*(?:\p{L}[\p{L} .-]{0,30}:|§)/u;

/** A document site's title cut from the PDF's words: an ellipsis, a party's tag, a signer's word. */
const FILE_SNIPPET = /\.\.\.|…|\(\p{Lu}{1,3}\)|(?<![\p{L}])(?:Justerare|Sekreterare)(?![\p{L}])/u;
/** A document site's title that is the names of a list, each with its party's letters in either case (`Eva Ek (m) Per
 * Holm (fp)`): no meeting's. */
const NAME_LIST = /^(?:\p{Lu}[\p{L}-]+(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}-]+){1,3} \(\p{L}{1,3}\)\s*){2,}$/u;
/** The genre word a PDF's text opens with, after its page number (`1 PROTOKOLL 1 (20)`, `SAMMANTRÄDESPROTOKOLL`). */
const GENRE_HEADING = /^\s*(?:\d{1,3}\s+)?((?:sammanträdes|mötes)?protokoll|minnesanteckningar)(?![\p{L}])/iu;
/** A title that is a notice of adjustment's (`ANSLAG/BEVIS 2020-03-02 2020-03-20. Kulturförvaltningen`): no meeting's. */
const NOTICE_TITLE = /^(?:anslag\/bevis|anslagsbevis|bevis\s+om)(?![\p{L}])/iu;
/** Three or more single letters set apart by single spaces (`S a m m a n t r ä d e`), a word spelt out. */
const LETTER_SPACED = /(?<![\p{L}-])[\p{L}-](?: [\p{L}-]){2,}(?![\p{L}-])/gu;

/** A title with its letter-spaced runs read as words (`S a m m a n t r ä d e m e d k u l t u r - o c h …` →
 * `Sammanträde med kultur- och …`): the spacing does not tell words apart, so a run is one word but for the `med` after
 * a meeting's noun and the `och` after a first part. */
function unspaced(title: string): string {
  return title.replace(LETTER_SPACED, (run) =>
    run
      .replace(/ /g, "")
      .replace(/(sammanträde|möte)med(?=\p{L})/giu, "$1 med ")
      .replace(/-och(?=\p{L})/gu, "- och "),
  );
}

/**
 * The line that titles bodiless minutes' meeting: the document's title where it names one; where it names the
 * document instead (a genre word, `Mötesprotokoll`), a file (a document site's title, `Summa restid …`) or is a
 * sentence (a portal page's first bullet, `X, ordförande, hälsar välkommen och öppnar mötet.`), the words of the head
 * that name the meeting (`X protokoll från styrelsemöte 17 september`), a meeting's heading under a genre word or a
 * sentence (`Mötesprotokoll` / `Styrelsemöte`), else the meeting a sentence names (`… öppnar sammanträdet.`).
 */
export function minutesMeetingLine(doc: DocumentRecord): string {
  const shared = sharedPageEnd(doc.text);
  // A document site titles a PDF by its letter-spaced heading (`S a m m a n t r ä d e m e d k u l t u r - o c h …`),
  // whose words are read as one.
  const title = shared ? unspaced(doc.title ?? "") : (doc.title ?? "");
  // A title that is the notice of adjustment's names a sitting, not which.
  if (NOTICE_TITLE.test(title)) return "Sammanträde";
  // Or by a snippet of its words (`... Eva Ek (S) ... ANSLAG/BEVIS …`), which names no meeting: the PDF's own
  // heading does, the genre word it opens with (`PROTOKOLL 1 (20)` → `Protokoll`).
  const names = NAME_LIST.test(title);
  if (shared && (names || FILE_SNIPPET.test(title))) {
    const heading = GENRE_HEADING.exec(doc.text.slice(shared, shared + 80))?.[1];
    if (heading) return heading[0] + heading.slice(1).toLowerCase();
  }
  // A list of names titles no meeting whatever follows: a sitting, named by where it met as undated ones are.
  if (names) return "Sammanträde";
  const genre = GENRE_TITLE.exec(title);
  const sentence = doc.text[titleSpan(doc)[1]] === ".";
  // A title that names no meeting is a name (`Kommunstyrelsen`, `PRO Ekby`) but on a document site, where it is the file's.
  if (!genre && !sentence && (MEETING_NOUN.test(title) || !shared)) return title;
  const head = doc.text.slice(shared, shared + MEETING_HEAD);
  const phrase = MINUTES_OF_MEETING.exec(head);
  if (phrase) {
    // Whose minutes, else the association the text names by its abbreviation (`BHF:s`), if no party's letters (`(BHF)`).
    // Within the minutes' first pages, not any body's genitive far into the items.
    const near = phrase[1] ? "" : doc.text.slice(0, ABBREVIATION_REACH);
    const abbreviation = GENITIVE_ABBREVIATION.exec(near)?.[1];
    const owner = phrase[1] ?? (abbreviation && !near.includes(`(${abbreviation})`) ? abbreviation : undefined);
    const noun = [phrase[2], phrase[3]].filter(Boolean).join(" ");
    const named = owner ? `${owner} ${noun.toLowerCase()}` : noun[0].toUpperCase() + noun.slice(1);
    // Its day with no year right after (`styrelsemöte 17 september`) tells undated minutes apart, as a body's title does.
    const after = head.slice(phrase.index + phrase[0].length, phrase.index + phrase[0].length + 40);
    const day = findDates(after).find((d) => d.day !== undefined && d.month !== undefined && d.year === undefined && isBareDate(after.slice(0, d.start)));
    return day ? `${named} (${after.slice(day.start, day.end)})` : named;
  }
  // A heading only under a title that names nobody's meeting: not under an association's name (`PRO Ekby` / `Årsmöte`).
  const end = HEADING_END.exec(head)?.index ?? head.length;
  for (const line of genre || sentence ? head.slice(0, end).split("\n") : []) {
    const noun = MEETING_NOUN.exec(line);
    // The noun, one word before it (`Extra styrelsemöte`) and a date.
    if (noun && /^\s*\p{Lu}/u.test(line) && isBareDate(line.replace(noun[0], "").replace(/^\s*\p{Lu}\p{Ll}+\s/u, ""))) return line.trim();
  }
  const noun = sentence ? MEETING_NOUN.exec(title)?.[1] : undefined;
  return noun ? noun[0].toUpperCase() + noun.slice(1).toLowerCase() : title;
}

/** A place's name as a meeting's title holds it: its first part (`Stadshuset` of `Stadshuset, sal 3`), when short. */
const PLACE_HEAD = /^[^,\n]{3,40}?(?=,|$)/u;

/** The part of a meeting's place that its title names (see `PLACE_HEAD`), or none for a long or empty one. */
export function placeHead(place: string): string | undefined {
  return PLACE_HEAD.exec(place.trim())?.[0].trim() || undefined;
}

/**
 * The meeting of a body on a date, keyed by body, parent and date (the document when undated), so the minutes of a
 * meeting and a report of it are one node. Titled by the body and its parent (`Regionstyrelsen, Region Kronoberg`), and
 * labelled as `meetingRef` labels, date first (`2021-03-16 Regionstyrelsen, Region Kronoberg`): minutes read by field
 * lines and by the inline header reader are named alike.
 */
export function bodyMeetingRef(organ: string, parent: EntityRef | undefined, date: string | undefined, doc: DocumentRecord, place?: string): EntityRef {
  // An undated meeting's title keeps where it sat beside its municipality (`Kommunstyrelsen (Lärksalen), Norrby`), as
  // the minutes give both; its key stays the body's, the parent's and the document's.
  const room = !date && parent && place && !organ.endsWith(")") ? placeHead(place) : undefined;
  const title = [room ? `${organ} (${room})` : organ, parent?.label].filter(Boolean).join(", ");
  return {
    kind: "meeting",
    key: slugify(`${organ} ${parent?.key ?? ""} ${date ?? doc.id}`),
    label: meetingLabel(title, date),
    attrs: { title, date, type: "minutes", doc: doc.id, ...(place ? { place } : {}) },
  };
}

/** A meeting discussed each topic of the lexicon named in `text[from, to)`: one fact per topic, at its first mention. */
export function topicFacts(doc: DocumentRecord, meeting: EntityRef, lexicon: Lexicon, from = 0, to = doc.text.length): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const t of lexicon.findTopics(doc.text, from, to)) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    facts.push({
      type: "relation",
      kind: "discussed",
      source: meeting,
      target: { kind: "topic", key: t.id, label: t.label },
      evidence: evidenceOf(doc, t.start, t.end),
      rule: "topic-lexicon",
    });
  }
  return facts;
}

/**
 * Where a document's title is written: itself, or the lines it was made of (`PROTOKOLL, Kommunstyrelsen i Ockelbo`
 * from two lines), from the first part to the last; else (a title from metadata) the first line; none without a title.
 */
export function titleSpan({ text, title }: DocumentRecord): [number, number] {
  if (title === undefined) return [0, 0];
  const at = text.indexOf(title);
  if (at >= 0) return [at, at + title.length];
  const parts = title.split(", ");
  const first = text.indexOf(parts[0]);
  const last = first < 0 ? -1 : text.indexOf(parts[parts.length - 1], first + parts[0].length);
  if (last >= 0) return [first, last + parts[parts.length - 1].length];
  const line = text.search(/\S/);
  const end = text.indexOf("\n", Math.max(0, line));
  return [Math.max(0, line), end < 0 ? text.length : end];
}

/**
 * True when the document's day is certain: stated by an e-mail's `Skickat:`/`Date:` header, a page's stamp or date
 * line or its title (`statedDocumentDate`), not guessed from the dates the text mentions.
 */
export function writtenOn(doc: DocumentRecord): boolean {
  return doc.date?.length === 10 && statedDocumentDate(doc.text, doc.genre, headerFields(doc.text), doc.title) === doc.date;
}
