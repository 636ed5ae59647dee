/**
 * Office documents
 * ================
 *
 * Word (`.docx`) through mammoth, which turns the document's structure (headings, paragraphs, lists, tables) into
 * HTML; OpenDocument text (`.odt`) from its `content.xml`, as no maintained JavaScript reader of `.odt` exists. Both
 * markups are made text alike (htmlparser2), tables read as the PDF reader reads them, so a protocol reads the same
 * from Word, OpenDocument and PDF. Both are zip archives: every entry is first inflated under a budget (zip.ts), so a
 * zip bomb is refused before mammoth unpacks anything. Titles in the files' properties are left aside, as they are
 * for PDF: templates fill them more often than authors do.
 */
import { Parser } from "htmlparser2";
import { SamverkanError } from "../errors";
import { DEFAULT_MAX_UNPACKED, unzipAll, zipEntries } from "./zip";

/** The kind of office document a zip archive holds, if any: by its content, else by its name. */
export function officeKind(bytes: Uint8Array, source: string): "docx" | "odt" | undefined {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  // An OpenDocument file names its type in its first entry, `mimetype`, stored uncompressed.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument.text")) return "odt";
  // A Word document by its main part, wherever the archive has it (the parts come in any order).
  if (entryNames(bytes, source).has("word/document.xml")) return "docx";
  // A damaged archive is what its name says, and its reader reports the damage.
  if (/\.docx$/i.test(source)) return "docx";
  if (/\.odt$/i.test(source)) return "odt";
  return undefined;
}

/** The names of a zip archive's entries, none when its directory cannot be read. */
function entryNames(bytes: Uint8Array, source: string): Set<string> {
  try {
    return new Set(zipEntries(bytes, source).map((e) => e.name));
  } catch {
    return new Set();
  }
}

/** Text of a Word document. */
export async function readDocx(bytes: Uint8Array, source: string, maxUnpacked = DEFAULT_MAX_UNPACKED): Promise<string> {
  const entries = await unzipAll(bytes, source, maxUnpacked);
  if (!entries.has("word/document.xml"))
    throw new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} is not a Word document (no word/document.xml)`, { file: source });
  const mammoth = await import("mammoth");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // mammoth's Node build reads `buffer` and its browser build `arrayBuffer`; both give it to JSZip, which takes an
    // ArrayBuffer, so one object serves both.
    const input = { arrayBuffer: buffer, buffer } as { arrayBuffer: ArrayBuffer };
    ({ value: html } = await (mammoth.default ?? mammoth).convertToHtml(input));
  } catch (error) {
    throw new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} is not a readable Word document (${(error as Error).message})`, { file: source });
  }
  return markupText(html, WORD_HTML);
}

/** Text of an OpenDocument text file. */
export async function readOdt(bytes: Uint8Array, source: string, maxUnpacked = DEFAULT_MAX_UNPACKED): Promise<string> {
  const entries = await unzipAll(bytes, source, maxUnpacked);
  const content = entries.get("content.xml");
  if (!content) throw new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} is not an OpenDocument text (no content.xml)`, { file: source });
  return markupText(new TextDecoder().decode(content), OPEN_DOCUMENT);
}

/** The elements of a markup that make lines, list items and tables, and the white space its text collapses. */
interface Markup {
  xml: boolean;
  lines: Set<string>;
  item: string;
  row: string;
  cells: Set<string>;
  space: RegExp;
}

// mammoth's HTML: a Word tab is a tab character in the text, kept as one.
const WORD_HTML: Markup = {
  xml: false,
  lines: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br"]),
  item: "li",
  row: "tr",
  cells: new Set(["td", "th"]),
  space: /[ \r\n]+/g,
};
// OpenDocument: all white space in the XML collapses (ODF 1.3, 6.1.2); `<text:tab/>` and `<text:s/>` stand for it.
const OPEN_DOCUMENT: Markup = {
  xml: true,
  lines: new Set(["text:p", "text:h", "text:list-item", "text:line-break"]),
  item: "text:list-item",
  row: "table:table-row",
  cells: new Set(["table:table-cell", "table:covered-table-cell"]),
  space: /\s+/g,
};

/** A line of text: single spaces, none at the ends or around a tab. */
const cleanLine = (line: string) =>
  line
    .replace(/[ \u00a0]+/g, " ")
    .replace(/ ?\t ?/g, "\t")
    .trim();

// A line this long is running text, not a table's label, value or name.
const PROSE_LINE = 80;

/**
 * The text of a document's markup, a line per paragraph, heading and list item. A table row reads as the PDF reader
 * reads a table: its cells side by side with a tab between, line by line, so a protocol's header table gives
 * `Beslutande<TAB>Åsa Berg (S), ordförande` and the names below it, and a signature table its labels over its names.
 * A row with running text in more than one cell (a layout table) reads cell after cell, as columns of prose do.
 */
function markupText(markup: string, kind: Markup): string {
  // Lines of the document, and of each table cell open within it.
  const blocks: string[][] = [[""]];
  const rows: string[][][] = [];
  const top = () => blocks[blocks.length - 1];
  // A list item's bullet goes before its first words (which stand in a paragraph of their own in OpenDocument).
  let bullet = false;
  const write = (text: string) => {
    const lines = top();
    if (bullet && text.trim() !== "") {
      text = `• ${text.trimStart()}`;
      bullet = false;
    }
    lines[lines.length - 1] += text;
  };
  const newline = () => {
    const lines = top();
    if (lines[lines.length - 1].trim() !== "") lines.push("");
  };
  const writeLine = (line: string) => {
    write(line);
    newline();
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (kind.lines.has(name)) newline();
        if (name === kind.item) bullet = true;
        if (name === kind.row) rows.push([]);
        if (kind.cells.has(name)) blocks.push([""]);
        // `<text:s text:c="3"/>` is three spaces, `<text:tab/>` a tab.
        if (name === "text:s") write(" ".repeat(Math.min(100, Number(attrs["text:c"] ?? 1) || 1)));
        if (name === "text:tab") write("\t");
      },
      ontext(data) {
        write(data.replace(kind.space, " "));
      },
      onclosetag(name) {
        if (kind.lines.has(name)) newline();
        if (kind.cells.has(name) && blocks.length > 1) {
          const cell = blocks
            .pop()!
            .map(cleanLine)
            .filter((l) => l !== "");
          // A cell outside any row (damaged markup) is lines like any other.
          if (rows.length) rows[rows.length - 1].push(cell);
          else cell.forEach(writeLine);
        }
        if (name === kind.row && rows.length) {
          const cells = rows.pop()!.filter((c) => c.length > 0);
          newline();
          const prose = cells.filter((c) => c.some((l) => l.length > PROSE_LINE)).length > 1;
          const height = Math.max(0, ...cells.map((c) => c.length));
          // Line k of the row is line k of each cell that has one.
          const lines = prose
            ? cells.flat()
            : Array.from({ length: height }, (_, k) =>
                cells
                  .filter((c) => k < c.length)
                  .map((c) => c[k])
                  .join("\t"),
              );
          lines.forEach(writeLine);
        }
      },
    },
    { xmlMode: kind.xml, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return blocks[0]
    .map(cleanLine)
    .filter((l) => l !== "")
    .join("\n");
}
