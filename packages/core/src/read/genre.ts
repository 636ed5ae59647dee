/**
 * Genre
 * =====
 *
 * Recognises the genre of a document from its text, by rules over its header lines: e-mails by their
 * `Från/Skickat/Till/Ämne` (or `From/Sent/To/Subject`) block, minutes by their protocol fields, newsletters by the
 * furniture of a mailing (`Läs mer`, `kalendarium`, `nyhetsbrev`). Never by file name.
 */
import { foldHash, HASH_MASK, HASH_PRIME, HASH_START, hashBitmap, inHashBitmap } from "../text/hash";
import { type Cues, scanCues } from "../text/cues";
import type { Genre } from "../types";
import { DEFAULT_LEXICON_DATA } from "../lexicon/default-lexicon";
import { escapeRegExp } from "../text/regexp";

/** A `Field: value` or `Field<TAB>value` header line, with Markdown bold allowed around the field name. */
export interface HeaderField {
  name: string;
  value: string;
  /** Offsets of the value in the document text. */
  start: number;
  end: number;
  /** The line's number in the text, from 0 (blank lines counted). */
  line: number;
}

/** Header fields of an e-mail, Swedish and English. */
export const EMAIL_FIELDS = new Set(["från", "from", "skickat", "sent", "datum", "date", "till", "to", "kopia", "cc", "ämne", "subject"]);
const PROTOCOL = DEFAULT_LEXICON_DATA.protocol;
const MINUTES_PEOPLE = new Set(
  Object.entries(PROTOCOL.peopleFields)
    .filter(([f, c]) => c !== "sender" && c !== "recipient" && f !== "deltagare" && f !== "deltagande")
    .map(([f]) => f),
);
const MINUTES_FIELDS = new Set([...PROTOCOL.minutesFields, ...MINUTES_PEOPLE]);
// A protocol flattened from PDF has its fields inline (`Plats och tid ... Beslutande ... Utses att justera`): three
// different protocol words among the first characters tell it as surely as three field lines do. The words are
// found by their hashes, like the function words below, and only in texts where the one cue scan saw one of them.
const PROTOCOL_WINDOW = 2000;
const PROTOCOL_WORDS = new Map(PROTOCOL.cues.map((word) => [foldHash(word), word] as const));
const PROTOCOL_BITS = hashBitmap(PROTOCOL_WORDS.keys(), 12);
const PROTOCOL_LONGEST = Math.max(...PROTOCOL.cues.map((w) => w.length));
const PROTOCOL_SHORTEST = Math.min(...PROTOCOL.cues.map((w) => w.length));

// A word of the header is a label: capitalised or opening its line (`Beslutande`, `Tjänstgörande ersättare`, `1 PROTOKOLL`).
// The same word in lower case within a line is prose's (`val av ledamöter och ersättare`, `Kallelser och protokoll
// finns …`): a press page about a sitting may hold three such words, so three tell minutes only with a label among them
// or with a fourth (minutes written as prose: `utsågs till mötesordförande`, `godkändes dagordningen`).
const PROTOCOL_WORDS_NEEDED = 3;
const PROSE_WORDS_NEEDED = 4;

/** Whether the word at `start` is capitalised or opens its line (after blanks and a bullet). */
function isLabel(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (WORD_LETTER[c] !== c) return true;
  let i = start - 1;
  while (i >= 0 && " \t*•-".includes(text[i])) i--;
  return i < 0 || text[i] === "\n";
}

/** Whether three different protocol cue words, one a label (see isLabel), or four stand in the first characters of a text. */
function looksLikeProtocol(text: string): boolean {
  const seen = new Set<string>();
  let labelled = false;
  const end = Math.min(text.length, PROTOCOL_WINDOW);
  for (let i = 0; i < end;) {
    let c = text.charCodeAt(i);
    if (c > 255 || WORD_LETTER[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && (c = text.charCodeAt(i)) < 256 && WORD_LETTER[c] !== 0) i++;
    // Most words are shorter or longer than every cue word: only the others are hashed.
    if (i - start < PROTOCOL_SHORTEST || i - start > PROTOCOL_LONGEST) continue;
    let h = HASH_START;
    for (let k = start; k < i; k++) h = Math.imul(h ^ WORD_LETTER[text.charCodeAt(k)], HASH_PRIME);
    const word = inHashBitmap(PROTOCOL_BITS, h & HASH_MASK) ? PROTOCOL_WORDS.get(h & HASH_MASK) : undefined;
    if (!word || !spells(text, start, i, word)) continue;
    seen.add(word);
    labelled ||= isLabel(text, start);
    if (seen.size >= (labelled ? PROTOCOL_WORDS_NEEDED : PROSE_WORDS_NEEDED)) return true;
  }
  return false;
}

// Notes of a council flattened from PDF may have no genre word and put their fields inline (`… 2024-03-05 Plats och
// tid: Stadshuset Närvarande: Ledamöter …`): a label of where and when and one of who attended, each capitalised and
// before a colon, tell minutes as two field lines do. An event's announcement has the first but lists no attendance.
// Flattened with no colons (`Plats och tid Båthuset … kl Närvarande Övriga Anna Berg, SN, ordförande …`), the label of
// who attended is told by the listed person after it, name and comma, and the label of where and when by being longer
// than a word that opens sentences and headings too (`Tid`, `Plats`, `Datum`).
/** The kinds of a field that lists who attended or was away (not one person's: a chair, a secretary). */
export const ATTENDANCE_KINDS: ReadonlySet<string> = new Set(["member", "substitute", "nonserving", "other", "staff", "absent"]);
const inlineLabels = (labels: Iterable<string>) =>
  String.raw`(?<![\p{L}])(?:${[...labels]
    .sort((a, b) => b.length - a.length)
    .flatMap((l) => [l[0].toUpperCase() + l.slice(1), l.toUpperCase()])
    .map(escapeRegExp)
    .join("|")})`;
const LISTED_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*,`;
const INLINE_WHEN = new RegExp(
  String.raw`${inlineLabels(PROTOCOL.minutesFields)}[ \t]*:|${inlineLabels(PROTOCOL.minutesFields.filter((f) => f.length > 5))}[ \t]+[\p{Lu}\d]`,
  "u",
);
const INLINE_WHO = new RegExp(
  String.raw`${inlineLabels([...MINUTES_PEOPLE].filter((f) => ATTENDANCE_KINDS.has(PROTOCOL.peopleFields[f])))}(?:[ \t]*:|[ \t]+${LISTED_NAME})`,
  "u",
);

/** Whether the first characters of a text hold a field of the meeting's place or time and one of who attended, inline. */
function inlineFields(text: string): boolean {
  const head = text.slice(0, PROTOCOL_WINDOW);
  return INLINE_WHEN.test(head) && INLINE_WHO.test(head);
}

// Minutes copied with every field label lost (`Rådhussalen, kl. 18.30 Anna Berg (m) Per Holm (s) … Tjänstgörande
// ersättare Bo Ek (m) …`) keep their roll: a long run of names, each with its party's letters and the next name right
// after it, no comma nor `och` between, as only a header lists them. With a capitalised label of who attended before a
// name of it, or items labelled by the body's short form opening their lines (`Kf 42 Dnr …`), they are minutes. A press
// page lists an election's names in a sentence (`A (M), B (C) och D (S)`), and a label there has no roll after it.
const ROLL_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*`;
const ROLL_ENTRY = new RegExp(String.raw`${ROLL_NAME}[ \t]+\(\p{L}{1,3}\)(?=[ \t]+\p{Lu})`, "gu");
const ROLL_LENGTH = 8;
const ROLL_LABEL = new RegExp(
  String.raw`${inlineLabels([...MINUTES_PEOPLE].filter((f) => ATTENDANCE_KINDS.has(PROTOCOL.peopleFields[f])))}[ \t]+${ROLL_NAME}[ \t]+\(\p{L}{1,3}\)`,
  "u",
);
const ITEM_LABEL = /^[ \t]*K[fFsS][ \t]+\d{1,3}[ \t]/gm;
// A sharing site's copy may open on the sitting's roll alone, with its officers marked (`Eva Ek (M) ordf Per Holm (C)
// vice ordf Kim Ahl (M) …`), and give its title further down (`PROTOKOLL Kommunstyrelsen`): a first line of four names
// with their parties, one marked so, and that title tell minutes however short the roll. A press page opens on a
// headline or a sentence, and names an officer in it (`Eva Ek (M), ordförande i …`).
const MARKED_ROLL_ENTRIES = 4;
const ROLL_PARTY = new RegExp(String.raw`${ROLL_NAME}[ \t]+\(\p{L}{1,3}\)`, "gu");
const ROLL_OFFICER = new RegExp(String.raw`\(\p{L}{1,3}\)[ \t]+(?:vice[ \t]+)?ordf\.?[ \t]+${ROLL_NAME}[ \t]+\(`, "u");
const PROTOCOL_TITLE = /^[ \t]*(?:SAMMANTRÄDES|MÖTES)?PROTOKOLL[ \t]+\p{Lu}\p{Ll}+/mu;

/** Whether a text's first line is a roll with its officers marked and a minutes title follows (see ROLL_OFFICER). */
function markedRoll(wide: string, head: string): boolean {
  const top = head.trimStart();
  const stop = top.indexOf("\n");
  const first = stop === -1 ? top : top.slice(0, stop);
  return ROLL_OFFICER.test(first) && (first.match(ROLL_PARTY)?.length ?? 0) >= MARKED_ROLL_ENTRIES && PROTOCOL_TITLE.test(wide);
}

/**
 * Whether the first characters of a text hold a roll of names with their parties and a label or items of minutes, or
 * open on a roll with its officers marked before a minutes title.
 */
function labelledRoll(text: string): boolean {
  const wide = text.slice(0, 2 * PROTOCOL_WINDOW);
  const head = wide.slice(0, PROTOCOL_WINDOW);
  if (markedRoll(wide, head)) return true;
  if ((head.match(ROLL_ENTRY)?.length ?? 0) < ROLL_LENGTH) return false;
  return ROLL_LABEL.test(head) || (wide.match(ITEM_LABEL)?.length ?? 0) >= 2;
}

const FIELD_RE = /^[ \t]*(?:\*\*)?([A-Za-zÅÄÖåäöÉé][A-Za-zÅÄÖåäöÉé .-]{0,40}?)(?::\*\*|\*\*:|:|\t)[ \t]*(.*)$/;

/**
 * The `Field: value` lines among the first `maxLines` lines of a text that are not blank: a web copy that puts a blank
 * line after every line (a paragraph each) has its header as far down in lines as one that does not.
 */
export function headerFields(text: string, maxLines = 60): HeaderField[] {
  const fields: HeaderField[] = [];
  let offset = 0;
  for (let i = 0, read = 0; read < maxLines && offset <= text.length; i++) {
    const stop = text.indexOf("\n", offset);
    const line = text.slice(offset, stop === -1 ? text.length : stop);
    if (line.trim() !== "") read++;
    const match = FIELD_RE.exec(line);
    if (match) {
      const rawValue = match[2];
      const valueStart = offset + line.length - rawValue.length;
      const value = rawValue.replace(/\s+$/, "");
      fields.push({ name: match[1].trim().toLowerCase(), value, start: valueStart, end: valueStart + value.length, line: i });
    }
    offset += line.length + 1;
  }
  return fields;
}

// Notes of a network meeting often have no field colons and no §: a title that says minutes at the start and a line that
// lists who took part tell it (`Minnesanteckningar ... \nNärvarande\nAnna Berg, Alby`). A newsletter that reports on
// a meeting names it in a sentence, so the title word stands early in one of the first lines, before any full stop.
const MINUTES_TITLE =
  /^[^\n.!?]{0,60}?(?:^|[\s,:–-])(?:minnesanteckning(?:ar)?|(?:mötes)?anteckningar\s+från|(?:sammanträdes|mötes|styrelse|direktions)?protokoll|styrelsemötet?)\b/imu;
// The list of who took part opens a line (`Närvarande`, `Ledamöter  Närvarande` over a table), or, in notes
// flattened to one line, stands before its first name or a colon (`… kl. 13 Närvarande: Anna Berg, …`). Formal
// minutes flattened (`Beslutande Anna Berg`) are told by their protocol words (looksLikeProtocol), not here. Notes
// written after the meeting may head it in the past tense (`Närvarade och beslutande`).
const TAKING_PART = /^[ \t]*(?:\*\*)?(?:närvarande|närvarade|närvaro|deltagare|beslutande|deltagande|närvarolista|ledamöter)\b/imu;
const TAKING_PART_INLINE = /(?<!\p{L})(?:[Nn]ärvarande|NÄRVARANDE|[Nn]ärvaro|[Dd]eltagare|Övriga deltagande|Övriga deltagare)(?:[ \t]*:|[ \t]+\p{Lu}\p{Ll})/u;
// A page's head flattened from PDF may put a row of logos' names before the title (`Bjurholm Nordmaling … Vännäs
// MINNESANTECKNINGAR 1(8) Regionrådet`): a title word in capitals, before any full stop, is the title's wherever it stands.
const CAPITAL_TITLE = /^[^.!?]{0,160}?(?:^|[\s,:–-])(?:MINNESANTECKNINGAR|SAMMANTRÄDESPROTOKOLL|MÖTESPROTOKOLL|PROTOKOLL)(?![\p{L}])/u;

// A document-sharing site's page of a PDF puts its title, size and download link before the PDF's own text, which
// follows a line `Transkript`: the text's title is looked for after it too.
const TRANSCRIPT = /\n[ \t]*Transkript[ \t]*\n/;

/** Where the PDF's own text starts on a document-sharing site's page (after its `Transkript` line), else 0. */
export function sharedPageEnd(text: string): number {
  const m = TRANSCRIPT.exec(text.slice(0, 600));
  return m ? m.index + m[0].length : 0;
}

// A letter's head may stand before the title (`Vallby kommun Hemsida www.… E-post …` / `Postadress` / `123 45 Vallby` /
// `Telefon 0123-45 00 00` / `Anna Berg, 0123-45 67 89 anna.berg@…` / `MINNESANTECKNINGAR Sida 1(3)`): short lines, and
// lines that give an address, a telephone or a web or e-mail address, however long. After one such line of contact, each
// line of the head, until one that is neither, is tried as the title; without one, the head is no letter's.
const LETTERHEAD_REACH = 1000;
const LETTERHEAD_LINE = 40;
const CONTACT = /[\w.-]@[\w-]+\.\p{L}|www\.|https?:\/\/|(?<!\d)0\d{1,3}-\d{2}[ \d]{3,}|(?<!\d)\d{3} \d{2}[ \t]+\p{Lu}/u;
const titleOpens = (head: string) => MINUTES_TITLE.test(head) || CAPITAL_TITLE.test(head);

/** Whether a minutes title opens the text at `from`, or is a line of its head after a letterhead. */
function opensAsMinutes(text: string, from: number): boolean {
  if (titleOpens(text.slice(from, from + 200))) return true;
  let contact = false;
  for (let at = from, end = Math.min(text.length, from + LETTERHEAD_REACH); at < end;) {
    const nl = text.indexOf("\n", at);
    const stop = nl === -1 ? text.length : nl;
    const line = text.slice(at, stop).trim();
    if (line) {
      if (contact && titleOpens(line)) return true;
      if (CONTACT.test(line)) contact = true;
      else if (line.length > LETTERHEAD_LINE) return false;
    }
    at = stop + 1;
  }
  return false;
}

// Notes or a protocol kept at a meeting on a day or of a year (`Anteckningar förda vid Föreningens höstmöte den 3 maj
// 2012 i …`, `Protokoll fört vid Förbundets ordinarie förbundsmöte 2012`) say what they are and which meeting they are
// of in their title: they need no list of who took part (`Närvarande var 20 personer`, a roll of delegates in prose).
const KEPT_AT =
  /^[ \t]*(?:\d+[ \t]+)?(?:(?:minnes)?anteckningar[ \t]+förda|protokoll[ \t]+fört)[ \t]+vid[ \t]+[^\n.!?]{0,80}?(?:möte|sammanträde|stämma)t?[ \t]+(?:den[ \t]+\d{1,2}[ \t]+\p{L}+[ \t]+)?\d{4}(?!\d)/iu;

// Notes flattened from PDF may list no one at their head but number the meeting's own opening as their first item, a
// capitalised heading mid-line (`MINNESANTECKNINGAR … Plats Stora salen 1 Mötets öppnande Ordföranden …`): a press text
// or newsletter that mentions notes does not number items so.
export const OPENING_ITEM = /(?<![\p{L}\d])(?:§[ \t]*)?\d{1,3}[.:)]?[ \t]+(?:Mötets|Sammanträdets|MÖTETS|SAMMANTRÄDETS)[ \t]+(?:öppnande|ÖPPNANDE)(?!\p{L})/u;

/**
 * Whether a text opens as notes kept at a meeting on a day (KEPT_AT), or as minutes (see MINUTES_TITLE) that list who
 * took part or number the meeting's opening (OPENING_ITEM) in their first characters.
 */
const titledMinutes = (text: string) => {
  const shared = sharedPageEnd(text);
  if (KEPT_AT.test(text.slice(0, 200)) || (shared > 0 && KEPT_AT.test(text.slice(shared, shared + 200)))) return true;
  if (!opensAsMinutes(text, 0) && !(shared > 0 && opensAsMinutes(text, shared))) return false;
  const top = text.slice(0, PROTOCOL_WINDOW);
  return TAKING_PART.test(top) || TAKING_PART_INLINE.test(top) || OPENING_ITEM.test(top);
};

// A meeting's page on a web portal or a report of an association's annual meeting may have no protocol field, no `§`
// line and no minutes title, yet tell a meeting that was held by two of these together (a press page or newsletter
// that reports on a meeting has one at most; a notice of one lists its agenda only): a line that is an agenda item of a
// meeting's own business, the meeting opened by someone (or `förklarades mötet öppnat`), its officers chosen (in an
// association's prose minutes too: `Till att leda dagens förhandlingar valdes X`, `Att justera dagens protokoll valdes
// Y` opening a line), and a meeting that took place with its chair.
const REPORT_WINDOW = 3000;
const MEETING_SIGNS = [
  /^[ \t]*(?:[•*–-][ \t]*)?(?:(?:§[ \t]*)?\d{1,2}[.:)]?[ \t]*)?(?:val av (?:justerare|justeringsm[aä]n|protokollsjusterare|mötesordförande|mötessekreterare)|(?:fastställande|godkännande) av (?:föredragningslista|dagordning)(?:en)?|föregående (?:mötes)?protokoll|(?:mötets|sammanträdets) (?:öppnande|avslutande))[ \t]*$/imu,
  // Not the agenda's `Sammanträdet öppnas`, which a notice has too. The opener may stand between, titled and named
  // (`förklarar förbundsordförande Ada Berg förbundsmötet öppnat`), and the meeting be any body's (`förbundsmötet`).
  /(?<!\p{L})(?:öppna(?:r|de)|förklara(?:r|de))\s+(?:\p{Ll}+\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Ll}*(?:mötet|sammanträdet|stämman)(?!\p{L})|(?<!\p{L})(?:Mötet|Sammanträdet|Årsmötet|Stämman) öppnades(?!\p{L})|(?<!\p{L})förklarades\s+(?:\p{Ll}*mötet|sammanträdet|stämman)\s+öppnat(?!\p{L})/u,
  /(?<!\p{L})[Tt]ill\s+(?:ordförande|sekreterare|justerare)\s+(?:för|vid|på)\s+(?:mötet|årsmötet|stämman|sammanträdet)(?!\p{L})|(?<!\p{L})[Tt]ill\s+(?:mötesordförande|mötessekreterare|justerare|justeringsm[aä]n)(?:\s+och\s+\p{Ll}+)?\s+valdes|valdes\s+till\s+(?:mötesordförande|mötessekreterare|(?:mötets|årsmötets|stämmans)\s+(?:ordförande|sekreterare))|(?<!\p{L})[Tt]ill\s+att\s+leda\s+(?:dagens\s+förhandlingar|\p{Ll}*mötet|stämman)\s+valdes|^[ \t]*Att\s+justera\s+(?:dagens\s+)?protokoll(?:et)?\s+valdes/mu,
  /(?<!\p{L})(?:har ägt rum|ägde rum|hölls|har hållits)(?!\p{L})[^.\n]{0,80}?(?<!\p{L})med\s+(?:mötes)?ordförande\s+\p{Lu}/u,
];

// Every sign but an agenda line holds one of these words, so two different signs need one: a text with none (most
// prose) skips the patterns, which cost 0.28 CPU-s over the benchmark corpus's texts (all read as `text`).
const SIGN_WORD = /öppna|förklara|valdes|ordförande/;

/** Whether the first characters of a text hold two different signs of a meeting that was held (MEETING_SIGNS). */
function reportsMeeting(text: string): boolean {
  const head = text.slice(0, REPORT_WINDOW);
  if (!SIGN_WORD.test(head)) return false;
  let signs = 0;
  for (const sign of MEETING_SIGNS) if (sign.test(head) && ++signs === 2) return true;
  return false;
}

// A meeting's web page may set its fields one label a line and the value under it, with no colon (`Datum` / `Plats` /
// `Kommunhuset`): two such labels of when and where, with the § items of the meeting's business, tell minutes.
const BARE_LABEL = new RegExp(
  String.raw`^[ \t]*(${PROTOCOL.minutesFields
    .map((f) => f[0].toUpperCase() + f.slice(1))
    .map(escapeRegExp)
    .join("|")})[ \t]*$`,
  "gmu",
);

/** How many different minutes fields stand alone on a line among the first characters of a text (see BARE_LABEL). */
function bareLabels(text: string): number {
  return new Set([...text.slice(0, PROTOCOL_WINDOW).matchAll(BARE_LABEL)].map((m) => m[1])).size;
}

/** Recognises the genre of a document. */
export function detectGenre(text: string, fields = headerFields(text), cues: Pick<Cues, "newsletter" | "protocol"> = scanCues(text)): Genre {
  const names = new Set(fields.map((f) => f.name));
  const email = [...names].filter((n) => EMAIL_FIELDS.has(n)).length;
  if (email >= 3 && (names.has("från") || names.has("from"))) return "email";
  // A decision an official took alone under delegation lists `Beslutande` and a date as minutes do, but no meeting was held.
  if (DELEGATED.test(text.slice(0, 200)) && !/(?<![\p{L}])protokoll/iu.test(text.slice(0, 400)) && !names.has("justerare")) return "text";
  const minutes = [...names].filter((n) => MINUTES_FIELDS.has(n)).length;
  // Tid and Plats alone are an event's; minutes also list who was there.
  const people = [...names].some((n) => MINUTES_PEOPLE.has(n));
  const items = text.includes("§") && /^\s*§\s*\d+/m.test(text.slice(0, 20000));
  if ((minutes >= 2 && people) || (minutes >= 1 && items) || (items && bareLabels(text) >= 2)) return "minutes";
  if (cues.protocol && (looksLikeProtocol(text) || inlineFields(text) || labelledRoll(text))) return "minutes";
  if (titledMinutes(text) || reportsMeeting(text)) return "minutes";
  if (cues.newsletter && looksLikeNewsletter(text)) return "newsletter";
  return "text";
}

const DELEGATED = /^\s*(?:delegationsbeslut|delegeringsbeslut|beslut (?:på|enligt) delegation)(?![\p{L}])/iu;

// A heading line, not a sentence, that names the mailing; a full stop before a digit ends no sentence (`Nyhetsbrev nr.3
// år 2022`).
const NEWSLETTER_TOP = /^[^\n.!?]{0,60}(?:nyhetsbrev|newsletter|senaste nytt)(?:[^\n.!?]|\.(?= ?\d)){0,60}$/im;
const MORE = /[Ll]äs mer|[Rr]ead more/g;

/**
 * Whether a text with a newsletter's cue is one: a heading at its top says so (`Nyhetsbrev november 2018`), it lists coming
 * events (`Kalendarium`) or leads on from several items (`Läs mer` twice). A press page with one `Läs mer` under a
 * banner, or a letter that cites a newsletter, is not one.
 */
function looksLikeNewsletter(text: string): boolean {
  if (NEWSLETTER_TOP.test(text.slice(0, 300)) || text.includes("alendari")) return true;
  MORE.lastIndex = 0;
  return MORE.exec(text) !== null && MORE.exec(text) !== null;
}

const SV_WORDS = ["och", "att", "det", "som", "en", "på", "är", "för", "med", "av", "till", "den", "har", "inte", "om", "vi", "kommun", "från", "ett", "var"];
const EN_WORDS = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "as", "was", "by", "at", "this", "are", "from", "be", "have", "which"];
// Function words by their case-blind hash, so the words of the sample are never cut out as strings. A word adds its
// `sv` and `en` to both counts: a count added to only when an English word came deoptimised `detectLanguage` then.
const FUNCTION_WORDS = new Map<number, { word: string; sv: number; en: number }>([
  ...SV_WORDS.map((word) => [foldHash(word), { word, sv: 1, en: 0 }] as const),
  ...EN_WORDS.map((word) => [foldHash(word), { word, sv: 0, en: 1 }] as const),
]);

// The function words' alphabet, `[a-zåäöé]` in either case, as a table of folded codes (0: not a letter of it).
const WORD_LETTER = new Uint16Array(256);
for (const c of "abcdefghijklmnopqrstuvwxyzåäöé") {
  WORD_LETTER[c.charCodeAt(0)] = c.charCodeAt(0);
  WORD_LETTER[c.toUpperCase().charCodeAt(0)] = c.charCodeAt(0);
}

const FUNCTION_BITS = hashBitmap(FUNCTION_WORDS.keys(), 12);

/** Does `text[start, end)`, folded, spell the (lower-case) word? */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (WORD_LETTER[text.charCodeAt(start + k)] !== word.charCodeAt(k)) return false;
  return true;
}

/** Swedish or English, by counting the first thirty function words (within 2,000 characters). */
export function detectLanguage(text: string): "sv" | "en" {
  let sv = 0;
  let en = 0;
  const end = Math.min(text.length, 2000);
  // Thirty function words settle it; the scan stops there instead of splitting the whole sample.
  for (let i = 0; i < end && sv + en < 30;) {
    let c = text.charCodeAt(i);
    if (c > 255 || WORD_LETTER[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_START;
    // Function words have at most six letters: longer words are skipped without hashing the rest.
    const stop = Math.min(end, start + 7);
    for (; i < stop && (c = text.charCodeAt(i)) < 256 && WORD_LETTER[c] !== 0; i++) h = Math.imul(h ^ WORD_LETTER[c], HASH_PRIME);
    if (i === stop) while (i < end && (c = text.charCodeAt(i)) < 256 && WORD_LETTER[c] !== 0) i++;
    const hit = i - start <= 6 && inHashBitmap(FUNCTION_BITS, h & HASH_MASK) ? FUNCTION_WORDS.get(h & HASH_MASK) : undefined;
    if (!hit || !spells(text, start, i, hit.word)) continue;
    sv += hit.sv;
    en += hit.en;
  }
  return en > sv * 1.5 ? "en" : "sv";
}
