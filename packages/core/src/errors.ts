/**
 * Errors
 * ======
 *
 * One error class for every user-facing failure, with a stable `code` so callers (and tests) can branch on the kind
 * of failure without parsing messages. Messages start with where they came from: "samverkan/loadGraph: ...".
 */

/** Codes of the errors samverkan throws for bad input or misuse. */
export type ErrorCode =
  | "EMPTY_FILE"
  | "BINARY_FILE"
  | "FILE_TOO_LARGE"
  | "UNDECODABLE"
  | "UNREADABLE_PDF"
  | "ENCRYPTED"
  | "TOO_MANY_PAGES"
  | "NEEDS_OCR"
  | "BAD_ARCHIVE"
  | "READ_FAILED"
  | "NOT_REGULAR_FILE"
  | "NOT_FOUND"
  | "BAD_GRAPH"
  | "GRAPH_VERSION"
  | "BAD_OPTION"
  | "UNKNOWN_ENTITY"
  | "AMBIGUOUS_ENTITY"
  | "BAD_QUERY"
  | "BAD_INDEX"
  | "INDEX_VERSION"
  | "USAGE";

/** An error caused by the caller's input, not by a bug: the CLI prints its message without a stack trace. */
export class SamverkanError extends Error {
  readonly code: ErrorCode;
  /** File the error is about, when there is one. */
  readonly file?: string;
  /** For AMBIGUOUS_ENTITY: the nodes the name could mean. */
  readonly candidates?: { id: string; label: string }[];

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown; candidates?: { id: string; label: string }[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SamverkanError";
    this.code = code;
    this.file = options.file;
    this.candidates = options.candidates;
  }
}

/** True for errors that are the user's to fix (print the message, no stack). */
export function isSamverkanError(error: unknown): error is SamverkanError {
  return error instanceof SamverkanError;
}
