/**
 * Extraction worker
 * =================
 *
 * Runs `extractDocument` on the documents it is sent, in a worker thread, and posts back their facts. The main
 * thread resolves the facts of all workers into one graph, so the result is the same as a single-threaded build.
 */
import { parentPort } from "node:worker_threads";
import { createExtractionModel } from "./graph/build-graph";
import { extractDocument } from "./extract/extract-document";
import type { DocumentRecord } from "./types";

const model = createExtractionModel();
parentPort?.on("message", (batch: { id: number; documents: DocumentRecord[] }) => {
  const facts = batch.documents.flatMap((doc) => extractDocument(doc, model).facts);
  parentPort?.postMessage({ id: batch.id, facts });
});
