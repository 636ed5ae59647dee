/**
 * @samverkan/core/node
 * ====================
 *
 * File access for Node: read documents from files and folders (with optional `<file>.meta.json` sidecars), and
 * write outputs atomically (temporary file, then rename) so a failed run never leaves a half-written file. A file or
 * folder that cannot be read is a failure of its own, reported by name, and never stops the others.
 */
import {
  type BigIntStats,
  closeSync,
  constants,
  type Dirent,
  type FSWatcher,
  promises as fs,
  fstatSync,
  openSync,
  readSync,
  statSync,
  type Stats,
  watch,
} from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { SamverkanError, isSamverkanError } from "./errors";
import { DEFAULT_MAX_BYTES, documentIdFromSource, loadDocument, metaProblem, type DocumentMeta } from "./read/read-document";
import { tesseractOcr } from "./ocr";
import { extractionModelFor, factResolver, type BuildGraphOptions, type BuiltGraph } from "./graph/build-graph";
import { keepLayout } from "./graph/layout";
import { LiveGraph, type ResolvedPart } from "./graph/live-graph";
import {
  processFiles,
  unpackResult,
  type FileJob,
  type ProcessedFiles,
  type ReadFailure,
  type ReadLimits,
  type ReceivedFile,
  type WorkerResult,
} from "./process-files";
import { ExtractionCache, extractorVersion, type ResultStore } from "./store/extraction-cache";
import { KeptResults } from "./store/kept-results";
import { escapeRegExp } from "./text/regexp";
import type { DocumentRecord } from "./types";

const EXTENSIONS = /\.(txt|md|markdown|html?|eml|pdf|docx|odt)$/i;

export type { ReadFailure, ReadLimits };
export { ocrUnavailable, tesseractOcr } from "./ocr";
export type { TesseractOptions } from "./ocr";
export { writeFileAtomic, writeFileAtomicStream } from "./store/atomic";
export type { StreamWriteOptions } from "./store/atomic";
export {
  graphCompanionPaths,
  parseTexts,
  readBuiltDocuments,
  readGraphFiles,
  readGraphTexts,
  readMaybeGzip,
  sha256Hex,
  writeGraphFiles,
} from "./store/graph-files";
export type { BuiltDocuments, ReadGraphFilesOptions, WriteGraphFilesOptions, WrittenGraphFiles } from "./store/graph-files";
export { ExtractionCache, extractorVersion, hashOfCodeIn } from "./store/extraction-cache";

export interface ReadFilesOptions extends ReadLimits {
  /** Largest file accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The document files found under some inputs, and the folders and files that could not be listed or used. */
export interface DocumentFileList {
  files: string[];
  failures: ReadFailure[];
}

/** Words for the errno codes a listing or a read meets. */
const ERRNO_WORDS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENAMETOOLONG: "path too long",
  ELOOP: "a loop of symbolic links",
  ENOENT: "does not exist",
  ENOTDIR: "a path component is not a folder",
  EIO: "input/output error",
  EMFILE: "too many open files",
};

function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}, ${ERRNO_WORDS[code] ?? "refused by the file system"}` : (error as Error).message;
}

/** What a file is when it is not a regular file, for messages. */
function specialKind(stat: Stats | BigIntStats): string {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  return stat.isDirectory() ? "a folder" : "not a regular file";
}

/**
 * Lists the document files under the given files and folders, sorted; what cannot be listed becomes a failure
 * instead of stopping the listing. Folders are walked recursively and keep files with a document extension.
 * Symbolic links are followed: linked folders are walked after all the others, so a file keeps the path it has in
 * its own folder and links add only what lies elsewhere; a folder or file reached twice (a link back up the tree, two
 * links to one file) is walked or listed once. A folder that cannot be listed (no permission, a path over PATH_MAX)
 * and a broken link with a document extension are failures. A named pipe, device or socket is listed like a file (a
 * file named on its own is listed whatever it is), and `readSourceFiles` refuses it as not a regular file.
 * @throws SamverkanError NOT_FOUND when an input does not exist.
 */
export async function listDocumentFilesWithFailures(inputs: string[]): Promise<DocumentFileList> {
  const { found, failures } = await walkInputs(inputs);
  return { files: found.map((f) => f.file), failures };
}

/** What a look saw in a folder it walked (see `walkInputs`): enough to walk it again without listing it. */
interface SeenFolder {
  /** Its real path, inode and device: a folder moved in under a known name is another folder. */
  real: string;
  ino: bigint;
  dev: bigint;
  /** Its subfolders, linked folders and document files (with their real paths) in the order walked, and its sidecars. */
  entries: SeenEntry[];
  sidecars: string[];
  /** Its listing met a failure (a broken link): the next look lists it again. */
  failed: boolean;
}

/** A file's `regular` is true when its folder's listing gave it as a regular file (not a link, pipe, device or socket). */
type SeenEntry =
  | { kind: "folder"; path: string }
  | { kind: "linked"; path: string }
  | { kind: "file"; path: string; real: string; link: boolean; regular: boolean; base: string };

/** A file listed: its path, its id before it is made unique (`documentIdFromSource`), and whether a walk took it unlisted. */
interface FoundFile {
  file: string;
  base: string;
  /** Taken from the last look (in a folder not listed again, and no symbolic link): its stat stands as noted. */
  untold: boolean;
  /** Given as a regular file by its folder's listing in this walk: read without a stat first (`readRegularFile`). */
  regular: boolean;
}

/** A listing with what it saw of each folder walked, for a live build's next look (`LiveBuild.update`). */
interface Listing {
  /** The files, sorted by path. */
  found: FoundFile[];
  failures: ReadFailure[];
  /** The folders walked, by their path as walked (an input as given, the rest joined to it): those a live build watches. */
  folders: Map<string, SeenFolder>;
  /** The sidecars in the folders walked, by folder (`path.dirname` of the files in it). */
  sidecars: Map<string, string[]>;
}

/**
 * `listDocumentFilesWithFailures`, which may take folders from a look before (`last.folders`): a folder for which
 * `last.relist` is false is walked from what that look saw of it, without listing it again, unless its parent was
 * listed again and it is no longer the folder seen (another inode or device: moved in, or a link pointing elsewhere),
 * or its listing met a failure (a broken link). A folder that could not be listed is not kept: it is listed again.
 */
async function walkInputs(inputs: string[], last?: { folders: Map<string, SeenFolder>; relist: (dir: string) => boolean }): Promise<Listing> {
  const failures: ReadFailure[] = [];
  // Real paths of the folders walked and of the files listed: loop protection, and one listing per file.
  const walked = new Set<string>();
  const listed = new Map<string, { found: FoundFile; viaLink: boolean }>();
  const linkedFolders: { path: string; check: boolean }[] = [];
  const folders = new Map<string, SeenFolder>();
  const sidecars = new Map<string, string[]>();
  const fail = (file: string, message: string) => failures.push({ file, code: "READ_FAILED", message: `samverkan/read: ${file} ${message}` });
  const list = (found: FoundFile, real: string, viaLink: boolean) => {
    const known = listed.get(real);
    if (!known || (known.viaLink && !viaLink)) listed.set(real, { found, viaLink });
  };

  /** A folder as seen before, when it stands: not to list again, and (`check`: its parent was listed) the same folder. */
  async function seenBefore(dir: string, check: boolean): Promise<SeenFolder | undefined> {
    const seen = last?.folders.get(dir);
    if (!seen || seen.failed || last!.relist(dir)) return undefined;
    if (!check) return seen;
    const stat = await fs.stat(dir, { bigint: true }).catch(() => undefined);
    return stat?.ino === seen.ino && stat.dev === seen.dev ? seen : undefined;
  }

  /** Lists a folder; undefined when it was walked already (reached again by another path) or cannot be listed. */
  async function listFolder(dir: string): Promise<SeenFolder | undefined> {
    let real: string;
    let stat: BigIntStats;
    let entries: Dirent[];
    try {
      real = await fs.realpath(dir);
      if (walked.has(real)) return undefined;
      walked.add(real);
      stat = await fs.stat(dir, { bigint: true });
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      return void fail(dir, `could not be listed (${errnoReason(error)}); the documents in it are skipped`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const seen: SeenFolder = { real, ino: stat.ino, dev: stat.dev, entries: [], sidecars: [], failed: false };
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.endsWith(".meta.json")) seen.sidecars.push(full);
      const isDocument = EXTENSIONS.test(entry.name) && !entry.name.endsWith(".meta.json");
      if (entry.isDirectory()) seen.entries.push({ kind: "folder", path: full });
      else if (entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await fs.stat(full);
        } catch (error) {
          if (isDocument) {
            fail(full, `is a broken symbolic link (${errnoReason(error)})`);
            seen.failed = true;
          }
          continue;
        }
        if (target.isDirectory()) seen.entries.push({ kind: "linked", path: full });
        else if (isDocument)
          seen.entries.push({ kind: "file", path: full, real: await fs.realpath(full), link: true, regular: false, base: documentIdFromSource(full) });
      } else if (isDocument) {
        seen.entries.push({
          kind: "file",
          path: full,
          real: path.join(real, entry.name),
          link: false,
          regular: entry.isFile(),
          base: documentIdFromSource(full),
        });
      }
    }
    return seen;
  }

  async function walk(dir: string, viaLink: boolean, check: boolean): Promise<void> {
    const before = await seenBefore(dir, check);
    if (before && walked.has(before.real)) return;
    if (before) walked.add(before.real);
    const seen = before ?? (await listFolder(dir));
    if (!seen) return;
    folders.set(dir, seen);
    const untold = seen === before;
    sidecars.set(path.join(dir, "."), seen.sidecars);
    for (const entry of seen.entries) {
      if (entry.kind === "folder") await walk(entry.path, viaLink, !untold);
      else if (entry.kind === "linked") linkedFolders.push({ path: entry.path, check: !untold });
      else list({ file: entry.path, base: entry.base, untold: untold && !entry.link, regular: !untold && entry.regular }, entry.real, viaLink || entry.link);
    }
  }

  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      throw new SamverkanError("NOT_FOUND", `samverkan/read: ${input} does not exist`, { file: input });
    }
    if (stat.isDirectory()) await walk(input, false, true);
    else list({ file: input, base: documentIdFromSource(input), untold: false, regular: false }, await fs.realpath(input), false);
  }
  for (let i = 0; i < linkedFolders.length; i++) await walk(linkedFolders[i].path, true, linkedFolders[i].check);
  const found = [...listed.values()].map((l) => l.found).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { found, failures, folders, sidecars };
}

/** Lists the document files under the given files and folders (recursively), sorted; see `listDocumentFilesWithFailures`. */
export async function listDocumentFiles(inputs: string[]): Promise<string[]> {
  return (await listDocumentFilesWithFailures(inputs)).files;
}

/** Largest sidecar read: metadata is a few short strings. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

/**
 * Reads a regular file of at most `maxBytes`. Its type and size are checked before it is opened (a named pipe would
 * block, a device such as /dev/zero never ends, and opening some devices acts on them), unless its folder's listing
 * just gave it as a regular file, and again on the open file, and the read stops at the size found then, so a file
 * that grows meanwhile cannot pass the limit.
 * @param listed - Its folder's listing of this walk gave it as a regular file (`FoundFile.regular`). A stat by path
 * would make no surer (the file may be replaced between that stat and the open, which the open file's stat tells), and
 * cost the build of the benchmark corpus 0.20 of the 0.66 CPU-s its reads took (profiled).
 * @returns The bytes, and the stat of the open file taken before they were read.
 */
function readRegularFile(file: string, maxBytes: number, limitName: string, listed = false): { bytes: Uint8Array; stat: BigIntStats } {
  const check = (stat: Stats | BigIntStats) => {
    if (!stat.isFile()) throw new SamverkanError("NOT_REGULAR_FILE", `samverkan/read: ${file} is ${specialKind(stat)}, not a regular file`, { file });
    if (stat.size > maxBytes)
      throw new SamverkanError("FILE_TOO_LARGE", `samverkan/read: ${file} is ${stat.size} bytes, over the limit of ${maxBytes} (${limitName})`, { file });
  };
  if (!listed) check(statSync(file));
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd, { bigint: true });
    check(stat);
    const bytes = new Uint8Array(Number(stat.size));
    let length = 0;
    for (let n = -1; length < bytes.length && n !== 0; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    return { bytes: length < bytes.length ? bytes.subarray(0, length) : bytes, stat };
  } finally {
    closeSync(fd);
  }
}

/** The sidecar of a file (`<file>.meta.json`) when `sidecars` (see `sidecarsOf`) has it. */
function sidecarOf(file: string, sidecars: Set<string>): string | undefined {
  // Most folders have none: no name to make.
  if (sidecars.size === 0) return undefined;
  return sidecars.has(path.join(path.dirname(file), `${path.basename(file)}.meta.json`)) ? `${file}.meta.json` : undefined;
}

/**
 * The sidecars that exist beside files, from one listing per folder: most files have none, and a failed open per file
 * costs. `walked` has those of the folders a walk saw (`walkInputs`), which are not listed again.
 */
async function sidecarsOf(files: FoundFile[], walked?: Map<string, string[]>): Promise<Set<string>> {
  const sidecars = new Set<string>();
  for (const dir of new Set(files.map(({ file }) => path.dirname(file)))) {
    const seen = walked?.get(dir);
    if (seen) {
      for (const sidecar of seen) sidecars.add(sidecar);
      continue;
    }
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith(".meta.json")) sidecars.add(path.join(dir, name));
  }
  return sidecars;
}

/** Reads and checks a sidecar; gives its metadata and the stat it was read with. */
function readSidecar(sidecar: string): { meta: DocumentMeta; stat: BigIntStats } {
  let meta: unknown;
  let stat: BigIntStats;
  try {
    const read = readRegularFile(sidecar, MAX_SIDECAR_BYTES, "the limit for sidecars");
    stat = read.stat;
    meta = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (error) {
    if (isSamverkanError(error)) throw error;
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : `could not be read (${errnoReason(error)})`;
    throw new SamverkanError("BAD_OPTION", `samverkan/read: ${sidecar} ${reason}`, { file: sidecar });
  }
  const problem = metaProblem(meta);
  if (problem) throw new SamverkanError("BAD_OPTION", `samverkan/read: ${sidecar}: ${problem.message}`, { file: sidecar });
  return { meta: meta as DocumentMeta, stat };
}

/**
 * Reads the bytes (and sidecar metadata) of files, giving each a unique id in file order. A file that fails becomes
 * a failure record. The reads are synchronous, one file after another: on a local disk a document costs a few
 * microseconds that way, less than the hand-offs of an asynchronous read (reading 32 at a time made the build of the
 * 15,668 files of the benchmark corpus a quarter slower), and the build needs every file before it can go on.
 */
export async function readSourceFiles(files: string[], options: ReadFilesOptions = {}): Promise<{ sources: SourceFile[]; failures: ReadFailure[] }> {
  const found = files.map((file) => ({ file, base: documentIdFromSource(file), untold: false, regular: false }));
  const { items, failures } = readOrRecall(await listWithStamps(found, undefined), options.maxBytes ?? DEFAULT_MAX_BYTES, undefined, options.onProgress);
  return { sources: items.map((item) => item.job!), failures };
}

/**
 * A file changed this recently (in ns before the build started) may change again within the same timestamp without
 * its stat showing it: as git's index does with "racily clean" entries, such a file is read again by the next build
 * rather than trusted. Two seconds cover the coarsest timestamps (FAT's) and a file system whose clock is a little
 * behind this one's.
 */
const RACY_NS = 2_000_000_000n;

/** A file's stat as a build notes it: size, modification and change times to the nanosecond, inode and device. */
const statStamp = (stat: BigIntStats) => `${stat.size}/${stat.mtimeNs}/${stat.ctimeNs}/${stat.ino}/${stat.dev}`;

/** A file a build lists: its id, its sidecar, and with a cache what the last build noted of it, if it still holds. */
interface Listed {
  file: string;
  id: string;
  sidecar: string | undefined;
  /** See `FoundFile.regular`. */
  regular: boolean;
  /** The stamp the file and its sidecar have now, and the key of the result noted with it: unchanged by its stat. */
  recalled?: { stamp: string; key: string };
}

/**
 * The files of a build with their ids, and with a cache which of them are as the last build noted them
 * (`ExtractionCache.noted`): the same stat of the file and its sidecar (or its having none), the same id and limits.
 * Only stats are taken; nothing is read. A file changed in place keeping its size, times, inode and device (only a
 * deliberate forging of its change time could do that) would pass as unchanged, as it does in git's index. A file a
 * walk took from the last look unlisted (`FoundFile.untold`) is not even stat-ed: its note stands if its id does.
 * `walked` has the sidecars of the folders walked (`Listing.sidecars`).
 */
async function listWithStamps(
  files: FoundFile[],
  cache: { store: ResultStore; limits: ReadLimits } | undefined,
  walked?: Map<string, string[]>,
): Promise<Listed[]> {
  const taken = new Set<string>();
  const sidecars = await sidecarsOf(files, walked);
  const about = cache && limitsNote(cache.limits);
  return files.map(({ file, base, untold, regular }): Listed => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const sidecar = sidecarOf(file, sidecars);
    const noted = cache?.store.noted(file);
    if (!noted) return { file, id, sidecar, regular };
    // The stamp opens with the id: a file whose id moved (another of its name came or went before it) is read again.
    if (untold && noted.stamp.startsWith(stampHead(id, about!))) return { file, id, sidecar, regular, recalled: noted };
    try {
      const stamp = stampOf(
        id,
        about!,
        (sidecar ? [file, sidecar] : [file]).map((name) => statSync(name, { bigint: true })),
      );
      return stamp === noted.stamp ? { file, id, sidecar, regular, recalled: noted } : { file, id, sidecar, regular };
    } catch {
      return { file, id, sidecar, regular };
    }
  });
}

/** What a stamp says of the read limits: a file read under other limits may give another result. */
const limitsNote = (limits: ReadLimits) => JSON.stringify([limits.maxBytes ?? null, limits.maxPages ?? null, !!limits.ocr]);
/** A stamp's head: the file's id and what the stamp says of the build's reading. */
const stampHead = (id: string, about: string) => `${id} ${about} `;
const stampOf = (id: string, about: string, stats: BigIntStats[]) => `${stampHead(id, about)}${stats.map(statStamp).join(" ")}`;

/**
 * Reads files as `readSourceFiles` says. With a cache, a file `listWithStamps` found unchanged is not read: its result
 * is taken from the cache under the key noted with it, as git's index takes a file whose stat is unchanged as
 * unchanged. Any doubt (no note, another stat, a result missing from the cache) and the file is read and hashed. A
 * file read is noted with the stat of its open file unless it changed too recently to be trusted (`RACY_NS`).
 */
function readOrRecall(
  listed: Listed[],
  maxBytes: number,
  cache: { store: ResultStore; limits: ReadLimits } | undefined,
  onProgress?: ReadFilesOptions["onProgress"],
): { items: BuildItem[]; failures: ReadFailure[] } {
  const since = BigInt(Date.now()) * 1_000_000n - RACY_NS;
  const about = cache && limitsNote(cache.limits);
  const items: BuildItem[] = [];
  const failures: ReadFailure[] = [];
  listed.forEach(({ file, id, sidecar, regular, recalled }, i) => {
    const result = recalled && cache!.store.get(recalled.key);
    if (result) {
      cache!.store.note(file, recalled.stamp, recalled.key);
      items.push({ key: recalled.key, result });
    } else read(file, id, sidecar, regular);
    onProgress?.(i + 1, listed.length, file);
  });
  return { items, failures };

  function read(file: string, id: string, sidecar: string | undefined, regular: boolean) {
    try {
      const { bytes, stat } = readRegularFile(file, maxBytes, "--max-bytes", regular);
      const side = sidecar === undefined ? undefined : readSidecar(sidecar);
      const job: SourceFile = { source: file, id, content: bytes, meta: side?.meta };
      if (!cache) items.push({ job });
      else {
        const key = cache.store.key(job, cache.limits);
        items.push({ job, key, result: cache.store.get(key) });
        const stats = side ? [stat, side.stat] : [stat];
        if (stats.every((s) => s.mtimeNs < since && s.ctimeNs < since)) cache.store.note(file, stampOf(id, about!, stats), key);
      }
    } catch (error) {
      if (isSamverkanError(error)) failures.push({ file, code: error.code, message: error.message });
      else failures.push({ file, code: "READ_FAILED", message: `samverkan/read: ${file} could not be read (${errnoReason(error)})` });
    }
  }
}

/**
 * Reads every document under the given files and folders. Files that fail are reported in `failures` and the rest
 * are read; ids are made unique when two files share a name.
 */
export async function readDocuments(inputs: string[], options: ReadFilesOptions = {}): Promise<{ documents: DocumentRecord[]; failures: ReadFailure[] }> {
  const listing = await listDocumentFilesWithFailures(inputs);
  const { sources, failures } = await readSourceFiles(listing.files, options);
  // A loop, not a spread: a folder of many unreadable files would overflow the stack as arguments.
  for (const failure of listing.failures) failures.push(failure);
  const documents: DocumentRecord[] = [];
  const ocr = options.ocr ? tesseractOcr() : undefined;
  for (const source of sources) {
    try {
      documents.push(await loadDocument(source, { maxBytes: options.maxBytes, maxPages: options.maxPages, ocr }));
    } catch (error) {
      if (!isSamverkanError(error)) throw error;
      failures.push({ file: source.source, code: error.code, message: error.message });
    }
  }
  return { documents, failures: failures.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

/**
 * Writes a directory of files atomically: into a temporary sibling first, then renamed into place. An existing
 * directory is replaced only when it is empty or holds `marker` (an earlier output of the same kind), so a mistyped
 * path never wipes a user's folder.
 * @throws SamverkanError BAD_OPTION when `dir` is a file or a foreign non-empty directory.
 */
export async function writeDirectoryAtomic(dir: string, files: Record<string, string | Uint8Array>, marker: { name: string; content: string }): Promise<void> {
  const target = path.resolve(dir);
  const current = await fs.stat(target).catch(() => undefined);
  if (current && !current.isDirectory()) throw new SamverkanError("BAD_OPTION", `samverkan/write: ${dir} is a file; give a directory`, { file: dir });
  if (current) {
    const entries = await fs.readdir(target);
    if (entries.length > 0 && !entries.includes(marker.name)) {
      throw new SamverkanError("BAD_OPTION", `samverkan/write: refusing to replace ${dir}: it is a non-empty directory this command did not write`, {
        file: dir,
      });
    }
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.tmp-`));
  try {
    // mkdtemp makes the folder 0700; the output gets what mkdir gives under the umask (0755 under 022), so a web
    // server or Neo4j running as another user can read it.
    await fs.chmod(temporary, 0o777 & ~process.umask());
    for (const [name, content] of Object.entries(files)) {
      const file = path.resolve(temporary, name);
      // Names come from our own writers; the check keeps a future bug from writing outside the directory.
      if (!file.startsWith(temporary + path.sep)) throw new Error(`samverkan/write: unsafe file name "${name}"`);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content);
    }
    await fs.writeFile(path.join(temporary, marker.name), marker.content);
    if (current) {
      const old = `${temporary}.old`;
      await fs.rename(target, old);
      await fs.rename(temporary, target);
      await fs.rm(old, { recursive: true, force: true });
    } else await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** True while a process of this id runs (or may: one of another user's answers EPERM). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what interrupted runs left beside `target`: the temporary files of `writeFileAtomic`
 * (`.<name>.<pid>.<ms>.tmp`) started before `startedAt` by a process that is gone (or had this process's id, as a
 * container's CLI always has), and the temporary folders of `writeDirectoryAtomic` (`.<name>.tmp-XXXXXX`, and its
 * `.old`) last changed before `startedAt`. Nothing else is touched, and a failure to remove is no error.
 * @returns The names removed.
 */
export async function removeStaleTemps(target: string, startedAt: number): Promise<string[]> {
  const dir = path.dirname(path.resolve(target));
  const name = escapeRegExp(path.basename(target));
  const fileTemp = new RegExp(`^\\.${name}\\.(\\d+)\\.(\\d+)\\.tmp$`);
  const dirTemp = new RegExp(`^\\.${name}\\.tmp-[A-Za-z0-9]{6}(?:\\.old)?$`);
  const removed: string[] = [];
  for (const entry of await fs.readdir(dir).catch(() => [] as string[])) {
    const file = fileTemp.exec(entry);
    if (!file && !dirTemp.test(entry)) continue;
    const full = path.join(dir, entry);
    const stats = await fs.lstat(full).catch(() => undefined);
    if (!stats || stats.mtimeMs >= startedAt) continue;
    if (file) {
      const pid = Number(file[1]);
      if (!stats.isFile() || Number(file[2]) >= startedAt || (pid !== process.pid && running(pid))) continue;
    } else if (!stats.isDirectory()) continue;
    await fs.rm(full, { recursive: true, force: true }).then(
      () => removed.push(entry),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Threads that read and extract by default (this one and `defaultWorkers() - 1` workers): cores − 1, and one thread
 * on two cores (see `ParallelBuildOptions.workers`).
 */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 2 ? cores - 1 : 1;
}

export interface ParallelBuildOptions extends BuildGraphOptions, Omit<ReadFilesOptions, "onProgress"> {
  /**
   * Threads that read and extract, at most the number of cores: this thread, which also resolves the facts in file
   * order as they come, and `workers - 1` worker threads, kept for the next build of this process when it uses the
   * shipped lexicon (they never keep the process alive). Default: `defaultWorkers()`; 1 works in this thread only.
   */
  workers?: number;
  /**
   * Folder of the extraction cache (see `ExtractionCache`): files whose result it holds are not read or extracted
   * again, and the others' results are added to it. Default: none.
   */
  cache?: string;
  /**
   * Files per batch (a message to a worker, or a turn of this thread). Default: a share of what is left to extract,
   * at most 200 (80 for this thread when it has workers) and at least 10.
   */
  batchSize?: number;
}

export interface FilesBuild extends BuiltGraph {
  failures: ReadFailure[];
  /**
   * With a cache: how many files' results came from it, how many were read and extracted, and the cache's folder of
   * this extractor version (`ExtractionCache.versionFolder`).
   */
  cached?: {
    reused: number;
    extracted: number;
    folder: string;
    /**
     * The SHA-256 of the notes this build left (`files.json`), when they name every file it built: a later build
     * whose files are all as noted (`FilesPlan.unchanged`) finds the same notes (`FilesPlan.notes`).
     */
    notes?: string;
  };
}

/**
 * Reads every document under the given files and folders and builds their graph, with decoding and extraction
 * spread over worker threads; the facts are resolved here, so the graph is the one `buildGraph` gives. Files that
 * fail are reported in `failures` and the rest are built. Needs the built package (`dist/worker.js`); run from
 * sources it works in this thread.
 */
export async function buildGraphFromFiles(inputs: string[], options: ParallelBuildOptions = {}): Promise<FilesBuild> {
  return (await planFilesBuild(inputs, options)).build();
}

/** A build from files, listed and stat-ed but not yet read (see `planFilesBuild`). */
export interface FilesPlan {
  /**
   * With a cache: every file listed is as the last build noted it (see `listWithStamps`), no listed file is new and
   * none the last build noted is gone, and none failed to list; so that build's results all stand.
   */
  unchanged: boolean;
  /** With a cache, the folder of its extractor version (`ExtractionCache.versionFolder`). */
  cacheFolder?: string;
  /** When `unchanged`, the SHA-256 of the last build's notes (see `FilesBuild.cached.notes`). */
  notes?: string;
  /** Reads what changed and builds the graph, as `buildGraphFromFiles`. */
  build(): Promise<FilesBuild>;
}

/**
 * Lists the files of a build and, with a cache, takes their stats to tell which changed since the last build, before
 * anything is read: a caller that kept what that build gave (the CLI's outputs) can tell it need not build at all.
 */
export async function planFilesBuild(inputs: string[], options: ParallelBuildOptions = {}): Promise<FilesPlan> {
  return planWith(inputs, options, cacheOf(options));
}

/** A plan's files read, or recalled unread, but not yet built: the failures so far, and the build of the rest. */
interface ReadStep {
  /** Files that could not be listed or read. */
  failures: ReadFailure[];
  /** How many files were listed, and how many of them are still to extract (no result to reuse). */
  listed: number;
  toExtract: number;
  build(): Promise<FilesBuild>;
}

async function planWith(
  inputs: string[],
  options: ParallelBuildOptions,
  store: ResultStore | undefined,
  live?: LiveGraph,
  last?: Parameters<typeof walkInputs>[1],
): Promise<FilesPlan & { listing: Listing; read(): ReadStep }> {
  const listing = await walkInputs(inputs, last);
  const limits = readLimitsOf(options);
  const cache = store && { store, limits };
  const listed = await listWithStamps(listing.found, cache, listing.sidecars);
  const unchanged = !!store && listing.failures.length === 0 && listed.every((file) => file.recalled) && store.notesOnDisk()?.files === listed.length;
  const read = (): ReadStep => {
    // Files unchanged since the last build (by their stat) are not read: their results come from the cache.
    const { items, failures } = readOrRecall(listed, limits.maxBytes, cache);
    const unread = [...listing.failures, ...failures];
    return {
      failures: unread,
      listed: listed.length,
      toExtract: items.reduce((n, item) => n + (item.result ? 0 : 1), 0),
      build: async () => {
        const built = await buildItems(items, options, limits, store, live);
        const notes = store?.notesOnDisk();
        if (built.cached && notes?.files === listed.length) built.cached.notes = notes.sha256;
        return { ...built, failures: [...unread, ...built.failures].sort((a, b) => (a.file < b.file ? -1 : 1)) };
      },
    };
  };
  return {
    unchanged,
    cacheFolder: store?.versionFolder,
    notes: unchanged ? store.notesOnDisk()!.sha256 : undefined,
    listing,
    read,
    build: () => read().build(),
  };
}

/** A live build's update: its build, and which documents came, went or changed since the last one (ids). */
export interface LiveUpdate extends FilesBuild {
  added: string[];
  removed: string[];
  /** Documents whose text or metadata changed. */
  changed: string[];
  /**
   * Nodes that were added or removed, or whose attributes or out-edges changed, and the nodes tied to one whose label
   * changed (positions aside): what an index of the graph's entities must read again (`changesOfUpdate`).
   */
  nodesChanged: string[];
}

/** Options of a live build's look (`LiveBuild.update`). */
export interface LiveLookOptions {
  /**
   * The folders in which something may have changed since the last look, as the file system told of them (`follow`
   * passes the folders its watches told of; a relative path is taken from the working folder, and a folder reached by
   * another path through a symbolic link is another folder). These folders are listed again (a new subfolder in one
   * is walked whole; a subfolder gone takes its files and its own subfolders with it) and their files stat-ed. Of
   * every other folder, the look trusts what the last look saw: its entries, where its links led, and the stat of each
   * of its files that the last look noted, which is not taken again. Not trusted, and looked at again as by a full
   * look: a file the last look did not note (changed too recently, see `RACY_NS`, or unreadable), a symbolic link to
   * a file (what it points to may lie in a folder nobody watches), a folder whose listing met a failure or that could
   * not be listed, a subfolder of a folder listed again that is no longer the one seen (another inode: moved in), and
   * a file whose id moved. A folder named that is gone has its parent listed again. So the look gives what a full
   * look gives whenever the file system told of every change; a change it did not tell of (in a folder not named) is
   * seen by the next full look. Default: none, a full look that lists every folder and stats every file.
   */
  changedFolders?: Iterable<string>;
}

/**
 * A build that stays in memory to follow its files: `update` stats them again and builds anew, reading and extracting
 * only the files that are new or changed (by their stat, as a build with a cache does) and resolving again only the
 * nodes those files name (`LiveGraph`), so its graph holds what a full build of the same files gives. The graph is
 * the same object from update to update, patched in place: its nodes and edges are those of a full build but not in
 * the same order. Positions: a graph of 2,000 nodes or more whose nodes are at most a tenth new keeps the earlier map
 * (`keepLayout`), so positions are the only thing in which it may differ from a full build; a smaller graph, or one
 * that changed more, is laid out anew (a graph below 2,000 nodes as a full build lays it out; a larger one's layout
 * reads its edges in the order the graph holds them, so its map may differ from a full build's).
 * @example
 * const live = await LiveBuild.start(["minutes/"]);
 * // … files added to minutes/ …
 * const update = await live.update(); // undefined when nothing changed
 */
export class LiveBuild {
  private constructor(
    private readonly inputs: string[],
    private readonly options: ParallelBuildOptions,
    private readonly layout: BuildGraphOptions["layout"],
    private readonly kept: KeptResults,
    private readonly resolved: LiveGraph,
    private last: FilesBuild,
    /** The files the last build could not list or read, as JSON: they have no result to keep, and are read each time. */
    private unread: string,
    /** What the last look saw of each folder it walked: what a look told of changes in some folders takes the rest from. */
    private seen: Map<string, SeenFolder>,
    /** The folders the last look walked, and the inputs' (a file's folder): where `follow` watches. */
    private folders: Set<string>,
  ) {}

  /** Builds the files, taking what it can from `options.cache` (which only this first build reads and fills). */
  static async start(inputs: string[], options: ParallelBuildOptions = {}): Promise<LiveBuild> {
    const kept = new KeptResults(cacheOf(options));
    const resolved = new LiveGraph(extractionModelFor(options));
    const plan = await planWith(inputs, options, kept, resolved);
    const read = plan.read();
    const built = await read.build();
    const settings = { ...options, cache: undefined, layout: false };
    const { folders } = plan.listing;
    return new LiveBuild([...inputs], settings, options.layout, kept, resolved, built, JSON.stringify(read.failures), folders, foldersOf(inputs, folders));
  }

  /** The last build. */
  get current(): FilesBuild {
    return this.last;
  }

  /**
   * Looks at the files and builds again when one is new, changed or gone since the last look; undefined when no
   * document or failure changed. Without `options.changedFolders` (and on `follow`'s polls) it lists every folder and
   * stats every file; with them it trusts the rest to be as the last look saw them (see `LiveLookOptions`).
   */
  async update(options: LiveLookOptions = {}): Promise<LiveUpdate | undefined> {
    const plan = await planWith(this.inputs, this.options, this.kept, this.resolved, this.lastLook(options.changedFolders));
    this.seen = plan.listing.folders;
    this.folders = foldersOf(this.inputs, this.seen);
    // A file the last build could not note (one changed just before it, see `RACY_NS`) may since have gone unseen.
    if (plan.unchanged && this.last.cached?.notes !== undefined && this.unread === "[]") return undefined;
    const read = plan.read();
    const unread = JSON.stringify(read.failures);
    if (read.toExtract === 0 && this.kept.sameAsLast() && unread === this.unread) {
      // The files read again (noted too recently before, or unreadable) gave what they gave: the same graph. Its notes
      // may now cover every file, so that the next look can trust their stats.
      this.kept.prune();
      if (this.kept.notesOnDisk()?.files === read.listed && this.last.cached) this.last = { ...this.last, cached: { ...this.last.cached, notes: "" } };
      return undefined;
    }
    const built = await read.build();
    this.unread = unread;
    const before = new Map(this.last.documents.map((doc) => [doc.id, doc]));
    const now = new Set(built.documents.map((doc) => doc.id));
    const added = built.documents.filter((doc) => !before.has(doc.id)).map((doc) => doc.id);
    const removed = [...before.keys()].filter((id) => !now.has(id));
    const changed = built.documents.filter((doc) => before.has(doc.id) && before.get(doc.id) !== doc).map((doc) => doc.id);
    if (this.layout !== false) keepLayout(built.graph, built.graph, typeof this.layout === "object" ? this.layout : {}, this.resolved.changed);
    this.last = built;
    return { ...built, added, removed, changed, nodesChanged: this.resolved.changed };
  }

  /** The last look's folders, for a look told of changes in `changed` only (see `walkInputs`); none for a full look. */
  private lastLook(changed: Iterable<string> | undefined): Parameters<typeof walkInputs>[1] {
    if (!changed) return undefined;
    const told = new Set<string>();
    for (const folder of changed) {
      told.add(path.resolve(folder));
      // A folder gone (or moved) is an entry of its parent, which may not have told yet: its parent is listed again.
      if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) told.add(path.resolve(folder, ".."));
    }
    return { folders: this.seen, relist: (dir) => told.has(path.resolve(dir)) };
  }

  /**
   * Follows the files: looks again (`update`) `delay` ms after the file system tells of a change in a folder of the
   * build, listing again only the folders it told of (`LiveLookOptions.changedFolders`), and every `poll` ms whatever
   * it tells with a full look (a network file system may tell nothing); `changed` hears of each update, `failed` of an
   * update that threw (the next look is a full one), with the process's CPU usage as the look began. One watch per
   * folder walked, not Node's recursive watch, which on Linux walks a large folder again for each event (6 CPU-s for
   * 157 files added to a folder of 15,511); a folder made after a look is watched from its end, and listed again then,
   * since what came into it before its watch began was told of by nobody. `stop()` ends it, after a look under way.
   */
  follow(
    changed: (update: LiveUpdate, before: { user: number; system: number }) => void,
    options: { delay?: number; poll?: number; failed?: (error: unknown) => void } = {},
  ): { stop(): Promise<void> } {
    const delay = options.delay ?? 500;
    const poll = options.poll ?? 60_000;
    const watchers = new Map<string, FSWatcher>();
    let timer: NodeJS.Timeout | undefined;
    let due = Infinity;
    let running: Promise<void> | undefined;
    // The folders told of a change since the last look, and when the last full look began.
    const told = new Set<string>();
    let lastFull = Date.now();
    let failed = false;
    let stopped = false;
    // A look already due sooner stays: a folder written to all the time must not put every look off.
    const later = (ms: number) => {
      if (stopped || due <= Date.now() + ms) return;
      clearTimeout(timer);
      due = Date.now() + ms;
      timer = setTimeout(() => {
        due = Infinity;
        look();
      }, ms);
    };
    const tell = (folder: string) => {
      told.add(folder);
      if (!running) later(delay);
    };
    const watchFolders = (anew: boolean) => {
      for (const [folder, watcher] of watchers) {
        if (this.folders.has(folder)) continue;
        watcher.close();
        watchers.delete(folder);
      }
      for (const folder of this.folders) {
        if (watchers.has(folder)) continue;
        try {
          // A folder that goes away ends its watch with an error; the next look lists what is left.
          const watcher = watch(folder, () => tell(folder));
          watcher.on("error", () => {
            watcher.close();
            watchers.delete(folder);
            tell(folder);
          });
          watchers.set(folder, watcher);
          if (anew) told.add(folder);
        } catch {
          // Not there (any more): the polls still look.
        }
      }
    };
    const look = () => {
      // A poll, one due, or the look after one that failed (what it was told of is not done) looks at everything.
      const full = told.size === 0 || failed || Date.now() - lastFull >= poll;
      const changedFolders = full ? undefined : [...told];
      if (full) lastFull = Date.now();
      told.clear();
      running = (async () => {
        const before = process.cpuUsage();
        try {
          const update = await this.update({ changedFolders });
          failed = false;
          if (update && !stopped) changed(update, before);
        } catch (error) {
          failed = true;
          if (!stopped) options.failed?.(error);
        }
        if (!stopped) watchFolders(true);
        running = undefined;
        later(told.size ? delay : Math.max(0, lastFull + poll - Date.now()));
      })();
    };
    watchFolders(false);
    later(poll);
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        for (const watcher of watchers.values()) watcher.close();
        await running;
      },
    };
  }
}

/**
 * The folders a live build watches: every folder it walked (a look told of changes in some folders trusts the others
 * to tell, a folder without documents too), and its inputs (one it could not list; a file's folder).
 */
function foldersOf(inputs: string[], walked: Map<string, SeenFolder>): Set<string> {
  const folders = new Set(walked.keys());
  for (const input of inputs) {
    try {
      folders.add(statSync(input).isDirectory() ? input : path.dirname(input));
    } catch {
      // An input that is not there is a failure of the build.
    }
  }
  return folders;
}

/** A document's bytes with the id it gets; ids must be unique. */
export type SourceFile = FileJob;

/**
 * Builds the graph of documents given as bytes (already read), decoding and extracting over worker threads.
 * `buildGraphFromFiles` reads files and builds them alike; benchmarks and servers with bytes in memory call this.
 */
export async function buildGraphFromSources(allJobs: SourceFile[], options: ParallelBuildOptions = {}): Promise<FilesBuild> {
  const limits = readLimitsOf(options);
  const store = cacheOf(options);
  const items = allJobs.map((job): BuildItem => {
    if (!store) return { job };
    const key = store.key(job, limits);
    return { job, key, result: store.get(key) };
  });
  return buildItems(items, options, limits, store);
}

const readLimitsOf = (options: ParallelBuildOptions): ReadLimits & { maxBytes: number } => ({
  maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  maxPages: options.maxPages,
  ocr: options.ocr,
});

const cacheOf = (options: ParallelBuildOptions) => (options.cache ? new ExtractionCache(options.cache, extractorVersion(options)) : undefined);

/**
 * A file of a build: its result (from the cache), or its bytes to read and extract; with a cache, the key of its
 * result. Its result stays here until it is resolved, and then neither is kept; a worker's keeps its facts packed.
 */
interface BuildItem {
  job?: SourceFile;
  key?: string;
  result?: ProcessedFiles | ReceivedFile;
}

/** Builds the graph of files: those without a result are read and extracted (and their results cached). */
async function buildItems(
  items: BuildItem[],
  options: ParallelBuildOptions,
  limits: ReadLimits,
  cache: ResultStore | undefined,
  live?: LiveGraph,
): Promise<FilesBuild> {
  const model = extractionModelFor(options);
  const todo = items.flatMap((item, i) => (item.result ? [] : [i]));
  // Past the cores, workers only add memory (each holds its own extraction model) and hand-offs.
  const threads = Math.min(Math.max(1, options.workers ?? defaultWorkers()), availableParallelism());
  // Batches are taken from the front, each a share of what is left (guided scheduling): large while much is left, so
  // messages stay few, and small at the end, so no thread is left extracting alone. This thread, which must also
  // resolve every file and take in the workers' results, takes smaller ones and so sees to the workers more often.
  let taken = 0;
  const take = (most: number) => {
    const size = options.batchSize ?? Math.max(MIN_BATCH, Math.min(most, Math.ceil((todo.length - taken) / (2 * threads))));
    return todo.slice(taken, (taken += size));
  };
  const filesOf = (batch: number[]) => batch.map((i) => items[i].job!);
  let done = items.length - todo.length;
  const progress = (files: number) => {
    done += files;
    options.onProgress?.(done, items.length);
  };
  const settle = (batch: number[], msg: WorkerResult) => {
    unpackResult(msg, filesOf(batch)).forEach((part, n) => {
      if (!cache) return void (items[batch[n]].result = part);
      // Not `packed`: kept results would keep the batch's numbers alive with it.
      const result = { documents: part.documents, failures: part.failures, facts: part.facts() };
      items[batch[n]].result = result;
      cache.put(items[batch[n]].key!, result, part.packed);
    });
    progress(batch.length);
  };

  // Files are resolved in file order as soon as their results and all earlier ones are in, so resolution runs while
  // the other threads extract and each file's facts die young. File order whatever the threads: the same graph.
  // A live build resolves its files' kept results at the end, by unit when it has resolved them before.
  const resolver = live ? undefined : factResolver(model);
  const parts: ResolvedPart[] = [];
  const documents: DocumentRecord[] = [];
  const failures: ReadFailure[] = [];
  let resolved = 0;
  const resolveReady = () => {
    for (; resolved < items.length && items[resolved].result; resolved++) {
      const part = items[resolved].result!;
      items[resolved] = {};
      for (const doc of part.documents) {
        resolver?.document(doc);
        documents.push(doc);
      }
      if (resolver) resolver.add(typeof part.facts === "function" ? part.facts() : part.facts);
      else parts.push(part as ProcessedFiles);
      for (const failure of part.failures) failures.push(failure);
    }
  };

  // This thread reads and extracts too, between resolutions, and threads − 1 workers help it.
  const sent = new Map<number, number[]>();
  let failed: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const pool = await takeWorkers(Math.min(threads - 1, Math.ceil(todo.length / (options.batchSize ?? MIN_BATCH)) - 1), options);
  const listeners = pool.map((worker) => {
    const send = () => {
      if (taken >= todo.length) return;
      const id = taken;
      const batch = take(WORKER_BATCH);
      sent.set(id, batch);
      worker.postMessage({ id, files: filesOf(batch), limits });
    };
    const message = (msg: WorkerResult & { id: number }) => {
      settle(sent.get(msg.id)!, msg);
      sent.delete(msg.id);
      send();
      wake?.();
    };
    const error = (error: unknown) => {
      failed ??= { error };
      wake?.();
    };
    worker.on("message", message).on("error", error);
    // Two batches each, so a worker has the next at hand while this thread is busy and cannot send it one.
    send();
    send();
    return { message, error };
  });
  let finished = false;
  try {
    for (;;) {
      if (failed) throw failed.error;
      resolveReady();
      if (resolved === items.length) break;
      if (taken < todo.length) {
        const batch = take(pool.length ? THIS_THREAD_BATCH : WORKER_BATCH);
        // Each file is resolved as soon as it is extracted when the batch is next in line.
        await processFiles(filesOf(batch), model, limits, (part, n) => {
          items[batch[n]].result = part;
          cache?.put(items[batch[n]].key!, part);
          resolveReady();
        });
        progress(batch.length);
        // Lets the workers' results in, and sends them their next batches.
        if (pool.length) await new Promise((resolve) => setImmediate(resolve));
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
    finished = true;
  } finally {
    pool.forEach((worker, i) => worker.off("message", listeners[i].message).off("error", listeners[i].error));
    // Every batch answered: the workers are idle and can serve the next build. Otherwise some may still be busy.
    await releaseWorkers(pool, finished);
  }
  cache?.prune();
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const built: FilesBuild = { graph: resolver ? resolver.finish(options) : live!.resolve(parts, options), documents, failures };
  if (cache) built.cached = { reused: items.length - todo.length, extracted: todo.length, folder: cache.versionFolder };
  return built;
}

/** Most files in a batch for a worker, and for this thread when it has workers; fewest, unless `batchSize` says. */
const WORKER_BATCH = 200;
const THIS_THREAD_BATCH = 80;
const MIN_BATCH = 10;

/**
 * Workers of earlier builds of this process, waiting for the next. A new worker spends its first seconds compiling
 * the extraction code again (V8's optimising compiler, on threads of its own: 1.5–2 CPU-s over a build of the
 * benchmark corpus, on top of the 0.3 s it takes to start): a kept one is warm. Only workers with the shipped lexicon
 * are kept; they end after a while unused, and never keep the process alive.
 */
const idleWorkers: Worker[] = [];
const withShippedLexicon = new WeakSet<Worker>();
const IDLE_MS = 30_000;
let idleTimer: NodeJS.Timeout | undefined;

/** `n` extraction workers (kept ones first), or none when their script is missing (run from sources). */
async function takeWorkers(n: number, options: ParallelBuildOptions): Promise<Worker[]> {
  const url = new URL("./worker.js", import.meta.url);
  if (
    n <= 0 ||
    url.protocol !== "file:" ||
    !(await fs.stat(url).then(
      () => true,
      () => false,
    ))
  )
    return [];
  const shipped = !options.lexicon && !options.roleSuffixes;
  const workers = shipped ? idleWorkers.splice(0, n) : [];
  for (const worker of workers) worker.ref();
  // The caller's lexicon and role endings, when given, travel in workerData so every thread reads alike.
  const workerData = { lexicon: options.lexicon, roleSuffixes: options.roleSuffixes ? [...options.roleSuffixes] : undefined };
  while (workers.length < n) {
    const worker = new Worker(url, { workerData });
    if (shipped) withShippedLexicon.add(worker);
    // A kept worker that fails or ends is kept no longer (while a build uses it, the build hears of its errors).
    worker.on("error", () => undefined).on("exit", () => idleWorkers.includes(worker) && idleWorkers.splice(idleWorkers.indexOf(worker), 1));
    workers.push(worker);
  }
  return workers;
}

/** Keeps the workers of a finished build, those with the shipped lexicon, for the next build; ends the others. */
async function releaseWorkers(workers: Worker[], finished: boolean): Promise<void> {
  const ended: Promise<number>[] = [];
  for (const worker of workers) {
    if (!finished || !withShippedLexicon.has(worker)) ended.push(worker.terminate());
    else {
      worker.unref();
      idleWorkers.push(worker);
    }
  }
  clearTimeout(idleTimer);
  if (idleWorkers.length) idleTimer = setTimeout(() => idleWorkers.splice(0).forEach((w) => void w.terminate()), IDLE_MS).unref();
  await Promise.all(ended);
}
