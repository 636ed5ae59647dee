/**
 * @samverkan/core/node
 * ====================
 *
 * File access for Node: read documents from files and folders (with optional `<file>.meta.json` sidecars), and
 * write outputs atomically (temporary file, then rename) so a failed run never leaves a half-written file.
 */
import { promises as fs } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { SamverkanError, isSamverkanError, type ErrorCode } from "./errors";
import { DEFAULT_MAX_BYTES, readDocument, type DocumentMeta } from "./read/read-document";
import { createExtractionModel, factsToGraph, type BuildGraphOptions, type BuiltGraph } from "./graph/build-graph";
import type { Fact } from "./extract/types";
import type { DocumentRecord } from "./types";

const EXTENSIONS = /\.(txt|md|markdown|html?|eml)$/i;

/** A file that could not be read, with the reason. */
export interface ReadFailure {
  file: string;
  code: ErrorCode;
  message: string;
}

export interface ReadFilesOptions {
  /** Largest file accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Lists the document files under the given files and folders (recursively), sorted. */
export async function listDocumentFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      throw new SamverkanError("NOT_FOUND", `samverkan/read: ${input} does not exist`, { file: input });
    }
    if (stat.isDirectory()) {
      for (const entry of await fs.readdir(input, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
        if (entry.isFile() && EXTENSIONS.test(entry.name) && !entry.name.endsWith(".meta.json")) files.push(full);
      }
    } else files.push(input);
  }
  return [...new Set(files)].sort();
}

async function readSidecar(file: string): Promise<DocumentMeta | undefined> {
  const sidecar = `${file}.meta.json`;
  let text: string;
  try {
    text = await fs.readFile(sidecar, "utf8");
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DocumentMeta;
  } catch (error) {
    throw new SamverkanError("BAD_OPTION", `samverkan/read: ${sidecar} is not valid JSON (${(error as Error).message})`, { file: sidecar });
  }
}

/**
 * Reads every document under the given files and folders. Files that fail are reported in `failures` and the rest
 * are read; ids are made unique when two files share a name.
 */
export async function readDocuments(inputs: string[], options: ReadFilesOptions = {}): Promise<{ documents: DocumentRecord[]; failures: ReadFailure[] }> {
  const files = await listDocumentFiles(inputs);
  const documents: DocumentRecord[] = [];
  const failures: ReadFailure[] = [];
  const ids = new Set<string>();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const [i, file] of files.entries()) {
    try {
      const stat = await fs.stat(file);
      if (stat.size > maxBytes) {
        throw new SamverkanError("FILE_TOO_LARGE", `samverkan/read: ${file} is ${stat.size} bytes, over the limit of ${maxBytes} (--max-bytes)`, { file });
      }
      const content = new Uint8Array(await fs.readFile(file));
      const doc = readDocument({ source: file, content, meta: await readSidecar(file) }, { maxBytes });
      let id = doc.id;
      for (let n = 2; ids.has(id); n++) id = `${doc.id}-${n}`;
      ids.add(id);
      documents.push({ ...doc, id });
    } catch (error) {
      if (!isSamverkanError(error)) {
        const code = (error as NodeJS.ErrnoException).code;
        failures.push({ file, code: "READ_FAILED", message: `samverkan/read: ${file} could not be read (${code ?? (error as Error).message})` });
      } else failures.push({ file, code: error.code, message: error.message });
    }
    options.onProgress?.(i + 1, files.length, file);
  }
  return { documents, failures };
}

/** Writes a file atomically: to a temporary file in the same folder, then renamed over the target. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw new SamverkanError("READ_FAILED", `samverkan/write: could not write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file, cause: error });
  }
}

export interface ParallelBuildOptions extends BuildGraphOptions {
  /** Worker threads for extraction. Default: available cores; 1 extracts in this thread. */
  workers?: number;
  /** Documents per message to a worker. Default 200. */
  batchSize?: number;
}

/**
 * Builds the graph with extraction spread over worker threads, then resolves all facts here. Gives the same graph
 * as `buildGraph`. Needs the built package (`dist/worker.js`); from sources it falls back to one thread.
 */
export async function buildGraphParallel(documents: DocumentRecord[], options: ParallelBuildOptions = {}): Promise<BuiltGraph> {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const workerUrl = new URL("./worker.js", import.meta.url);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(sorted.length / 50)));
  const canUseWorkers = workers > 1 && workerUrl.protocol === "file:" && (await fs.stat(workerUrl).then(() => true, () => false));
  const model = createExtractionModel(options.lexicon, options.roleSuffixes);
  if (!canUseWorkers) {
    const { extractDocument } = await import("./extract/extract-document");
    const facts: Fact[] = [];
    sorted.forEach((doc, i) => {
      facts.push(...extractDocument(doc, model).facts);
      options.onProgress?.(i + 1, sorted.length);
    });
    return { graph: factsToGraph(facts, sorted, model, options), documents: sorted };
  }
  const batchSize = options.batchSize ?? 200;
  const batches: DocumentRecord[][] = [];
  for (let i = 0; i < sorted.length; i += batchSize) batches.push(sorted.slice(i, i + batchSize));
  const results: Fact[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              worker.postMessage({ id, documents: batches[id] });
            };
            worker.on("message", (msg: { id: number; facts: Fact[] }) => {
              results[msg.id] = msg.facts;
              done += batches[msg.id].length;
              options.onProgress?.(done, sorted.length);
              send();
            });
            worker.on("error", reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { graph: factsToGraph(results.flat(), sorted, model, options), documents: sorted };
}
