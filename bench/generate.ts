/**
 * Generated corpus
 * ================
 *
 * Minutes written the way real ones are (`Tid`, `Plats`, a flattened `Närvarande` list with municipalities and the
 * chair, numbered items), made from the lexicons with a fixed seed, for benchmarks that need more meetings than the
 * sample has. They go through the real pipeline like any document. `generateMinutesPdf` sets them as one long PDF,
 * a meeting a page, with a page header on every page, for the PDF reader's throughput.
 */
import { readFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";

const data = (name: string) => JSON.parse(readFileSync(new URL(`../packages/core/data/${name}.json`, import.meta.url), "utf8"));

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const BODIES = [
  "kommunstyrelsens arbetsutskott",
  "socialnämnden",
  "utbildningsnämnden",
  "styrgruppen för vuxenutbildning",
  "miljö- och byggnadsnämnden",
  "kulturnämnden",
];

export interface GeneratedCorpus {
  documents: { source: string; content: string }[];
  people: string[];
  municipalities: string[];
}

/** Minutes of `meetings` meetings among `peopleCount` people. */
export function generateMinutes(meetings: number, peopleCount = 3000, seed = 42): GeneratedCorpus {
  const random = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const given: string[] = data("given-names").names;
  const surnames: string[] = data("surnames").names;
  const municipalities: string[] = data("municipalities")
    .map((m: { name: string }) => m.name)
    .filter((m: string) => !m.includes(" "));
  const topics: string[] = data("topics").map((t: { label: string }) => t.label);
  const people = new Set<string>();
  while (people.size < peopleCount) people.add(`${pick(given)} ${pick(surnames)}`);
  const pool = [...people];
  const home = new Map(pool.map((p) => [p, pick(municipalities)]));
  const documents: { source: string; content: string }[] = [];
  for (let i = 0; i < meetings; i++) {
    const year = 2010 + (i % 12);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const body = pick(BODIES);
    const present = new Set<string>();
    while (present.size < 8) present.add(pick(pool));
    const list = [...present].map((p, k) => `${p}, ${home.get(p)}${k === 0 ? ", ordförande" : ""}`).join(" ");
    const items = [1, 2, 3]
      .map(
        (n) =>
          `${n}. ${pick(topics)[0].toUpperCase()}${pick(topics).slice(1)}\n\n${[...present][n]}: Ärendet om ${pick(topics)} redovisas och diskuteras. Beslut enligt förslag.`,
      )
      .join("\n\n");
    documents.push({
      source: `gen-${String(i).padStart(5, "0")}.txt`,
      content: `Protokoll ${body} nr ${i + 1}\n\nTid\tden ${day} ${MONTHS[month]} ${year}\nPlats\t${pick(municipalities)} kommunhus\nNärvarande\t${list}\n\n${items}\n`,
    });
  }
  return { documents, people: pool, municipalities };
}

/**
 * One PDF of `pages` pages, each the minutes of one generated meeting: a repeated page header, the fields in a
 * two-column table, the items as wrapped lines (WinAnsi text, as pdf-lib's standard fonts need).
 */
export async function generateMinutesPdf(pages: number, seed = 42): Promise<Uint8Array> {
  const { documents } = generateMinutes(pages, 3000, seed);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = (text: string, size: number) => font.widthOfTextAtSize(text, size);
  // The lexicons' names hold letters WinAnsi lacks (`ń`, `ı`): those lose their accents, or become `i`.
  const encodable = new Set(font.getCharacterSet());
  const encode = (c: string) => (encodable.has(c.codePointAt(0)!) ? c : c.normalize("NFD")[0]);
  const winAnsi = (text: string) =>
    [...text]
      .map((c) => {
        const e = encode(c);
        return encodable.has(e.codePointAt(0)!) || e === "\n" || e === "\t" ? e : "i";
      })
      .join("");
  documents.forEach((doc, n) => {
    const page = pdf.addPage([595, 842]);
    page.drawText("GENERERADE KOMMUNEN", { x: 50, y: 800, size: 9, font });
    page.drawText(`Sida ${n + 1} (${pages})`, { x: 480, y: 800, size: 9, font });
    let y = 770;
    for (const line of winAnsi(doc.content).split("\n")) {
      const [label, value] = line.includes("\t") ? line.split("\t") : [undefined, line];
      if (label) page.drawText(label, { x: 50, y, size: 10, font: bold });
      // Words wrapped to the column, so the page is set as a word processor would set it.
      let row = "";
      for (const word of value.split(" ")) {
        if (row && width(`${row} ${word}`, 10) > (label ? 345 : 495)) {
          page.drawText(row, { x: label ? 200 : 50, y, size: 10, font });
          y -= 13;
          row = word;
        } else row = row ? `${row} ${word}` : word;
      }
      if (row) page.drawText(row, { x: label ? 200 : 50, y, size: 10, font });
      y -= 13;
      if (y < 60) break;
    }
  });
  return pdf.save();
}
