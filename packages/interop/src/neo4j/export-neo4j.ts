/**
 * Neo4j export
 * ============
 *
 * Writes the graph as CSV files in the `neo4j-admin database import` format, one file per node kind and per
 * relationship type, with `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` columns and typed property headers
 * (`name:string`, `x:double`, `former:boolean`, `aliases:string[]`). Beside them go `import.sh`, the bulk import of
 * the files into a new database, and `import.cypher`, which loads the same files into a running database with
 * `LOAD CSV` in batches. Every node also gets the label `Samverkan`, whose unique `id` lets relationships find their
 * ends. Evidence is a JSON text property (`evidence`) plus the list of documents (`docs`).
 *
 * [Reference] https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/
 */
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "@samverkan/core";
import { SamverkanError } from "@samverkan/core";
import { evidenceOf, flattenAttributes, jsonWithoutBackslashQuote, valueType, widenType, type FlatValue, type ValueType } from "../shared/attributes";
import { csvFile, csvRow, type CsvValue } from "../shared/csv";
import { evidenceDocuments } from "../shared/sources";
import type { BaseExportOptions, ExportFiles } from "../types";

/** Options for `exportNeo4j`. */
export interface Neo4jExportOptions extends BaseExportOptions {
  /** Name of the database `import.sh` creates. Default `samverkan`. */
  database?: string;
  /** Rows per transaction in `import.cypher`. Default 1000. */
  batchSize?: number;
}

/** Label every exported node carries, besides its kind. */
export const NEO4J_COMMON_LABEL = "Samverkan";

/** Array delimiters tried in order: Neo4j's default first, then others, the first not found in any list item wins. */
const ARRAY_DELIMITERS = [";", "|", "¦", "¤", "§"] as const;

/** Neo4j import header types are the shared value types. */
type Neo4jType = ValueType;

interface Column {
  /** Property name in the database. */
  name: string;
  type: Neo4jType;
}

interface Row {
  values: Record<string, FlatValue>;
}

function inferColumns(rows: readonly Row[], leading: readonly string[]): Column[] {
  // Leading names first so `name` and `key` open every file; a name no row has stays a string column.
  const types = new Map<string, Neo4jType | undefined>(leading.map((name) => [name, undefined]));
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.values)) {
      const seen = types.get(name);
      types.set(name, seen === undefined ? valueType(name, value) : widenType(seen, valueType(name, value)));
    }
  }
  return [...types].map(([name, type]) => ({ name, type: type ?? "string" }));
}

function toPascalCase(kind: string): string {
  return kind.replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase());
}

function cell(value: FlatValue | undefined, type: Neo4jType, delimiter: string): CsvValue {
  if (value === undefined) return undefined;
  if (type === "string[]") return (Array.isArray(value) ? value : [String(value)]).join(delimiter);
  if (type === "string" && Array.isArray(value)) return jsonWithoutBackslashQuote(value);
  return value as CsvValue;
}

function nodeValues(attributes: NodeAttributes): Record<string, FlatValue> {
  const values: Record<string, FlatValue> = { name: attributes.label };
  Object.assign(values, flattenAttributes(attributes, { omit: ["label", "kind", "evidence"], keepStringLists: true, json: jsonWithoutBackslashQuote }));
  const evidence = evidenceOf(attributes);
  if (evidence.length > 0) {
    values.evidence = jsonWithoutBackslashQuote(evidence);
    values.docs = evidenceDocuments(evidence);
  }
  return values;
}

function edgeValues(edge: string, attributes: EdgeAttributes): Record<string, FlatValue> {
  const values: Record<string, FlatValue> = { key: edge };
  Object.assign(values, flattenAttributes(attributes, { omit: ["kind", "evidence"], keepStringLists: true, json: jsonWithoutBackslashQuote }));
  const evidence = evidenceOf(attributes);
  values.evidence = jsonWithoutBackslashQuote(evidence);
  if (evidence.length > 0) values.docs = evidenceDocuments(evidence);
  return values;
}

function chooseDelimiter(lists: Iterable<string>): string {
  const items = [...lists];
  const delimiter = ARRAY_DELIMITERS.find((candidate) => items.every((item) => !item.includes(candidate)));
  if (!delimiter) {
    throw new SamverkanError("BAD_GRAPH", `samverkan/exportNeo4j: every array delimiter (${ARRAY_DELIMITERS.join(" ")}) occurs in some alias or list value`);
  }
  return delimiter;
}

function header(column: Column): string {
  return `${column.name}:${column.type}`;
}

/** Cypher expression converting a LOAD CSV field (always text) to the column's type. */
function cypherValue(column: Column, delimiter: string): string {
  const field = `row.\`${header(column)}\``;
  switch (column.type) {
    case "long":
      return `toInteger(${field})`;
    case "double":
      return `toFloat(${field})`;
    case "boolean":
      return `toBoolean(${field})`;
    case "string[]":
      return `split(${field}, '${delimiter}')`;
    default:
      return field;
  }
}

function cypherSet(variable: string, columns: readonly Column[], delimiter: string): string {
  return columns.map((column) => `${variable}.\`${column.name}\` = ${cypherValue(column, delimiter)}`).join(",\n      ");
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Exports the graph as Neo4j import files: `nodes-<kind>.csv`, `relationships-<kind>.csv`, `import.sh` and
 * `import.cypher`.
 * @example
 * const files = exportNeo4j(graph); // {"nodes-person.csv": "...", ..., "import.cypher": "..."}
 */
export function exportNeo4j(graph: KnowledgeGraph, options: Neo4jExportOptions = {}): ExportFiles {
  const database = options.database ?? "samverkan";
  const batchSize = options.batchSize ?? 1000;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new SamverkanError("BAD_OPTION", `samverkan/exportNeo4j: batchSize must be a positive integer, got ${String(batchSize)}`);
  }
  if (!/^[a-z0-9][a-z0-9.-]{2,62}$/i.test(database)) {
    throw new SamverkanError("BAD_OPTION", `samverkan/exportNeo4j: "${database}" is not a valid Neo4j database name`);
  }

  const nodeRows = new Map<string, { id: string; row: Row }[]>();
  graph.forEachNode((id, attributes) => {
    const rows = nodeRows.get(attributes.kind) ?? nodeRows.set(attributes.kind, []).get(attributes.kind)!;
    rows.push({ id, row: { values: nodeValues(attributes) } });
  });
  const edgeRows = new Map<string, { source: string; target: string; row: Row }[]>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const rows = edgeRows.get(attributes.kind) ?? edgeRows.set(attributes.kind, []).get(attributes.kind)!;
    rows.push({ source, target, row: { values: edgeValues(edge, attributes) } });
  });

  const listItems = function* (): Generator<string> {
    for (const rows of [...nodeRows.values(), ...edgeRows.values()]) {
      for (const { row } of rows) {
        for (const value of Object.values(row.values)) if (Array.isArray(value)) yield* value;
      }
    }
  };
  const delimiter = chooseDelimiter(listItems());

  const files: ExportFiles = {};
  const nodeFiles: string[] = [];
  const relationshipFiles: string[] = [];
  const cypher: string[] = [
    "// Loads a samverkan export into a running Neo4j 5 database with LOAD CSV.",
    "// Copy the CSV files into the database's import directory, then run: cypher-shell -f import.cypher",
    "// (In Neo4j Browser, prefix each LOAD CSV statement with :auto.) The files quote as RFC 4180; a text value",
    "// holding a backslash before a quote needs dbms.import.csv.legacy_quote_escaping=false on the server.",
    `CREATE CONSTRAINT samverkan_id IF NOT EXISTS FOR (n:${NEO4J_COMMON_LABEL}) REQUIRE n.id IS UNIQUE;`,
    "",
  ];

  for (const [kind, rows] of [...nodeRows].sort(([a], [b]) => a.localeCompare(b))) {
    const file = `nodes-${kind}.csv`;
    const label = toPascalCase(kind);
    const columns = inferColumns(
      rows.map(({ row }) => row),
      ["name"],
    );
    const lines = [csvRow(["id:ID", ":LABEL", ...columns.map(header)])];
    for (const { id, row } of rows) {
      lines.push(csvRow([id, `${NEO4J_COMMON_LABEL}${delimiter}${label}`, ...columns.map((column) => cell(row.values[column.name], column.type, delimiter))]));
    }
    files[file] = csvFile(lines);
    nodeFiles.push(file);
    cypher.push(
      `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row`,
      "CALL {",
      "  WITH row",
      `  MERGE (n:${NEO4J_COMMON_LABEL} {id: row.\`id:ID\`})`,
      `  SET n:${label},`,
      `      ${cypherSet("n", columns, delimiter)}`,
      `} IN TRANSACTIONS OF ${batchSize} ROWS;`,
      "",
    );
  }

  for (const [kind, rows] of [...edgeRows].sort(([a], [b]) => a.localeCompare(b))) {
    const file = `relationships-${kind}.csv`;
    const type = kind.toUpperCase();
    const columns = inferColumns(
      rows.map(({ row }) => row),
      ["key"],
    );
    const lines = [csvRow([":START_ID", ":END_ID", ":TYPE", ...columns.map(header)])];
    for (const { source, target, row } of rows) {
      lines.push(csvRow([source, target, type, ...columns.map((column) => cell(row.values[column.name], column.type, delimiter))]));
    }
    files[file] = csvFile(lines);
    relationshipFiles.push(file);
    const others = columns.filter((column) => column.name !== "key");
    cypher.push(
      `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row`,
      "CALL {",
      "  WITH row",
      `  MATCH (a:${NEO4J_COMMON_LABEL} {id: row.\`:START_ID\`}), (b:${NEO4J_COMMON_LABEL} {id: row.\`:END_ID\`})`,
      `  MERGE (a)-[r:${type} {key: row.\`key:string\`}]->(b)`,
      ...(others.length > 0 ? [`  SET ${cypherSet("r", others, delimiter)}`] : []),
      `} IN TRANSACTIONS OF ${batchSize} ROWS;`,
      "",
    );
  }

  files["import.sh"] = [
    "#!/bin/sh",
    "# Bulk-imports this samverkan export into a new Neo4j 5 database (stop the database first; it is replaced).",
    "# Usage: sh import.sh [database]   (then: CREATE DATABASE <name> in Neo4j Enterprise, or set",
    "# initial.dbms.default_database=<name> in Community, and start Neo4j)",
    "set -e",
    `DATABASE="\${1:-${database}}"`,
    'cd "$(dirname "$0")"',
    'neo4j-admin database import full "$DATABASE" \\',
    ...nodeFiles.map((file) => `  --nodes=${file} \\`),
    ...relationshipFiles.map((file) => `  --relationships=${file} \\`),
    `  --array-delimiter=${shellQuote(delimiter)} \\`,
    "  --multiline-fields=true \\",
    "  --overwrite-destination",
    "",
  ].join("\n");
  files["import.cypher"] = cypher.join("\n");
  return files;
}
