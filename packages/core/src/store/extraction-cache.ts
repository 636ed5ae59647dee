/**
 * Extraction cache
 * ================
 *
 * What reading and extracting one file gave (its document with the decoded text, its facts without their quotes,
 * or its failure), kept on disk so the next build of the same files reads it instead of decoding and extracting
 * again: adding or changing a few documents then costs their extraction plus the merge. An entry is one JSON line
 * keyed by the SHA-256 of everything the result depends on (the file's bytes, id, path, sidecar metadata and read
 * limits); a build appends the entries it makes to one new pack file (`pack-<time>-<pid>.jsonl`), in a folder named
 * by the extractor version (a hash of the extraction code and its lexicon), so a changed extractor never reuses old
 * results. Packs rather than a file per entry: writing 15,668 small files (a temporary file, a rename and a folder
 * each) cost 3 of the 25 CPU-s of building the benchmark corpus. A pack is written under a temporary name and renamed
 * when the build ends, so a crash leaves no half pack; entries are checked when read (their key, their shape), and a
 * broken or foreign one is extracted again. Entries a build did not use are dropped when they come to outweigh the
 * used ones (the used ones are then copied into one pack), as are other versions' folders and stale temporary files.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Fact } from "../extract/types";
import type { FileJob, ProcessedFiles, ReadFailure, ReadLimits } from "../process-files";
import type { DocumentRecord } from "../types";

/** Format of an entry; part of every key, so a new format never reads an old entry. */
const ENTRY_FORMAT = 1;

/** One file's result, as an entry holds it. */
interface CacheEntry {
  key: string;
  document?: DocumentRecord;
  facts?: Fact[];
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

const PACK = /^pack-.*\.jsonl$/;
// Every line opens with its key, so packs are indexed without parsing their entries.
const KEY_START = Buffer.byteLength('{"key":"');
const KEY_LENGTH = 64;
/** Past this many packs the used entries are copied into one, so reading the cache stays a few sequential reads. */
const MAX_PACKS = 8;

/** An extraction cache in a folder (see the module comment). */
export class ExtractionCache {
  private readonly folder: string;
  private readonly used = new Set<string>();
  private packs: { file: string; bytes: Buffer }[] = [];
  private places: Map<string, Place> | undefined;
  private writing: { fd: number; tmp: string; file: string } | undefined;

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

  /** The key of a file's result: a hash of everything it depends on. */
  key(job: FileJob, limits: ReadLimits): string {
    const about = JSON.stringify([ENTRY_FORMAT, job.id, job.source, job.meta ?? null, limits.maxBytes ?? null, limits.maxPages ?? null, !!limits.ocr]);
    return createHash("sha256").update(about).update("\0").update(job.content).digest("hex");
  }

  /** The cached result of a key (quotes restored), or undefined when there is none or it is broken. */
  get(key: string): ProcessedFiles | undefined {
    const place = this.index().get(key);
    if (!place) return undefined;
    let entry: CacheEntry;
    try {
      entry = JSON.parse(this.packs[place.pack]!.bytes.toString("utf8", place.start, place.end)) as CacheEntry;
    } catch {
      return undefined;
    }
    if (entry?.key !== key) return undefined;
    if (entry.failure) {
      this.used.add(key);
      return { documents: [], facts: [], failures: [entry.failure] };
    }
    const doc = entry.document;
    if (!doc || typeof doc.text !== "string" || !Array.isArray(entry.facts)) return undefined;
    this.used.add(key);
    for (const fact of entry.facts) fact.evidence.quote = doc.text.slice(fact.evidence.start, fact.evidence.end);
    return { documents: [doc], facts: entry.facts, failures: [] };
  }

  /** Stores the result of one file (one document and its facts, or its failure) in this build's pack. */
  put(key: string, result: ProcessedFiles): void {
    // Quotes are slices of the text the entry holds: left out, they are cut again on reading.
    const facts = result.facts.map((fact) => ({ ...fact, evidence: { ...fact.evidence, quote: "" } }));
    const entry: CacheEntry = result.failures[0] ? { key, failure: result.failures[0] } : { key, document: result.documents[0], facts };
    if (!this.writing) {
      mkdirSync(this.folder, { recursive: true });
      const file = path.join(this.folder, `pack-${Date.now()}-${process.pid}.jsonl`);
      const tmp = `${file}.tmp`;
      this.writing = { fd: openSync(tmp, "w"), tmp, file };
    }
    writeSync(this.writing.fd, `${JSON.stringify(entry)}\n`);
    this.used.add(key);
  }

  /**
   * Ends the build's use of the cache: this build's pack is renamed into place; other versions' folders and stale
   * temporary files are removed; packs with no used entry are deleted, and when unused entries outweigh used ones
   * (or there are more than `MAX_PACKS` packs) the used entries are copied into one pack. Failures to remove are
   * ignored (the next build tries again).
   */
  prune(): void {
    if (this.writing) {
      closeSync(this.writing.fd);
      renameSync(this.writing.tmp, this.writing.file);
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
    for (const name of list(this.folder)) if (name.endsWith(".tmp")) rmSync(path.join(this.folder, name), { force: true });
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
    for (const pack of this.packs) if (!keep.includes(pack)) rmSync(pack.file, { force: true });
    if (keep.length > 0 && (unused > used || list(this.folder).filter((name) => PACK.test(name)).length > MAX_PACKS)) this.compact(keep);
    this.packs = [];
    this.places = undefined;
  }

  /** Copies the used entries of the loaded packs `from` into one new pack, then deletes those packs. */
  private compact(from: { file: string; bytes: Buffer }[]): void {
    const file = path.join(this.folder, `pack-${Date.now()}-${process.pid}-all.jsonl`);
    const tmp = `${file}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      for (const [key, place] of this.index()) {
        const pack = this.packs[place.pack]!;
        if (this.used.has(key) && from.includes(pack)) writeSync(fd, pack.bytes, place.start, place.end + 1 - place.start);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    for (const pack of from) rmSync(pack.file, { force: true });
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
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        continue;
      }
      const pack = this.packs.push({ file, bytes }) - 1;
      // A line without its newline is the end of an interrupted write, and is left out.
      for (let start = 0, end = bytes.indexOf(0x0a); end >= 0; start = end + 1, end = bytes.indexOf(0x0a, start)) {
        if (end - start > KEY_START + KEY_LENGTH) places.set(bytes.toString("latin1", start + KEY_START, start + KEY_START + KEY_LENGTH), { pack, start, end });
      }
    }
    return (this.places = places);
  }
}
