/**
 * Table CSV
 * =========
 *
 * A table as CSV, written by papaparse: RFC 4180 quoting (fields with a comma, quote or line break are quoted, quotes
 * doubled, CRLF between records), a header of the column names, and no formulas: a text cell starting with `=`, `+`,
 * `-`, `@`, tab or carriage return gets a leading apostrophe so a spreadsheet shows it instead of running it (CSV
 * injection; document text is written by anyone). Numbers stay numbers.
 */
import Papa from "papaparse";
import type { Table, TableRow } from "./build-tables";

// Papaparse's own pattern (`escapeFormulae: true`) ends in `.*$`, which misses a formula followed by a line break.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The table as CSV text; `rows` (e.g. sorted) default to the table's. */
export function tableToCsv(table: Table, rows: readonly TableRow[] = table.rows): string {
  return Papa.unparse(
    {
      fields: table.columns.map((column) => column.label),
      data: rows.map((row) => table.columns.map((column) => row.cells[column.key] ?? "")),
    },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}
