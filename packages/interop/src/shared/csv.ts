/**
 * CSV cells
 * =========
 *
 * RFC 4180 quoting, shared by the Neo4j and the plain CSV exports: a field is quoted when it holds the separator, a
 * quote, or a line break, and quotes inside are doubled. This is the quoting `neo4j-admin database import` and
 * `LOAD CSV` read, and what spreadsheets write.
 */

/** A value that can go into one CSV cell; `undefined` and `null` become an empty cell. */
export type CsvValue = string | number | boolean | undefined | null;

/** Options for `csvField`. */
export interface CsvFieldOptions {
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, tab or return with `'` so a spreadsheet shows them instead
   * of evaluating them as formulas (CSV injection). Off for machine readers such as Neo4j.
   */
  escapeFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Formats one value as a CSV field. */
export function csvField(value: CsvValue, options: CsvFieldOptions = {}): string {
  if (value === undefined || value === null) return "";
  let text = typeof value === "string" ? value : String(value);
  if (options.escapeFormulas && typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats one CSV record, without the line terminator. */
export function csvRow(values: readonly CsvValue[], options: CsvFieldOptions = {}): string {
  return values.map((value) => csvField(value, options)).join(",");
}

/** Joins records into a file: `\n` after every record, including the last. */
export function csvFile(rows: readonly string[]): string {
  return rows.length === 0 ? "" : `${rows.join("\n")}\n`;
}
