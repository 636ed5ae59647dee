/**
 * Neo4j import files parsed as `neo4j-admin database import` reads them: header syntax, no duplicate `:ID`, every
 * `:START_ID`/`:END_ID` resolves, quoting of commas, quotes and newlines in Swedish text, arrays split on the
 * delimiter given to the tool, and an `import.cypher` that reads only columns the files have.
 */
import { exportNeo4j } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { countByKind, createHostileGraph } from "./fixtures/hostile-graph";
import { parseCsvObjects } from "./helpers/parse-csv";

const graph = createHostileGraph();
const files = exportNeo4j(graph);
const csvFiles = Object.keys(files).filter((name) => name.endsWith(".csv"));
const parsed = Object.fromEntries(csvFiles.map((name) => [name, parseCsvObjects(files[name]!)]));
const nodeFiles = csvFiles.filter((name) => name.startsWith("nodes-"));
const relationshipFiles = csvFiles.filter((name) => name.startsWith("relationships-"));
const delimiter = /--array-delimiter='([^']+)'/.exec(files["import.sh"]!)![1]!;

// Header fields as the import tool defines them: [name]:FIELD for special fields, name[:type] for properties.
const SPECIAL = /^([A-Za-z_][A-Za-z0-9_]*)?:(ID|LABEL|START_ID|END_ID|TYPE|IGNORE)$/;
const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*(:(string|long|int|short|byte|double|float|boolean|char|date|datetime)(\[\])?)?$/;

const nodesById = new Map<string, Record<string, string>>();
for (const file of nodeFiles) for (const row of parsed[file]!.rows) nodesById.set(row["id:ID"]!, row);

describe("Neo4j import files", () => {
  it("writes one file per node kind and per relationship type, plus import.sh and import.cypher", () => {
    const counts = countByKind(graph);
    expect(nodeFiles.sort()).toEqual(
      Object.keys(counts.nodes)
        .map((kind) => `nodes-${kind}.csv`)
        .sort(),
    );
    expect(relationshipFiles.sort()).toEqual(
      Object.keys(counts.edges)
        .map((kind) => `relationships-${kind}.csv`)
        .sort(),
    );
    for (const [kind, count] of Object.entries(counts.nodes)) expect(parsed[`nodes-${kind}.csv`]!.rows).toHaveLength(count);
    for (const [kind, count] of Object.entries(counts.edges)) expect(parsed[`relationships-${kind}.csv`]!.rows).toHaveLength(count);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["import.sh", "import.cypher"]));
  });

  it.each(csvFiles)("%s has a valid header", (file) => {
    const { header } = parsed[file]!;
    for (const field of header) expect(SPECIAL.test(field) || PROPERTY.test(field), `${file}: ${field}`).toBe(true);
    expect(new Set(header).size).toBe(header.length);
    if (file.startsWith("nodes-")) expect(header.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    else expect(header.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
  });

  it("has no duplicate :ID across node files", () => {
    const ids = nodeFiles.flatMap((file) => parsed[file]!.rows.map((row) => row["id:ID"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(graph.order);
  });

  it("resolves every :START_ID and :END_ID", () => {
    for (const file of relationshipFiles) {
      for (const row of parsed[file]!.rows) {
        expect(nodesById.has(row[":START_ID"]!), `${file} start ${row[":START_ID"]}`).toBe(true);
        expect(nodesById.has(row[":END_ID"]!), `${file} end ${row[":END_ID"]}`).toBe(true);
        expect(row[":TYPE"]).toMatch(/^[A-Z_]+$/);
      }
    }
  });

  it("keeps every label, with commas, quotes, newlines and Swedish letters", () => {
    graph.forEachNode((node, attributes) => expect(nodesById.get(node)!["name:string"], node).toBe(attributes.label));
    expect(files["nodes-person.csv"]).toContain('"""Åsa"" O\'Brien-Lindqvist, ledamot"');
  });

  it("splits labels and arrays on the delimiter import.sh passes", () => {
    expect(delimiter).not.toBe(";"); // an alias in the fixture holds ";" and another "|", so the third candidate wins
    expect(nodesById.get("person:multi-line")!["aliases:string[]"]!.split(delimiter)).toEqual(["a;b|c"]);
    expect(nodesById.get("person:asa-obrien")!["aliases:string[]"]!.split(delimiter)).toEqual(graph.getNodeAttribute("person:asa-obrien", "aliases"));
    expect(nodesById.get("party:m")![":LABEL"]!.split(delimiter)).toEqual(["Samverkan", "Party"]);
  });

  it("types properties and carries evidence as JSON", () => {
    const holdsRole = parsed["relationships-holds_role.csv"]!;
    expect(holdsRole.header).toEqual(expect.arrayContaining(["former:boolean", "role:string", "evidence:string", "docs:string[]"]));
    expect(parsed["nodes-person.csv"]!.header).toEqual(expect.arrayContaining(["x:double", "y:double"]));
    const e3 = holdsRole.rows.find((row) => row["key:string"] === "e3")!;
    expect(e3["former:boolean"]).toBe("true");
    expect(JSON.parse(e3["evidence:string"]!)).toEqual(graph.getEdgeAttribute("e3", "evidence"));
  });

  it("import.cypher loads every file and reads only columns the file has", () => {
    const cypher = files["import.cypher"]!;
    const statements = cypher
      .split(/;\n/)
      .map((statement) => statement.trim())
      .filter((statement) => statement.startsWith("LOAD CSV"));
    expect(statements).toHaveLength(csvFiles.length);
    for (const statement of statements) {
      const file = /FROM 'file:\/\/\/([^']+)'/.exec(statement)![1]!;
      const header = parsed[file]!.header;
      for (const [, column] of statement.matchAll(/row\.`([^`]+)`/g)) expect(header, `${file}: ${column}`).toContain(column);
      expect(statement).toMatch(/IN TRANSACTIONS OF 1000 ROWS$/);
    }
  });

  it.each(csvFiles)("%s has no backslash before a quote, which LOAD CSV would read as an escape", (file) => {
    expect(files[file]).not.toMatch(/\\"/);
  });

  it("import.sh names every file", () => {
    for (const file of nodeFiles) expect(files["import.sh"]).toContain(`--nodes=${file} `);
    for (const file of relationshipFiles) expect(files["import.sh"]).toContain(`--relationships=${file} `);
    expect(files["import.sh"]).toContain("--multiline-fields=true");
  });
});

describe("Neo4j export options", () => {
  it.each([
    [{ batchSize: 0 }, "BAD_OPTION"],
    [{ batchSize: 1.5 }, "BAD_OPTION"],
    [{ database: "bad name; rm -rf /" }, "BAD_OPTION"],
  ])("rejects %j with %s", (options, code) => {
    expect(() => exportNeo4j(graph, options)).toThrow(expect.objectContaining({ code }));
  });
});
