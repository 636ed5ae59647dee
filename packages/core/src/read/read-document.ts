/**
 * Read document
 * =============
 *
 * One entry point from bytes (or a string) to a `DocumentRecord`: decode, parse HTML, take front matter, recognise
 * genre and language, and find the title and date the document states. No file access here: the Node entry
 * (`@samverkan/core/node`) reads files and sidecars and calls this.
 */
import { SamverkanError } from "../errors";
import { loadEnglish } from "../extract/02-english";
import { type Cues, rememberCues, scanCues } from "../text/cues";
import { fold } from "../text/fold";
import type { DocumentRecord } from "../types";
import { decodeBytes, plainCharacters, normaliseText, toNfc, type Encoding } from "./decode";
import { findDates, inferDocumentDate, isoDate, isoPeriod } from "./dates";
import { isMimeMessage, readEmail } from "./email";
import { detectGenre, detectLanguage, headerFields, type HeaderField } from "./genre";
import { htmlToText, isHtml } from "./html";
import { officeKind, readDocx, readOdt } from "./office";
import { isPdf, readPdf, type PdfOptions } from "./pdf";
import { DEFAULT_MAX_UNPACKED } from "./zip";

/** Metadata a caller (front matter, sidecar file) may give for a document. */
export interface DocumentMeta {
  title?: string;
  /** ISO 8601 date, as precise as known: `2019-05-09`, `2019-05`, `2019`. */
  date?: string;
  url?: string;
  language?: "sv" | "en";
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * What is wrong with metadata read from JSON (a sidecar) or given by a JavaScript caller, or undefined when it is a
 * `DocumentMeta`: an object whose `title` and `url` are strings, `date` an ISO date and `language` `sv` or `en`.
 * Other keys are ignored.
 */
export function metaProblem(meta: unknown): { message: string } | undefined {
  if (typeof meta !== "object" || meta === null || Array.isArray(meta))
    return { message: `should be an object such as {"title": "…", "date": "2019-05-09"}, not ${shown(meta)}` };
  const { title, date, url, language } = meta as Record<string, unknown>;
  for (const [name, value] of [
    ["title", title],
    ["url", url],
  ] as const) {
    if (value !== undefined && typeof value !== "string") return { message: `"${name}" should be a string, not ${shown(value)}` };
  }
  if (date !== undefined && (typeof date !== "string" || !ISO_DATE.test(date)))
    return { message: `"date" should be an ISO date string such as "2019-05-09", "2019-05" or "2019", not ${shown(date)}` };
  if (language !== undefined && language !== "sv" && language !== "en") return { message: `"language" should be "sv" or "en", not ${shown(language)}` };
  return undefined;
}

const shown = (value: unknown) => {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** `input.meta` checked, undefined fields dropped. @throws SamverkanError BAD_OPTION */
function checkedMeta(input: ReadDocumentInput): Partial<DocumentMeta> {
  if (input.meta === undefined) return {};
  const problem = metaProblem(input.meta);
  if (problem) throw new SamverkanError("BAD_OPTION", `samverkan/read: the metadata of ${input.source}: ${problem.message}`, { file: input.source });
  return stripUndefined(input.meta);
}

export interface ReadDocumentInput {
  /** File path or name, used for the id and in error messages. */
  source: string;
  content: Uint8Array | string;
  /** Id to use instead of the one derived from `source`. */
  id?: string;
  meta?: DocumentMeta;
}

export interface ReadDocumentOptions {
  /** Largest document accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
}

/** Default of `ReadDocumentOptions.maxBytes`. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Document id from a path: the file name without extension, reduced to `[a-z0-9_-]`. */
export function documentIdFromSource(source: string): string {
  // The name after the last separator, cut out alone: a split made a string of every folder on the path.
  const base = source.slice(Math.max(source.lastIndexOf("/"), source.lastIndexOf("\\")) + 1);
  const stem = base.replace(/\.(txt|md|markdown|html?|eml|pdf|docx|odt)$/i, "");
  return (
    fold(stem)
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "doc"
  );
}

const FRONT_MATTER = /^---\n((?:[A-Za-z_][\w-]*:[^\n]*\n){1,30})---\n/;

function parseFrontMatter(text: string): { meta: DocumentMeta; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of match[1].split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0)
      meta[line.slice(0, colon).trim().toLowerCase()] = line
        .slice(colon + 1)
        .trim()
        .replace(/^["']|["']$/g, "");
  }
  const language = meta.language === "en" || meta.language === "sv" ? meta.language : undefined;
  return { meta: { title: meta.title, date: meta.date, url: meta.url ?? meta.source, language }, body: text.slice(match[0].length) };
}

/**
 * Reads one document from its bytes or text.
 * @throws SamverkanError EMPTY_FILE, BINARY_FILE, FILE_TOO_LARGE, UNDECODABLE with the source named; BAD_OPTION for
 * `input.meta` that is not a `DocumentMeta`.
 * @example
 * const doc = readDocument({ source: "protokoll.txt", content: bytes });
 */
export function readDocument(input: ReadDocumentInput, options: ReadDocumentOptions = {}): DocumentRecord {
  const { source } = input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input.content === "string" ? input.content.length : input.content.byteLength;
  if (size > maxBytes) {
    throw new SamverkanError("FILE_TOO_LARGE", `samverkan/read: ${source} is ${size} bytes, over the limit of ${maxBytes} (option maxBytes)`, { file: source });
  }
  const meta = checkedMeta(input);
  let raw: string;
  let encoding: Encoding = "utf-8";
  let replacedBytes: number | undefined;
  if (typeof input.content === "string") {
    raw = normaliseText(input.content);
    if (isBlank(raw)) throw new SamverkanError("EMPTY_FILE", `samverkan/read: ${source} is empty`, { file: source });
  } else {
    ({ text: raw, encoding, replacedBytes } = decodeBytes(input.content, source));
  }
  if (isBlank(raw)) throw new SamverkanError("EMPTY_FILE", `samverkan/read: ${source} has no text`, { file: source });

  const html = /\.html?$/i.test(source) || isHtml(raw);
  let htmlTitle: string | undefined;
  if (html) ({ text: raw, title: htmlTitle } = htmlToText(raw));
  const { meta: front, body } = parseFrontMatter(raw);
  // Decoding gave NFC already; the text of a page is normalised again, as entities may have spelt out combining marks,
  // hyphens or the characters that are never seen (`&#8209;`, `&shy;`, `&#8203;`).
  return describe(input, html ? toNfc(plainCharacters(body)) : body, {
    format: html ? "html" : /\.(md|markdown)$/i.test(source) ? "markdown" : "text",
    encoding,
    replacedBytes,
    meta: { ...front, ...meta },
    title: htmlTitle,
  });
}

/** What a reader found besides the text: its format, and where it has pages. */
interface Reading {
  format: DocumentRecord["format"];
  encoding: Encoding;
  replacedBytes?: number;
  meta: DocumentMeta;
  title?: string;
  pages?: number[];
  ocrPages?: number[];
}

/** The record of a document's text: genre, language, the title and date it states. */
function describe(input: ReadDocumentInput, text: string, reading: Reading): DocumentRecord {
  const { meta } = reading;
  const fields = headerFields(text);
  const cues = scanCues(text);
  const genre = detectGenre(text, fields, cues);
  const record: DocumentRecord = {
    id: input.id ?? documentIdFromSource(input.source),
    source: input.source,
    title: meta.title ?? reading.title ?? findTitle(text, genre, fields),
    date: meta.date,
    url: meta.url,
    genre,
    language: meta.language ?? detectLanguage(text),
    format: reading.format,
    encoding: reading.encoding,
    text,
  };
  record.date ??= findDocumentDate(text, genre, fields, record.title, cues);
  if (reading.replacedBytes) record.replacedBytes = reading.replacedBytes;
  if (reading.pages) record.pages = reading.pages;
  if (reading.ocrPages?.length) record.ocrPages = reading.ocrPages;
  rememberCues(record, cues);
  return record;
}

export interface LoadDocumentOptions extends ReadDocumentOptions, PdfOptions {}

/**
 * Reads one document of any format samverkan knows: PDF (through PDF.js, with its pages), Word `.docx` (mammoth),
 * OpenDocument `.odt`, MIME e-mail (postal-mime), and all that `readDocument` reads. Told apart by their bytes, so a
 * misnamed file reads too. For an English document it also loads compromise, which extracts its people (loaded on
 * demand, see `extractDocument`), so that the document extracts in a browser too.
 * @throws SamverkanError as `readDocument`, and UNREADABLE_PDF, ENCRYPTED, TOO_MANY_PAGES, NEEDS_OCR, BAD_ARCHIVE.
 * @example
 * const doc = await loadDocument({ source: "protokoll-2019-05-09.pdf", content: bytes });
 * doc.pages; // offsets where pages 1, 2, ... start; evidence carries its page
 */
export async function loadDocument(input: ReadDocumentInput, options: LoadDocumentOptions = {}): Promise<DocumentRecord> {
  const doc = await loadAnyFormat(input, options);
  // compromise reads English documents and is loaded only for them (see 02-english.ts).
  if (doc.language === "en") await loadEnglish();
  return doc;
}

async function loadAnyFormat(input: ReadDocumentInput, options: LoadDocumentOptions): Promise<DocumentRecord> {
  const { source, content } = input;
  if (typeof content === "string") return readDocument(input, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (content.byteLength > maxBytes) return readDocument(input, options);
  const meta = checkedMeta(input);
  const read = (text: string, reading: Omit<Reading, "encoding" | "meta">) => {
    if (isBlank(text)) throw new SamverkanError("EMPTY_FILE", `samverkan/read: ${source} has no text`, { file: source });
    return describe(input, text, { ...reading, encoding: "utf-8", meta });
  };
  if (isPdf(content)) {
    const pdf = await readPdf(content, source, options);
    return read(pdf.text, { format: "pdf", pages: pdf.pages, ocrPages: pdf.ocrPages });
  }
  const office = officeKind(content, source);
  if (office) {
    // The budget for unpacking grows with the file, as a big report's images do; text alone never comes near it.
    const budget = Math.max(DEFAULT_MAX_UNPACKED, 20 * content.byteLength);
    return read(normaliseText(office === "docx" ? await readDocx(content, source, budget) : await readOdt(content, source, budget)), { format: office });
  }
  if (isMimeMessage(content)) return read(normaliseText(await readEmail(content, source)), { format: "text" });
  return readDocument(input, options);
}

/** No character but white space (a test that stops at the first letter, where `trim` would copy the text). */
const isBlank = (text: string) => !/\S/.test(text);

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function field(fields: HeaderField[], ...names: string[]): HeaderField | undefined {
  return fields.find((f) => names.includes(f.name));
}

/** Strips Markdown heading marks and emphasis from a title line, and the cells after its first (a PDF's tab). */
function cleanTitle(whole: string): string {
  const tab = whole.indexOf("\t");
  const line = tab > 0 ? whole.slice(0, tab) : whole;
  let end = line.length;
  // A loop, not /[.\s]+$/, which backtracks quadratically on long runs of spaces.
  while (end > 0 && /[.\s]/.test(line[end - 1])) end--;
  return line
    .slice(0, end)
    .replace(/^#+\s*/, "")
    .replace(/\*\*/g, "")
    .trim();
}

const GENERIC_TITLE = /^(protokoll|sammanträdesprotokoll|justerat protokoll|minnesanteckning(?:ar)?|anteckningar|minutes|protocol|nyhetsbrev|newsletter)$/i;

/**
 * Lines that are not a title although they come first: no letter (a page number `16`, `1 (16)`), a page's chrome
 * (`Meny`, `Öppna mobilmenyn`, a menu's `Translate`, `Telefon`, `Kontakt`, a search box's `No results found`, a skip
 * link: `Hoppa till innehåll`, `Till huvudinnehåll`, `Skip to content`; a reader's `Lyssna`; a release's
 * `Pressmeddelande` alone over its date and heading; a logo's alt text: `Vallby kommuns logotyp`, `Logotyp för Vallby
 * kommun`; not a breadcrumb, `Din position: Hem > … > AB Vallbyhem > Sammanträde …`, which names the body of the
 * minutes it heads), a label with nothing after it (`Kontaktperson:`, a document site's `Save this PDF as:`) and the
 * site's `Storlek: px`, the
 * page's stamp (`Uppdaterad 15 januari 2021`, `Publiceringsdatum: 27 augusti 2019`, `Artikeln publicerades 21 juni
 * 2021`, `Senast uppdaterad: måndag 11 november`, `Pressmeddelanden • Dec 05, 2018`), a notice (`OBS! Evenemanget är
 * avslutat!`), a weather widget's readings (`Land -4,4 °C Hav 3,9*°C`, `Medelvind NE 3,6 m/s`), an event page's day and
 * hours over its name (`05 nov 2018 klocka 10.00 - 16.00`, also with a notice after them: `… 13.00-15.00 OBS!
 * Evenemanget har redan passerat!`); and (GLUED_LINK) a site's alert whose link was glued to it (`Risk för skogsbrand i
 * X länLäs mer på SMHI:s webbplats`).
 */
const NOT_TITLE =
  /^(?:[^\p{L}]*|(?:sida|page)\s*\d+(?:\s*\(\d+\))?|meny|menu|öppna (?:mobil)?menyn|translate|telefon|kontakt|sök|search|no results found|inga (?:sök)?träffar|logga in|log in|stäng|close|startsida|hem|home|(?:(?:hoppa|gå)(?: direkt)? )?till (?:sidans |huvud)?innehåll(?:et)?|skip to (?:the )?(?:main )?content|skip navigation|hoppa över (?:navigering(?:en)?|menyn)|lyssna|talande webb|pressmeddelande|press release|.{0,60}\blogo(?:type?|typ)?|logo(?:type?|typ)? (?:för|of) .{1,60}|[^:]{1,40}:|storlek:\s*(?:\d+\s*)?px|(?:(?:artikeln|sidan|nyheten) )?(?:senast )?(?:uppdaterad|publicerad|publiceringsdatum|pressmeddelande|updated|published)(?:es|n)?[:\s•·|]+(?:den\s+)?(?:\p{L}+dag,?\s+)?(?:\p{L}{3,9}\.?\s+)?\d.{0,25}|obs!.*|(?:[\p{L} ]{0,20}-?\d+(?:[,.]\d+)?[ *]*(?:°C|m\/s) *)+|\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d\d\s+(?:kl\.?|klockan|klocka)\s*\d.{0,20}?(?:\s+obs!.*)?)$/iu;
/** A line that is a label alone (`Nätverksträff:`), and a line that goes on in lower case. */
const LABEL_LINE = /^\p{Lu}[^:]{0,38}:$/u;
const LOWER_START = /^\p{Ll}/u;
/** Words that end no title: prepositions, articles, conjunctions (`… höstkonferensen den`), in lower case only. */
const DANGLING = new Set("den det de i på till för med om och av från vid under inför mellan samt eller en ett the of and to in for on at".split(" "));
// Tried only on a line that holds the link's words, as most lines do not.
const GLUED_LINK = /^(?:.*\p{L})?[Ll]äs mer\b/u;
/**
 * A field of a flattened header's first line, where the line stops naming the document (`… Sammanträdesdatum …`); at
 * its start, the line names none.
 */
const HEADER_FIELD =
  /(?:^|\s)(?:sammanträdesdatum|sammanträdesdag|sammanträdestid|plats och tid|tid och plats|beslutande|närvarande|paragrafer|(?:datum|tid|plats|organ|lokal):)(?![\p{L}])/iu;
/** A page's number in a flattened header's first line (`Sida 1 (23)`, `1(16)`). */
const PAGE_NUMBER = /\s(?:sidan? \d+(?:\s?\(\d+\))?|\d+\s?\(\d+\))(?=\s|$)/i;

function findTitle(text: string, genre: string, fields: HeaderField[]): string | undefined {
  if (genre === "email") {
    const subject = field(fields, "ämne", "subject");
    if (subject?.value.trim()) return cleanTitle(subject.value);
  }
  const lines: string[] = [];
  // Whether a line that is no title came between the first and the second (a page's chrome under a bare genre word),
  // and whether the second is the very next line of the text.
  let between = false;
  let adjacent = false;
  // A heading broken at its colon (`Nätverksträff:` / `kommunernas arbete med …`): the label line, before any title.
  let label: { text: string; at: number } | undefined;
  for (let offset = 0, seen = 0, firstAt = -2; offset < text.length && lines.length < 2 && seen < 12; seen++) {
    const stop = text.indexOf("\n", offset);
    // A bullet before a heading (`• Eldningsförbud utfärdat`) is not part of it.
    let trimmed = cleanTitle(text.slice(offset, stop === -1 ? text.length : stop)).replace(/^[•·▪►*–-]\s+/u, "");
    if (trimmed && trimmed !== "---") {
      // Minutes' first line cut at a field (`PROTOKOLL 1(9) Sammanträdesdatum:`) ends in a colon but names them.
      const titled = !NOT_TITLE.test(trimmed) || (genre === "minutes" && lines.length === 0 && (HEADER_FIELD.exec(trimmed)?.index ?? 0) > 0);
      if (titled && !(trimmed.includes("äs mer") && GLUED_LINK.test(trimmed))) {
        adjacent = lines.length === 1 && seen === firstAt + 1;
        // Only a line right under the label that goes on in lower case continues it (not `Kontaktperson:` / `Anna Berg`).
        if (label && lines.length === 0 && seen === label.at + 1 && LOWER_START.test(trimmed)) trimmed = `${label.text} ${trimmed}`;
        if (lines.push(trimmed) === 1) firstAt = seen;
      } else if (lines.length === 1) between = true;
      else if (lines.length === 0) label = LABEL_LINE.test(trimmed) ? { text: trimmed, at: seen } : undefined;
    }
    offset = stop === -1 ? text.length : stop + 1;
  }
  // A bare genre word (`PROTOKOLL`, `Minutes`) is completed by the line under it that names the body.
  if (lines.length === 2 && !between && GENERIC_TITLE.test(lines[0])) return `${lines[0]}, ${lines[1]}`.slice(0, 200);
  // A title broken after a word that cannot end one (`Välkommen till höstkonferensen den` / `20-21 oktober 2022`) goes on
  // on the next line.
  if (adjacent && DANGLING.has(lines[0].slice(lines[0].lastIndexOf(" ") + 1))) lines[0] = `${lines[0]} ${lines[1]}`;
  if (genre !== "minutes" || !lines[0]) return lines[0]?.slice(0, 200);
  // Minutes whose header is one line: its start names them, up to the first field; one that opens with a field names
  // no document (`Sida 1 (41) Plats och tid …`): it is minutes, all it says they are. The page's number is left out,
  // and in a long line ends the title too (`VILHELMINA KOMMUN PROTOKOLL 1 (12) Socialnämnden Anna Berg …`).
  // A PDF's page count before the page's own mark (`1 Sida 1 (41)`, `1 Sid 1 (9)`) is read off twice.
  const first = lines[0].replace(PAGE_MARK, "").replace(PAGE_MARK, "");
  const cut = HEADER_FIELD.exec(first);
  if (cut?.index === 0) return "Protokoll";
  let named = cut ? first.slice(0, cut.index) : first;
  const page = PAGE_NUMBER.exec(named);
  if (page) named = named.slice(0, page.index) + (first.length > 80 ? "" : named.slice(page.index + page[0].length));
  return cleanTitle(named).slice(0, 200) || first.slice(0, 200);
}

/** A page number before a flattened header's first words (`1`, `1 (39)`, `Sida 1 (41)`, `Sid 1 (9)`, `1 1 (28)`, `1 1/17`, `(48)`). */
const PAGE_MARK = /^(?:(?:sid(?:an?)?\s*)?\d{1,3}(?:\s+\d{1,3}(?:\/\d{1,3})?)?(?:\s*[([]\d{1,3}[)\]])?|[([]\d{1,3}[)\]])\s+(?=\p{L})/iu;

/**
 * The meeting's date in minutes' header, with or without a colon, on its own line or inline in a flattened header
 * (`Sammanträdesdatum 2022-05-10`): minutes also date their adjustment and notice, so the most frequent month of
 * the text is not the meeting's day.
 */
const MEETING_DATE_LABEL = /(?<![\p{L}])(?:sammanträdesdatum|sammanträdesdag|mötesdatum)(?![\p{L}])[\s:]*/iu;

/** How far into minutes their heading reaches, where a compact date is the meeting's day. */
const HEADING_REACH = 400;
/** A label at a line's start (`Tid:`, `Närvarande styrelseledamöter:`): a field, past the heading. */
const LINE_LABEL = /\n[ \t]*\p{L}[\p{L} .-]{0,30}:/u;
/** A compact date written anywhere (`220320`, `04.04.21`), so only headings that have one are read for it. */
const MAY_BE_COMPACT = /\d{6}|\d\d\.\d\d\.\d\d/;

/**
 * Where minutes' heading ends: at the first paragraph's mark (`§`) or the first label of a field on a line after the
 * first (`Tid:`, `Närvarande:`), within HEADING_REACH characters.
 */
function headingEnd(text: string): number {
  const head = text.slice(0, HEADING_REACH);
  const first = /\S/.exec(head);
  const lineEnd = first ? head.indexOf("\n", first.index) : -1;
  const label = lineEnd === -1 ? null : LINE_LABEL.exec(head.slice(lineEnd));
  const para = head.indexOf("§");
  return Math.min(head.length, label ? lineEnd + label.index : head.length, para === -1 ? head.length : para);
}

/**
 * Minutes headed with the day they were held in digits alone (`Protokoll 180414`, `Styrelsemöte 220320`, `FRÅN
 * STYRELSEMÖTE I BYGDEGÅRDEN 04.04.21`), as associations name them: year first, as Swedish compact dates are, and read
 * only after a word of meetings (`findDates`), so a case's number is none; only on the heading's lines, before the
 * first paragraph or field (`§ 2 Föregående protokoll 230820` is the previous meeting's). The whole text is read, as
 * its years tell a dotted date written day first (`28.02.23`, `findDates`).
 */
function headingDay(text: string): string | undefined {
  const end = headingEnd(text);
  if (!MAY_BE_COMPACT.test(text.slice(0, end))) return undefined;
  const d = findDates(text).find((x) => x.compact && x.start < end);
  return d && isoDate(d.year!, d.month, d.day);
}

/** A year that ends minutes' first line, after the meeting's word or its body's name (`Protokoll årsmöte Vallby Byalag 2019`). */
const HEADING_YEAR = /(?:protokoll|anteckningar|möte|mötet|sammanträde|sammanträdet|stämma|stämman|[\s(]\p{Lu}[\p{L}-]*)[ \t]+((?:19|20)\d\d)[ \t.]*$/u;
const MEETING_WORD = /protokoll|anteckningar|möte|sammanträde|stämma/iu;

/**
 * The year minutes' first line ends with, after the word of the meeting or the name of its body (`Protokoll årsmöte
 * Vallby Byalag 2019`, `Styrelsemöte 2019`): the year they were held, where they state no day. Not a year in their items
 * (`Verksamhetsberättelse 2018`) nor an event's (`Höstmässan 2019 - Planering`).
 */
function headingYear(text: string): string | undefined {
  const first = /\S/.exec(text.slice(0, HEADING_REACH));
  if (!first) return undefined;
  const stop = text.indexOf("\n", first.index);
  const line = text.slice(first.index, stop === -1 ? Math.min(text.length, first.index + 200) : stop);
  if (!MEETING_WORD.test(line)) return undefined;
  const m = HEADING_YEAR.exec(line);
  return m ? m[1] : undefined;
}

/**
 * The words of minutes' notice and adjustment (`Justeringen har tillkännagivits`, `Anslaget sätts upp`, `Datum för
 * anslags uppsättande`, `Protokollet justerat`, `Justeringens plats och tid`): a date right after them is the day the
 * minutes were adjusted or posted, not the meeting's. The place and time of the adjustment reach further (a place, the
 * adjusters' names and a weekday may stand before the date; `Justeringens tid/plats` written any way). A date right
 * after the previous or the next meeting is that one's (`föregående protokoll, 2021-01-17`, `Nästa möte 4 maj 2021`).
 */
const NOTICE_WORDS =
  /(?<![\p{L}])(?:(justeringens|(?:plats\s+och\s+tid|tid\s+och\s+plats)\s+för\s+justering)|justering(?:en|sdatum|sdag)?|justera(?:t|ts|des|s)|anslag\p{L}*|tillkännag\p{L}*|uppsätt\p{L}*|nedtag\p{L}*|sätts\s+upp|tas\s+ned|tas\s+ner|överklag\p{L}*|föregående|förra|nästa)(?![\p{L}])/giu;
/** Where the value after a word of the notice ends: a label of the meeting's date or of the signatures. */
const NOTICE_VALUE_END = /(?<![\p{L}])(?:sammanträdesdatum|sammanträdesdag|mötesdatum|sekreterare|underskrifter?|paragrafer|ordförande)(?![\p{L}])/iu;

/**
 * The text with the dates of the notice and adjustment, and of the meetings before and after, blanked (offsets kept),
 * so none is taken for the meeting's day.
 */
function withoutOtherDays(text: string): string {
  const dates = findDates(text);
  if (!dates.length) return text;
  let out = text;
  for (const m of text.matchAll(NOTICE_WORDS)) {
    const from = m.index + m[0].length;
    let to = from + (m[1] ? 120 : 40);
    const stop = NOTICE_VALUE_END.exec(text.slice(from, to));
    if (stop) to = from + stop.index;
    for (const d of dates) if (d.start >= from && d.start < to) out = out.slice(0, d.start) + " ".repeat(d.end - d.start) + out.slice(d.end);
  }
  return out;
}

/** `Protokoll från kommunstyrelsens sammanträde den 12 maj 2019`, `Protokoll fört vid … den 12 maj 2019`: the meeting's day. */
const PROTOCOL_OF_DAY = /(?<![\p{L}])protokoll(?:\s+fört)?\s+(?:från|vid)\s[^\n.]{0,100}?\bden\s+(?=\d)/iu;

/** A line that heads a list of other documents' titles and snippets, as document-sharing sites add after a text. */
export const RELATED_DOCUMENTS = /^(?:Relevanta|Liknande|Relaterade) dokument[ \t]*$/m;

function findDocumentDate(whole: string, genre: string, fields: HeaderField[], title: string | undefined, cues: Cues): string | undefined {
  // The snippets of other documents listed after the text date those documents, not this one.
  const related = cues.related ? whole.search(RELATED_DOCUMENTS) : -1;
  const text = related < 0 ? whole : whole.slice(0, related);
  const stated = statedDocumentDate(text, genre, fields, title);
  if (stated || genre !== "minutes") return stated ?? inferDocumentDate(text);
  // The year the heading ends with outranks a guess from the text's dates of another year.
  const inferred = inferDocumentDate(withoutOtherDays(text), true);
  const year = headingYear(text);
  // Minutes' own part before the list may name only its month (`Datum: Plats: … mars 2016 …`): that dates them.
  return (year && !inferred?.startsWith(year) ? year : inferred) ?? (related < 0 ? undefined : isoPeriod(text));
}

/**
 * The date a document states: a field of its header or e-mail, the minutes' date label, a page's stamp or date line,
 * its title's day; not one guessed from the dates its text mentions (`inferDocumentDate`). What a day said relative
 * to the text (`Igår`) is counted back from.
 */
export function statedDocumentDate(text: string, genre: string, fields: HeaderField[], title: string | undefined): string | undefined {
  const full = (value: string) => {
    const d = findDates(value).find((x) => x.year !== undefined);
    return d?.year ? isoDate(d.year, d.month, d.day) : undefined;
  };
  if (genre === "minutes") {
    // Every label of the meeting's date in the head, the first one with a date after it (a label may stand alone on a
    // line over a column of labels, and again with its date in the notice's block).
    const head = text.slice(0, 3000);
    for (const label of head.matchAll(new RegExp(MEETING_DATE_LABEL.source, "giu"))) {
      const date = full(text.slice(label.index + label[0].length, label.index + label[0].length + 40));
      if (date) return date;
    }
    const of = PROTOCOL_OF_DAY.exec(text.slice(0, 2000));
    const day = of && full(text.slice(of.index + of[0].length, of.index + of[0].length + 30));
    if (day) return day;
  }
  const stated = genre === "email" ? field(fields, "skickat", "sent", "datum", "date") : field(fields, "tid", "datum", "plats och tid", "date");
  return (
    (stated && full(stated.value)) ||
    // A full day in the title outranks a compact one in the heading (`Protokoll styrelsemöte 17 september 2023`).
    (genre === "minutes" && title ? titleDay(title) : undefined) ||
    (genre === "minutes" ? headingDay(text) : genre !== "email" ? pageStamp(text, full) : undefined) ||
    (genre !== "email" && title ? titleDate(title) : undefined) ||
    undefined
  );
}

/**
 * The day a title names in full (`Minnesanteckningar från PGF den 12 april 2017`, `Beslut i korthet - regionstyrelsen
 * 30 mars 2022`), the first of a span (`Kommunmarknaden 13-14 september 2017`), else the month it names with its year
 * (`Nyhetsbrev september 2019`): what notes, reports and newsletters are dated by when they state no date, rather than
 * the most frequent month of the text, which the days they mention set (a newsletter's calendar lists next month's).
 */
function titleDate(title: string): string | undefined {
  const d = findDates(title).find((x) => x.year !== undefined && x.day !== undefined);
  if (!d) {
    const month = isoPeriod(title);
    return month?.length === 7 ? month : undefined;
  }
  return isoDate(d.year!, d.month, d.day);
}

/** The day a title names in full, not in digits alone (`Protokoll styrelsemöte 17 september 2023`). */
function titleDay(title: string): string | undefined {
  const d = findDates(title).find((x) => x.year !== undefined && x.day !== undefined && !x.compact);
  return d && isoDate(d.year!, d.month, d.day);
}

// A line that opens with a stamp (`Artikeln publicerades …`, a press release's `Pressmeddelande • Jun 28, 2016`, a press
// room's `Pressmeddelanden • Dec 05, 2018 09:00 CET`); a
// second may follow on it (`Publicerad 2015-03-12, Uppdaterad 2021-11-18`), after a comma that no year follows.
const STAMP_LINE = /(?:(?:artikeln|sidan|nyheten)[ \t]+)?(?:senast[ \t]+)?(?:publicerad|publiceringsdatum|uppdaterad|pressmeddelande)/iy;
const STAMP = /(publicerad|publiceringsdatum|uppdaterad|pressmeddelande)(?:es|n)?\b[ \t:•·]*((?:[^,;|\n]|,(?=[ \t]*(?:19|20)\d\d))*)/gi;
const STAMP_WINDOW = 3000;
// What may follow the date on a line that dates the page: its hours (`kl. 10.00 - 16.00`, `klocka 13.00`, `09:00`).
const NOTICE = /^obs!\D*/i;
const HEAD_DATE_START = /^(?:\d|[jfmasond])/i;
const AFTER_HEAD_DATE = /^[ \t,]*(?:(?:kl\.?|klockan|klocka)?[ \t]*\d{1,2}[.:]\d\d(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d\d)?)?[ \t]*$/i;

/** How many lines of a page's head are looked at for its date, and how many of them may be other than its chrome. */
const HEAD_LINES = 12;
const HEAD_TEXT_LINES = 4;

/**
 * A line among the first few of a page that is a date and nothing else but its hours (`2019-05-03`, `05 nov 2018
 * klocka 10.00 - 16.00` over an event's name, `februari 26th, 2021` under a post's title) dates the page, also after a
 * notice. The site's menu over it (`Translate`, `Telefon`, `Kontakt`: NOT_TITLE) is passed over, not counted, so a date
 * in the text under the heading still is not the page's.
 */
function headDate(text: string, full: (value: string) => string | undefined): string | undefined {
  for (let at = 0, seen = 0, lines = 0; at < text.length && seen < HEAD_TEXT_LINES && lines < HEAD_LINES;) {
    const nl = text.indexOf("\n", at);
    const stop = nl === -1 ? text.length : nl;
    const long = stop - at > 80;
    const line = long ? "-" : text.slice(at, stop).trim();
    if (line) lines++;
    if (line && (long || !NOT_TITLE.test(line))) seen++;
    // Only a line whose first letter could open a date or a notice is searched for one (most lines are not).
    if (HEAD_DATE_START.test(line)) {
      // A notice may come first, glued on (`OBS! Evenemanget är avslutat!1 november 2022 kl. 00.00-00.00`).
      const from = NOTICE.exec(line)?.[0].length ?? 0;
      const d = findDates(line.slice(from))[0];
      if (d?.year !== undefined && d.start === 0 && AFTER_HEAD_DATE.test(line.slice(from + d.end))) return full(line.slice(from, from + d.end));
    }
    at = stop + 1;
  }
  return undefined;
}

/**
 * A web page's stamp near its top (`Publicerad: 2019-05-28`, `Uppdaterad den 20 december 2019`, or one of its first
 * lines that is a date and nothing else) dates the page: a press text dates the meetings it tells of by the year it was
 * published in, not by the most frequent one it names.
 */
function pageStamp(text: string, full: (value: string) => string | undefined): string | undefined {
  const head = headDate(text, full);
  if (head) return head;
  let published: string | undefined;
  let updated: string | undefined;
  for (const line of stampLines(text.slice(0, STAMP_WINDOW))) {
    for (const m of line.matchAll(STAMP)) {
      const date = full(m[2].slice(0, 24));
      if (m[1].toLowerCase() === "uppdaterad") updated ??= date;
      else published ??= date;
    }
  }
  // A page published one year and updated in another is about the year its text names (a board's page updated with
  // this year's meetings); an article is about the day it was published.
  if (published && updated && published.slice(0, 4) !== updated.slice(0, 4))
    return inferDocumentDate(text)?.startsWith(updated.slice(0, 4)) ? updated : published;
  return published ?? updated;
}

/**
 * The lines of a page's head that open with a stamp. Only lines whose first letter could open one are tried: a
 * multiline regex over the head tried every position of every text (a percent of a build).
 */
function* stampLines(head: string): Generator<string> {
  for (let at = 0; at < head.length;) {
    const nl = head.indexOf("\n", at);
    const stop = nl === -1 ? head.length : nl;
    let k = at;
    while (head[k] === " " || head[k] === "\t") k++;
    const c = head.charCodeAt(k) | 0x20;
    // p(ublicerad, ressmeddelande), s(enast, idan), u(ppdaterad), a(rtikeln), n(yheten)
    if (c === 0x70 || c === 0x73 || c === 0x75 || c === 0x61 || c === 0x6e) {
      // Tried where the line's first word starts, so that only a stamp's line is cut out of the head.
      STAMP_LINE.lastIndex = k;
      if (STAMP_LINE.test(head)) yield head.slice(at, stop);
    }
    at = stop + 1;
  }
}
