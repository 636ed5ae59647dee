/**
 * PDF
 * ===
 *
 * Text of a PDF through Mozilla's PDF.js (`pdfjs-dist`), with its reading order rebuilt from the positions of the
 * text items, page by page:
 *
 * - items are put in the page's upright frame (the viewport's rotation and the text's own direction undone), then
 *   grouped into lines by baseline and ordered left to right; a wide gap inside a line becomes a tab, so a header
 *   table reads `Beslutande<TAB>Åsa Berg (S), ordförande` and a signature block keeps its columns apart;
 * - a page set in two columns of running text is read column by column, found by a vertical gutter that no item
 *   crosses and prose on both sides (a header table's narrow label column is not prose, and stays a table);
 * - lines at the top and bottom of pages that recur on other pages (digits aside: `Sida 2 (41)`, the body's name)
 *   are page furniture: the first page keeps them, as the protocol's head, later pages drop them.
 *
 * Pages are read one at a time and released, so memory stays bounded by one page. A page with no text but images is
 * a scan: it goes to the caller's OCR when there is one, else the file is reported as needing OCR.
 */
import { SamverkanError } from "../errors";
import { normaliseText } from "./decode";

/** OCR of one page of a PDF: the page's text, or undefined when the page cannot be read. */
export type OcrPage = (pdf: Uint8Array, pageNumber: number) => Promise<string | undefined>;

export interface PdfOptions {
  /** Most pages read; a longer PDF is an error (a bounded run), not a partial document. Default 2000. */
  maxPages?: number;
  /** Reads scanned pages. Without it a scanned PDF is an error that says so. */
  ocr?: OcrPage;
}

/** The text of a PDF, with the offset where each page starts. */
export interface PdfText {
  text: string;
  /** `pages[i]` is the offset in `text` where page `i + 1` starts. */
  pages: number[];
  /** Pages whose text came from OCR (1-based). */
  ocrPages: number[];
}

/** Default of `PdfOptions.maxPages`. */
export const DEFAULT_MAX_PAGES = 2000;

interface Item {
  str: string;
  x: number;
  /** Baseline, downwards from the top of the page. */
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  x: number;
  right: number;
  size: number;
  text: string;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use, so programs that never read a PDF never load PDF.js. The legacy build runs in Node and in
// every browser; PDF.js parses in this thread when no worker is set up, which suits a build reading one file at a time.
const loadPdfJs = () => (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // `%PDF-`

/** True when the bytes start a PDF: `%PDF-` in the first KB (some writers put bytes before it). */
export function isPdf(bytes: Uint8Array): boolean {
  // A byte scan, not a decoded string: every file of a build passes here, nearly all of them text.
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1)) {
    if (PDF_MAGIC.every((b, k) => head[i + k] === b)) return true;
  }
  return false;
}

/**
 * Reads the text of a PDF.
 * @throws SamverkanError ENCRYPTED, UNREADABLE_PDF, TOO_MANY_PAGES, NEEDS_OCR with the source named.
 */
export async function readPdf(bytes: Uint8Array, source: string, options: PdfOptions = {}): Promise<PdfText> {
  const lib = await loadPdfJs();
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  // PDF.js takes ownership of the buffer it is given; OCR needs the bytes again, so it gets a copy.
  const task = lib.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfError(error, source);
  }
  try {
    if (doc.numPages > maxPages) {
      throw new SamverkanError("TOO_MANY_PAGES", `samverkan/read: ${source} has ${doc.numPages} pages, over the limit of ${maxPages} (option maxPages)`, {
        file: source,
      });
    }
    const pages: Line[][] = [];
    const ocrPages: number[] = [];
    let scanned = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      let lines: Line[];
      try {
        lines = layOut(await pageItems(lib, page));
        if (lines.length === 0 && (await hasImages(lib, page))) {
          scanned++;
          const text = options.ocr ? await options.ocr(bytes, n) : undefined;
          if (text !== undefined) {
            ocrPages.push(n);
            lines = text
              .split("\n")
              .map((t, i) => ({ y: i, x: 0, right: 0, size: 0, text: t.trim() }))
              .filter((l) => l.text);
          }
        }
      } catch (error) {
        throw pdfError(error, source);
      } finally {
        page.cleanup();
      }
      pages.push(lines);
    }
    if (scanned > 0 && ocrPages.length === 0 && pages.every((p) => p.length === 0)) {
      throw new SamverkanError("NEEDS_OCR", `samverkan/read: ${source} is scanned (no text layer), needs --ocr`, { file: source });
    }
    // The metadata's title is left aside: writers fill it with the template's or file's name more often than not.
    return { ...joinPages(dropFurniture(pages)), ocrPages };
  } finally {
    await doc.destroy();
  }
}

function pdfError(error: unknown, source: string): SamverkanError {
  if (error instanceof SamverkanError) return error;
  const name = (error as { name?: string })?.name;
  if (name === "PasswordException") return new SamverkanError("ENCRYPTED", `samverkan/read: ${source} is encrypted (password protected)`, { file: source });
  const why = (error as Error)?.message ?? String(error);
  return new SamverkanError("UNREADABLE_PDF", `samverkan/read: ${source} is not a readable PDF (${why})`, { file: source });
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>["getPage"]>>;

/** The page's text items in its upright frame: rotation of the page and of the text undone. */
async function pageItems(lib: PdfJs, page: PdfPage): Promise<Item[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const raw: { str: string; m: number[]; width: number }[] = [];
  for (const item of content.items) {
    // White-space items are PDF.js's fillers for gaps; the gaps themselves say where spaces go.
    if (!("str" in item) || item.str.trim() === "") continue;
    raw.push({ str: item.str, m: lib.Util.transform(viewport.transform, item.transform), width: item.width });
  }
  // Text set at right angles to the page (a landscape table on a portrait page) is turned upright by the direction
  // most of its characters run in.
  const weight = [0, 0, 0, 0];
  for (const r of raw) weight[direction(r.m)] += r.str.length;
  const turn = weight.indexOf(Math.max(...weight));
  const items: Item[] = [];
  for (const { str, m, width } of raw) {
    if (direction(m) !== turn) continue;
    const [x, y] = rotate(m[4], m[5], turn);
    items.push({ str, x, y, width, size: Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1 });
  }
  return items;
}

/** Quarter turns (0–3) of a text run in device space (y down): 0 reads left to right. */
function direction(m: number[]): number {
  const [a, b] = m;
  return Math.abs(a) >= Math.abs(b) ? (a >= 0 ? 0 : 2) : b >= 0 ? 1 : 3;
}

/** A point turned back by `turn` quarter turns, so text of that direction reads left to right. */
function rotate(x: number, y: number, turn: number): [number, number] {
  switch (turn) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

async function hasImages(lib: PdfJs, page: PdfPage): Promise<boolean> {
  const ops = await page.getOperatorList();
  const paint = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject]);
  return ops.fnArray.some((fn) => paint.has(fn));
}

/**
 * Lines of a page in reading order, columns of running text one after the other. Lines across the gutter (a page
 * header or footer, a heading over both columns) stay where they stand, and the columns between them are read left
 * column first.
 */
function layOut(items: Item[]): Line[] {
  if (items.length === 0) return [];
  const page = rows(items);
  const gutter = findGutter(page);
  if (gutter === undefined) return page.map(lineOf).filter((l) => l.text !== "");
  const out: Line[] = [];
  let left: Item[] = [];
  let right: Item[] = [];
  const flush = () => {
    out.push(...lines(left), ...lines(right));
    left = [];
    right = [];
  };
  for (const row of page) {
    if (crosses(row, gutter)) {
      flush();
      out.push(lineOf(row));
    } else for (const item of row) (item.x < gutter[0] ? left : right).push(item);
  }
  flush();
  return out.filter((l) => l.text !== "");
}

/** Items grouped by baseline, top to bottom, each row left to right. */
function rows(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: Item[][] = [];
  for (const item of sorted) {
    const line = out[out.length - 1];
    if (line && Math.abs(item.y - line[0].y) <= Math.min(item.size, line[0].size) * 0.4) line.push(item);
    else out.push([item]);
  }
  for (const row of out) row.sort((a, b) => a.x - b.x);
  return out;
}

/** The lines of items on one baseline each. */
const lines = (items: Item[]): Line[] =>
  rows(items)
    .map(lineOf)
    .filter((l) => l.text !== "");

/** A row's items joined with spaces, and with a tab where a gap is wide. */
function lineOf(row: Item[]): Line {
  let text = "";
  let right = -Infinity;
  for (const item of row) {
    const gap = item.x - right;
    // About an em apart is a word space set by position; several ems, a column boundary.
    if (text === "") text = item.str.trimStart();
    else if (gap > item.size * 2) text = `${text.trimEnd()}\t${item.str.trimStart()}`;
    else if (gap > item.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ` ${item.str}`;
    else text += item.str;
    right = Math.max(right, item.x + item.width);
  }
  const size = row.reduce((s, i) => Math.max(s, i.size), 0);
  return { y: row[0].y, x: row[0].x, right, size, text: text.replace(/ {2,}/g, " ").trimEnd() };
}

/** True when an item of the row covers part of the band `[from, to)`. */
const crosses = (row: Item[], [from, to]: [number, number]) => row.some((i) => i.x < to && i.x + i.width > from);

/**
 * The gutter `[from, to)` between two columns of running text, if the page has one: a band in the middle third that
 * few rows cross (a quarter at most: headers, footers, headings over both columns) and no other row, with prose on
 * both sides of it (most lines of each side fill most of its width).
 */
function findGutter(page: Item[][]): [number, number] | undefined {
  const items = page.flat();
  const left = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.width));
  const width = right - left;
  if (width <= 0 || items.length < 20) return undefined;
  // How many rows cover each x (in points), a row counted once where its items overlap.
  const covered = new Uint16Array(Math.ceil(width) + 1);
  const counted = new Int32Array(covered.length).fill(-1);
  page.forEach((row, r) => {
    for (const i of row) {
      for (let x = Math.floor(i.x - left); x < Math.ceil(i.x - left + i.width); x++) {
        if (counted[x] !== r) covered[x]++;
        counted[x] = r;
      }
    }
  });
  const from = Math.floor(width / 3);
  const to = Math.ceil((2 * width) / 3);
  const fewest = Math.min(...covered.subarray(from, to));
  if (fewest > page.length / 4) return undefined;
  // The widest band at the fewest crossings: where the columns leave a gap, and not a word space.
  let best: [number, number] | undefined;
  for (let x = from; x < to; x++) {
    if (covered[x] !== fewest) continue;
    let end = x;
    while (end < width && covered[end] === fewest) end++;
    if (!best || end - x > best[1] - best[0]) best = [x, end];
    x = end;
  }
  if (!best || best[1] - best[0] < 8) return undefined;
  const gutter: [number, number] = [left + best[0], left + best[1]];
  const inColumns = page.filter((row) => !crosses(row, gutter)).flat();
  const sides = [lines(inColumns.filter((i) => i.x < gutter[0])), lines(inColumns.filter((i) => i.x >= gutter[1]))];
  const prose = (ls: Line[], from: number, to: number) => ls.length >= 5 && ls.filter((l) => l.right - l.x > (to - from) * 0.7).length >= ls.length * 0.6;
  return prose(sides[0], left, gutter[0]) && prose(sides[1], gutter[1], right) ? gutter : undefined;
}

/** The key of a furniture line: its text with digits reduced, so `Sida 2 (41)` and `Sida 3 (41)` match. */
const furnitureKey = (text: string) => text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Lines that stand among the first or last three of a page and recur so on at least half of the other pages are
 * page headers and footers: kept on the first page they appear on, dropped after.
 */
function dropFurniture(pages: Line[][]): Line[][] {
  const withText = pages.filter((p) => p.length > 0);
  if (withText.length < 2) return pages;
  const edges = (p: Line[]) => [...p.slice(0, 3), ...p.slice(Math.max(3, p.length - 3))];
  const count = new Map<string, number>();
  for (const p of withText) for (const key of new Set(edges(p).map((l) => furnitureKey(l.text)))) count.set(key, (count.get(key) ?? 0) + 1);
  const furniture = new Set([...count].filter(([, n]) => n >= 2 && n >= withText.length / 2).map(([k]) => k));
  if (furniture.size === 0) return pages;
  const seen = new Set<string>();
  return pages.map((p) => {
    const edge = new Set(edges(p));
    const kept = p.filter((l) => {
      const key = furnitureKey(l.text);
      if (!edge.has(l) || !furniture.has(key)) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return kept;
  });
}

/**
 * The pages' lines as one text, normalised page by page (so page offsets hold in the final text), a blank line
 * where the space between lines is wide and between pages.
 */
function joinPages(pages: Line[][]): { text: string; pages: number[] } {
  let text = "";
  const starts: number[] = [];
  for (const p of pages) {
    if (text !== "") text += "\n\n";
    starts.push(text.length);
    let page = "";
    let last: Line | undefined;
    for (const line of p) {
      if (last) page += last.size && line.y - last.y > Math.max(line.size, last.size) * 2.2 ? "\n\n" : "\n";
      page += line.text;
      last = line;
    }
    text += normaliseText(page);
  }
  return { text, pages: starts };
}
