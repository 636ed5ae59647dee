/**
 * Decode
 * ======
 *
 * Turns a file's bytes into NFC text. Old Swedish documents are often Windows-1252 (or Latin-1, its subset for
 * letters), so a file whose high bytes are mostly not valid UTF-8 is decoded as Windows-1252. A UTF-8 file with a few
 * bad bytes (a line pasted from an older document, a damaged byte) stays UTF-8: each bad byte alone is read as its
 * Windows-1252 character and counted, so it spoils nothing else. Text that was UTF-8 decoded as Latin-1 once already
 * ("Ã¶" for "ö") is repaired, so no mojibake reaches the graph.
 */
import { SamverkanError } from "../errors";

export type Encoding = "utf-8" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** In a text decoded as UTF-8: the bytes that were not valid UTF-8, each read as its Windows-1252 character. */
  replacedBytes?: number;
}

// "Ã" or "Â" followed by a continuation-range character betrays a UTF-8 text decoded as Latin-1; the repair is
// kept only when the result is valid UTF-8.
const MOJIBAKE = /[ÃÂ][\u0080-\u00BF]/;

// A NUL or control character: where none is in the first 4,096 characters, none is in the first 4,096 bytes either.
const CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** True when a byte sample looks like binary data rather than text (NUL bytes or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.indexOf(0) !== -1) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Repairs text that was UTF-8 decoded as Latin-1/Windows-1252 once (`KommunfÃ¶rbundet`). */
export function repairMojibake(text: string): string {
  // `includes` finds the lead characters far faster than the pattern scans for the pair.
  if (!(text.includes("Ã") || text.includes("Â")) || !MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 256 ? code : (CP1252_REVERSE.get(code) ?? -1);
    if (byte < 0) return text;
    bytes[i] = byte;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return text;
  }
}

// Decoding keeps no state between calls (no `stream` option), so one decoder serves every document.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
// For the valid runs between bad bytes: a U+FEFF there is text, not a byte-order mark (normaliseText drops it, as it drops zero-width characters).
const UTF8_RUN = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// Windows-1252 bytes 0x80–0x9F. Written out because some Node versions decode "windows-1252" as Latin-1 there
// (nodejs/node#60888); 0 marks the five bytes the code page leaves undefined (kept as Latin-1 controls).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const CP1252_REVERSE = new Map(CP1252_HIGH.map((code, i) => [code || 0x80 + i, 0x80 + i]));

/** Decodes Windows-1252 bytes (Latin-1 plus the typographic characters at 0x80–0x9F). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 && CP1252_HIGH[b - 0x80] ? CP1252_HIGH[b - 0x80] : b)));
  }
  return out;
}

/** Length of the valid UTF-8 sequence that starts at `i`, or 0 when the byte there starts none (Unicode table 3-7). */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) return cont(1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return cont(1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The Windows-1252 character of a byte that is not valid UTF-8; U+FFFD for the five the code page leaves undefined. */
function windows1252Char(byte: number): string {
  if (byte < 0x80 || byte >= 0xa0) return String.fromCharCode(byte);
  return CP1252_HIGH[byte - 0x80] ? String.fromCharCode(CP1252_HIGH[byte - 0x80]) : "\ufffd";
}

/**
 * Decodes bytes that are not valid UTF-8 (only called once the fast decoder has failed). When most of the file's
 * high bytes are invalid as UTF-8 it is a Windows-1252 file; otherwise it is UTF-8 with a few bad bytes, and each of
 * those alone is read as its Windows-1252 character (a stray `Ö` from an old document reads right), so a bad byte
 * never turns the rest of the file into mojibake.
 */
function decodeInvalidUtf8(bytes: Uint8Array): DecodedText {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) sequences++;
    else invalid++;
    i += n || 1;
  }
  if (invalid > sequences) return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) {
      i += n;
      continue;
    }
    parts.push(UTF8_RUN.decode(bytes.subarray(run, i)), windows1252Char(bytes[i]));
    run = ++i;
  }
  parts.push(UTF8_RUN.decode(bytes.subarray(run)));
  return { text: parts.join(""), encoding: "utf-8", replacedBytes: invalid };
}

/**
 * Decodes bytes (UTF-8 with or without BOM, else Windows-1252) to NFC text.
 * @param source - File name for error messages.
 * @throws SamverkanError EMPTY_FILE, BINARY_FILE
 */
export function decodeBytes(bytes: Uint8Array, source: string): DecodedText {
  if (bytes.length === 0) throw new SamverkanError("EMPTY_FILE", `samverkan/read: ${source} is empty`, { file: source });
  if (bytes[0] === 0xff && (bytes[1] === 0xfe || bytes[1] === 0xff)) {
    throw new SamverkanError("UNDECODABLE", `samverkan/read: ${source} is UTF-16, save it as UTF-8`, { file: source });
  }
  let decoded: DecodedText;
  try {
    decoded = { text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    decoded = decodeInvalidUtf8(bytes);
  }
  const { text } = decoded;
  // Control bytes are counted only when the decoded text shows one early on (a native scan instead of a byte loop).
  if (CONTROL.test(text.length > 4096 ? text.slice(0, 4096) : text) && looksBinary(bytes)) {
    throw new SamverkanError("BINARY_FILE", `samverkan/read: ${source} is binary, not a text, Markdown or HTML document`, { file: source });
  }
  return { ...decoded, text: normaliseText(text) };
}

// A no-break space (U+00A0, or the narrow U+202F), as PDFs, word processors and copied pages put between a given name
// and a surname, a number and its unit, or a body and its municipality: the readers look for a plain space there. One
// code unit each, so a plain space in its place moves no offset. Sought with `indexOf` first (a regular expression's
// scan of every text cost 50–150 ms of the benchmark corpus's build, which has none).
const NO_BREAK_SPACE = /[\u00a0\u202f]/g;
// A hyphen (U+2010) or a non-breaking hyphen (U+2011), as word processors and web pages write a double name
// (`Karl\u2011Erik`, `Holm\u2011Lind`), which the readers look for as `-`: one code unit each too, so no offset moves.
const UNICODE_HYPHEN = /[\u2010\u2011]/g;

// Characters that are never seen: a soft hyphen (U+00AD, where a word may break), zero-width spaces and joiners
// (U+200B–U+200D), a word joiner (U+2060) and a zero-width no-break space (U+FEFF) that is no byte-order mark. Web
// pages and PDFs leave them inside words (`Erdo\u200Bgan`, `Sve\u00ADrige`), where they cut a name or a title in two;
// they are dropped, so the text the graph stores (and its evidence offsets point into) has none.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// The hyphens and the invisible characters beyond Latin-1, sought with one pattern: V8 rejects it at once for a string
// of Latin-1 characters only and scans a wider one once, where an `includes` of each (whose search stops at every
// space for U+2010, U+2011 and U+200B–U+200D) cost 0.07 CPU-s of the benchmark corpus's build.
const WIDE_PLAIN = /[\u2010\u2011\u200b-\u200d\u2060\ufeff]/;

/** The text with its hyphens written `-` and without the characters that are never seen (`normaliseText`). */
export function plainCharacters(text: string): string {
  if (!text.includes("\u00ad") && !WIDE_PLAIN.test(text)) return text;
  return text.replace(UNICODE_HYPHEN, "-").replace(INVISIBLE, "");
}

// A character from the combining marks (U+0300) on: text without one is NFC already. V8 rejects the pattern at once
// for a string of Latin-1 characters only, which `normalize` would copy to check.
const MAY_COMPOSE = /[^\x00-\u02ff]/;

/** The text in NFC. */
export const toNfc = (text: string): string => (MAY_COMPOSE.test(text) ? text.normalize("NFC") : text);

/**
 * NFC, BOM removed, mojibake repaired, line endings unified, no-break spaces made plain spaces and hyphens `-`, soft
 * hyphens and zero-width characters dropped. Offsets in the graph point into this text.
 */
export function normaliseText(text: string): string {
  // A byte-order mark goes first, as mojibake is repaired only in text of the Windows-1252 range.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const repaired = repairMojibake(body);
  const lines = repaired.includes("\r") ? repaired.replace(/\r\n?/g, "\n") : repaired;
  const spaced = lines.includes("\u00a0") || lines.includes("\u202f") ? lines.replace(NO_BREAK_SPACE, " ") : lines;
  return toNfc(plainCharacters(spaced));
}
