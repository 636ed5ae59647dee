/**
 * Bench: extraction throughput
 * ============================
 *
 * The whole pipeline (decode, genre, extraction, resolution into the graph; no layout) over the real Swedish corpus,
 * in MB/s, median of 5 runs, on one thread, and over two threads against one (`buildGraphFromSources`, as the CLI's
 * build; in alternate turns).
 * Two baselines run in the same process, in turns with the pipeline: compromise's full parse of a 1 MB slice, and a plain regular-expression
 * tokenizer with a gazetteer lookup of every word over the whole corpus (the issue quotes about 0.2 and 45 MB/s for
 * them; their ratio to the pipeline carries over between machines, the MB/s do not). Also the person-and-party recall
 * on the corpus headers (`1994/95:1 av <Name> (<party>) till <minister>`), peak memory, and the share of one build's
 * time spent collecting garbage. `--baseline <checkout>` compares with an earlier commit in the same process: a
 * checkout of it (`git worktree add /tmp/base efa214f`, `node_modules` linked, its core built) whose
 * `packages/core/dist` reads and extracts the corpus in turns with this one, 200 documents at a time, order swapped
 * each time, CPU time; then the whole pipeline in alternate rounds. The ratios are medians of the rounds' ratios
 * (above 1: this commit is faster). Then the layout at about 5,000, 20,000 and 50,000 nodes (generated minutes), and
 * the PDF reader on a generated 500-page PDF (bench/pdf.ts); these two run without the corpus too.
 *
 * Run: `pnpm build && node --import tsx bench/core.ts [--runs 5] [--warmup 3] [--baseline /tmp/base]`
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import nlp from "compromise";
import {
  buildGraph,
  createExtractionModel,
  DEFAULT_LEXICON_DATA,
  extractDocument,
  nameKey as key,
  readDocument,
  type DocumentRecord,
  type KnowledgeGraph,
} from "../packages/core/dist/index.js";
import { buildGraphFromSources } from "../packages/core/dist/node.js";
import { loadBenchCorpus, peakMB, stats } from "./corpus";
import { layoutGraph } from "../packages/core/src/graph/layout";
import { generateMinutes } from "./generate";
import { benchPdf, onePdfRead } from "./pdf";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const baselineDir = process.argv.includes("--baseline") ? resolve(process.argv[process.argv.indexOf("--baseline") + 1]) : undefined;
if (process.argv.includes("--one-pdf")) {
  await onePdfRead();
  process.exit(0);
}
const records = loadBenchCorpus();
if (!records) {
  await benchLayout();
  await benchPdf(runs, fileURLToPath(import.meta.url));
  process.exit(0);
}

// Peak memory and garbage collection of one build are also measured in a child process that does nothing else:
// this process holds the corpus twice over, compromise, the graphs of earlier rounds and their garbage.
// With `--from-bytes`, the build is the CLI's (`buildGraphFromSources` in one thread: batches read and extracted, each
// file's facts resolved as it is extracted) instead of `readDocument` for every document, then `buildGraph`.
if (process.argv.includes("--one-build")) {
  const contents = records.map((r) => new TextEncoder().encode(r.text));
  const gc = collections();
  const t = performance.now();
  if (process.argv.includes("--from-bytes"))
    await buildGraphFromSources(
      records.map((r, i) => ({ source: `${r.id}.txt`, id: r.id, content: contents[i] })),
      { layout: false, workers: 1 },
    );
  else
    buildGraph(
      records.map((r, i) => readDocument({ source: `${r.id}.txt`, content: contents[i] })),
      { layout: false },
    );
  console.log(JSON.stringify({ peak: peakMB(), gc: await gc.share(performance.now() - t) }));
  process.exit(0);
}

/** Garbage collection from now on: the pauses perf_hooks reports, as a share of a given wall time. */
function collections() {
  let ms = 0;
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      ms += entry.duration;
      count++;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    async share(wall: number) {
      await new Promise((r) => setTimeout(r, 50)); // entries arrive after the build
      observer.disconnect();
      return `${((ms / wall) * 100).toFixed(1)} % (${count} pauses, ${ms.toFixed(0)} of ${wall.toFixed(0)} ms wall; load ${loadavg()[0].toFixed(1)})`;
    },
  };
}

const encoder = new TextEncoder();
const files = records.map((r) => ({ source: `${r.id}.txt`, content: encoder.encode(r.text) }));
const jobs = files.map((f) => ({ ...f, id: f.source.replace(/\.txt$/, "") }));
const megabytes = files.reduce((n, f) => n + f.content.byteLength, 0) / 1e6;
if (process.argv.includes("--compare-only")) {
  await compareWithBaseline(baselineDir!);
  process.exit(0);
}
console.log(`corpus: ${records.length} documents, ${megabytes.toFixed(1)} MB`);

function pipeline(): { graph: KnowledgeGraph; documents: DocumentRecord[] } {
  const documents = files.map((f) => readDocument(f));
  return buildGraph(documents, { layout: false });
}

// Baseline 1: compromise's full parse of a 1 MB slice.
let slice = "";
for (const r of records) {
  if (slice.length >= 1_000_000) break;
  slice += `${r.text}\n`;
}
slice = slice.slice(0, 1_000_000);
const sliceMB = encoder.encode(slice).byteLength / 1e6;
function compromiseParse() {
  const doc = nlp(slice);
  doc.people().out("array");
  doc.json();
}

// Baseline 2: a plain regular-expression tokenizer with a gazetteer (the lexicon's names, one word each).
const names = new Set<string>();
for (const m of DEFAULT_LEXICON_DATA.municipalities) names.add(m.name);
for (const o of DEFAULT_LEXICON_DATA.organisations) for (const form of [o.name, ...(o.aliases ?? [])]) names.add(form);
for (const n of DEFAULT_LEXICON_DATA.givenNames.names) names.add(n);
let plainHits = 0;
function plainTokenizer() {
  plainHits = 0;
  for (const r of records!) for (const m of r.text.matchAll(/[\p{L}\p{N}]+/gu)) if (names.has(m[0])) plainHits++;
}

const singleCpu: number[] = [];
const timed = (run: () => unknown, cpu?: number[]) => {
  const t = performance.now();
  const c = process.cpuUsage();
  run();
  const d = process.cpuUsage(c);
  cpu?.push((d.user + d.system) / 1e6);
  return (performance.now() - t) / 1000;
};

// The pipeline and both baselines take turns in each round, so a machine that speeds up or slows down between
// rounds moves all three alike; the ratios are the medians of each round's ratio.
const single: number[] = [];
const baseline: number[] = [];
const plain: number[] = [];
const toCompromise: number[] = [];
const toPlain: number[] = [];
let built: { graph: KnowledgeGraph; documents: DocumentRecord[] } | undefined;
for (let i = 0; i < runs; i++) {
  built = undefined; // one graph at a time, so peak memory is one build's
  single.push(timed(() => (built = pipeline()), singleCpu));
  baseline.push(timed(compromiseParse));
  plain.push(timed(plainTokenizer));
  toCompromise.push(megabytes / single[i] / (sliceMB / baseline[i]));
  toPlain.push(plain[i] / single[i]);
}
const singlePeak = peakMB();
// Two threads (this one and a worker) against this one alone, both `buildGraphFromSources`, in turns (the order
// swapped each round): wall time, and the CPU time of all threads. On a shared machine the wall ratio is only as good
// as the cores free. The worker is kept between builds (see `takeWorkers`), so the first build of two threads is also
// the one that starts it and compiles its code: it is shown apart, as what one CLI build gets. The worker's code then
// takes a few builds to be compiled as hot as this thread's (whose earlier rounds above warmed it): `--warmup` builds
// of each (default 3, untimed) come first, so the ratio is of the steady state a long-running process sees.
const warmups = process.argv.includes("--warmup") ? Number(process.argv[process.argv.indexOf("--warmup") + 1]) : 3;
const parallel: number[] = [];
const parallelCpu: number[] = [];
const oneThread: number[] = [];
const oneThreadCpu: number[] = [];
const toOneThread: number[] = [];
const buildFromBytes = async (workers: number, wall: number[], cpu?: number[]) => {
  const t = performance.now();
  const c = process.cpuUsage();
  await buildGraphFromSources(jobs, { layout: false, workers });
  wall.push((performance.now() - t) / 1000);
  const d = process.cpuUsage(c);
  cpu?.push((d.user + d.system) / 1e6);
};
const cold: number[] = [];
await buildFromBytes(2, cold);
for (let i = 0; i < warmups; i++) {
  await buildFromBytes(1, []);
  await buildFromBytes(2, []);
}
for (let i = 0; i < runs; i++) {
  if (i % 2) await buildFromBytes(2, parallel, parallelCpu);
  await buildFromBytes(1, oneThread, oneThreadCpu);
  if (!(i % 2)) await buildFromBytes(2, parallel, parallelCpu);
  toOneThread.push(oneThread[i] / parallel[i]);
}

// Recall of people and parties stated in the headers. Names are compared as the graph keys people (case,
// diacritics, hyphens and full stops ignored).
const header = /\bav ([^()\n]{3,60}?) \((\w+)\) till /;
let stated = 0;
let foundPerson = 0;
let foundParty = 0;
const { graph } = built!;
const personByKey = new Map<string, string>();
graph.forEachNode((id, a) => {
  if (a.kind === "person") for (const name of [a.label, ...(a.aliases ?? [])]) personByKey.set(key(name), id);
});
for (const r of records) {
  const m = header.exec(r.text.slice(0, 400));
  if (!m) continue;
  stated++;
  // The name follows the last "av" (titles hold "av" too), without a title before it or the Riksdag's "i <place>".
  const name = m[1]
    .split(" av ")
    .pop()!
    .trim()
    .replace(/^(?:\p{Ll}+\s)+/u, "")
    .replace(/ i \p{Lu}\p{Ll}+$/u, "");
  const id = personByKey.get(key(name));
  if (!id) continue;
  foundPerson++;
  const party = m[2].toUpperCase();
  if (graph.outEdges(id).some((e) => graph.getEdgeAttribute(e, "kind") === "member_of" && graph.getNodeAttribute(graph.target(e), "abbreviation") === party))
    foundParty++;
}

const s = stats(single).median;
const p = stats(parallel).median;
const b = stats(baseline).median;
const rate = (mb: number, sec: number) => (mb / sec).toFixed(2);
console.log(`samverkan pipeline, 1 thread : ${rate(megabytes, s)} MB/s (median ${s.toFixed(2)} s of ${runs}; ${stats(singleCpu).median.toFixed(2)} CPU-s)`);
console.log(
  `samverkan pipeline, 2 workers: ${rate(megabytes, p)} MB/s (median ${p.toFixed(2)} s of ${runs}; ${stats(toOneThread).median.toFixed(2)}× one thread (median ${stats(oneThread).median.toFixed(2)} s from bytes, in turns); ${stats(parallelCpu).median.toFixed(2)} CPU-s in all threads; after ${warmups} untimed builds of each; the first, starting the worker, ${cold[0].toFixed(2)} s; load ${loadavg()[0].toFixed(1)})`,
);
// The collector's and the compiler's threads run beside one thread's build: the cores it keeps busy (CPU-s of all
// threads per wall second) leave less than a core each for a second thread, which caps the two-thread ratio.
const busy = stats(oneThreadCpu.map((c, i) => c / oneThread[i])).median;
const cores = availableParallelism();
console.log(
  `cores one thread keeps busy  : ${busy.toFixed(2)} (median of the rounds); so ${Math.min(cores, 2)} threads on ${cores} cores gain at most ${(Math.min(cores, 2 * busy) / busy).toFixed(2)}×`,
);
console.log(`compromise full parse, 1 MB  : ${rate(sliceMB, b)} MB/s (median ${b.toFixed(2)} s of ${runs}) — baseline`);
const pl = stats(plain).median;
console.log(`plain tokenizer + gazetteer  : ${rate(megabytes, pl)} MB/s (median ${pl.toFixed(2)} s of ${runs}, ${plainHits} hits) — baseline`);
const share = stats(toPlain).median;
console.log(
  `ratio to compromise          : ${stats(toCompromise).median.toFixed(1)}× (1 thread, median of the rounds), ${(megabytes / p / (sliceMB / b)).toFixed(1)}× (workers)`,
);
console.log(
  `share of the plain tokenizer : ${(share * 100).toFixed(1)} % (1 thread, median of the rounds); at the issue's 45 MB/s for it, ${(45 * share).toFixed(1)} MB/s`,
);
// Each child's figures, or why it failed.
const oneBuildIn = (...args: string[]) => {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--one-build", ...args], { encoding: "utf8" });
  if (child.status === 0) {
    const { peak, gc } = JSON.parse(child.stdout) as { peak: number; gc: string };
    return { peak: `${peak} MB`, gc };
  }
  const failed = `not measured (${child.stderr.trim().split("\n").pop()})`;
  return { peak: failed, gc: failed };
};
const oneBuild = oneBuildIn();
const fromBytes = oneBuildIn("--from-bytes");
console.log(
  `peak memory                  : ${oneBuild.peak} for one build in its own process (corpus included), ${fromBytes.peak} as the CLI builds; this process ${singlePeak} MB after the rounds, ${peakMB()} MB at the end`,
);
console.log(`graph                        : ${graph.order} nodes, ${graph.size} edges`);
console.log(
  `header recall                : persons ${((foundPerson / stated) * 100).toFixed(1)} %, person+party ${((foundParty / stated) * 100).toFixed(1)} % of ${stated} headers`,
);

// Garbage collection in one build, here (in turns with the rest, in a heap that holds the earlier rounds) and in the
// child above (a process that only builds).
const gc = collections();
const gcStart = performance.now();
built = pipeline();
console.log(`garbage collection           : ${await gc.share(performance.now() - gcStart)} of one build here`);
console.log(`garbage collection           : ${oneBuild.gc} of one build in its own process`);
console.log(`garbage collection           : ${fromBytes.gc} of one build from bytes as the CLI's (buildGraphFromSources, one thread) in its own process`);

// In a process of its own, so that neither core has been run more than the other when they take turns.
if (baselineDir)
  spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--compare-only", "--runs", String(runs), "--baseline", baselineDir], {
    stdio: "inherit",
  });
await benchLayout();
await benchPdf(runs, fileURLToPath(import.meta.url));

/** This commit's core against the core built in an earlier checkout, in turns in this process (see the banner). */
async function compareWithBaseline(dir: string) {
  const entry = `${dir}/packages/core/dist/index.js`;
  if (!existsSync(entry)) {
    console.log(`baseline                     : ${entry} is missing; build the checkout's core first (pnpm --filter @samverkan/core build)`);
    return;
  }
  type Core = {
    readDocument: typeof readDocument;
    buildGraph: typeof buildGraph;
    extractDocument: typeof extractDocument;
    createExtractionModel: typeof createExtractionModel;
  };
  const base = (await import(pathToFileURL(entry).href)) as Core;
  const ours: Core = { readDocument, buildGraph, extractDocument, createExtractionModel };
  const cpu = (run: () => void) => {
    const t = process.cpuUsage();
    run();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1e6;
  };
  const models = new Map([base, ours].map((core) => [core, core.createExtractionModel()]));
  const extractChunk = (core: Core, from: number, to: number) =>
    cpu(() => {
      for (let i = from; i < to; i++) core.extractDocument(core.readDocument(files[i]), models.get(core)!);
    });
  const perDocument: number[] = [];
  let ourSeconds = 0;
  for (let round = 0; round <= runs; round++) {
    let b = 0;
    let o = 0;
    for (let i = 0, k = 0; i < files.length; i += 200, k++) {
      const to = Math.min(files.length, i + 200);
      const baseFirst = (k + round) % 2 === 0;
      if (baseFirst) b += extractChunk(base, i, to);
      o += extractChunk(ours, i, to);
      if (!baseFirst) b += extractChunk(base, i, to);
    }
    if (round === 0) continue; // the first round warms both up
    perDocument.push(b / o);
    ourSeconds += o;
  }
  const whole: number[] = [];
  for (let round = 0; round < runs; round++) {
    const build = (core: Core) =>
      cpu(() =>
        core.buildGraph(
          files.map((f) => core.readDocument(f)),
          { layout: false },
        ),
      );
    const baseFirst = round % 2 === 0;
    const b = baseFirst ? build(base) : 0;
    const o = build(ours);
    whole.push((baseFirst ? b : build(base)) / o);
  }
  console.log(
    `ratio to the baseline        : read + extract ${stats(perDocument).median.toFixed(3)}× (${(megabytes / (ourSeconds / runs)).toFixed(2)} MB/s CPU here), whole pipeline ${stats(whole).median.toFixed(3)}× (median of ${runs} rounds; above 1 is faster than ${dir})`,
  );
}

/**
 * Layout CPU time at about 5,000, 20,000 and 50,000 nodes: generated minutes (a meeting, its document and eight
 * attending people each), built without layout, then laid out as `buildGraph` does.
 */
async function benchLayout() {
  for (const [meetings, people] of [
    [2000, 1000],
    [8000, 4000],
    [20000, 10000],
  ]) {
    const docs = generateMinutes(meetings, people).documents.map((d) => readDocument(d));
    const { graph } = buildGraph(docs, { layout: false });
    const t = process.cpuUsage();
    layoutGraph(graph);
    const d = process.cpuUsage(t);
    console.log(`layout                       : ${graph.order} nodes, ${graph.size} edges: ${((d.user + d.system) / 1000).toFixed(0)} ms CPU`);
  }
}
