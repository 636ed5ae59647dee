/**
 * Errors
 * ======
 *
 * Search reuses core's `SamverkanError` and its codes; a query syntax error also says where in the query it is.
 */
import { SamverkanError } from "@samverkan/core";

/** A query the lunr parser rejected (`BAD_QUERY`), with the offending characters' offsets in the query. */
export class QuerySyntaxError extends SamverkanError {
  /** Offset of the first offending character in the query. */
  readonly start: number;
  /** Offset after the last offending character. */
  readonly end: number;
  /** The query as given. */
  readonly query: string;

  constructor(message: string, query: string, start: number, end: number) {
    super("BAD_QUERY", message);
    this.name = "QuerySyntaxError";
    this.query = query;
    this.start = start;
    this.end = end;
  }
}
