/**
 * An incremental `samverkan build`: after documents are added, changed and removed, the build takes the others from
 * its cache and updates the earlier search index instead of building it again, and the three files it writes are
 * the ones a full build (`--no-cache`) of the same folder writes, byte for byte. An index the cache's note does not
 * name (another build's, or one written by other code) is built again.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliMissing, ROOT, runCli } from "./run-cli";

const missing = cliMissing();
if (missing && process.env.CI) throw new Error(missing);

// Invented minutes in the layout of a municipal protocol.
const minutes = (date: string, chair: string, others: string[]) =>
  `Protokoll fört vid sammanträde med kommunstyrelsen ${date}\nNärvarande: ${chair} (S), ordförande\n${others.map((name) => `${name} (M)`).join("\n")}\n`;

describe.skipIf(!!missing)("an incremental samverkan build", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-incremental-"));
  const docs = path.join(dir, "docs");
  cpSync(path.join(ROOT, "examples/storsthlm/corpus"), docs, { recursive: true });
  const sample = readdirSync(docs).sort();
  const files = ["graph.json", "documents.jsonl", "index.json"];
  const build = (out: string, ...extra: string[]) => runCli(["build", docs, "--out", path.join(dir, out, "graph.json"), "--no-layout", ...extra]);
  const same = (a: string, b: string) => {
    for (const name of files) expect(readFileSync(path.join(dir, a, name), "utf8"), name).toBe(readFileSync(path.join(dir, b, name), "utf8"));
  };

  it("updates the index of the documents that changed, and writes what a full build writes", () => {
    expect(build("inc").code).toBe(0);
    writeFileSync(path.join(docs, "ny-2024-05-20.txt"), minutes("2024-05-20", "Tora Vendel", ["Bo Lindqvist", "Siv Ahlgren"]));
    appendFileSync(path.join(docs, sample[2]), "\nJusterare: Siv Ahlgren\n");
    rmSync(path.join(docs, sample[0]));
    const again = build("inc");
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/documents 5 read, 0 failed; 3 from the cache, 2 extracted/);
    expect(again.stderr).toMatch(/index {5}updated: 3 documents kept, 2 added, 2 taken out/);
    expect(build("full", "--no-cache").code).toBe(0);
    same("inc", "full");
  });

  it("builds the index again when the cache's note names another index", () => {
    const folder = path.join(dir, "inc", ".samverkan-cache");
    const [version] = readdirSync(folder);
    const mark = path.join(folder, version, "index-mark.json");
    writeFileSync(mark, JSON.stringify({ ...JSON.parse(readFileSync(mark, "utf8")), index: "0".repeat(64) }));
    const again = build("inc");
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/index {5}updated/);
    same("inc", "full");
    // That build's note names its index again, so the next build updates it.
    appendFileSync(path.join(docs, sample[3]), "\nJusterare: Bo Lindqvist\n");
    expect(build("inc").stderr).toMatch(/index {5}updated: 4 documents kept, 1 added, 1 taken out/);
  });
});

describe.skipIf(!!missing)("a samverkan build with nothing changed", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-unchanged-"));
  const docs = path.join(dir, "docs");
  cpSync(path.join(ROOT, "examples/storsthlm/corpus"), docs, { recursive: true });
  const out = path.join(dir, "out");
  const build = (...extra: string[]) => runCli(["build", docs, "--out", path.join(out, "graph.json"), "--no-layout", ...extra]);
  const stamps = () => ["graph.json", "documents.jsonl", "index.json"].map((name) => statSync(path.join(out, name), { bigint: true }).mtimeNs);
  const contents = () => ["graph.json", "documents.jsonl", "index.json"].map((name) => readFileSync(path.join(out, name), "utf8"));

  it("writes nothing when no document changed since the build that wrote the outputs, and builds when anything did", async () => {
    // Files changed within two seconds of a build are read again by the next (the racy rule), which then builds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const first = build();
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^wrote /m);
    const written = contents();
    const before = stamps();
    const again = build();
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^unchanged .*graph\.json.*: no document changed since the last build wrote them; nothing read or written$/m);
    for (const line of first.stderr.split("\n").filter((l) => /^(entities|relations) /.test(l))) expect(again.stderr).toContain(line);
    expect(stamps()).toEqual(before);
    // An output edited by hand: the build writes it again, as it was.
    writeFileSync(path.join(out, "documents.jsonl"), "{}\n");
    expect(build().stderr).toMatch(/^wrote /m);
    expect(contents()).toEqual(written);
    expect(build().stderr).toMatch(/^unchanged /m);
    // Other options shape other outputs.
    expect(build("--no-index").stderr).toMatch(/^wrote /m);
    expect(build().stderr).toMatch(/^wrote /m);
    // A document touched is read again (its stat changed); the outputs are the same bytes.
    const [name] = readdirSync(docs).sort();
    utimesSync(path.join(docs, name), new Date(), new Date(Date.now() - 60_000));
    expect(build().stderr).toMatch(/^wrote /m);
    expect(contents()).toEqual(written);
  });
});

describe.skipIf(!!missing)("an incremental samverkan build of a large graph", () => {
  // Invented minutes, three new people in each, so that the graph passes the 2,000 nodes from which a map is kept.
  const given = ["Tora", "Bo", "Siv", "Alva", "Nils", "Ebba", "Ivar", "Maja", "Olle", "Greta", "Sten", "Ylva"];
  const heads = ["Ahl", "Björk", "Ceder", "Dal", "Ek", "Fager", "Gran", "Hag", "Lind", "Ros", "Sand", "Vik"];
  const tails = ["berg", "lund", "ström", "dahl", "holm", "kvist", "gren", "sjö", "fors", "mark"];
  let people = 0;
  const person = () => {
    const n = people++;
    return `${given[n % 12]} ${heads[Math.floor(n / 12) % 12]}${tails[Math.floor(n / 144) % 10]}${n >= 1440 ? `-${heads[Math.floor(n / 1440) % 12]}man` : ""}`;
  };
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-keep-map-"));
  const docs = path.join(dir, "docs");
  const write = (from: number, to: number) => {
    for (let d = from; d < to; d++) {
      const date = `20${10 + Math.floor(d / 300)}-${String(1 + (Math.floor(d / 25) % 12)).padStart(2, "0")}-${String(1 + (d % 25)).padStart(2, "0")}`;
      writeFileSync(path.join(docs, `p${String(d).padStart(4, "0")}.txt`), minutes(date, person(), [person(), person()]));
    }
  };
  const build = (out: string, ...extra: string[]) => runCli(["build", docs, "--out", path.join(dir, out, "graph.json"), "--quiet", ...extra]);
  /** A graph file's nodes' positions by id, and the file without them. */
  const read = (out: string) => {
    const file = JSON.parse(readFileSync(path.join(dir, out, "graph.json"), "utf8")) as {
      graph: { nodes: { key: string; attributes: Record<string, unknown> }[] };
    };
    const positions = new Map<string, unknown[]>();
    for (const { key, attributes } of file.graph.nodes) {
      positions.set(key, [attributes.x, attributes.y]);
      delete attributes.x;
      delete attributes.y;
    }
    return { positions, rest: JSON.stringify(file) };
  };
  const same = (a: string, b: string, names: string[]) => {
    for (const name of names) expect(readFileSync(path.join(dir, a, name), "utf8"), name).toBe(readFileSync(path.join(dir, b, name), "utf8"));
  };

  it("keeps the map of the graph the last build wrote, places the new nodes, and writes a full build's graph otherwise", () => {
    mkdirSync(docs);
    write(0, 700);
    expect(build("inc").code).toBe(0);
    const before = read("inc");
    expect(before.positions.size).toBeGreaterThan(2000);
    // 20 minutes more: 100 nodes (each a document, its meeting, three people), under a tenth of the graph.
    write(700, 720);
    expect(build("inc").code).toBe(0);
    expect(build("full", "--no-cache").code).toBe(0);
    const after = read("inc");
    expect(after.rest).toBe(read("full").rest);
    same("inc", "full", ["documents.jsonl", "index.json"]);
    for (const [id, xy] of before.positions) expect([id, ...after.positions.get(id)!]).toEqual([id, ...xy]);
    expect(after.positions.size).toBe(before.positions.size + 100);
    for (const [id, [x, y]] of after.positions) expect([id, Number.isFinite(x) && Number.isFinite(y)]).toEqual([id, true]);
    // A graph file that is not the one the last build wrote (here the same bytes, written again): its map is not
    // taken for the saved one, and the build lays the graph out as a full build does.
    writeFileSync(path.join(dir, "inc", "graph.json"), readFileSync(path.join(dir, "inc", "graph.json")));
    write(720, 721);
    expect(build("inc").code).toBe(0);
    expect(build("full", "--no-cache").code).toBe(0);
    same("inc", "full", ["graph.json", "documents.jsonl", "index.json"]);
  });
});
