/**
 * `samverkan export`: writes each format where --out says, replaces an earlier export atomically, leaves other
 * directories alone, and reports user mistakes by error code.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeGraph } from "@samverkan/core";
import { afterAll, describe, expect, it } from "vitest";
import { EXPORT_MARKER, exportCommand } from "../../packages/cli/src/commands/export";
import { HOSTILE_DOCUMENTS, createHostileGraph } from "./fixtures/hostile-graph";

const dir = mkdtempSync(join(tmpdir(), "samverkan-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const graphFile = join(dir, "graph.json");
writeFileSync(graphFile, JSON.stringify(serializeGraph(createHostileGraph(), HOSTILE_DOCUMENTS)));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exportCommand.run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join(""), err: err.join("") };
}

describe("samverkan export", () => {
  it.each([
    ["gexf", "graph.gexf", "<gexf"],
    ["graphml", "graph.graphml", "<graphml"],
    ["popolo", "popolo.json", '"persons"'],
    ["jsonld", "graph.jsonld", '"@context"'],
  ])("writes %s to one file", async (format, name, needle) => {
    const out = join(dir, "single", name);
    expect((await run("--graph", graphFile, "--format", format, "--out", out)).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(needle);
    expect(readdirSync(join(dir, "single")).filter((entry) => entry.includes(".tmp-"))).toEqual([]);
  });

  it.each([
    ["neo4j", ["import.sh", "import.cypher", "nodes-person.csv", "relationships-holds_role.csv", EXPORT_MARKER]],
    ["csv", ["entities.csv", "relations.csv", EXPORT_MARKER]],
  ])("writes %s to a directory and replaces an earlier export", async (format, expected) => {
    const out = join(dir, `dir-${format}`);
    expect((await run(`--graph=${graphFile}`, `--format=${format}`, `--out=${out}`)).code).toBe(0);
    writeFileSync(join(out, "stale.csv"), "old");
    expect((await run("--graph", graphFile, "--format", format, "--out", out)).code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(expected));
    expect(existsSync(join(out, "stale.csv"))).toBe(false);
    expect(readdirSync(dir).filter((entry) => entry.includes(".tmp-"))).toEqual([]);
  });

  it("writes a single file to standard output with --out -", async () => {
    const result = await run("--graph", graphFile, "--format", "graphml", "--out", "-");
    expect(result.out).toMatch(/^<\?xml/);
  });

  it("prints usage for --help", async () => {
    const result = await run("--help");
    expect([result.code, result.out.includes("--format")]).toEqual([0, true]);
  });

  it("leaves a non-empty directory that is not an export alone", async () => {
    const out = join(dir, "precious");
    mkdirSync(out);
    writeFileSync(join(out, "thesis.docx"), "years of work");
    await expect(run("--graph", graphFile, "--format", "csv", "--out", out)).rejects.toMatchObject({ code: "BAD_OPTION" });
    expect(readdirSync(out)).toEqual(["thesis.docx"]);
  });

  it.each([
    [["--format", "gexf", "--out", "x.gexf"], "USAGE"],
    [["--graph", "g.json", "--out", "x"], "USAGE"],
    [["--graph", "g.json", "--format", "gexf"], "USAGE"],
    [["--graph"], "USAGE"],
    [["--bogus", "1"], "USAGE"],
    [["--graph", "g.json", "--format", "dot", "--out", "x"], "USAGE"],
    [["--graph", "/nonexistent/graph.json", "--format", "gexf", "--out", "x"], "NOT_FOUND"],
    [["--graph", "GRAPH", "--format", "csv", "--out", "-"], "USAGE"],
    [["--graph", "BAD", "--format", "gexf", "--out", "x"], "BAD_GRAPH"],
  ])("rejects %j with %s", async (argv, code) => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"not": "a graph"}');
    const args = argv.map((arg) => (arg === "GRAPH" ? graphFile : arg === "BAD" ? bad : arg));
    await expect(run(...args)).rejects.toMatchObject({ code });
  });
});
