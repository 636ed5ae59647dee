/**
 * Parse query
 * ===========
 *
 * Parses a user's query with lunr's own parser (so `+must -not name:Östlin sjö* östlin~1 term^2` work) and turns
 * lunr's `QueryParseError` into a `QuerySyntaxError` (`BAD_QUERY`) that says where the problem is.
 */
import lunr from "lunr";
import { QuerySyntaxError } from "../errors";

/** One parsed clause of a query (lunr's `Query.Clause` with its defaults filled in). */
export interface ParsedClause {
  term: string;
  fields: string[];
  boost: number;
  usePipeline: boolean;
  wildcard: number;
  presence: number;
  editDistance?: number;
}

// lunr exports its parser but @types/lunr does not declare it.
type QueryParserClass = new (query: string, into: lunr.Query) => { parse(): lunr.Query };

/** Parses `query` against `fields`; throws `QuerySyntaxError` with the offending offsets. */
export function parseQuery(query: string, fields: string[]): ParsedClause[] {
  const QueryParser = (lunr as unknown as { QueryParser: QueryParserClass }).QueryParser;
  try {
    return new QueryParser(query, new lunr.Query(fields)).parse().clauses as unknown as ParsedClause[];
  } catch (error) {
    if (error instanceof lunr.QueryParseError) {
      const { start, end } = error as unknown as { start: number; end: number };
      const reason = error.message.replace(/\.$/, "");
      throw new QuerySyntaxError(
        `samverkan/search: ${reason} at ${start}–${end} in "${query}" (fields: ${fields.join(", ")})`,
        query,
        Number(start),
        Number(end),
      );
    }
    throw error;
  }
}
