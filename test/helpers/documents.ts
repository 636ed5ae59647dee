/**
 * Documents
 * =========
 *
 * Generators of one municipal protocol in the formats samverkan reads: plain text, PDF in several layouts (a header
 * table, pages with a running header, a rotated page, two-column prose), Word (.docx) and OpenDocument (.odt); and of
 * the bad files a reader must refuse (truncated and encrypted PDFs, a scan without text, a zip bomb). Every format
 * is drawn from the same rows (`protocolRows`), so one protocol reads alike in all of them. All names are invented.
 */
import { spawnSync } from "node:child_process";
import { constants, crc32, deflateRawSync, deflateSync } from "node:zlib";
import { Document, HeadingLevel, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument, PDFHexString, StandardFonts, degrees, type PDFFont, type PDFPage } from "pdf-lib";
import type { KnowledgeGraph } from "@samverkan/core";

/** A member of the body, with party letters and a role in the body when there is one (`ordförande`). */
export interface Member {
  name: string;
  party: string;
  role?: string;
}

/** Someone present who is not a member: an official with a job title. */
export interface Participant {
  name: string;
  role: string;
}

/** An agenda item: `§ number title`, then paragraphs of running text. */
export interface ProtocolItem {
  number: number;
  title: string;
  paragraphs: string[];
}

/** A protocol of the standard Swedish municipal layout. */
export interface Protocol {
  /** `Solbacka kommun`. */
  municipality: string;
  /** The body that met: `Kommunstyrelsen`. */
  body: string;
  /** ISO date of the meeting. */
  date: string;
  place: string;
  /** `kl. 13.00–15.30`. */
  time: string;
  /** `Beslutande`; the chair is the one whose role is `ordförande`. */
  members: Member[];
  /** `Ersättare`. */
  substitutes: Member[];
  /** `Övriga deltagare`. */
  others: Participant[];
  secretary: string;
  /** `Utses att justera`, and the third signature. */
  adjuster: string;
  items: ProtocolItem[];
}

/**
 * How `protocolPdf` sets the protocol. The header is always a table of labels and values. A PDF of more than one page
 * has a running header on every page (`SOLBACKA KOMMUN  PROTOKOLL  Sida N (M)` over a body and date line) in place of
 * the head lines.
 */
export interface PdfLayout {
  /** Pages the items are spread over, at item boundaries. Default 1. */
  pages?: number;
  /** The last page is stored turned (`/Rotate 90`) with its text drawn turned back, so it reads upright. */
  rotated?: boolean;
  /** The items are set in two columns of running text on page 2, the signatures on page 3 (`pages` is ignored). */
  columns?: boolean;
}

/** The protocol most tests use: Kommunstyrelsen of the invented Solbacka kommun. */
export const SAMPLE_PROTOCOL: Protocol = {
  municipality: "Solbacka kommun",
  body: "Kommunstyrelsen",
  date: "2024-03-12",
  place: "Kommunhuset, Lärkrummet",
  time: "kl. 13.00–15.30",
  members: [
    { name: "Ingrid Solberg", party: "S", role: "ordförande" },
    { name: "Tomas Vikström", party: "M", role: "vice ordförande" },
    { name: "Signe Åkerlund", party: "C" },
    { name: "Henrik Nyblom", party: "S" },
    { name: "Linnea Hedberg", party: "KD" },
  ],
  substitutes: [
    { name: "Arvid Sandgren", party: "L" },
    { name: "Elin Ahlqvist", party: "V" },
  ],
  others: [
    { name: "Olof Brandt", role: "kommundirektör" },
    { name: "Maja Lindvall", role: "kommunsekreterare" },
  ],
  secretary: "Maja Lindvall",
  adjuster: "Tomas Vikström",
  items: [
    {
      number: 1,
      title: "Mötets öppnande",
      paragraphs: [
        "Ordföranden hälsar ledamöter, ersättare och tjänstemän välkomna och förklarar sammanträdet öppnat. Föredragningslistan godkänns utan ändringar, och kallelsen har gått ut i den ordning som reglementet föreskriver.",
      ],
    },
    {
      number: 2,
      title: "Budget för kollektivtrafiken",
      paragraphs: [
        "Styrelsen behandlar förslaget till budget för kollektivtrafiken under de kommande tre åren. Förslaget innebär att turtätheten på landsbygdslinjerna behålls, att skolskjutsarna samordnas med den allmänna trafiken och att biljettpriserna hålls oförändrade under det första året.",
        "Kommunstyrelsen beslutar att godkänna förslaget och att uppdra åt förvaltningen att följa upp resandet varje kvartal.",
      ],
    },
    {
      number: 3,
      title: "Information om bredbandsutbyggnaden",
      paragraphs: [
        "Kommundirektören redogör för läget i utbyggnaden av bredband på landsbygden. Arbetet har gått fortare än väntat under vintern, och de flesta byar i kommunens norra del beräknas vara anslutna innan sommaren. Några sträckor väntar fortfarande på tillstånd från markägare.",
        "Kommunstyrelsen beslutar att lägga informationen till handlingarna.",
      ],
    },
    {
      number: 4,
      title: "Sammanträdets avslutande",
      paragraphs: [
        "Ordföranden tackar för visat intresse och förklarar sammanträdet avslutat. Nästa sammanträde hålls i april, då bland annat årsredovisningen och frågan om nya lokaler för äldreomsorgen ska behandlas.",
      ],
    },
  ],
};

/** One line of a protocol: cells in columns (0 the margin, 1 the value column of the header table, 2–4 signatures). */
export interface Row {
  cells: [column: number, text: string][];
  /** A blank line before it. */
  space?: boolean;
  /** Running text, wrapped to the width it is set in (PDF) or kept on one line (text). */
  prose?: boolean;
  /** The row opens agenda item number `item`. */
  item?: number;
  /** The row is part of the signature block. */
  signature?: boolean;
}

const memberLine = (m: Member) => `${m.name} (${m.party})${m.role ? `, ${m.role}` : ""}`;
const chair = (p: Protocol) => p.members.find((m) => m.role === "ordförande")?.name ?? p.members[0].name;
const paragraphRange = (p: Protocol) => {
  const numbers = p.items.map((i) => i.number);
  return numbers.length > 1 ? `§§ ${numbers[0]}–${numbers[numbers.length - 1]}` : `§ ${numbers[0]}`;
};

/** The head lines: municipality, genre, body, date. A PDF of several pages sets them as a running header instead. */
function headRows(p: Protocol): Row[] {
  return [
    { cells: [[0, p.municipality.toUpperCase()]] },
    { cells: [[0, "PROTOKOLL"]] },
    { cells: [[0, p.body]] },
    {
      cells: [
        [0, "Sammanträdesdatum"],
        [1, p.date],
      ],
    },
  ];
}

/** A field of the header table: its label and its values, one a line (`Beslutande` and a name a line). */
export interface Field {
  label: string;
  values: string[];
}

/** The fields of the header table. */
export function protocolFields(p: Protocol): Field[] {
  return [
    { label: "Plats och tid", values: [`${p.place}, ${p.date} ${p.time}`] },
    { label: "Beslutande", values: p.members.map(memberLine) },
    { label: "Ersättare", values: p.substitutes.map(memberLine) },
    { label: "Övriga deltagare", values: p.others.map((o) => `${o.name}, ${o.role}`) },
    { label: "Utses att justera", values: [p.adjuster] },
    { label: "Paragrafer", values: [paragraphRange(p)] },
  ];
}

/** The rows of the items: a heading, then a row per paragraph. */
function itemRows(p: Protocol): Row[] {
  return p.items.flatMap((item) => [
    { cells: [[0, `§ ${item.number} ${item.title}`]], space: true, item: item.number },
    ...item.paragraphs.map((text, i): Row => ({ cells: [[0, text]], prose: true, space: i > 0 })),
  ]);
}

/** The signature block: labels, and the names below them. */
function signatureRows(p: Protocol): Row[] {
  return [
    {
      cells: [
        [2, "Sekreterare"],
        [3, "Ordförande"],
        [4, "Justerande"],
      ],
      space: true,
      signature: true,
    },
    {
      cells: [
        [2, p.secretary],
        [3, chair(p)],
        [4, p.adjuster],
      ],
      signature: true,
    },
  ];
}

/** The header table: a field's label and first value on a row, its other values on the rows below. */
function tableRows(p: Protocol): Row[] {
  return protocolFields(p).flatMap(({ label, values }, f) =>
    values.map((v, i): Row => ({
      cells:
        i === 0
          ? [
              [0, label],
              [1, v],
            ]
          : [[1, v]],
      space: f === 0 && i === 0,
    })),
  );
}

/** The protocol as rows, head excluded: header table, items, signature block. */
export function protocolRows(p: Protocol): Row[] {
  return [...tableRows(p), ...itemRows(p), ...signatureRows(p)];
}

/** The protocol as plain text: one field per line (`Field<TAB>value`), more names on the lines below. */
export function protocolText(p: Protocol = SAMPLE_PROTOCOL): string {
  return [...headRows(p), ...protocolRows(p)].map((r) => `${r.space ? "\n" : ""}${r.cells.map(([, t]) => t).join("\t")}`).join("\n");
}

// ---------------------------------------------------------------------------------------------------------------
// PDF

const A4: [number, number] = [595, 842];
const MARGIN = 56;
const SIZE = 10;
const LEADING = 14;
/** x of each column: margin, header table values, three signature columns. */
const COLUMN_X = [MARGIN, 180, MARGIN, MARGIN + 170, MARGIN + 340];
/** Space between two columns of running text. */
const GUTTER = 24;

/** Words of `text` in lines no wider than `width`. */
function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A page to draw on in upright coordinates (x from the left, y down from the top), turned or not. */
class Sheet {
  y = MARGIN;
  constructor(
    private readonly page: PDFPage,
    private readonly font: PDFFont,
    private readonly turned: boolean,
  ) {}
  /** Draws `s` at `x` on the current line. */
  text(s: string, x: number) {
    // A page turned by /Rotate 90 shows user space turned clockwise: the upright x is user y, the upright y (down)
    // is user x, and text runs up the page in user space.
    if (this.turned) this.page.drawText(s, { x: this.y, y: x, size: SIZE, font: this.font, rotate: degrees(90) });
    else this.page.drawText(s, { x, y: A4[1] - this.y, size: SIZE, font: this.font });
  }
  /** Draws a row, its cells in their columns, wrapped to the width of the page when it is prose. */
  row(r: Row) {
    if (r.space) this.y += LEADING;
    const lines = r.prose ? wrap(r.cells[0][1], this.font, A4[0] - 2 * MARGIN).map((t): [number, string][] => [[0, t]]) : [r.cells];
    for (const cells of lines) {
      for (const [column, s] of cells) this.text(s, COLUMN_X[column]);
      this.y += LEADING;
    }
  }
  /** Draws rows in two columns of running text, the left one filled with half the lines, then the right one. */
  columns(rows: Row[]) {
    const width = (A4[0] - 2 * MARGIN - GUTTER) / 2;
    const lines = rows.flatMap((r) =>
      (r.prose ? wrap(r.cells[0][1], this.font, width) : [r.cells[0][1]]).map((text, i) => ({ text, space: !!r.space && i === 0 })),
    );
    const half = Math.ceil(lines.length / 2);
    const top = this.y;
    [lines.slice(0, half), lines.slice(half)].forEach((column, c) => {
      this.y = top;
      column.forEach((line, i) => {
        if (line.space && i > 0) this.y += LEADING;
        this.text(line.text, MARGIN + c * (width + GUTTER));
        this.y += LEADING;
      });
    });
  }
}

/**
 * The rows `protocolPdf` sets on each page, running header aside: the head and header table on page 1, the items
 * spread over the pages at item boundaries (or all on page 2 when set in columns), the signatures last.
 */
export function pdfPages(p: Protocol, layout: PdfLayout = {}): Row[][] {
  const head = tableRows(p);
  const items = itemRows(p);
  const signatures = signatureRows(p);
  if (layout.columns) return [head, items, signatures];
  const count = Math.max(1, layout.pages ?? 1);
  const starts = items.flatMap((r, i) => (r.item !== undefined ? [i] : []));
  const start = (k: number) => (k >= count ? items.length : starts[Math.floor((k * starts.length) / count)]);
  const pages = Array.from({ length: count }, (_, k) => items.slice(start(k), start(k + 1)));
  pages[0] = [...head, ...pages[0]];
  pages[count - 1] = [...pages[count - 1], ...signatures];
  return pages;
}

/**
 * The protocol as a PDF (Helvetica, A4). The header is a table of labels and values, the signature block three
 * columns with the names below their labels.
 * @example
 * const bytes = await protocolPdf(SAMPLE_PROTOCOL, { pages: 2 });
 */
export async function protocolPdf(p: Protocol = SAMPLE_PROTOCOL, layout: PdfLayout = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdfPages(p, layout);
  pages.forEach((rows, k) => {
    const turned = !!layout.rotated && k === pages.length - 1;
    const page = pdf.addPage(turned ? [A4[1], A4[0]] : A4);
    if (turned) page.setRotation(degrees(90));
    const sheet = new Sheet(page, font, turned);
    if (pages.length > 1) {
      sheet.text(p.municipality.toUpperCase(), MARGIN);
      sheet.text("PROTOKOLL", 260);
      sheet.text(`Sida ${k + 1} (${pages.length})`, 480);
      sheet.y += LEADING;
      sheet.text(p.body, MARGIN);
      sheet.text(`Sammanträdesdatum ${p.date}`, 260);
      sheet.y += 2 * LEADING;
    } else for (const r of headRows(p)) sheet.row(r);
    if (layout.columns && k === 1) sheet.columns(rows);
    else for (const r of rows) sheet.row(r);
  });
  return pdf.save();
}

/** A PDF whose trailer names an encryption dictionary with a user password that is not empty. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await protocolPdf());
  const context = pdf.context;
  // Standard security handler, RC4 40-bit: /U is what the empty password would have to produce, so any other
  // 32 bytes mean a password is needed.
  const encrypt = context.obj({
    Filter: "Standard",
    V: 1,
    R: 2,
    O: PDFHexString.of("a".repeat(64)),
    U: PDFHexString.of("b".repeat(64)),
    P: -44,
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  const id = PDFHexString.of("0123456789abcdef0123456789abcdef");
  context.trailerInfo.ID = context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

/** The first half of a PDF's bytes, as a broken download leaves it. */
export const truncatedPdf = (pdf: Uint8Array): Uint8Array => pdf.slice(0, Math.floor(pdf.length / 2));

/** True when poppler's `pdftoppm` can render pages here. */
export const canRenderPdf = (): boolean => !spawnSync("pdftoppm", ["-v"], { stdio: "ignore" }).error;

/**
 * A scan of page 1 of `pdf`: a PDF whose only page is an image, rendered by `pdftoppm` at `dpi`. Where pdftoppm is
 * missing the image is blank (still a scan without text, enough for NEEDS_OCR).
 */
export async function scannedPdf(pdf: Uint8Array = new Uint8Array(), dpi = 200): Promise<Uint8Array> {
  const scan = await PDFDocument.create();
  let image;
  if (pdf.length && canRenderPdf()) {
    // JPEG, as scanners write, and as pdf-lib embeds without decoding (a PNG it decodes and encodes again, slowly).
    const out = spawnSync("pdftoppm", ["-f", "1", "-l", "1", "-r", String(dpi), "-gray", "-jpeg", "-singlefile", "-"], {
      input: pdf,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (out.status !== 0 || !out.stdout.length) throw new Error(`pdftoppm failed: ${out.stderr}`);
    image = await scan.embedJpg(out.stdout);
  } else image = await scan.embedPng(blankPng(8, 8));
  scan.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  return scan.save();
}

/** A grey PNG of the given size, written by hand (one IDAT, no filtering). */
function blankPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc((width + 1) * height, 0xc0);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter type "none" on each row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Word and OpenDocument

/**
 * The protocol as a Word document: head lines, the header as a real table (label cell, a paragraph per name in the
 * value cell), items as headings and paragraphs, the signature block as a table of three columns.
 */
export async function protocolDocx(p: Protocol = SAMPLE_PROTOCOL): Promise<Uint8Array> {
  const cell = (lines: string[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: lines.map((t) => new Paragraph(t)) });
  const header = new Table({ rows: protocolFields(p).map((f) => new TableRow({ children: [cell([f.label], 2600), cell(f.values, 6400)] })) });
  const body = itemRows(p).map((r) => new Paragraph({ text: r.cells[0][1], heading: r.item !== undefined ? HeadingLevel.HEADING_2 : undefined }));
  const signatures = new Table({ rows: signatureRows(p).map((r) => new TableRow({ children: r.cells.map(([, t]) => cell([t], 3000)) })) });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph(p.municipality.toUpperCase()),
          new Paragraph({ text: "PROTOKOLL", heading: HeadingLevel.HEADING_1 }),
          new Paragraph(p.body),
          // The date after a Word tab, as templates set it.
          new Paragraph({ children: [new TextRun({ children: ["Sammanträdesdatum", new Tab(), p.date] })] }),
          header,
          ...body,
          signatures,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The protocol as an OpenDocument text, the header and signatures as tables, as `protocolDocx` sets them. */
export function protocolOdt(p: Protocol = SAMPLE_PROTOCOL): Uint8Array {
  const para = (t: string) => `<text:p>${xml(t)}</text:p>`;
  const cell = (lines: string[]) => `<table:table-cell office:value-type="string">${lines.map(para).join("")}</table:table-cell>`;
  const table = (name: string, columns: number, rows: string[][][]) =>
    `<table:table table:name="${name}"><table:table-column table:number-columns-repeated="${columns}"/>${rows.map((r) => `<table:table-row>${r.map(cell).join("")}</table:table-row>`).join("")}</table:table>`;
  const head = `${[p.municipality.toUpperCase(), "PROTOKOLL", p.body].map(para).join("")}<text:p>Sammanträdesdatum<text:tab/>${p.date}</text:p>`;
  const header = table(
    "Huvud",
    2,
    protocolFields(p).map((f) => [[f.label], f.values]),
  );
  const body = itemRows(p)
    .map((r) => (r.item !== undefined ? `<text:h text:outline-level="2">${xml(r.cells[0][1])}</text:h>` : para(r.cells[0][1])))
    .join("");
  const signatures = table(
    "Underskrifter",
    3,
    signatureRows(p).map((r) => r.cells.map(([, t]) => [t])),
  );
  return odtFile(`${head}${header}${body}${signatures}`);
}

/** An OpenDocument text whose `<office:text>` holds `body` (the `text:` and `table:` namespaces are declared). */
export function odtFile(body: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zip([
    // The media type first and stored, as the OpenDocument format requires.
    { name: "mimetype", data: new TextEncoder().encode("application/vnd.oasis.opendocument.text"), store: true },
    { name: "META-INF/manifest.xml", data: new TextEncoder().encode(manifest) },
    { name: "content.xml", data: new TextEncoder().encode(content) },
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Zip

/** An entry of `zip`: stored or deflated; `deflated` gives raw deflate bytes as they are, with the sizes stated. */
export interface ZipInput {
  name: string;
  data?: Uint8Array;
  store?: boolean;
  deflated?: { bytes: Uint8Array; size: number; crc: number };
}

/** A zip archive of the entries, local headers then the central directory (no zip64). */
export function zip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const data = e.data ?? new Uint8Array();
    const method = e.deflated ? 8 : e.store ? 0 : 8;
    const stored = e.deflated ? e.deflated.bytes : method === 0 ? data : deflateRawSync(data);
    const size = e.deflated ? e.deflated.size : data.length;
    const crc = e.deflated ? e.deflated.crc : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(stored));
    directory.push(central, name);
    offset += 30 + name.length + stored.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/**
 * A Word document whose `word/document.xml` inflates to `megabytes` MB of zeros while the file stays about a
 * thousandth of that: a zip bomb. Its headers state `statedSize` bytes unpacked (default: a harmless-looking 4 KB,
 * the lie a bomb tells). Built from one deflated megabyte repeated, so making it costs no memory.
 */
export function zipBombDocx(megabytes = 1024, statedSize = 4096): Uint8Array {
  // A sync flush ends each copy on a byte boundary without a final block, so the copies concatenate into one
  // stream; an empty final block of fixed codes (0x03 0x00) closes it.
  const megabyte = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  const bytes = Buffer.concat([...Array.from({ length: megabytes }, () => megabyte), Buffer.from([0x03, 0x00])]);
  const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
  return zip([
    { name: "[Content_Types].xml", data: new TextEncoder().encode(contentTypes) },
    { name: "word/document.xml", deflated: { bytes, size: statedSize, crc: 0 } },
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing graphs

/**
 * What a reader must not change in a graph: every node by id, every edge by kind, ends and the attributes that say
 * what it means (capacity, role, items), and people's roles. Offsets, layout and titles are left out.
 */
export function graphFacts(graph: KnowledgeGraph): string[] {
  const nodes = graph.mapNodes((id, a) => {
    const roles =
      a.kind === "person" && a.roles
        ? ` roles=${a.roles
            .map((r) => r.roleNormalised)
            .sort()
            .join(",")}`
        : "";
    return `${a.kind} ${id}${roles}`;
  });
  const edges = graph.mapEdges((_, a, source, target) => {
    const meaning = [a.capacity && `capacity=${a.capacity}`, a.role && `role=${a.role}`, a.items && `items=${a.items}`];
    return [`${a.kind} ${source} -> ${target}`, ...meaning.filter(Boolean)].join(" ");
  });
  return [...nodes, ...edges].sort();
}
