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
import { tesseractOcr } from "./ocr";
import type { OcrPage } from "./read/pdf";
import { loadDocument, type DocumentMeta } from "./read/read-document";
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

/** How files are read: size limits, and OCR of scanned PDF pages. */
export interface ReadLimits {
  maxBytes?: number;
  maxPages?: number;
  /** Read scanned pages with Tesseract (see ocr.ts). */
  ocr?: boolean;
}

let tesseract: OcrPage | undefined;

/** Reads and extracts a batch of files, one after another (a PDF holds one page in memory at a time). */
export async function processFiles(files: FileJob[], model: ExtractionModel, limits: ReadLimits = {}): Promise<ProcessedFiles> {
  const out: ProcessedFiles = { documents: [], facts: [], failures: [] };
  const ocr = limits.ocr ? (tesseract ??= tesseractOcr()) : undefined;
  for (const file of files) {
    try {
      const doc = await loadDocument(
        { source: file.source, id: file.id, content: file.content, meta: file.meta },
        { maxBytes: limits.maxBytes, maxPages: limits.maxPages, ocr },
      );
      out.documents.push(doc);
      for (const fact of extractDocument(doc, model).facts) out.facts.push(fact);
    } catch (error) {
      if (!isSamverkanError(error)) throw error;
      out.failures.push({ file: file.source, code: error.code, message: error.message });
    }
  }
  return out;
}
