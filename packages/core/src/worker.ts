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
import { processFiles, type FileJob, type ReadLimits } from "./process-files";

// The caller's lexicon and role endings, when given, travel in workerData so every thread reads alike.
const data = workerData as { lexicon?: LexiconData; roleSuffixes?: string[] } | undefined;
const model = extractionModelFor({ lexicon: data?.lexicon, roleSuffixes: data?.roleSuffixes });
// Batches come one at a time: the main thread sends the next only when this one is posted back.
parentPort?.on("message", async (batch: { id: number; files: FileJob[]; limits: ReadLimits }) => {
  const result = await processFiles(batch.files, model, batch.limits);
  // Quotes are slices of the document texts, which travel anyway: the main thread cuts them again (restoreQuotes),
  // so the copy between threads, the main thread's serial cost, stays small.
  for (const fact of result.facts) fact.evidence.quote = "";
  parentPort?.postMessage({ id: batch.id, ...result });
});
