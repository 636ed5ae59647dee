/**
 * Kept results
 * ============
 *
 * The results of a live build's files (`LiveBuild` in node.ts), kept in memory between its updates: each file's
 * document and facts as objects, and what the last update noted of each file (its stat and the key of its result).
 * An update takes an unchanged file's result from here without reading it, as a build takes it from the extraction
 * cache, but with nothing to read or unpack; the live graph (`LiveGraph`) resolves again the nodes the new and gone
 * results name, from the kept results that name them.
 * The first build may take its results from an extraction cache on disk; later ones use memory only, so the disk
 * cache keeps what the first build left.
 */
import type { BatchFacts, ProcessedFiles, FileJob, ReadLimits } from "../process-files";
import { resultKey, type ExtractionCache, type ResultStore } from "./extraction-cache";

/** Files' results and notes kept in memory from one build of a live build to the next (see the module comment). */
export class KeptResults implements ResultStore {
  private results = new Map<string, ProcessedFiles>();
  private used = new Map<string, ProcessedFiles>();
  private notes = new Map<string, { stamp: string; key: string }>();
  private noting = new Map<string, { stamp: string; key: string }>();
  private built = false;

  /** @param disk - An extraction cache the first build reads and fills. */
  constructor(private disk?: ExtractionCache) {}

  get versionFolder(): string {
    return this.disk?.versionFolder ?? "";
  }

  key(job: FileJob, limits: ReadLimits): string {
    return resultKey(job, limits);
  }

  get(key: string): ProcessedFiles | undefined {
    const result = this.results.get(key) ?? this.disk?.get(key);
    if (result) this.used.set(key, result);
    return result;
  }

  put(key: string, result: ProcessedFiles, packed?: BatchFacts): void {
    this.used.set(key, result);
    this.disk?.put(key, result, packed);
  }

  noted(file: string): { stamp: string; key: string } | undefined {
    return this.built ? this.notes.get(file) : this.disk?.noted(file);
  }

  note(file: string, stamp: string, key: string): void {
    this.noting.set(file, { stamp, key });
    this.disk?.note(file, stamp, key);
  }

  /** How many files the last build noted (no file holds them: `sha256` is empty). */
  notesOnDisk(): { files: number; sha256: string } | undefined {
    return this.built ? { files: this.notes.size, sha256: "" } : this.disk?.notesOnDisk();
  }

  /** Whether this build has so far taken exactly the results the last one used, the same objects: nothing changed. */
  sameAsLast(): boolean {
    if (!this.built || this.used.size !== this.results.size) return false;
    for (const [key, result] of this.used) if (this.results.get(key) !== result) return false;
    return true;
  }

  /** Ends a build: what it used is kept for the next, the rest let go; its notes replace the last ones. */
  prune(): void {
    this.results = this.used;
    this.used = new Map();
    this.notes = this.noting;
    this.noting = new Map();
    this.built = true;
    this.disk?.prune();
    this.disk = undefined;
  }
}
