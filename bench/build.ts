/**
 * Bench: the CLI build at scale
 * =============================
 *
 * The default `samverkan build` (what a user runs: extraction, graph, layout, search index, texts, writing; a cold
 * cache) of the benchmark corpus written out as files, against the floor of listing, reading and decoding those
 * files, each in a child process: the build measured by its own CPU time (user + system, all threads, start and
 * imports included), peak memory and garbage-collection pauses (a share of its wall time, both stretched alike by a
 * busy machine), the floor by the CPU time of its work; in turns, the ratio taken per round and
 * its median reported: the box is shared, so wall time is not trusted. Then the
 * same build at 1/8, 1/4, 1/2, 1, 2 and 4 times the corpus (copies past 1× get other ids and other surnames, so
 * people multiply as in a longer archive), with CPU-seconds and peak MB per MB of text against 1×'s, and the
 * least-squares line through them (fixed part, cost per MB, how far each size is from it: linear within 20 % is the
 * target); then an incremental build that adds 157 documents (1 %) to the built corpus, against a full
 * build of the same files in the same round, the floor of any incremental CLI build (Node's start, the build's
 * imports, and a stat of every file), a build with nothing changed (which writes nothing), and a live build
 * following its folders as `samverkan serve --watch` does (`LiveBuild.follow`) taking the same documents in, timed
 * inside its process, with the cost of a look when nothing changed (a poll's, and one told of a folder) and of the
 * same documents taken out and added again (an update in a process that has made one before).
 *
 * Run: `pnpm build && pnpm bench:build [--runs 3] [--scales 0.125,0.25,0.5,1,2,4] [--no-incremental]`. Skipped with a
 * message when `../shared/bench` is absent. Writes only under the system's temporary folder.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { INTERRUPT_BUDGET } from "../packages/cli/src/tiering";
import { loadBenchCorpus, stats, type BenchRecord } from "./corpus";

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(arg("--runs")) || 3;
const scales = (arg("--scales") ?? "0.125,0.25,0.5,1,2,4").split(",").map(Number);
const CLI = fileURLToPath(new URL("../packages/cli/dist/cli.js", import.meta.url));
const CORE_NODE = fileURLToPath(new URL("../packages/core/dist/node.js", import.meta.url));
const SEARCH = fileURLToPath(new URL("../packages/search/dist/index.js", import.meta.url));

const records = loadBenchCorpus();
if (!records) process.exit(0);

const work = mkdtempSync(path.join(tmpdir(), "samverkan-bench-build-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/**
 * Usage of a child process: CPU seconds (user + system, every thread), peak resident memory in MB, and the share of
 * its wall time spent in garbage-collection pauses.
 */
interface Usage {
  cpu: number;
  peakMB: number;
  gcShare: number;
}

// A child reports its own usage as it exits: spawnSync gives no rusage, and /usr/bin/time is not everywhere.
const REPORT =
  'data:text/javascript,import{PerformanceObserver,performance}from"node:perf_hooks";let g=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())g+=e.duration}).observe({entryTypes:["gc"]});' +
  `process.on("exit",()=>{const r=process.resourceUsage();process.stderr.write("\\nUSAGE "+JSON.stringify([r.userCPUTime+r.systemCPUTime,r.maxRSS,g/performance.now()])+"\\n")})`;

function measured(args: string[]): Usage & { stderr: string } {
  const child = spawnSync(process.execPath, ["--import", REPORT, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const line = /USAGE (\[.*\])/.exec(child.stderr)?.[1];
  if (child.status !== 0 || !line) throw new Error(`bench/build: ${args.join(" ")} failed (${child.status}):\n${child.stderr.slice(-2000)}`);
  const [micros, kb, gcShare] = JSON.parse(line) as [number, number, number];
  return { cpu: micros / 1e6, peakMB: kb / 1024, gcShare, stderr: child.stderr };
}

// Copy c > 0 of a document: another id, and surnames with a letter added, so its people are new people.
const SURNAME = /\b(\p{Lu}\p{Ll}+(?:son|berg|ström|lund|gren|qvist|holm|ler|man|der))\b/gu;
const copyText = (text: string, c: number) => (c === 0 ? text : text.replace(SURNAME, `$1${String.fromCharCode(96 + c)}`));

/** Writes `scale` times the corpus as files into a new folder; returns it with its size. */
function writeCorpus(name: string, scale: number, pick: BenchRecord[] = records!): { dir: string; docs: number; megabytes: number } {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  const count = Math.round(pick.length * scale);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / pick.length);
    const record = pick[i % pick.length];
    const text = copyText(record.text, copy);
    const file = path.join(dir, `${copy ? `k${copy}-` : ""}${record.id.replace(/[^\w.-]/g, "_")}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, docs: count, megabytes: bytes / 1e6 };
}

/**
 * The floor: list and read every file as the build does (`listDocumentFiles`, `readSourceFiles`) and decode it
 * (UTF-8, NFC), nothing else, timed inside the child around that work (its start and imports are not the floor's;
 * the build pays its own).
 */
function floor(dir: string): Usage {
  const script =
    `const { listDocumentFiles, readSourceFiles } = await import(${JSON.stringify(CORE_NODE)}); const t = process.cpuUsage(); ` +
    `const { sources } = await readSourceFiles(await listDocumentFiles([${JSON.stringify(dir)}])); const decoder = new TextDecoder(); let n = 0; ` +
    `for (const s of sources) n += decoder.decode(s.content).normalize("NFC").length; ` +
    `const u = process.cpuUsage(t); console.log("FLOOR", (u.user + u.system) / 1e6, n);`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  const cpu = Number(/FLOOR (\S+)/.exec(child.stdout)?.[1]);
  if (child.status !== 0 || !(cpu > 0)) throw new Error(`bench/build: the floor failed (${child.status}):\n${child.stderr.slice(-2000)}`);
  return { cpu, peakMB: 0, gcShare: 0 };
}

let outputs = 0;
/** The default CLI build into `out` (its cache as an earlier build left it), or into a new folder removed after. */
const build = (inputs: string[], extra: string[] = [], out?: string) => {
  const target = out ?? path.join(work, `out-${outputs++}`, "graph.json");
  const usage = measured([CLI, "build", ...inputs, "--out", target, "--quiet", ...extra]);
  if (!out) rmSync(path.dirname(target), { recursive: true, force: true });
  return usage;
};

const fmt = (n: number, digits = 2) => n.toFixed(digits);
console.log(`corpus: ${records.length} documents; runs ${runs}; scales ${scales.join(", ")}`);

// 1. The default build against the floor, in turns.
const one = writeCorpus("x1", 1);
const ratios: number[] = [];
const floors: Usage[] = [];
const builds: Usage[] = [];
for (let i = 0; i < runs; i++) {
  floors.push(floor(one.dir));
  builds.push(build([one.dir]));
  ratios.push(builds[i].cpu / floors[i].cpu);
}
const median = (values: number[]) => stats(values).median;
console.log(
  `\ndefault build of ${one.docs} documents (${fmt(one.megabytes, 1)} MB): ${fmt(median(builds.map((b) => b.cpu)))} CPU-s, ` +
    `peak ${fmt(median(builds.map((b) => b.peakMB)), 0)} MB; read+decode floor ${fmt(median(floors.map((f) => f.cpu)))} CPU-s; ` +
    `ratio ${fmt(median(ratios), 1)}× (target ≤ 15×), peak target ≤ 1024 MB; garbage-collection pauses ` +
    `${fmt(100 * median(builds.map((b) => b.gcShare)), 1)} % of the build's wall time (target < 10 %); load ${loadavg()[0].toFixed(1)}`,
);

// 2. Scaling: CPU and peak per MB of text against 1×'s.
const rows: { scale: number; docs: number; megabytes: number; cpu: number; peakMB: number }[] = [];
for (const scale of scales) {
  const corpus = scale === 1 ? one : writeCorpus(`s${scale}`, scale);
  const usage: Usage[] = [];
  for (let i = 0; i < (scale > 1 ? 1 : runs); i++) usage.push(build([corpus.dir]));
  rows.push({ scale, docs: corpus.docs, megabytes: corpus.megabytes, cpu: median(usage.map((u) => u.cpu)), peakMB: median(usage.map((u) => u.peakMB)) });
  if (corpus !== one) rmSync(corpus.dir, { recursive: true, force: true });
}
const base = rows.find((r) => r.scale === 1) ?? rows[0];
console.log("\nscale   documents   MB      CPU-s    peak MB   CPU-s/MB (÷1×)   peak MB/MB (÷1×)");
for (const r of rows) {
  const cpuPer = r.cpu / r.megabytes;
  const peakPer = r.peakMB / r.megabytes;
  console.log(
    `${String(r.scale).padEnd(7)} ${String(r.docs).padStart(9)}   ${fmt(r.megabytes, 1).padStart(5)}   ${fmt(r.cpu, 1).padStart(6)}   ${fmt(r.peakMB, 0).padStart(7)}   ` +
      `${fmt(cpuPer, 3)} (${fmt(cpuPer / (base.cpu / base.megabytes))})    ${fmt(peakPer, 1)} (${fmt(peakPer / (base.peakMB / base.megabytes))})`,
  );
}
console.log("(runs past 1× are one build each; memory per MB falls where a fixed cost — code, lexicon — weighs less)");
// Linear in the sense of a straight line with a fixed part (start, code, lexicon, the heap before any document): the
// least-squares line through the sizes, how far each size is from it, and the cost of each added MB between sizes.
if (rows.length >= 3) {
  for (const [what, y] of [
    ["CPU-s", (r: (typeof rows)[number]) => r.cpu],
    ["peak MB", (r: (typeof rows)[number]) => r.peakMB],
  ] as const) {
    const mx = rows.reduce((s, r) => s + r.megabytes, 0) / rows.length;
    const my = rows.reduce((s, r) => s + y(r), 0) / rows.length;
    const slope = rows.reduce((s, r) => s + (r.megabytes - mx) * (y(r) - my), 0) / rows.reduce((s, r) => s + (r.megabytes - mx) ** 2, 0);
    const fixed = my - slope * mx;
    const off = rows.map((r) => y(r) / (fixed + slope * r.megabytes) - 1);
    const marginal = rows.slice(1).map((r, i) => (y(r) - y(rows[i]!)) / (r.megabytes - rows[i]!.megabytes) / slope);
    console.log(
      `${what}: least-squares line ${fmt(fixed, 1)} + ${fmt(slope, 3)} per MB; sizes off it by ${off.map((o) => `${o >= 0 ? "+" : ""}${fmt(100 * o, 0)} %`).join(", ")} ` +
        `(largest ${fmt(100 * Math.max(...off.map(Math.abs)), 0)} %); each added MB between sizes ÷ the line's: ${marginal.map((m) => fmt(m)).join(", ")}`,
    );
  }
}

// 3. Incremental: 157 documents (1 %) added to the built corpus, against a full build of the same files.
if (!process.argv.includes("--no-incremental")) {
  // Every hundredth document (157 of 15,668) again, under another id.
  const added = writeCorpus(
    "added",
    1,
    records.filter((_, i) => i % 100 === 7).map((r) => ({ ...r, id: `added-${r.id}` })),
  );
  const incremental: number[] = [];
  const unchanged: number[] = [];
  const full: number[] = [];
  const shares: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(work, `inc-${i}`, "graph.json");
    build([one.dir], [], out);
    incremental.push(build([one.dir, added.dir], [], out).cpu);
    // Nothing changed: the build that notes files written within its racy window reads them, the next writes nothing.
    build([one.dir, added.dir], [], out);
    unchanged.push(build([one.dir, added.dir], [], out).cpu);
    full.push(build([one.dir, added.dir], ["--no-cache"]).cpu);
    shares.push(incremental[i] / full[i]);
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
  // What any incremental CLI build pays before it does anything: Node's start, the build's imports, and listing and
  // stat-ing every file to tell which changed (the least a build that reads no unchanged file can do).
  const start = measured([
    "--input-type=module",
    "-e",
    `import { statSync } from "node:fs"; const { listDocumentFiles } = await import(${JSON.stringify(CORE_NODE)}); ` +
      `await import(${JSON.stringify(SEARCH)}); for (const file of await listDocumentFiles(${JSON.stringify([one.dir, added.dir])})) statSync(file);`,
  ]);
  // A live build as `samverkan serve --watch` runs it (`LiveBuild.follow`): the same documents put into a folder it
  // follows, each update (the graph and the search index) timed inside its process from the CPU usage `follow` passes
  // as the look began; then a look at the files when nothing changed, a full one (a poll's) and one told of the
  // followed folder (what a watch's word brings); then the same documents taken out and added again.
  const live: { update: number; graph: number; updates: number; look: number; told: number; again: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const followed = path.join(work, `live-${i}`);
    mkdirSync(followed);
    const script =
      `import { cpSync, readdirSync, rmSync } from "node:fs"; import path from "node:path"; const { LiveBuild } = await import(${JSON.stringify(CORE_NODE)}); ` +
      `const { buildSearchIndex, changesOfUpdate, updateSearchIndexLive } = await import(${JSON.stringify(SEARCH)}); ` +
      `const cpu = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e6; }; ` +
      `const wait = () => new Promise((resolve) => setTimeout(resolve, 2100)); const followed = ${JSON.stringify(followed)}; ` +
      `const live = await LiveBuild.start([${JSON.stringify(one.dir)}, followed]); let index = buildSearchIndex(live.current.graph, live.current.documents, { forLiveUpdates: true }); ` +
      // Past the racy window of the files the start read, so that a look trusts their stats.
      `await wait(); await live.update(); await wait(); ` +
      // The copy may outlast the delay: the files it has not written yet when a look begins come in the next update.
      `let took = 0, graph = 0, updates = 0, added = 0, done; const all = new Promise((resolve) => (done = resolve)); ` +
      `const following = live.follow((update, before) => { graph += cpu(before); ` +
      `index = updateSearchIndexLive(index, update.graph, changesOfUpdate(update)); took += cpu(before); updates++; ` +
      `if ((added += update.added.length) >= ${added.docs}) done(); }, { delay: 500, failed: (error) => { console.error(error); process.exit(1); } }); ` +
      `cpSync(${JSON.stringify(added.dir)}, followed, { recursive: true }); await all; await following.stop(); ` +
      `if (added !== ${added.docs}) throw new Error("live: " + added + " added"); ` +
      `await wait(); await live.update(); await wait(); let t = process.cpuUsage(); if (await live.update()) throw new Error("live: a change"); const look = cpu(t); ` +
      `t = process.cpuUsage(); if (await live.update({ changedFolders: [followed] })) throw new Error("live: a change"); const told = cpu(t); ` +
      // The same documents taken out and put in again, each look told of the followed folder as a watch tells it: the
      // cost of an update in a process that has made one before (its code optimised, its tables made).
      `const step = async () => { const update = await live.update({ changedFolders: [followed] }); index = updateSearchIndexLive(index, update.graph, changesOfUpdate(update)); return update; }; ` +
      `for (const file of readdirSync(followed)) rmSync(path.join(followed, file)); await step(); ` +
      `cpSync(${JSON.stringify(added.dir)}, followed, { recursive: true }); await wait(); t = process.cpuUsage(); ` +
      `if ((await step()).added.length !== ${added.docs}) throw new Error("live: not all added again"); ` +
      `console.log("LIVE", took, graph, updates, look, told, cpu(t));`;
    // With the tiering `samverkan serve` runs with (the CLI sets it before any command: cli/src/tiering.ts).
    const child = spawnSync(process.execPath, [`--interrupt-budget=${INTERRUPT_BUDGET}`, "--input-type=module", "-e", script], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    const [, update, graph, updates, look, told, again] = /LIVE (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)/.exec(child.stdout) ?? [];
    if (child.status !== 0 || !update) throw new Error(`bench/build: the live build failed (${child.status}):\n${child.stderr.slice(-2000)}`);
    live.push({ update: Number(update), graph: Number(graph), updates: Number(updates), look: Number(look), told: Number(told), again: Number(again) });
    rmSync(followed, { recursive: true, force: true });
  }
  console.log(
    `\nincremental: ${added.docs} documents added to ${one.docs}: ${fmt(median(incremental))} CPU-s against a full build's ${fmt(median(full))}: ` +
      `${fmt(100 * median(shares), 1)} % (target ≤ 5 %); the floor of any incremental CLI build (start, imports, stat of every file) ` +
      `${fmt(start.cpu)} CPU-s, ${fmt((100 * start.cpu) / median(full), 1)} %; nothing changed: ${fmt(median(unchanged))} CPU-s, ` +
      `${fmt((100 * median(unchanged)) / median(full), 1)} %`,
  );
  const liveUpdate = median(live.map((l) => l.update));
  const liveUpdates = Math.max(...live.map((l) => l.updates));
  console.log(
    `live build (serve --watch): the same documents added, graph and search index updated in ${fmt(liveUpdate)} CPU-s ` +
      `(the look and the graph ${fmt(median(live.map((l) => l.graph)))}${liveUpdates > 1 ? `; in up to ${liveUpdates} updates` : ""}), ` +
      `${fmt((100 * liveUpdate) / median(full), 1)} % of the full build; the same taken out and added again ` +
      `${fmt(median(live.map((l) => l.again)))} CPU-s, ${fmt((100 * median(live.map((l) => l.again))) / median(full), 1)} %; ` +
      `a look at the files with nothing changed ` +
      `${fmt(median(live.map((l) => l.look)))} CPU-s (a poll's: every folder listed, every file stat-ed), ` +
      `${fmt(median(live.map((l) => l.told)), 3)} CPU-s told of the followed folder`,
  );
}
