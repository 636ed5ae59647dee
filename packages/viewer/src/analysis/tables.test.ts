import { worksWithProjection } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { buildTimeIndex } from "../state/dates";
import { edgeTable, nodeTable } from "./build-tables";
import type { Table, TableColumn, TableRow } from "./build-tables";
import { getMetric } from "./metrics";
import { sortRows } from "./sort-rows";
import { tableToCsv } from "./table-csv";
import { TWO_TEAMS_DOCUMENTS, twoTeamsGraph } from "./two-teams.fixture";

const graph = twoTeamsGraph();
const time = buildTimeIndex(graph, TWO_TEAMS_DOCUMENTS);

describe("nodeTable", () => {
  it("has a row per node shown, counting only the links shown, with metric columns", () => {
    const shown = new Set(["person:anna-berg", "person:bo-ek", "meeting:norrvik-2016-03-01"]);
    const degree = getMetric("degree").compute(graph, { nodes: shown });
    if (degree.type === "refused") throw new Error(degree.reason);
    const table = nodeTable(graph, { nodes: shown, time, metrics: [{ id: "degree", label: "Degree", values: degree }] });
    expect(table.columns.map((column) => column.key)).toEqual(["label", "kind", "links", "years", "metric:degree", "id"]);
    const byId = Object.fromEntries(table.rows.map((row) => [row.id, row.cells]));
    // Anna Berg: chaired, attended (two facts) and the collaboration with Bo Ek.
    expect(byId["person:anna-berg"]).toMatchObject({ label: "Anna Berg", kind: "Person", links: 3, "metric:degree": 2 });
    expect(byId["meeting:norrvik-2016-03-01"]).toMatchObject({ links: 3, years: "2016" });
    expect(table.rows).toHaveLength(3);
  });
});

describe("edgeTable", () => {
  it("says stated or inferred and where the first quote stands", () => {
    const table = edgeTable(graph, { time });
    const chaired = table.rows.find((row) => row.id === "chaired:person:david-falk->meeting:sjostaden-2019-09-30")!;
    expect(chaired.cells).toMatchObject({
      source: "David Falk",
      relation: "chaired",
      target: "Kommunstyrelsen i Sjöstaden",
      inferred: "inferred",
      years: "2019",
      quote: "David Falk (M), ordförande",
      document: "sjostaden-2019.txt",
    });
    const seat = table.rows.find((row) => row.id === "holds_role:person:cecilia-dahl->organisation:sjostadsforbundet")!;
    expect(seat.cells).toMatchObject({ inferred: "stated", years: "2018–…" });
  });

  it("cites the knowledge graph's documents from the works-with projection", () => {
    const table = edgeTable(worksWithProjection(graph), { knowledgeGraph: graph });
    expect(table.rows.find((row) => row.cells.target === "David Falk" && row.cells.source === "Cecilia Dahl")?.cells).toMatchObject({
      relation: "works with",
      inferred: "inferred",
      document: "board-2018.txt",
    });
  });
});

describe("sortRows", () => {
  const column = (key: string, type: TableColumn["type"]): TableColumn => ({ key, label: key, type });
  const rows: TableRow[] = [
    { id: "a", cells: { name: "Östlin", n: 10 } },
    { id: "b", cells: { name: "Protokoll 10", n: 2 } },
    { id: "c", cells: { name: "ahlin", n: undefined } },
    { id: "d", cells: { name: "Protokoll 9", n: 2 } },
    { id: "e", cells: { name: undefined, n: -1 } },
  ];
  const cases: [string, TableColumn, "ascending" | "descending", string[]][] = [
    ["text in Swedish order, digits by value, empty last", column("name", "text"), "ascending", ["c", "d", "b", "a", "e"]],
    ["text descending, empty still last", column("name", "text"), "descending", ["a", "b", "d", "c", "e"]],
    ["numbers by value, ties in their order", column("n", "number"), "ascending", ["e", "b", "d", "a", "c"]],
    ["numbers descending", column("n", "number"), "descending", ["a", "b", "d", "e", "c"]],
  ];
  it.each(cases)("%s", (_name, by, direction, expected) => {
    expect(sortRows(rows, by, direction).map((row) => row.id)).toEqual(expected);
  });
});

describe("tableToCsv", () => {
  const table = (cells: TableRow["cells"][]): Table => ({
    columns: [
      { key: "text", label: "Text", type: "text" },
      { key: "n", label: "N", type: "number" },
    ],
    rows: cells.map((row, i) => ({ id: String(i), cells: row })),
  });
  const cases: [string, TableRow["cells"], string][] = [
    ["plain", { text: "Anna Berg", n: 3 }, "Anna Berg,3"],
    ["comma and quote", { text: 'Berg, "ordförande"', n: 1 }, '"Berg, ""ordförande""",1'],
    ["line break", { text: "rad 1\nrad 2", n: undefined }, '"rad 1\nrad 2",'],
    ["formula", { text: '=HYPERLINK("http://x")', n: 1 }, '"\'=HYPERLINK(""http://x"")",1'],
    ["formula before a line break", { text: "=1+1\nrest", n: 1 }, '"\'=1+1\nrest",1'],
    ["plus, minus, at", { text: "+46 8 123", n: -2 }, '"\'+46 8 123",-2'],
    ["at", { text: "@SUM(A1)", n: 0 }, '"\'@SUM(A1)",0'],
    ["minus in text", { text: "-fd ledamot", n: 0 }, '"\'-fd ledamot",0'],
  ];
  it.each(cases)("%s", (_name, cells, line) => {
    expect(tableToCsv(table([cells]))).toBe(`Text,N\r\n${line}`);
  });

  it("writes the rows in the order given", () => {
    const data = table([
      { text: "b", n: 1 },
      { text: "a", n: 2 },
    ]);
    expect(tableToCsv(data, sortRows(data.rows, data.columns[0]))).toBe("Text,N\r\na,2\r\nb,1");
  });
});
