import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cliMissing, runCli } from "./run-cli";

const missing = cliMissing();
if (missing && process.env.CI) throw new Error(missing);

/** The lines of a texts file as records. */
const textLines = (bytes: Buffer) =>
  bytes
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string });

describe.skipIf(!!missing)("the files of a built graph", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-files-"));
  const graph = path.join(dir, "plain", "graph.json");
  const built = runCli(["build", "examples/storsthlm/corpus", "--out", graph, "--no-layout", "--quiet"]);

  it("keep the texts beside the graph, which names them by hash and keeps each document's hash and length", () => {
    expect(built.code).toBe(0);
    expect(built.stderr).toContain(`${path.join(dir, "plain", "documents.jsonl")}, ${path.join(dir, "plain", "index.json")}`);
    const data = JSON.parse(readFileSync(graph, "utf8"));
    const texts = textLines(readFileSync(path.join(dir, "plain", "documents.jsonl")));
    expect(texts.map((t) => t.id)).toEqual(data.documents.map((d: { id: string }) => d.id));
    for (const [i, doc] of data.documents.entries()) {
      expect(doc.text).toBeUndefined();
      expect(doc.length).toBe(texts[i].text.length);
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // Every quote is the slice of its document's text that the evidence's offsets name.
    const byId = new Map(texts.map((t) => [t.id, t.text]));
    for (const edge of data.graph.edges.slice(0, 50)) for (const e of edge.attributes.evidence) expect(byId.get(e.doc)!.slice(e.start, e.end)).toBe(e.quote);
  });

  it("answer ask without the texts, and search with the snippets cut from them", () => {
    expect(runCli(["ask", "which meetings did Mats Gerdau chair", "--graph", graph]).stdout).toContain("“Mats Gerdau, Nacka, ordförande”");
    expect(runCli(["search", "förbundsordförande", "--graph", graph, "--kind", "passage"]).stdout).toMatch(/….*«förbundsordförande».*…/);
  });

  it("with --gzip are compressed, named .gz, and read by every command", () => {
    const gz = path.join(dir, "gz", "graph.json.gz");
    expect(runCli(["build", "examples/storsthlm/corpus", "--out", gz, "--no-layout", "--quiet", "--gzip"]).code).toBe(0);
    expect(readdirSync(path.join(dir, "gz")).sort()).toEqual([".samverkan-cache", "documents.jsonl.gz", "graph.json.gz", "index.json.gz"]);
    // The same content as the plain build, compressed (the graph differs only in what it names).
    expect(gunzipSync(readFileSync(path.join(dir, "gz", "documents.jsonl.gz"))).equals(readFileSync(path.join(dir, "plain", "documents.jsonl")))).toBe(true);
    expect(gunzipSync(readFileSync(path.join(dir, "gz", "index.json.gz"))).equals(readFileSync(path.join(dir, "plain", "index.json")))).toBe(true);
    expect(JSON.parse(gunzipSync(readFileSync(gz)).toString("utf8")).index.file).toBe("index.json.gz");
    expect(runCli(["ask", "which meetings did Mats Gerdau chair", "--graph", gz]).stdout).toContain("“Mats Gerdau, Nacka, ordförande”");
    expect(runCli(["search", "förbundsordförande", "--graph", gz, "--kind", "passage"]).stdout).toMatch(/«förbundsordförande»/);
    const exported = runCli(["export", "--graph", gz, "--format", "gexf", "--out", "-"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("<gexf");
  });

  it("refuse texts of another build, naming the file, and a missing texts file", () => {
    const copy = path.join(dir, "swapped");
    expect(runCli(["build", "examples/storsthlm/corpus", "--out", path.join(copy, "graph.json"), "--no-layout", "--quiet", "--no-index"]).code).toBe(0);
    const textsFile = path.join(copy, "documents.jsonl");
    const lines = readFileSync(textsFile, "utf8").split("\n");
    writeFileSync(textsFile, [lines[1], lines[0], ...lines.slice(2)].join("\n"));
    const swapped = runCli(["export", "--graph", path.join(copy, "graph.json"), "--format", "gexf", "--out", "-"]);
    expect(swapped.code).toBe(0); // export reads no texts
    const search = runCli(["search", "förbundsordförande", "--graph", path.join(copy, "graph.json")]);
    expect(search.code).toBe(1);
    expect(search.stderr.trim()).toMatch(/documents\.jsonl does not belong to .*graph\.json \(they are not from the same build\); rebuild both/);
    writeFileSync(textsFile, "");
    const view = runCli(["view", "--graph", path.join(copy, "graph.json"), "--out", path.join(copy, "site")]);
    expect(existsSync(path.join(copy, "site"))).toBe(false);
    expect(view.stderr).not.toMatch(/\n\s+at /);
  });

  it("leave no temporary file behind", () => {
    for (const sub of ["plain", "gz"]) expect(readdirSync(path.join(dir, sub)).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});
