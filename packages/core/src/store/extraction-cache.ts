/**
 * Extraction cache
 * ================
 *
 * What reading and extracting one file gave (its document with the decoded text, its facts without their quotes,
 * or its failure), kept on disk so the next build of the same files reads it instead of decoding and extracting
 * again: adding or changing a few documents then costs their extraction plus the merge. An entry is one small JSON
 * file named by the SHA-256 of everything the result depends on (the file's bytes, id, path, sidecar metadata and
 * read limits), in a folder named by the extractor version (a hash of the extraction code and its lexicon), so a
 * changed extractor never reuses old results. Entries are written atomically (temporary file and rename) and checked
 * when read (their key inside, their shape): a broken or foreign entry is ignored and extracted again. Entries and
 * version folders that a build did not use are removed at its end, so the cache holds the last build's documents.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** An extraction cache in a folder (see the module comment). */
export class ExtractionCache {
  private readonly folder: string;
  private readonly used = new Set<string>();

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
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(this.file(key), "utf8")) as CacheEntry;
    } catch {
      return undefined;
    }
    if (entry?.key !== key) return undefined;
    this.used.add(key);
    if (entry.failure) return { documents: [], facts: [], failures: [entry.failure] };
    const doc = entry.document;
    if (!doc || typeof doc.text !== "string" || !Array.isArray(entry.facts)) return undefined;
    for (const fact of entry.facts) fact.evidence.quote = doc.text.slice(fact.evidence.start, fact.evidence.end);
    return { documents: [doc], facts: entry.facts, failures: [] };
  }

  /** Stores the result of one file (one document and its facts, or its failure), atomically. */
  put(key: string, result: ProcessedFiles): void {
    // Quotes are slices of the text the entry holds: left out, they are cut again on reading.
    const facts = result.facts.map((fact) => ({ ...fact, evidence: { ...fact.evidence, quote: "" } }));
    const entry: CacheEntry = result.failures[0] ? { key, failure: result.failures[0] } : { key, document: result.documents[0], facts };
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
    this.used.add(key);
  }

  /**
   * Removes what this build did not use: other versions' folders, entries of files no longer built, and temporary
   * files of interrupted writes. Failures to remove are ignored (the next build tries again).
   */
  prune(): void {
    const list = (dir: string) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    };
    for (const name of list(this.dir)) if (name !== this.version) rmSync(path.join(this.dir, name), { recursive: true, force: true });
    for (const shard of list(this.folder)) {
      for (const name of list(path.join(this.folder, shard))) {
        if (!this.used.has(name.slice(0, 64)) || !name.endsWith(".json")) rmSync(path.join(this.folder, shard, name), { force: true });
      }
    }
  }

  // Entries in 256 folders by their first two hex digits, so no folder holds tens of thousands of files.
  private file(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }
}
