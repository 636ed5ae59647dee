/**
 * Robustness of the whole extraction on hostile text: no step hangs (catastrophic backtracking, quadratic loops) and
 * random strings never throw. The time bound is a hang guard, not a speed test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, createExtractionModel, DEFAULT_LEXICON_DATA, extractDocument, readDocument } from "@samverkan/core";
import type { DocumentRecord, Genre } from "@samverkan/core";
import { findDates, inferDocumentDate } from "../read/dates";
import { detectGenre, detectLanguage, headerFields } from "../read/genre";
import { htmlToText } from "../read/html";
import { peopleFieldSpans } from "./01-lists";
import { sentences } from "./extract-document";
import { splitSections } from "./sections";
import { tokenize } from "../text/tokenize";

const model = createExtractionModel();
const GENRES: Genre[] = ["minutes", "newsletter", "email", "text"];
const record = (text: string, genre: Genre, date?: string): DocumentRecord => ({
  id: "h",
  source: "h.txt",
  genre,
  language: "sv",
  format: "text",
  encoding: "utf-8",
  text,
  date,
  title: text.slice(0, 40) || "h",
});
const BOUND_MS = 3000;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// A quarter of a hostile text in the same shape: its head, and its last characters (`… möte`, `… Kalle Ek`).
const quarterOf = (text: string) => text.slice(0, Math.floor(text.length / 4) - 20) + text.slice(-20);

/**
 * A hang guard a busy machine does not trip: a step fails only when it is slow on the whole text AND grows faster than
 * linearly from a quarter of it, in the faster of two runs of each (quadratic backtracking takes about 16 times as long
 * for 4 times the text, linear 4; a machine with other work stretches single runs unevenly).
 */
function expectNoHang(run: (text: string) => unknown, text: string, name: string): void {
  let whole = timed(() => run(text));
  if (whole < BOUND_MS) return;
  const part = quarterOf(text);
  let quarter = timed(() => run(part));
  if (whole / quarter >= 10) {
    whole = Math.min(
      whole,
      timed(() => run(text)),
    );
    quarter = Math.min(
      quarter,
      timed(() => run(part)),
    );
  }
  expect(whole / Math.max(quarter, 1), `${name}: ${Math.round(whole)} ms, a quarter of the text ${Math.round(quarter)} ms`).toBeLessThan(10);
}

const readQuietly = (text: string) => {
  try {
    readDocument({ source: "h.txt", content: text });
  } catch {
    /* empty input is an error */
  }
};

const HOSTILE: [string, string][] = [
  ["100k capitals 'A A A'", "A ".repeat(100_000)],
  ["capitalised name-like words", "Anna Lena Karin Eva ".repeat(25_000)],
  ["capitals without spaces", "A".repeat(100_000)],
  ["capitals without spaces, then a meeting word", `${"A".repeat(100_000)} möte`],
  ["commas", ",".repeat(100_000)],
  ["comma-space", ", ".repeat(100_000)],
  ["spaces", " ".repeat(100_000) + "x"],
  ["parentheses", "(".repeat(100_000)],
  ["party parentheses", "Anna Berg (S) ".repeat(10_000)],
  ["colons at line start", "Anna Berg: ja\n".repeat(10_000)],
  ["header fields", "Närvarande: Anna Berg, Nacka Karin Ek, Solna\n".repeat(2_000)],
  ["paragraph signs", "§".repeat(50_000) + " 5–9 ".repeat(10_000)],
  ["digits and dashes", "2019-".repeat(50_000)],
  ["month words", "9 maj ".repeat(30_000)],
  ["hyphens", "-".repeat(100_000)],
  ["hyphenated words", "Anna-".repeat(50_000) + "Lena"],
  ["newlines", "\n".repeat(100_000)],
  ["dots", ".".repeat(100_000)],
  ["Foto lines", "Foto: A B\n".repeat(10_000)],
  ["moderator chains", "moderator ".repeat(30_000) + "Kalle Ek"],
  ["role words", "ordförande, ".repeat(30_000)],
];

describe("no step hangs on hostile text", () => {
  const steps: [string, (text: string) => unknown][] = [
    ["tokenize", (t) => tokenize(t)],
    ["findDates", (t) => findDates(t)],
    ["inferDocumentDate", (t) => inferDocumentDate(t)],
    ["headerFields + detectGenre", (t) => detectGenre(t, headerFields(t))],
    ["detectLanguage", (t) => detectLanguage(t)],
    ["htmlToText", (t) => htmlToText(t)],
    ["peopleFieldSpans", (t) => peopleFieldSpans(t, DEFAULT_LEXICON_DATA.protocol)],
    ["splitSections", (t) => splitSections(t)],
    ["sentences", (t) => sentences(t)],
  ];
  it.each(HOSTILE)("text steps: %s", (_label, text) => {
    for (const [name, step] of steps) expectNoHang(step, text, name);
  });

  // Inputs that hit the two quadratic regular expressions below are checked in the it.fails cases instead.
  it.each(HOSTILE.filter(([label]) => label !== "capitals without spaces, then a meeting word"))(
    "readDocument + extractDocument in every genre: %s",
    (label, text) => {
      for (const genre of GENRES) expectNoHang((t) => extractDocument(record(t, genre, "2019-05"), model), text, genre);
      if (label === "spaces") return;
      expectNoHang(readQuietly, text, "readDocument");
    },
  );
});

describe("known quadratic backtracking (library bugs)", () => {
  // Library bug: read-document.ts cleanTitle() strips the title line with /[.\s]+$/, which backtracks quadratically on
  // a long run of spaces or dots not at the end of the line: 100k spaces then "x" take ~10 s (1 MB would take ~15 min).
  it("readDocument: a line of 100k spaces then a letter", () => {
    const text = " ".repeat(100_000) + "x";
    expectNoHang((t) => readDocument({ source: "h.txt", content: t }), text, "readDocument");
  });

  // Library bug: meetings.ts BODY_MEETING, /((?:\p{Ll}+a\s)?\p{L}*(?:styrgrupp|nämnd|...)...)/u, is unanchored with
  // \p{L}* before the alternation, so a long word costs O(n²). The new pre-check (sentence must contain "möte") only
  // hides it: one 100k-letter word followed by " möte" still takes ~10 s in every genre.
  it("extractDocument: one 100k-letter word then ' möte'", () => {
    const text = `${"A".repeat(100_000)} möte`;
    expectNoHang((t) => extractDocument(record(t, "text"), model), text, "extractDocument");
  });
});

describe("random text never throws", () => {
  const alphabet = fc.constantFrom(
    ..."AaBÅÄÖéö (),.:;§-–\n\t*#<>&0123456789sS".split(""),
    "Anna ",
    "Berg ",
    "Nacka ",
    "(S) ",
    "kommun ",
    "ordförande ",
    "Foto: ",
    "Tid: ",
    "Plats: ",
    "Närvarande: ",
    "ersätter ",
    "tjg för ",
    "§§ 5–9 ",
    "styrelsemötet den 9 maj ",
    "moderator ",
    "ledde seminariet ",
    "Storsthlm ",
    "KSL ",
    "fd ",
    "och ",
  );
  const text = fc.array(alphabet, { maxLength: 120 }).map((parts) => parts.join(""));

  // Found by the property below: a colon opening the text, before a name, was read for a label in front of it.
  it("a text that opens with a colon before a name", () => {
    for (const genre of GENRES)
      for (const t of [": Anna Berg", ":Anna Berg ", ":Aoch Berg "]) expect(() => extractDocument(record(t, genre), model)).not.toThrow();
  });

  it("extractDocument, in every genre, gives facts whose evidence matches the text", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...GENRES), (t, genre) => {
        const doc = record(t, genre, "2019-06");
        for (const fact of extractDocument(doc, model).facts) {
          expect(fact.evidence.end, fact.rule).toBeGreaterThan(fact.evidence.start);
          expect(fact.evidence.quote).toBe(t.slice(fact.evidence.start, fact.evidence.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads no token past the end of a minutes' text that ends on a title and a name", () => {
    // A counterexample of the property above: the title's reader looked for a particle after the name.
    // And the header's reader for a substitution after an organisation's letters that end the text (`Anna KSL`), and a
    // parenthesis's reader for a body's genitive in a lower-case word that ends it (`(ersätter `).
    for (const t of ["ordförande Berg ", "ordförande Berg", "Närvarande: kurator Eva Berg", "Nacka Anna KSL ", "Anna Nacka (ersätter "])
      expect(() => extractDocument(record(t, "minutes", "2019-06"), model)).not.toThrow();
  });

  it("readDocument + buildGraph on arbitrary strings: a document or a SamverkanError", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 })), (t) => {
        let doc: DocumentRecord;
        try {
          doc = readDocument({ source: "r.txt", content: t });
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^(EMPTY_FILE|BINARY_FILE|UNDECODABLE)$/);
          return;
        }
        buildGraph([doc], { layout: false });
      }),
      { numRuns: 200 },
    );
  });

  it("readDocument on arbitrary bytes: a document or a SamverkanError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const doc = readDocument({ source: "r.txt", content: bytes });
          expect(doc.text).toBe(doc.text.normalize("NFC"));
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^(EMPTY_FILE|BINARY_FILE|UNDECODABLE)$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
