/**
 * Sort rows
 * =========
 *
 * Table rows in the order of one column: numbers by value, text in Swedish alphabetical order (å, ä, ö last; digits
 * by value, so "Protokoll 9" comes before "Protokoll 10"). Empty cells go last whichever the direction, and ties keep
 * their order (the sort is stable), so sorting by a second column after a first one groups within it.
 */
import type { TableColumn, TableRow } from "./build-tables";

const collator = new Intl.Collator("sv", { numeric: true, sensitivity: "base" });

/** A sorted copy of `rows` by `column`. */
export function sortRows(rows: readonly TableRow[], column: TableColumn, direction: "ascending" | "descending" = "ascending"): TableRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column.key];
    const y = b.cells[column.key];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (column.type === "number" && typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * collator.compare(String(x), String(y));
  });
}
