/**
 * Office documents
 * ================
 *
 * Word (`.docx`) through mammoth, which turns the document's structure (headings, paragraphs, lists, tables) into
 * HTML that the HTML reader makes text of; OpenDocument text (`.odt`) by reading its `content.xml` with the same
 * XML parser (htmlparser2), as no maintained JavaScript reader of `.odt` exists. Both are zip archives: every entry is
 * first inflated under a budget (zip.ts), so a zip bomb is refused before mammoth unpacks anything. Titles in the
 * files' properties are left aside, as they are for PDF: templates fill them more often than authors do.
 */
import { Parser } from "htmlparser2";
import { SamverkanError } from "../errors";
import { htmlToText } from "./html";
import { DEFAULT_MAX_UNPACKED, unzipAll } from "./zip";

/** The kind of office document a zip archive holds, if any. */
export function officeKind(bytes: Uint8Array, source: string): "docx" | "odt" | undefined {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  if (/\.docx$/i.test(source)) return "docx";
  if (/\.odt$/i.test(source)) return "odt";
  // By content: an OpenDocument file names its type in its first entry, `mimetype`, stored uncompressed.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument.text")) return "odt";
  if (head.includes("[Content_Types].xml") || head.includes("word/")) return "docx";
  return undefined;
}

/** Text of a Word document. */
export async function readDocx(bytes: Uint8Array, source: string, maxUnpacked = DEFAULT_MAX_UNPACKED): Promise<string> {
  const entries = await unzipAll(bytes, source, maxUnpacked);
  if (!entries.has("word/document.xml")) throw new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} is not a Word document (no word/document.xml)`, { file: source });
  const mammoth = await import("mammoth");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    ({ value: html } = await (mammoth.default ?? mammoth).convertToHtml({ arrayBuffer: buffer }));
  } catch (error) {
    throw new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} is not a readable Word document (${(error as Error).message})`, { file: source });
  }
  return htmlToText(html).text;
}

// OpenDocument elements that end a line, and the one that lists.
const ODT_BLOCK = new Set(["text:p", "text:h", "text:list-item", "table:table-cell", "table:table-row", "text:line-break"]);

/** Text of an OpenDocument text file. */
export async function readOdt(bytes: Uint8Array, source: string, maxUnpacked = DEFAULT_MAX_UNPACKED): Promise<string> {
  const entries = await unzipAll(bytes, source, maxUnpacked);
  const content = entries.get("content.xml");
  if (!content) throw new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} is not an OpenDocument text (no content.xml)`, { file: source });
  const out: string[] = [];
  const newline = () => {
    if (out.length && out[out.length - 1] !== "\n") out.push("\n");
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (ODT_BLOCK.has(name)) newline();
        if (name === "text:list-item") out.push("• ");
        // `<text:s text:c="3"/>` is three spaces, `<text:tab/>` a tab.
        if (name === "text:s") out.push(" ".repeat(Math.min(100, Number(attrs["text:c"] ?? 1) || 1)));
        if (name === "text:tab") out.push("\t");
      },
      ontext(data) {
        out.push(data);
      },
      onclosetag(name) {
        if (ODT_BLOCK.has(name)) newline();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(new TextDecoder().decode(content));
  parser.end();
  const text = out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
  return text;
}
