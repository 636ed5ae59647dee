/**
 * Extraction cache
 * ================
 *
 * What reading and extracting one file gave (its document with the decoded text, its facts without their quotes,
 * or its failure), kept on disk so the next build of the same files reads it instead of decoding and extracting
 * again: adding or changing a few documents then costs their extraction plus the merge. An entry is keyed by the
 * SHA-256 of everything the result depends on (the file's bytes, id, path, sidecar metadata and read limits); a
 * build appends the entries it makes to one new pack, in a folder named by the extractor version (a hash of the
 * extraction code and its lexicon), so a changed extractor never reuses old results. Packs rather than a file per
 * entry: writing 15,668 small files (a temporary file, a rename and a folder each) cost 3 of the 25 CPU-s of building
 * the benchmark corpus.
 *
 * A pack is three files. `pack-<time>-<pid>.jsonl` has a JSON line per entry: its key, the document without its text
 * and where its text and facts are, or the failure. `.data` has the texts, raw, each in Latin-1 when it fits (one
 * byte a character, decoded by a copy) or else in UTF-8, and the facts as numbers (`factNumbers`, 32-bit integers in
 * this machine's byte order, which the key names); `.values` has the values the pack's facts name (references,
 * rules, kinds, attributes), each once, as JSON. Reading the benchmark corpus's entries as JSON lines that held the
 * facts as objects and the texts as JSON strings cost 1.8 CPU-s, the facts' part 1.1 and the texts' 0.7.
 *
 * A pack's files are written under temporary names and renamed when the build ends (its lines last), so a crash
 * leaves no half pack; entries are checked when read (their key, their shape, where their text and facts are, their
 * text's length), and a broken or foreign one is extracted again. Entries a build did not use are dropped when they
 * come to outweigh the used ones (the used ones are then copied into one pack), as are other versions' folders and
 * stale temporary files.
 *
 * A build from files also notes each file it used (`note`, written to `files.json` when the build ends): what it knew
 * of the file without reading it (its stat, as the caller puts it) and the key of its result, so that the next build
 * takes the result of a file that is as noted without reading and hashing it (see `readOrRecall` in node.ts).
 */
import { createHash } from "node:crypto";
import { endianness } from "node:os";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  FactValues,
  factNumbers,
  renumberFacts,
  unpackFacts,
  type BatchFacts,
  type FileJob,
  type ProcessedFiles,
  type ReadFailure,
  type ReadLimits,
} from "../process-files";
import { BEYOND_LATIN1 } from "../text/fold";
import type { DocumentRecord } from "../types";
import { sha256Hex } from "./graph-files";

/** Format of an entry; part of every key, so a new format never reads an old entry. */
const ENTRY_FORMAT = 2;

/** Where a document's text is in its pack's data: from and to which byte, its length, and 1 when in Latin-1. */
type TextPlace = [from: number, to: number, length: number, latin1: number];

/** One file's result, as an entry's line holds it (see the module comment). */
interface CacheEntry {
  key: string;
  text?: TextPlace;
  /** Where the facts' numbers are in the pack's data: from which byte, how many. */
  facts?: [from: number, count: number];
  /** The document, its text left empty. */
  document?: DocumentRecord;
  failure?: ReadFailure;
}

let codeHash: string | undefined;

/**
 * SHA-256 (hex) of the code in a folder and its subfolders: the names and bytes of its `.js` and `.ts` files (not
 * declarations or tests), in name order. Any change to the code changes it.
 */
export function hashOfCodeIn(dir: string): string {
  const hash = createHash("sha256");
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(entry.name) && !/\.(d|test)\.ts$/.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

/**
 * SHA-256 of the code this module was loaded from: the package's built files (`dist/*.js`), or its sources when run
 * from them. Any change to reading or extraction changes it; so does any other change to the package, which only
 * costs one full extraction.
 */
function hashOfCode(): string {
  if (codeHash) return codeHash;
  const here = import.meta.url.startsWith("file:") ? path.dirname(fileURLToPath(import.meta.url)) : undefined;
  // From the sources this file is in src/store; built, tsup puts it in a chunk in dist.
  return (codeHash = here ? hashOfCodeIn(path.basename(here) === "store" ? path.dirname(here) : here) : createHash("sha256").digest("hex"));
}

/**
 * The extractor version: a hash of the extraction code and of the lexicon and role endings it runs with.
 * @param model - The caller's lexicon data and role endings, or undefined for the shipped ones.
 */
export function extractorVersion(model: { lexicon?: unknown; roleSuffixes?: readonly string[] } = {}): string {
  const hash = createHash("sha256").update(hashOfCode());
  if (model.lexicon) hash.update(JSON.stringify(model.lexicon));
  if (model.roleSuffixes) hash.update(JSON.stringify(model.roleSuffixes));
  return hash.digest("hex").slice(0, 32);
}

/** Where an entry's line is: in which loaded pack, at which bytes. */
interface Place {
  pack: number;
  start: number;
  end: number;
}

/**
 * A pack as loaded: its lines, its data open for reading (undefined when it cannot be), and its values once an entry
 * needs them (null when they are broken).
 */
interface Pack {
  file: string;
  lines: Buffer;
  data: number | undefined;
  values?: unknown[] | null;
}

/**
 * A pack being written: its lines' and data's files (under temporary names), its values, and the array each entry's
 * facts are numbered in before they are written (grown when an entry has more).
 */
interface PackWriter {
  file: string;
  lines: BufferedFile;
  data: BufferedFile;
  values: FactValues;
  numbers: Int32Array<ArrayBuffer>;
  /** The last batch whose packed facts were stored, and its values' numbers in `values` (see `renumberFacts`). */
  batch: { values: unknown[]; known: Int32Array } | undefined;
}

/**
 * A file written through a buffer of 1 MB: writing each entry's text, numbers and line on its own cost the build of
 * the benchmark corpus 63,000 writes, 1.2 CPU-s here.
 */
class BufferedFile {
  private readonly buffer = Buffer.allocUnsafeSlow(1 << 20);
  private used = 0;
  /** Bytes written, those in the buffer included. */
  bytes = 0;

  constructor(readonly fd: number) {}

  write(text: string, encoding: "latin1" | "utf8"): void {
    // UTF-8 bytes are counted only when the text might not fit, at 3 bytes a character (the most a UTF-16 unit takes):
    // counted first, 4,000 of the benchmark corpus's texts took 7.8 ms to write rather than 4.5.
    const room = this.buffer.length - this.used;
    if ((encoding === "latin1" ? text.length : 3 * text.length) > room) {
      const length = encoding === "latin1" ? text.length : Buffer.byteLength(text);
      if (length > room) this.flush();
      if (length > this.buffer.length) {
        writeSync(this.fd, text, null, encoding);
        this.bytes += length;
        return;
      }
    }
    const length = this.buffer.write(text, this.used, encoding);
    this.used += length;
    this.bytes += length;
  }

  writeBytes(bytes: Uint8Array): void {
    if (bytes.length > this.buffer.length - this.used) this.flush();
    if (bytes.length > this.buffer.length) writeSync(this.fd, bytes);
    else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.bytes += bytes.length;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    for (let at = 0; at < this.used;) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }
}

/**
 * A document as JSON, its text left empty: its own keys in their order, with no copy of it made (spread into a new
 * object with an empty text, an entry's line cost 3.5 µs rather than 3, measured over 4,000 documents).
 */
function documentJson(doc: DocumentRecord): string {
  const text = doc.text;
  doc.text = "";
  try {
    return JSON.stringify(doc);
  } finally {
    doc.text = text;
  }
}

/** Zeros, to pad the data to a multiple of 4 before a document's numbers. */
const PADDING = new Uint8Array(3);

const PACK = /^pack-.*\.jsonl$/;
/** A pack's other files, named as its lines' file with another extension. */
const dataOf = (packFile: string) => packFile.replace(/\.jsonl$/, ".data");
const valuesOf = (packFile: string) => packFile.replace(/\.jsonl$/, ".values");
// Every line opens with its key, so packs are indexed without parsing their entries.
const KEY_START = Buffer.byteLength('{"key":"');
const KEY_LENGTH = 64;
/** Past this many packs the used entries are copied into one, so reading the cache stays a few sequential reads. */
const MAX_PACKS = 8;
/** The notes of a build from files (see `note`). */
const NOTES = "files.json";

/** The key of a file's result: a hash of everything it depends on (bytes, id, path, metadata, read limits). */
export function resultKey(job: FileJob, limits: ReadLimits): string {
  const about = JSON.stringify([
    ENTRY_FORMAT,
    endianness(),
    job.id,
    job.source,
    job.meta ?? null,
    limits.maxBytes ?? null,
    limits.maxPages ?? null,
    !!limits.ocr,
  ]);
  return createHash("sha256").update(about).update("\0").update(job.content).digest("hex");
}

/** What a build asks of a store of files' results: the extraction cache, or a live build's memory (`KeptResults`). */
export type ResultStore = Pick<ExtractionCache, "versionFolder" | "key" | "get" | "put" | "noted" | "note" | "notesOnDisk" | "prune">;

/** An extraction cache in a folder (see the module comment). */
export class ExtractionCache {
  private readonly folder: string;
  private readonly used = new Set<string>();
  private packs: Pack[] = [];
  private places: Map<string, Place> | undefined;
  /** Where an entry's text and numbers are read, used again for every entry (see `resultOf`). */
  private scratch = Buffer.allocUnsafeSlow(1 << 16);
  private writing: PackWriter | undefined;
  /** The last build's notes, by file; read on first use. */
  private notes: Map<string, { stamp: string; key: string }> | undefined;
  /** This build's notes, once it takes any: file, stamp and key, one after another. */
  private noting: string[] | undefined;
  /** Of the notes on disk: how many files they name, and the SHA-256 of their file. */
  private onDisk: { files: number; sha256: string } | undefined;

  /**
   * @param dir - The cache folder (`samverkan build` uses `.samverkan-cache` beside the graph).
   * @param version - `extractorVersion(…)` of the model the build extracts with.
   */
  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {
    this.folder = path.join(dir, version);
  }

  /** The folder of this extractor version's entries, where a build may keep other notes about what it wrote. */
  get versionFolder(): string {
    return this.folder;
  }

  /** The key of a file's result (`resultKey`). */
  key(job: FileJob, limits: ReadLimits): string {
    return resultKey(job, limits);
  }

  /** The cached result of a key (quotes restored), or undefined when there is none or it is broken. */
  get(key: string): ProcessedFiles | undefined {
    const place = this.index().get(key);
    if (!place) return undefined;
    const pack = this.packs[place.pack]!;
    let result: ProcessedFiles | undefined;
    try {
      const entry = JSON.parse(pack.lines.toString("utf8", place.start, place.end)) as CacheEntry;
      if (entry?.key !== key) return undefined;
      result = entry.failure ? { documents: [], facts: [], failures: [entry.failure] } : this.resultOf(entry, pack);
    } catch {
      return undefined;
    }
    if (result) this.used.add(key);
    return result;
  }

  /** A document's entry as a result, or undefined when its text or facts are not where it says. */
  private resultOf({ document: doc, text, facts }: CacheEntry, pack: Pack): ProcessedFiles | undefined {
    if (!doc || !text || !facts || pack.data === undefined) return undefined;
    const [from, to, length, latin1] = text;
    const [at, count] = facts;
    const values = pack.values === undefined ? (pack.values = parseValues(valuesOf(pack.file))) : pack.values;
    // The text and the numbers after it in one read, from a multiple of 4 so that the numbers are aligned for a view.
    // Into a buffer used again, not the whole data read at once: a page fault per 4 KB of fresh memory made reading
    // the benchmark corpus's 47 MB of data that way cost 0.2 CPU-s.
    const start = from - (from % 4);
    const end = at + count * 4;
    if (!values || !(start <= to && to <= at && at % 4 === 0)) return undefined;
    if (this.scratch.length < end - start) this.scratch = Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(end - start)));
    if (readSync(pack.data, this.scratch, 0, end - start, start) !== end - start) return undefined;
    doc.text = this.scratch.toString(latin1 ? "latin1" : "utf8", from - start, to - start);
    if (doc.text.length !== length) return undefined;
    const numbers = new Int32Array(this.scratch.buffer, at - start, count);
    return { documents: [doc], facts: unpackFacts(values, numbers, [doc]), failures: [] };
  }

  /**
   * Stores the result of one file (one document and its facts, or its failure) in this build's pack.
   * @param packed - The result's facts as a worker packed them, when they came from one: numbered from these.
   */
  put(key: string, result: ProcessedFiles, packed?: BatchFacts): void {
    const out = (this.writing ??= this.startPack(""));
    const [failure] = result.failures;
    let line: string;
    if (failure) line = `${JSON.stringify({ key, failure })}\n`;
    else {
      const doc = result.documents[0]!;
      const latin1 = !BEYOND_LATIN1.test(doc.text);
      const from = out.data.bytes;
      out.data.write(doc.text, latin1 ? "latin1" : "utf8");
      const to = out.data.bytes;
      // Quotes are slices of the text: left out, they are cut again on reading. Numbers start at a multiple of 4, so
      // they are read in place.
      if (out.data.bytes % 4) out.data.writeBytes(PADDING.subarray(0, 4 - (out.data.bytes % 4)));
      const numbers = packed ? renumberFacts(packed, out.values, this.knownOf(out, packed), out.numbers) : factNumbers(result.facts, out.values, out.numbers);
      if (numbers.buffer !== out.numbers.buffer) out.numbers = numbers;
      const at = out.data.bytes;
      out.data.writeBytes(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength));
      line = `{"key":"${key}","text":[${from},${to},${doc.text.length},${latin1 ? 1 : 0}],"facts":[${at},${numbers.length}],"document":${documentJson(doc)}}\n`;
    }
    out.lines.write(line, "utf8");
    this.used.add(key);
  }

  /** Which of a batch's values the pack has numbered (see `renumberFacts`): a batch's files come one after another. */
  private knownOf(out: PackWriter, packed: BatchFacts): Int32Array {
    if (out.batch?.values !== packed.values) out.batch = { values: packed.values, known: new Int32Array(packed.values.length).fill(-1) };
    return out.batch.known;
  }

  /** Opens a new pack's files (under temporary names). */
  private startPack(suffix: string): PackWriter {
    mkdirSync(this.folder, { recursive: true });
    const file = path.join(this.folder, `pack-${Date.now()}-${process.pid}${suffix}.jsonl`);
    return {
      file,
      lines: new BufferedFile(openSync(`${file}.tmp`, "w")),
      data: new BufferedFile(openSync(`${dataOf(file)}.tmp`, "w")),
      values: new FactValues(),
      numbers: new Int32Array(1 << 12),
      batch: undefined,
    };
  }

  /** Closes a pack's files, writes its values, and renames them into place, its lines last: no line names missing data. */
  private endPack(out: PackWriter): void {
    out.lines.close();
    out.data.close();
    writeFileSync(`${valuesOf(out.file)}.tmp`, JSON.stringify(out.values.list));
    renameSync(`${dataOf(out.file)}.tmp`, dataOf(out.file));
    renameSync(`${valuesOf(out.file)}.tmp`, valuesOf(out.file));
    renameSync(`${out.file}.tmp`, out.file);
  }

  /** What the last build that noted files (see `note`) noted of a file: its stamp, and the key of its result. */
  noted(file: string): { stamp: string; key: string } | undefined {
    return (this.notes ??= this.readNotes()).get(file);
  }

  /**
   * Notes that a file, as `stamp` tells it (what the caller knows of it without reading it), has the result of `key`;
   * `prune` writes this build's notes in place of the last ones.
   */
  note(file: string, stamp: string, key: string): void {
    (this.noting ??= []).push(file, stamp, key);
  }

  /**
   * Of the notes on disk (the last build's; this build's once `prune` wrote them): how many files they name, and the
   * SHA-256 of their file. Undefined when there are none of this format.
   */
  notesOnDisk(): { files: number; sha256: string } | undefined {
    this.notes ??= this.readNotes();
    return this.onDisk;
  }

  /** The notes in `files.json`, when it holds this format's. */
  private readNotes(): Map<string, { stamp: string; key: string }> {
    const notes = new Map<string, { stamp: string; key: string }>();
    try {
      const bytes = readFileSync(path.join(this.folder, NOTES));
      const { format, files } = JSON.parse(bytes.toString("utf8")) as { format: number; files: string[] };
      if (format !== ENTRY_FORMAT) return notes;
      for (let i = 0; i + 2 < files.length; i += 3) notes.set(files[i]!, { stamp: files[i + 1]!, key: files[i + 2]! });
      this.onDisk = { files: notes.size, sha256: sha256Hex(bytes) };
    } catch {
      // No notes (or broken ones): every file is read.
    }
    return notes;
  }

  /**
   * Ends the build's use of the cache: this build's pack is renamed into place, and its notes (if it took any)
   * replace the last ones; other versions' folders, stale temporary files, and data or values without their lines
   * are removed; packs with no used entry are deleted, and when unused entries outweigh used ones (or there are more
   * than `MAX_PACKS` packs) the used entries are copied into one pack. Failures to remove are ignored (the next build
   * tries again).
   */
  prune(): void {
    if (this.writing) {
      this.endPack(this.writing);
      this.writing = undefined;
    }
    const list = (dir: string) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    };
    for (const name of list(this.dir)) if (name !== this.version) rmSync(path.join(this.dir, name), { recursive: true, force: true });
    const names = list(this.folder);
    for (const name of names) {
      const ofPack = /^(pack-.*)\.(data|values)$/.exec(name);
      if (name.endsWith(".tmp") || (ofPack && !names.includes(`${ofPack[1]}.jsonl`))) rmSync(path.join(this.folder, name), { force: true });
    }
    if (this.noting) {
      const file = path.join(this.folder, NOTES);
      mkdirSync(this.folder, { recursive: true });
      const bytes = Buffer.from(JSON.stringify({ format: ENTRY_FORMAT, files: this.noting }));
      writeFileSync(`${file}.tmp`, bytes);
      renameSync(`${file}.tmp`, file);
      this.onDisk = { files: this.noting.length / 3, sha256: sha256Hex(bytes) };
      this.noting = undefined;
    }
    const places = this.index();
    const usedBytes = new Array<number>(this.packs.length).fill(0);
    let used = 0;
    let unused = 0;
    for (const [key, place] of places) {
      const bytes = place.end - place.start;
      if (this.used.has(key)) {
        usedBytes[place.pack] += bytes;
        used += bytes;
      } else unused += bytes;
    }
    const keep = this.packs.filter((_, i) => usedBytes[i]! > 0);
    for (const pack of this.packs) if (!keep.includes(pack)) this.remove(pack);
    if (keep.length > 0 && (unused > used || list(this.folder).filter((name) => PACK.test(name)).length > MAX_PACKS)) this.compact(keep);
    for (const pack of this.packs) this.close(pack);
    this.packs = [];
    this.places = undefined;
  }

  private close(pack: Pack): void {
    if (pack.data !== undefined) closeSync(pack.data);
    pack.data = undefined;
  }

  private remove(pack: Pack): void {
    this.close(pack);
    for (const file of [pack.file, dataOf(pack.file), valuesOf(pack.file)]) rmSync(file, { force: true });
  }

  /**
   * Copies the used entries of the loaded packs `from` into one new pack, then deletes those packs. The entries are
   * read and stored again, as their facts are numbered in their pack's values.
   */
  private compact(from: Pack[]): void {
    const out = (this.writing = this.startPack("-all"));
    try {
      for (const [key, place] of this.index()) {
        if (!this.used.has(key) || !from.includes(this.packs[place.pack]!)) continue;
        // A used entry was read whole before, so it reads again.
        const result = this.get(key);
        if (result) this.put(key, result);
      }
    } finally {
      this.endPack(out);
      this.writing = undefined;
    }
    for (const pack of from) this.remove(pack);
  }

  /** The place of every entry in this version's packs, read on first use (a later pack's entry wins). */
  private index(): Map<string, Place> {
    if (this.places) return this.places;
    const places = new Map<string, Place>();
    const names = (() => {
      try {
        return readdirSync(this.folder)
          .filter((name) => PACK.test(name))
          .sort();
      } catch {
        return [];
      }
    })();
    for (const name of names) {
      const file = path.join(this.folder, name);
      let lines: Buffer;
      try {
        lines = readFileSync(file);
      } catch {
        continue;
      }
      // Without its data (a pack damaged from outside), a pack's documents are extracted again and it is dropped.
      const data = (() => {
        try {
          return openSync(dataOf(file), "r");
        } catch {
          return undefined;
        }
      })();
      const pack = this.packs.push({ file, lines, data }) - 1;
      // A line without its newline is the end of an interrupted write, and is left out.
      for (let start = 0, end = lines.indexOf(0x0a); end >= 0; start = end + 1, end = lines.indexOf(0x0a, start)) {
        if (end - start > KEY_START + KEY_LENGTH) places.set(lines.toString("latin1", start + KEY_START, start + KEY_START + KEY_LENGTH), { pack, start, end });
      }
    }
    return (this.places = places);
  }
}

/** A pack's values, or null when they cannot be read. */
function parseValues(file: string): unknown[] | null {
  try {
    const values: unknown = JSON.parse(readFileSync(file, "utf8"));
    return Array.isArray(values) ? values : null;
  } catch {
    return null;
  }
}
