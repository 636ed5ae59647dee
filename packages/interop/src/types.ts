/**
 * Types
 * =====
 *
 * The public shapes of the interop package: export formats, their options and their output. Every exporter returns
 * text (one file) or a `{path: content}` map (several files); writing them to disk is the caller's job, so the
 * package runs in the browser as well as in Node.
 */
import type { DocumentRecord } from "@samverkan/core";

/** Formats the package can export to. */
export type ExportFormat = "gexf" | "graphml" | "popolo" | "jsonld" | "neo4j" | "csv";

/** Several output files by relative path (forward slashes), each with its text content. */
export type ExportFiles = Record<string, string>;

/** What one export produced: a single file, or a directory of files. */
export type ExportOutput =
  | { kind: "file"; format: ExportFormat; content: string; mediaType: string; extension: string }
  | { kind: "directory"; format: ExportFormat; files: ExportFiles };

/** Options every exporter understands. */
export interface BaseExportOptions {
  /**
   * Documents the evidence points into (from `loadGraph`). Used to name, date and link the sources of evidence;
   * without them evidence still carries the document id, offsets and quote.
   */
  documents?: DocumentRecord[];
}

/** Description of one export format, as registered in `EXPORT_FORMATS`. */
export interface ExportFormatDescriptor {
  format: ExportFormat;
  /** One line for help texts. */
  description: string;
  /** True when the format is a directory of files rather than one file. */
  multiFile: boolean;
  /** File extension of the single output file (without the dot); empty for multi-file formats. */
  extension: string;
  /** IANA media type of the single output file; empty for multi-file formats. */
  mediaType: string;
}
