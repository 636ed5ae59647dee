/**
 * E-mail
 * ======
 *
 * Reads a MIME message (an `.eml` file) with postal-mime: text parts decoded (base64, quoted-printable, charsets),
 * encoded-word headers decoded, an HTML-only body through `htmlToText`. The text starts with the header lines the
 * genre rules and the e-mail rules read (`From:`, `Date:`, `To:`, `Cc:`, `Subject:`), then the body; attachments are
 * listed by name at the end and never read as text, so a base64 attachment gives no words and the MIME structure
 * (boundaries, part headers) none either.
 */
import type { Address, Email } from "postal-mime";
import { SamverkanError } from "../errors";
import { htmlToText } from "./html";

// Headers that only a MIME message or a mail system writes: a pasted e-mail (`From:`/`Sent:`/`To:` typed as text)
// has none of them, and stays text.
const MIME_HEADERS = /^(mime-version|content-type|content-transfer-encoding|received|message-id|return-path|dkim-signature|delivered-to):/i;
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;
const HEAD_SAMPLE = 16384;

/**
 * True when bytes are a MIME message: header lines from the first line (after an mbox `From ` line) to a blank line
 * among the first 16 KB, with a header only mail writes, or an encoded word (`=?utf-8?B?…?=`).
 */
export function isMimeMessage(bytes: Uint8Array): boolean {
  let start = 0;
  if (startsWith(bytes, "From ")) start = bytes.indexOf(0x0a) + 1;
  // Most documents fail here, on their first line, before any text is made of their bytes.
  if (!isHeaderStart(bytes, start)) return false;
  // Line by line: most text that passes the first test (`1994/95:1 av …`) fails on its second line, so the sample is
  // not made into one string (that took 220 of the 585 CPU-ms of loading an eighth of the benchmark corpus).
  const end = Math.min(bytes.length, start + HEAD_SAMPLE);
  let mime = false;
  for (let from = start; from < end;) {
    const newline = bytes.indexOf(0x0a, from);
    if (newline < 0 || newline >= end) return false;
    const line = String.fromCharCode(...bytes.subarray(from, newline > from && bytes[newline - 1] === 0x0d ? newline - 1 : newline));
    from = newline + 1;
    if (line === "") return mime;
    if (HEADER_LINE.test(line)) mime ||= MIME_HEADERS.test(line);
    else if (!/^[ \t]/.test(line)) return false;
    mime ||= line.includes("=?");
  }
  return false;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Whether a header name (printable ASCII but `:`) and its colon start at `i`. */
function isHeaderStart(bytes: Uint8Array, i: number): boolean {
  let k = i;
  while (k < bytes.length && k - i < 80 && bytes[k] >= 0x21 && bytes[k] <= 0x7e && bytes[k] !== 0x3a) k++;
  return k > i && bytes[k] === 0x3a;
}

type PostalMimeClass = typeof import("postal-mime").default;
let postalMime: Promise<PostalMimeClass> | undefined;
// Loaded on first use, like PDF.js and mammoth: a program that reads no e-mail never loads it.
const loadPostalMime = () => (postalMime ??= import("postal-mime").then((m) => m.default));

function formatAddress(address: Address): string {
  if (address.group) return `${address.name}: ${address.group.map(formatAddress).join(", ")}`;
  return address.name && address.name !== address.address ? `${address.name} <${address.address}>` : address.address;
}

/** The first value of a header, white space collapsed. */
function header(email: Email, key: string): string | undefined {
  return email.headers
    .find((h) => h.key === key)
    ?.value.replace(/\s+/g, " ")
    .trim();
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const RFC_DATE = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/i;

/**
 * An RFC 5322 date (`Thu, 5 Oct 2017 16:29:00 +0200`) as `2017-10-05 16:29`, in the sender's own time (postal-mime
 * gives UTC, which may be another day); any other value as written.
 */
function mailDate(value: string | undefined): string | undefined {
  const match = value ? RFC_DATE.exec(value) : null;
  const month = match ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : 0;
  if (!match || !month) return value;
  const date = `${match[3]}-${String(month).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return match[4] ? `${date} ${match[4].padStart(2, "0")}:${match[5]}` : date;
}

/**
 * The text of a MIME message: header lines, body, and the attachments' names.
 * @param source - File name for error messages.
 * @throws SamverkanError UNDECODABLE when the message cannot be parsed (nested beyond the parser's limits).
 */
export async function readEmail(bytes: Uint8Array, source: string): Promise<string> {
  const PostalMime = await loadPostalMime();
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new SamverkanError("UNDECODABLE", `samverkan/read: ${source} is not a readable e-mail (${(error as Error).message})`, { file: source, cause: error });
  }
  const lines: string[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${name}: ${value.replace(/\s+/g, " ").trim()}`);
  };
  add("From", email.from && formatAddress(email.from));
  add("Date", mailDate(header(email, "date")));
  add("To", email.to?.map(formatAddress).join(", "));
  add("Cc", email.cc?.map(formatAddress).join(", "));
  add("Subject", email.subject);
  const body = email.text?.trim() ? email.text : email.html ? htmlToText(email.html).text : "";
  const attachments = email.attachments.filter((a) => !a.related).map((a) => a.filename ?? `(${a.mimeType})`);
  return [lines.join("\n"), body.trim(), attachments.length ? `Attachments: ${attachments.join(", ")}` : ""].filter(Boolean).join("\n\n") + "\n";
}
