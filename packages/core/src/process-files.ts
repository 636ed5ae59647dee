/**
 * Process files
 * =============
 *
 * The per-file work of a build, shared by the worker threads and the single-threaded path: decode a file's bytes
 * into a document and extract its facts. A file that fails becomes a failure record, never an exception.
 */
import { isSamverkanError, type ErrorCode } from "./errors";
import type { ExtractionModel } from "./extract/context";
import { extractDocument } from "./extract/extract-document";
import type { RuleId } from "./extract/rules";
import type { EntityRef, Fact } from "./extract/types";
import { tesseractOcr } from "./ocr";
import { moveCuesToText } from "./text/cues";
import { BEYOND_LATIN1 } from "./text/fold";
import type { OcrPage } from "./read/pdf";
import { loadDocument, type DocumentMeta } from "./read/read-document";
import type { DocumentRecord, EdgeAttributes, EdgeKind, Evidence } from "./types";

/** One file to read: its bytes, the id it gets, and metadata from a sidecar. */
export interface FileJob {
  source: string;
  id: string;
  content: Uint8Array;
  meta?: DocumentMeta;
}

/** A file that could not be read, with the reason. */
export interface ReadFailure {
  file: string;
  code: ErrorCode;
  message: string;
}

export interface ProcessedFiles {
  documents: DocumentRecord[];
  facts: Fact[];
  failures: ReadFailure[];
}

/**
 * A batch's facts as a worker posts them: the distinct values they name (rules, kinds, document ids, references,
 * attributes) in one JSON string, and each fact as `FIELDS` numbers in a transferred array. Copying a batch's facts
 * as objects made the main thread rebuild about six objects per fact and keep them all, which cost more than the
 * second thread saved; this way a reference named by many facts is one object, and quotes are left out.
 */
export interface PackedFacts {
  table: string;
  numbers: Int32Array<ArrayBuffer>;
}

/** Per fact: relation (1) or entity (0), kind, entity or source, target, rule, attributes, document, start, end, page, ocr. */
const FIELDS = 11;

/** A reference without attributes numbered by `FactValues`, and the next one of the same key. */
interface NumberedRef {
  kind: string;
  label: string;
  number: number;
  next: NumberedRef | undefined;
}

/** The distinct values packed facts name, each numbered once (see `PackedFacts`). */
export class FactValues {
  readonly list: unknown[] = [];
  private readonly strings = new Map<string, number>();
  // References without attributes by key, then kind and label in a short list (nearly always one): building one
  // string of the three for every fact (or spelling out every reference as JSON) was most of the packing's cost, and
  // a map for each of the three made three lookups of a reference where one does. Others by their JSON.
  private readonly refs = new Map<string, NumberedRef>();
  private readonly others = new Map<string, number>();

  /** The number of a value (given it when new), or -1 for none. */
  numberOf(value: unknown): number {
    if (value === undefined) return -1;
    if (typeof value === "string") return this.numberIn(this.strings, value, value);
    const ref = value as EntityRef;
    if (!ref.kind || ref.attrs) return this.numberIn(this.others, JSON.stringify(value), value);
    const first = this.refs.get(ref.key);
    for (let known = first; known; known = known.next) if (known.kind === ref.kind && known.label === ref.label) return known.number;
    const number = this.list.push(value) - 1;
    this.refs.set(ref.key, { kind: ref.kind, label: ref.label, number, next: first });
    return number;
  }

  private numberIn(numbers: Map<string, number>, key: string, value: unknown): number {
    let i = numbers.get(key);
    if (i === undefined) numbers.set(key, (i = this.list.push(value) - 1));
    return i;
  }
}

/**
 * Facts as `FIELDS` numbers each, the values they name numbered in `values` (see `PackedFacts`). Written into `into`
 * when it is long enough (a view of its start is returned), else into a new array: the extraction cache packs every
 * document's facts into one array it keeps, since a new typed array per document is memory outside the heap, allocated
 * and freed again each time.
 */
export function factNumbers(facts: Fact[], values: FactValues, into?: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const size = facts.length * FIELDS;
  const numbers = into && into.length >= size ? into.subarray(0, size) : new Int32Array(size);
  // A document's facts name one document and a few rules, again and again: each is looked up once in a row.
  let doc: string | undefined;
  let docNumber = -1;
  let rule: string | undefined;
  let ruleNumber = -1;
  let o = 0;
  for (const fact of facts) {
    const { evidence: e } = fact;
    const relation = fact.type === "relation";
    // In the order of a fact's fields, as values are numbered as they are first met. No closure for `numberOf`: one
    // per call made numbering 4,000 documents' facts cost 21–26 ms rather than 13–15 (medians).
    numbers[o++] = relation ? 1 : 0;
    numbers[o++] = relation ? values.numberOf(fact.kind) : -1;
    numbers[o++] = values.numberOf(relation ? fact.source : fact.entity);
    numbers[o++] = relation ? values.numberOf(fact.target) : -1;
    numbers[o++] = fact.rule === rule ? ruleNumber : (ruleNumber = values.numberOf((rule = fact.rule)));
    numbers[o++] = relation ? values.numberOf(fact.attrs) : -1;
    numbers[o++] = e.doc === doc ? docNumber : (docNumber = values.numberOf((doc = e.doc)));
    numbers[o++] = e.start;
    numbers[o++] = e.end;
    numbers[o++] = e.page ?? -1;
    numbers[o++] = e.ocr ? 1 : 0;
  }
  return numbers;
}

/**
 * A file's facts as its worker packed them (see `unpackResult`): `FIELDS` numbers each, naming values of its batch's
 * list.
 */
export interface BatchFacts {
  values: unknown[];
  numbers: Int32Array<ArrayBuffer>;
}

/**
 * `factNumbers` of facts still packed in their batch's values: the same numbers, values met in the same order, but
 * each of the batch's values looked up in `values` once, by its number in the batch (`known`, as long as the batch's
 * values, -1 where not yet looked up), not once per fact naming it. The extraction cache numbered each worker's facts
 * again after unpacking them: 0.35 CPU-s of a default build of the benchmark corpus.
 */
export function renumberFacts(facts: BatchFacts, values: FactValues, known: Int32Array, into?: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const from = facts.numbers;
  const numbers = into && into.length >= from.length ? into.subarray(0, from.length) : new Int32Array(from.length);
  numbers.set(from);
  for (let o = 0; o < numbers.length; o += FIELDS) {
    // Kind, entity or source, target, rule, attributes, document: in the order `factNumbers` numbers them.
    for (let i = o + 1; i <= o + 6; i++) {
      const n = from[i];
      if (n < 0) continue;
      if (known[n] < 0) known[n] = values.numberOf(facts.values[n]);
      numbers[i] = known[n];
    }
  }
  return numbers;
}

/** Packs facts for the trip to the main thread (see `PackedFacts`); `unpackFacts` gives them back. */
export function packFacts(facts: Fact[]): PackedFacts {
  const values = new FactValues();
  const numbers = factNumbers(facts, values);
  return { table: JSON.stringify(values.list), numbers };
}

/**
 * The facts of `factNumbers` (given the list of its values), their quotes cut again from the texts of the documents
 * they are from. The extraction cache keeps facts packed too.
 */
export function unpackFacts(values: unknown[], numbers: ArrayLike<number>, documents: DocumentRecord[]): Fact[] {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const facts: Fact[] = new Array(numbers.length / FIELDS);
  for (let f = 0, o = 0; o < numbers.length; f++, o += FIELDS) {
    const doc = values[numbers[o + 6]] as string;
    const start = numbers[o + 7];
    const end = numbers[o + 8];
    // The fields in the order evidenceOf gives them, so the graph's JSON is the same.
    const evidence: Evidence = { doc, start, end, quote: texts.get(doc)?.slice(start, end) ?? "" };
    if (numbers[o + 9] >= 0) evidence.page = numbers[o + 9];
    if (numbers[o + 10]) evidence.ocr = true;
    const rule = values[numbers[o + 4]] as RuleId;
    const value = (i: number) => values[numbers[o + i]] as EntityRef;
    facts[f] = numbers[o]
      ? {
          type: "relation",
          kind: values[numbers[o + 1]] as EdgeKind,
          source: value(2),
          target: value(3),
          evidence,
          rule,
          // Present when absent too (undefined), so relation facts have one shape.
          attrs: numbers[o + 5] >= 0 ? (values[numbers[o + 5]] as Partial<EdgeAttributes>) : undefined,
        }
      : { type: "entity", entity: value(2), evidence, rule };
  }
  return facts;
}

/**
 * A batch's texts as a worker posts them: the strings `shareTexts` joined them into, and for each document (in the
 * order of the batch's documents) the number of its string and its text's length there. Cloned one by one, the texts
 * came as strings of their own, which the main thread joined again: three quarters of what it spent on a worker's
 * batch (0.43 of 0.6 s over the benchmark corpus, profiled).
 */
export interface PackedTexts {
  joined: string[];
  spans: Int32Array<ArrayBuffer>;
}

/** What a worker posts for a batch: its documents without their texts, which go packed, as do the facts. */
export interface WorkerResult {
  documents: DocumentRecord[];
  failures: ReadFailure[];
  facts: PackedFacts;
  texts: PackedTexts;
}

/** A batch's result for the trip to the main thread (see `WorkerResult`); `unpackResult` gives it back. */
export function packResult(result: ProcessedFiles, texts: PackedTexts): WorkerResult {
  for (const doc of result.documents) doc.text = "";
  return { documents: result.documents, failures: result.failures, facts: packFacts(result.facts), texts };
}

/** A file's part of a worker's batch (see `unpackResult`): its document or its failure, and its facts to unpack. */
export interface ReceivedFile {
  documents: DocumentRecord[];
  failures: ReadFailure[];
  /** Unpacks the file's facts (with their quotes). */
  facts: () => Fact[];
  /** The file's facts as packed, when it has any. */
  packed: BatchFacts | undefined;
}

/**
 * Puts back what a worker packed, as each file's part in the order of `jobs` (the batch sent): its document's text, a
 * slice of the joined strings as in `shareTexts`, and its facts, unpacked only when asked for. Unpacked all as the
 * batch came, a batch's facts lived until each file's turn to be resolved, long enough for the young generation's
 * collector to copy them; unpacked at its turn, a file's facts die young, as in a build on one thread.
 */
export function unpackResult({ documents, failures, facts, texts }: WorkerResult, jobs: FileJob[]): ReceivedFile[] {
  const values = JSON.parse(facts.table) as unknown[];
  // A file's facts are consecutive (processFiles extracts one file after another): its range in the numbers.
  const ranges = new Map<string, [number, number]>();
  for (let o = 0; o < facts.numbers.length; o += FIELDS) {
    const doc = values[facts.numbers[o + 6]] as string;
    const range = ranges.get(doc);
    if (range) range[1] = o + FIELDS;
    else ranges.set(doc, [o, o + FIELDS]);
  }
  const parts = new Map<string, ReceivedFile>();
  for (const job of jobs) parts.set(job.id, { documents: [], failures: [], facts: () => [], packed: undefined });
  const at = texts.joined.map(() => 0);
  documents.forEach((doc, i) => {
    const g = texts.spans[2 * i];
    doc.text = texts.joined[g].slice(at[g], (at[g] += texts.spans[2 * i + 1]));
    cutTitle(doc, doc.text);
    const part = parts.get(doc.id)!;
    part.documents.push(doc);
    const range = ranges.get(doc.id);
    if (!range) return;
    const packed = { values, numbers: facts.numbers.subarray(...range) };
    part.packed = packed;
    part.facts = () => unpackFacts(values, packed.numbers, [doc]);
  });
  const bySource = new Map(jobs.map((job) => [job.source, parts.get(job.id)!]));
  for (const failure of failures) bySource.get(failure.file)!.failures.push(failure);
  return [...parts.values()];
}

/** How files are read: size limits, and OCR of scanned PDF pages. */
export interface ReadLimits {
  maxBytes?: number;
  maxPages?: number;
  /** Read scanned pages with Tesseract (see ocr.ts). */
  ocr?: boolean;
}

let tesseract: OcrPage | undefined;

/**
 * Reads and extracts a batch of files, one after another (a PDF holds one page in memory at a time). With `each`,
 * each file's part (its document and facts, or its failure) goes to it as soon as it is done, in file order, and the
 * result is left empty: a caller that uses the facts at once lets them die young.
 */
export async function processFiles(
  files: FileJob[],
  model: ExtractionModel,
  limits: ReadLimits = {},
  each?: (part: ProcessedFiles, n: number) => void,
): Promise<ProcessedFiles & { texts: PackedTexts }> {
  const out: ProcessedFiles = { documents: [], facts: [], failures: [] };
  const ocr = limits.ocr ? (tesseract ??= tesseractOcr()) : undefined;
  const read: (DocumentRecord | ReadFailure)[] = [];
  for (const file of files) {
    try {
      read.push(
        await loadDocument(
          { source: file.source, id: file.id, content: file.content, meta: file.meta },
          { maxBytes: limits.maxBytes, maxPages: limits.maxPages, ocr },
        ),
      );
    } catch (error) {
      if (!isSamverkanError(error)) throw error;
      read.push({ file: file.source, code: error.code, message: error.message });
    }
  }
  const texts = shareTexts(read.filter((r): r is DocumentRecord => "text" in r));
  read.forEach((r, n) => {
    const part: ProcessedFiles =
      "text" in r ? { documents: [r], facts: extractDocument(r, model).facts, failures: [] } : { documents: [], facts: [], failures: [r] };
    if (each) return each(part, n);
    for (const doc of part.documents) out.documents.push(doc);
    for (const fact of part.facts) out.facts.push(fact);
    for (const failure of part.failures) out.failures.push(failure);
  });
  return { ...out, texts };
}

/**
 * Makes the texts of a batch's documents slices of one string (one for the texts in Latin-1, one for the others, so
 * that the former keep one byte a character). Texts are kept to the end of a build: each on its own, the young
 * generation's collector copied every one twice (into its survivor space, then into the old generation), a tenth of
 * a build's collections; a string of over 128 KB is made in the large-object space, which it never copies. Quotes
 * cut from a text are slices of the same string. Gives the joined strings, as a worker posts them.
 */
function shareTexts(documents: DocumentRecord[]): PackedTexts {
  const spans = new Int32Array(2 * documents.length);
  const groups: DocumentRecord[][] = [[], []];
  documents.forEach((doc, i) => {
    spans[2 * i] = BEYOND_LATIN1.test(doc.text) ? 1 : 0;
    spans[2 * i + 1] = doc.text.length;
    groups[spans[2 * i]].push(doc);
  });
  const joined = groups.map((group) => {
    if (group.length < 2) return group[0]?.text ?? "";
    const whole = group.map((doc) => doc.text).join("");
    let at = 0;
    for (const doc of group) {
      // What was cut from or noted with the decoded text would keep it alive beside the joined one (54 MB on the
      // benchmark corpus, copied by each young collection): the cues' note moves to the joined text and the title is
      // cut again from it.
      const decoded = doc.text;
      doc.text = whole.slice(at, (at += decoded.length));
      moveCuesToText(doc);
      cutTitle(doc, decoded);
    }
    return whole;
  });
  return { joined, spans };
}

/** Makes a document's title a slice of its text, where `text` (the same characters) holds it. */
function cutTitle(doc: DocumentRecord, text: string): void {
  const title = doc.title === undefined ? -1 : text.indexOf(doc.title);
  if (title >= 0) doc.title = doc.text.slice(title, title + doc.title!.length);
}
