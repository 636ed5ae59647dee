/**
 * What the CLI leaves on disk and on the terminal (issue #15): graph and index as one pair, temporary files of
 * interrupted runs removed, output folders readable by other users, control characters in file names escaped,
 * `--workers` capped, and an index that is no samverkan index refused by `view`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliMissing, runCli } from "./run-cli";

const missing = cliMissing();
if (missing && process.env.CI) throw new Error(missing);

const CORPUS = "examples/storsthlm/corpus";
// The one document of the corpus that never names Mats Gerdau.
const WITHOUT_GERDAU = `${CORPUS}/000_4e25205e17fa4be1.txt`;
const fresh = () => mkdtempSync(path.join(tmpdir(), "samverkan-outputs-"));

describe.skipIf(!!missing)("graph.json and index.json are one pair", () => {
  const dir = fresh();
  const graph = path.join(dir, "graph.json");
  const index = path.join(dir, "index.json");
  const fullIndex = path.join(dir, "full-index.json");
  expect(runCli(["build", CORPUS, "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
  copyFileSync(index, fullIndex);

  it("an index from another build beside the graph (a run killed between the two files) is refused", () => {
    expect(runCli(["build", WITHOUT_GERDAU, "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
    copyFileSync(fullIndex, index);
    const searched = runCli(["search", "Gerdau", "--graph", graph]);
    expect(searched.code).toBe(1);
    expect(searched.stderr).toMatch(/index\.json does not belong to .*graph\.json.*rebuild/);
    expect(searched.stdout).not.toContain("Mats Gerdau");
    const viewed = runCli(["view", "--graph", graph, "--out", path.join(dir, "site")]);
    expect(viewed.code).toBe(1);
    expect(viewed.stderr).toMatch(/does not belong/);
  });

  it("after --no-index, the older index beside the graph is not used", () => {
    copyFileSync(fullIndex, index);
    expect(runCli(["build", WITHOUT_GERDAU, "--out", graph, "--no-layout", "--no-index", "--quiet"]).code).toBe(0);
    const { code, stdout, stderr } = runCli(["search", "Gerdau", "--graph", graph, "--kind", "person"]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("Mats Gerdau");
    expect(stderr).toMatch(/built without a search index/);
    expect(runCli(["search", "Gerdau", "--graph", graph, "--index", index]).code).toBe(1);
  });

  it("a pair from one build is used as before", () => {
    expect(runCli(["build", CORPUS, "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
    const { code, stdout, stderr } = runCli(["search", "Gerdau", "--graph", graph, "--kind", "person"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Mats Gerdau");
    expect(stderr).toBe("");
  });
});

describe.skipIf(!!missing)("temporary files of interrupted runs", () => {
  it("are removed by the next build or export beside them; other files and live writers' are left", () => {
    const dir = fresh();
    const past = new Date(Date.now() - 3_600_000);
    const make = (name: string, folder = false) => {
      const full = path.join(dir, name);
      if (folder) mkdirSync(full);
      else writeFileSync(full, "x".repeat(1000));
      utimesSync(full, past, past);
      return name;
    };
    // 4194305 is above Linux's highest process id: no process has it.
    const stale = [
      make(".graph.json.4194305.1000.tmp"),
      make(".index.json.4194305.1000.tmp"),
      make(".csv.tmp-AbC123", true),
      make(".csv.tmp-AbC123.old", true),
    ];
    const kept = [
      make(`.graph.json.${process.pid}.1000.tmp`),
      make(".graph.json.notes.tmp"),
      make("graph.json.4194305.1000.tmp"),
      make(".other.json.4194305.1000.tmp"),
    ];
    const built = runCli(["build", WITHOUT_GERDAU, "--out", path.join(dir, "graph.json"), "--no-layout", "--quiet"]);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/removed what interrupted earlier runs left/);
    expect(runCli(["export", "--graph", path.join(dir, "graph.json"), "--format", "csv", "--out", path.join(dir, "csv")]).code).toBe(0);
    expect(stale.filter((name) => existsSync(path.join(dir, name)))).toEqual([]);
    expect(kept.filter((name) => existsSync(path.join(dir, name)))).toEqual(kept);
  });
});

describe.skipIf(!!missing)("output folders", () => {
  const dir = fresh();
  const graph = path.join(dir, "graph.json");
  expect(runCli(["build", WITHOUT_GERDAU, "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
  // The child inherits this process's umask; a folder it makes should have the mode `mkdir` gives under it.
  const umask = process.umask();
  const expected = (0o777 & ~umask).toString(8);

  it.each([
    ["export csv", ["export", "--graph", graph, "--format", "csv", "--out", path.join(dir, "csv")], "csv"],
    ["export neo4j", ["export", "--graph", graph, "--format", "neo4j", "--out", path.join(dir, "neo4j")], "neo4j"],
    ["view --out", ["view", "--graph", graph, "--out", path.join(dir, "site")], "site"],
  ])("%s writes a folder others may read (the mode mkdir gives under the umask)", (_label, argv, folder) => {
    expect(runCli(argv as string[]).code).toBe(0);
    expect((statSync(path.join(dir, folder)).mode & 0o777).toString(8)).toBe(expected);
  });
});

describe.skipIf(!!missing)("control characters in file names", () => {
  it("are escaped in build's messages: no escape sequence reaches the terminal, no line is forged", () => {
    const dir = fresh();
    const hostile = "bad\x1b[2J\x1b[31mred\nerror: all documents read.txt";
    writeFileSync(path.join(dir, hostile), "");
    copyFileSync(WITHOUT_GERDAU, path.join(dir, "good.txt"));
    const { code, stderr } = runCli(["build", dir, "--out", path.join(dir, "out", "graph.json"), "--no-layout", "--quiet"]);
    expect(code).toBe(1);
    expect(stderr).not.toContain("\x1b");
    expect(stderr).toContain("bad\\u001b[2J\\u001b[31mred\\u000aerror: all documents read.txt");
    expect(stderr.split("\n").filter((line) => line.startsWith("error: all documents"))).toEqual([]);
  });

  it("are escaped in the file names ask cites", () => {
    const dir = fresh();
    copyFileSync(`${CORPUS}/001_ede9a72584bcb013.txt`, path.join(dir, "protokoll\x1b]0;owned\x07.txt"));
    const graph = path.join(dir, "graph.json");
    expect(runCli(["build", dir, "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
    const { code, stdout } = runCli(["ask", "which meetings did Mats Gerdau chair", "--graph", graph]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\x1b\x07]/);
    expect(stdout).toContain("protokoll\\u001b]0;owned\\u0007.txt");
  });
});

describe.skipIf(!!missing)("build --workers", () => {
  it("is capped at the number of cores, with a note", () => {
    const dir = fresh();
    const { code, stderr } = runCli([
      "build",
      WITHOUT_GERDAU,
      "--out",
      path.join(dir, "graph.json"),
      "--workers",
      "200",
      "--no-layout",
      "--no-index",
      "--quiet",
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/--workers 200 is more than the \d+ cores here; using \d+/);
  });
  it("must be a whole number", () => {
    expect(runCli(["build", WITHOUT_GERDAU, "--out", path.join(fresh(), "graph.json"), "--workers", "2.5"]).code).toBe(2);
  });
});

describe.skipIf(!!missing)("view --index", () => {
  it("refuses a file that is no samverkan search index", () => {
    const dir = fresh();
    const graph = path.join(dir, "graph.json");
    expect(runCli(["build", WITHOUT_GERDAU, "--out", graph, "--no-layout", "--no-index", "--quiet"]).code).toBe(0);
    // A graph of before graphs named their index cannot vouch for one: the index itself is checked.
    const data = JSON.parse(readFileSync(graph, "utf8"));
    delete data.index;
    writeFileSync(graph, JSON.stringify(data));
    writeFileSync(path.join(dir, "hello.json"), '{"hello":1}');
    const { code, stderr } = runCli(["view", "--graph", graph, "--index", path.join(dir, "hello.json"), "--out", path.join(dir, "site")]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/hello\.json is not a samverkan search index/);
  });
});
