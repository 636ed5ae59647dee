/**
 * Mount table
 * ===========
 *
 * A sortable table of node or edge rows with a CSV download of all of them, in the order shown. Headers are buttons
 * (`aria-sort` on the column); a large table draws its first `maxRows` rows and says so, while the CSV has them all.
 */
import { el } from "../dom/el";
import type { Table, TableColumn, TableRow } from "./build-tables";
import { downloadFile } from "./download-file";
import { sortRows } from "./sort-rows";
import { tableToCsv } from "./table-csv";

/** Options of `mountTable`. */
export interface TableViewOptions {
  table: Table;
  /** Name of the table, read by screen readers and used for the CSV file (`<name>.csv`). */
  name: string;
  /** Rows drawn at most (default 500); the CSV has every row. */
  maxRows?: number;
  /** Called with a row's id when its first cell is clicked; the first cell is a button only when given. */
  onSelect?: (id: string) => void;
}

/** A mounted table. */
export interface TableView {
  /** Shows other rows (e.g. after the filters changed), keeping the sort. */
  update(table: Table): void;
  /** The rows in the order shown (all of them, not only those drawn). */
  rows(): TableRow[];
  /** The CSV of all rows, in the order shown. */
  csv(): string;
  destroy(): void;
}

/** Mounts a sortable table with CSV download into `container`. */
export function mountTable(container: HTMLElement, options: TableViewOptions): TableView {
  const maxRows = options.maxRows ?? 500;
  let table = options.table;
  let sort: { column: TableColumn; direction: "ascending" | "descending" } | null = null;
  let sorted = table.rows;
  const status = el("p", { className: "sv-note", attrs: { role: "status" } });
  const download = el("button", { className: "sv-button", text: "Download CSV", attrs: { type: "button" } });
  const wrap = el("div", { className: "sv-table-wrap" });
  const root = el("section", { className: "sv-analysis sv-table-view", attrs: { "aria-label": options.name } }, [
    el("div", { className: "sv-analysis-row" }, [download, status]),
    wrap,
  ]);

  const render = () => {
    sorted = sort ? sortRows(table.rows, sort.column, sort.direction) : table.rows;
    const header = el(
      "tr",
      {},
      table.columns.map((column) => {
        const direction = sort?.column.key === column.key ? sort.direction : undefined;
        const button = el("button", {
          text: `${column.label}${direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : ""}`,
          attrs: { type: "button" },
        });
        button.addEventListener("click", () => {
          sort = { column, direction: sort?.column.key === column.key && sort.direction === "ascending" ? "descending" : "ascending" };
          render();
          root.querySelector<HTMLButtonElement>(`th[data-key="${CSS.escape(column.key)}"] button`)?.focus();
        });
        return el("th", { attrs: { scope: "col", "aria-sort": direction ?? "none", "data-key": column.key } }, [button]);
      }),
    );
    const body = el(
      "tbody",
      {},
      sorted.slice(0, maxRows).map((row) =>
        el(
          "tr",
          {},
          table.columns.map((column, index) => {
            const value = row.cells[column.key];
            const text = value === undefined ? "" : typeof value === "number" ? value.toLocaleString("en", { maximumFractionDigits: 4 }) : value;
            const cell = el("td", { className: column.type === "number" ? "sv-num" : undefined });
            if (index === 0 && options.onSelect) {
              const button = el("button", { className: "sv-link", text, attrs: { type: "button" } });
              button.addEventListener("click", () => options.onSelect?.(row.id));
              cell.append(button);
            } else cell.textContent = text;
            return cell;
          }),
        ),
      ),
    );
    wrap.replaceChildren(
      el("table", { className: "sv-table" }, [el("caption", { className: "sv-status", text: options.name }), el("thead", {}, [header]), body]),
    );
    status.textContent =
      sorted.length > maxRows
        ? `Showing ${maxRows.toLocaleString("en")} of ${sorted.length.toLocaleString("en")} rows; the CSV has all.`
        : `${sorted.length.toLocaleString("en")} rows.`;
  };

  const csv = () => tableToCsv(table, sorted);
  download.addEventListener("click", () => downloadFile(csv(), `${options.name.replace(/[^\p{L}\p{N}_-]+/gu, "-")}.csv`, "text/csv;charset=utf-8"));
  render();
  container.append(root);
  return {
    update(next) {
      table = next;
      if (sort && !next.columns.some((column) => column.key === sort?.column.key)) sort = null;
      render();
    },
    rows: () => sorted,
    csv,
    destroy: () => root.remove(),
  };
}
