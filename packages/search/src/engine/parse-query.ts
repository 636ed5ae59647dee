/**
 * Parse query
 * ===========
 *
 * Parses a user's query with lunr's own parser (so `+must -not name:Östlin sjö* östlin~1 term^2` work) and turns
 * lunr's `QueryParseError` into a `QuerySyntaxError` (`BAD_QUERY`) that says where the problem is. A query longer than
 * `QUERY_LIMITS.length` characters or of more than `QUERY_LIMITS.terms` words is refused the same way, before any
 * search: the cost of a search grows with both.
 */
import lunr from "lunr";
import { QuerySyntaxError } from "../errors";

/** What one query may ask for. */
export const QUERY_LIMITS = {
  /** Characters of a query; a longer one is refused (`BAD_QUERY`). */
  length: 256,
  /** Words (lunr terms) of a query; more are refused (`BAD_QUERY`). */
  terms: 12,
  /** Most typos a word is searched with (`word~N` asks for at most N; 1 from 4 letters, 2 from 5). */
  editDistance: 2,
  /**
   * Index terms one fuzzy or wildcard word is searched as, at most: the nearest, then the most frequent (`s*` stands
   * for the 50 most frequent words in s).
   */
  expansions: 50,
  /**
   * Postings the terms of a query's wildcard and fuzzy words read, at most, in each of the two indexes, shared equally
   * by those words: a word whose terms would read more is searched by its first ones (the nearest, the most frequent)
   * that fit, at least one, and `SearchResult.capped` names it. Reading a million postings for the first time (decoding
   * and weighing them) takes about 0.3 s of CPU; twelve leading wildcards (`*a* *b* …`) read 6 million without a cap,
   * and took up to 1.2 s. Plain words are never capped.
   */
  postings: 1_000_000,
} as const;

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
type QueryParserClass = new (query: string, into: lunr.Query) => { parse(): lunr.Query; lexemes: { type: string; start: number }[] };

/** Parses `query` against `fields`; throws `QuerySyntaxError` with the offending offsets. */
export function parseQuery(query: string, fields: string[]): ParsedClause[] {
  if (query.length > QUERY_LIMITS.length) {
    const message = `samverkan/search: the query is ${query.length} characters long, at most ${QUERY_LIMITS.length} are searched`;
    throw new QuerySyntaxError(message, query, QUERY_LIMITS.length, query.length);
  }
  const QueryParser = (lunr as unknown as { QueryParser: QueryParserClass }).QueryParser;
  const parser = new QueryParser(query, new lunr.Query(fields));
  let clauses: ParsedClause[];
  try {
    clauses = parser.parse().clauses as unknown as ParsedClause[];
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
  if (clauses.length > QUERY_LIMITS.terms) {
    // Each clause is one term lexeme: the first one over the limit is where the query stops being searchable.
    const start = parser.lexemes.filter((lexeme) => lexeme.type === "TERM")[QUERY_LIMITS.terms]!.start;
    const message = `samverkan/search: the query has ${clauses.length} words, at most ${QUERY_LIMITS.terms} are searched (the rest starts at ${start})`;
    throw new QuerySyntaxError(message, query, start, query.length);
  }
  return clauses;
}
