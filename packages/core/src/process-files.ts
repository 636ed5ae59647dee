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
import type { Fact } from "./extract/types";
import { readDocument, type DocumentMeta } from "./read/read-document";
import type { DocumentRecord } from "./types";

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

/** Puts back the quotes that a worker left out, cutting them from the documents of the same batch. */
export function restoreQuotes(result: ProcessedFiles): ProcessedFiles {
  const texts = new Map(result.documents.map((d) => [d.id, d.text]));
  for (const fact of result.facts) fact.evidence.quote = texts.get(fact.evidence.doc)?.slice(fact.evidence.start, fact.evidence.end) ?? "";
  return result;
}

/** Reads and extracts a batch of files. */
export function processFiles(files: FileJob[], model: ExtractionModel, maxBytes?: number): ProcessedFiles {
  const out: ProcessedFiles = { documents: [], facts: [], failures: [] };
  for (const file of files) {
    try {
      const doc = readDocument({ source: file.source, id: file.id, content: file.content, meta: file.meta }, { maxBytes });
      out.documents.push(doc);
      for (const fact of extractDocument(doc, model).facts) out.facts.push(fact);
    } catch (error) {
      if (!isSamverkanError(error)) throw error;
      out.failures.push({ file: file.source, code: error.code, message: error.message });
    }
  }
  return out;
}
