// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Table } from "./build-tables";
import { mountTable } from "./mount-table";

const table = (n: number): Table => ({
  columns: [
    { key: "name", label: "Name", type: "text" },
    { key: "n", label: "Links", type: "number" },
  ],
  rows: Array.from({ length: n }, (_, i) => ({ id: `node:${i}`, cells: { name: i === 0 ? "=cmd|' /C calc'!A0" : `Namn ${i}`, n: (i * 7) % 5 } })),
});

const cellTexts = (root: HTMLElement) =>
  Array.from(root.querySelectorAll("tbody tr")).map((row) => Array.from(row.querySelectorAll("td")).map((cell) => cell.textContent));

describe("mountTable", () => {
  afterEach(() => document.body.replaceChildren());

  it("sorts by a header, then the other way, and says the order in aria-sort", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const view = mountTable(container, { table: table(4), name: "Nodes shown" });
    const header = () => container.querySelectorAll<HTMLButtonElement>("th button")[1];
    header().click();
    expect(cellTexts(container).map(([, n]) => n)).toEqual(["0", "1", "2", "4"]);
    expect(container.querySelectorAll("th")[1].getAttribute("aria-sort")).toBe("ascending");
    header().click();
    expect(cellTexts(container).map(([, n]) => n)).toEqual(["4", "2", "1", "0"]);
    expect(view.rows().map((row) => row.id)).toEqual(["node:2", "node:1", "node:3", "node:0"]);
    // The CSV follows the order shown, and the formula cell is defused.
    expect(view.csv().split("\r\n")).toEqual(["Name,Links", "Namn 2,4", "Namn 1,2", "Namn 3,1", `"'=cmd|' /C calc'!A0",0`]);
  });

  it("draws at most maxRows rows, says so, and keeps every row in the CSV", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const view = mountTable(container, { table: table(30), name: "Links shown", maxRows: 10 });
    expect(container.querySelectorAll("tbody tr")).toHaveLength(10);
    expect(container.querySelector("[role=status]")?.textContent).toBe("Showing 10 of 30 rows; the CSV has all.");
    expect(view.csv().split("\r\n")).toHaveLength(31);
    view.update(table(3));
    expect(container.querySelector("[role=status]")?.textContent).toBe("3 rows.");
  });

  it("makes the first cell a button that selects the row, and downloads the CSV", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const selected: string[] = [];
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:csv");
    mountTable(container, { table: table(2), name: "Nodes shown", onSelect: (id) => selected.push(id) });
    container.querySelector<HTMLButtonElement>("tbody .sv-link")?.click();
    expect(selected).toEqual(["node:0"]);
    container.querySelector<HTMLButtonElement>(".sv-button")?.click();
    expect(created).toHaveBeenCalledWith(expect.any(Blob));
    created.mockRestore();
  });

  it("shows document text as text", () => {
    const container = document.body.appendChild(document.createElement("div"));
    mountTable(container, {
      table: { columns: [{ key: "q", label: "Quote", type: "text" }], rows: [{ id: "e", cells: { q: "<img src=x onerror=alert(1)>" } }] },
      name: "Links",
    });
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("td")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
