/**
 * Errors
 * ======
 *
 * Search reuses core's `SamverkanError` and its codes; a query that cannot be searched also says where in the query
 * the problem is.
 */
import { SamverkanError } from "@samverkan/core";

/**
 * A query that cannot be searched (`BAD_QUERY`): one the lunr parser rejected, or one over `QUERY_LIMITS` (too long,
 * too many words), with the offending characters' offsets in the query.
 */
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
