/**
 * Extraction worker
 * =================
 *
 * Reads (decodes) and extracts the files it is sent, in a worker thread, and posts back their documents, facts and
 * failures. The main thread resolves the facts of all workers into one graph, so the result is the same as a
 * single-threaded build.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractionModelFor } from "./graph/build-graph";
import type { LexiconData } from "./lexicon/types";
import { packResult, processFiles, type FileJob, type ReadLimits } from "./process-files";

// The caller's lexicon and role endings, when given, travel in workerData so every thread reads alike.
const data = workerData as { lexicon?: LexiconData; roleSuffixes?: string[] } | undefined;
const model = extractionModelFor({ lexicon: data?.lexicon, roleSuffixes: data?.roleSuffixes });
// Batches are handled in the order they come; the main thread keeps two here, so the next waits while one is read.
parentPort?.on("message", async (batch: { id: number; files: FileJob[]; limits: ReadLimits }) => {
  const { texts, ...result } = await processFiles(batch.files, model, batch.limits);
  // Facts and texts go packed, so what the main thread decodes, its serial cost, stays small (see `WorkerResult`).
  const packed = packResult(result, texts);
  parentPort?.postMessage({ id: batch.id, ...packed }, [packed.facts.numbers.buffer, packed.texts.spans.buffer]);
});
