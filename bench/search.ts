/**
 * Search benchmark
 * ================
 *
 * Measures `@samverkan/search` beside MiniSearch and beside lunr with its defaults (lunr.Builder + lunr.sv, JSON of
 * `Index.toJSON()`), on the same passages of Riksdag interpellations: build time, serialized size, load time, query
 * latency (median, p95) for name queries and two-term queries, and peak memory, at 1,000, 10,000 and 50,000
 * passages. Each engine and size runs in its own child process so the peak resident memory (`maxRSS`) is its own.
 *
 *   node --import tsx bench/search.ts [--sizes 1000,10000] [--engines samverkan,minisearch,lunr] [--runs 3]
 *
 * With `--hostile`, times instead the hostile queries of issue #15 (and the worst found since) on the benchmark graph:
 * the whole corpus through the pipeline (readDocument, buildGraph) and its search index; each must take under 1 s.
 *
 *   node --import tsx bench/search.ts --hostile [--runs 3]
 *
 * Reads ../shared/bench/riksdagen-interpellations.jsonl.gz (relative to the repository root); skips when absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { buildGraph as buildPipelineGraph, createKnowledgeGraph, readDocument, type DocumentRecord, type KnowledgeGraph } from "../packages/core/src/index";
import { buildSearchIndex, cutPassages, QUERY_LIMITS, QuerySyntaxError, SearchIndex, swedishLunr } from "../packages/search/src/index";
import { createTermProcessor, PASSAGE_PIPELINE, loadPipeline } from "../packages/search/src/pipeline/swedish";

// The repository root: this file lives in <root>/bench/ (found from argv, the file may run as CommonJS).
const SCRIPT = resolve(process.argv[1]!);
const ROOT = resolve(dirname(SCRIPT), "..");
const CORPUS = resolve(ROOT, "../shared/bench/riksdagen-interpellations.jsonl.gz");
const ENGINES = ["samverkan", "minisearch", "lunr"] as const;
type Engine = (typeof ENGINES)[number];
// Passage cutting used for every engine; gives passages of about 560 bytes on this corpus.
const PASSAGE_SIZE = 480;
const MAX_PASSAGE_SIZE = 960;
const QUERY_REPEATS = 5;
const LOAD_RUNS = 5;

const TWO_TERM_QUERIES = [
  "kollektivtrafik region",
  "skolan kommunerna",
  "sjukvården landstingen",
  "bostäder hyresrätter",
  "miljö klimatet",
  "polisen brottslighet",
  "arbetslösheten ungdomar",
  "integration invandrare",
  "skatten företagen",
  "pensioner äldre",
  "järnvägen trafiken",
  "försvaret beredskap",
];

interface Measurement {
  engine: Engine;
  passages: number;
  averageBytes: number;
  buildMs: number;
  bytes: number;
  loadMs: number;
  name: { median: number; p95: number };
  twoTerm: { median: number; p95: number };
  baselineRssMb: number;
  peakRssMb: number;
}

// --- corpus -------------------------------------------------------------------------------------------------------

interface Corpus {
  documents: DocumentRecord[];
  /** Passages as the library cuts them, `[documentIndex, start, end]`. */
  passages: [number, number, number][];
  graph: KnowledgeGraph;
  surnames: string[];
}

const HEADER = /^\S+ av (.+?) \(([^)]{1,4})\) till/;

/** The first documents of the corpus, the last one truncated, so that they cut into exactly `count` passages. */
function readCorpus(count: number): Corpus {
  const lines = gunzipSync(readFileSync(CORPUS)).toString("utf8").split("\n");
  const documents: DocumentRecord[] = [];
  const passages: [number, number, number][] = [];
  for (const line of lines) {
    if (passages.length >= count) break;
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; title: string; text: string };
    let text = record.text.normalize("NFC");
    let spans = cutPassages(text, PASSAGE_SIZE, MAX_PASSAGE_SIZE);
    if (spans.length === 0) continue;
    if (passages.length + spans.length > count) {
      spans = spans.slice(0, count - passages.length);
      text = text.slice(0, spans[spans.length - 1]!.end);
    }
    const session = /^(\d{4})\/\d{2}/.exec(text);
    const date = session ? session[1] : undefined;
    documents.push({ id: record.id, source: record.id, title: record.title, date, genre: "text", language: "sv", format: "text", encoding: "utf-8", text });
    for (const span of spans) passages.push([documents.length - 1, span.start, span.end]);
  }
  if (passages.length < count) throw new Error(`bench/search: the corpus has only ${passages.length} passages`);
  const { graph, surnames } = buildGraph(documents);
  return { documents, passages, graph, surnames };
}

/** People and parties from the headers (`1994/95:1 av Per Gahrton (mp) till …`), with evidence offsets. */
function buildGraph(documents: DocumentRecord[]): { graph: KnowledgeGraph; surnames: string[] } {
  const graph = createKnowledgeGraph();
  const surnames = new Set<string>();
  for (const document of documents) {
    const match = HEADER.exec(document.text);
    if (!match) continue;
    const [, name, party] = match as unknown as [string, string, string];
    const start = document.text.indexOf(name);
    const evidence = { doc: document.id, start, end: start + name.length, quote: name };
    const person = `person:${name.toLowerCase()}`;
    const partyId = `party:${party.toLowerCase()}`;
    if (!graph.hasNode(person)) graph.addNode(person, { kind: "person", label: name, evidence: [] });
    graph.getNodeAttribute(person, "evidence")!.push(evidence);
    if (!graph.hasNode(partyId)) graph.addNode(partyId, { kind: "party", label: party.toUpperCase(), abbreviation: party.toUpperCase() });
    graph.addEdge(person, partyId, { kind: "member_of", evidence: [evidence] });
    surnames.add(name.split(" ").pop()!);
  }
  return { graph, surnames: [...surnames] };
}

// --- engines --------------------------------------------------------------------------------------------------------

interface Adapter {
  build(): unknown;
  serialize(index: unknown): string;
  load(json: string): unknown;
  query(index: unknown, query: string): number;
}

async function adapter(engine: Engine, corpus: Corpus): Promise<Adapter> {
  const require = createRequire(resolve(ROOT, "packages/search/package.json"));
  const passageText = (i: number) => {
    const [doc, start, end] = corpus.passages[i]!;
    return corpus.documents[doc]!.text.slice(start, end);
  };
  if (engine === "samverkan") {
    return {
      build: () => buildSearchIndex(corpus.graph, corpus.documents, { passageSize: PASSAGE_SIZE, maxPassageSize: MAX_PASSAGE_SIZE }),
      serialize: (index) => JSON.stringify(index),
      load: (json) => {
        const index = SearchIndex.load(json);
        index.attachDocuments(corpus.documents); // snippets are part of the measured query time
        return index;
      },
      query: (index, query) => (index as SearchIndex).search(query, { limit: 10 }).hits.length,
    };
  }
  const lunr = swedishLunr();
  const terms = createTermProcessor(loadPipeline(PASSAGE_PIPELINE));
  if (engine === "minisearch") {
    const { default: MiniSearch } = (await import(pathToFileURL(require.resolve("minisearch")).href)) as typeof import("minisearch");
    // The same Swedish pipeline as samverkan's passages: stop words, stemmer, closed gaps, folding.
    const options = { fields: ["text"], processTerm: (term: string) => [...terms(term.toLowerCase())] };
    return {
      build: () => {
        const index = new MiniSearch(options);
        for (let i = 0; i < corpus.passages.length; i++) index.add({ id: i, text: passageText(i) });
        return index;
      },
      serialize: (index) => JSON.stringify(index),
      load: (json) => MiniSearch.loadJSON(json, options),
      query: (index, query) => (index as InstanceType<typeof MiniSearch>).search(query).length,
    };
  }
  const sv = (lunr as unknown as { sv: lunr.Builder.Plugin }).sv;
  return {
    build: () =>
      lunr(function () {
        this.use(sv);
        this.ref("id");
        this.field("text");
        for (let i = 0; i < corpus.passages.length; i++) this.add({ id: String(i), text: passageText(i) });
      }),
    serialize: (index) => JSON.stringify(index),
    load: (json) => lunr.Index.load(JSON.parse(json)),
    query: (index, query) => (index as lunr.Index).search(query).length,
  };
}

// --- measuring ------------------------------------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** A fixed pseudo-random sample, so every engine gets the same queries. */
function sample<T>(items: T[], count: number): T[] {
  let seed = 42;
  const picked: T[] = [];
  const pool = [...items];
  while (picked.length < count && pool.length > 0) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    picked.push(pool.splice(seed % pool.length, 1)[0]!);
  }
  return picked;
}

async function measure(engine: Engine, count: number, runs: number): Promise<Measurement> {
  const corpus = readCorpus(count);
  const bytes = corpus.passages.reduce((sum, [doc, start, end]) => sum + Buffer.byteLength(corpus.documents[doc]!.text.slice(start, end)), 0);
  global.gc?.();
  const baselineRss = process.memoryUsage().rss;
  const engineAdapter = await adapter(engine, corpus);
  const buildTimes: number[] = [];
  let index: unknown;
  for (let run = 0; run < runs; run++) {
    index = undefined;
    global.gc?.();
    const [built, ms] = time(() => engineAdapter.build());
    index = built;
    buildTimes.push(ms);
  }
  const json = engineAdapter.serialize(index);
  index = undefined;
  const loadTimes: number[] = [];
  let loaded: unknown;
  for (let run = 0; run < LOAD_RUNS; run++) {
    loaded = undefined;
    global.gc?.();
    const [value, ms] = time(() => engineAdapter.load(json));
    loaded = value;
    loadTimes.push(ms);
  }
  const latencies = (queries: string[]) => {
    for (const query of queries.slice(0, 5)) engineAdapter.query(loaded, query); // warm up
    const times: number[] = [];
    for (let repeat = 0; repeat < QUERY_REPEATS; repeat++) {
      for (const query of queries) times.push(time(() => engineAdapter.query(loaded, query))[1]);
    }
    return { median: median(times), p95: percentile(times, 95) };
  };
  const names = sample(corpus.surnames, 50);
  return {
    engine,
    passages: count,
    averageBytes: Math.round(bytes / count),
    buildMs: median(buildTimes),
    bytes: Buffer.byteLength(json),
    loadMs: median(loadTimes),
    name: latencies(names),
    twoTerm: latencies(TWO_TERM_QUERIES),
    baselineRssMb: Math.round(baselineRss / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

// --- hostile queries ------------------------------------------------------------------------------------------------

const COMMON_WORDS = "för minister regering fråga ska sverige interpellation vill kommun statsråd finns åtgärd";
/** Queries that hung, ran out of memory or took seconds (issue #15 and since), with ordinary ones for comparison. */
const HOSTILE_QUERIES: [string, string][] = [
  ["a name with a typo", "Gerdua"],
  ["a common word", "regeringen"],
  ["the 12 most common words", COMMON_WORDS],
  ["~99 on a name", "Gerdau~99"],
  ["a word of 256 letters", "a".repeat(QUERY_LIMITS.length)],
  ["120,000 letters", "a".repeat(120_000)],
  ["a 36-letter word", "abcdefghijklmnopqrstuvwxyzabcdefghij"],
  ["12 long fuzzy words", Array(12).fill("kommunstyrelseordf~2").join(" ")],
  ["a lone wildcard", "*"],
  ["a leading wildcard", "*a"],
  ["one letter and a wildcard", "s*"],
  ["wildcards between letters", `${"*a".repeat(10)}*`],
  ["a field and a wildcard", "text:*"],
  ["12 lone wildcards", Array(12).fill("*").join(" ")],
  ["12 leading wildcards", "*a* *b* *c* *d* *e* *f* *g* *h* *i* *j* *k* *l*"],
  ["12 one-letter prefixes", "s* k* r* m* f* a* b* t* v* p* l* h*"],
  [
    "12 required common words",
    COMMON_WORDS.split(" ")
      .map((w) => `+${w}`)
      .join(" "),
  ],
  ["a field only entities have", "name:Gerdau"],
];

function hostile(runs: number): void {
  const lines = gunzipSync(readFileSync(CORPUS))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim());
  const encoder = new TextEncoder();
  const records = lines.map((line) => JSON.parse(line) as { id: string; text: string });
  let start = performance.now();
  const { graph, documents } = buildPipelineGraph(
    records.map((r) => readDocument({ source: `${r.id}.txt`, content: encoder.encode(r.text) })),
    { layout: false },
  );
  const graphSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const index = buildSearchIndex(graph, documents);
  const { entities, passages } = index.size;
  console.log(
    `bench/search --hostile: the benchmark graph (${graph.order} nodes, built in ${graphSeconds.toFixed(0)} s), its index (${entities} entities, ${passages} passages, ${((performance.now() - start) / 1000).toFixed(0)} s); median of ${runs}; node ${process.version}`,
  );
  console.log("query | ms (median) | outcome");
  console.log("---|---|---");
  let slowest = { label: "", ms: 0 };
  for (const [label, query] of HOSTILE_QUERIES) {
    const times: number[] = [];
    let outcome = "";
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      try {
        const { total } = index.search(query);
        outcome = `${total.entities} entities, ${total.passages} passages`;
      } catch (error) {
        if (!(error instanceof QuerySyntaxError)) throw error;
        outcome = "BAD_QUERY";
      }
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    if (ms > slowest.ms) slowest = { label, ms };
    console.log(`${label} | ${ms.toFixed(1)} | ${outcome}`);
  }
  console.log(`slowest: ${slowest.label}, ${slowest.ms.toFixed(0)} ms (limit 1,000 ms)`);
}

// --- driver ---------------------------------------------------------------------------------------------------------

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

function formatRow(m: Measurement): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
  return [
    m.passages.toLocaleString("en"),
    m.engine,
    `${(m.buildMs / 1000).toFixed(2)} s`,
    `${(m.bytes / 2 ** 20).toFixed(1)} MB`,
    `${ms(m.loadMs)} ms`,
    `${ms(m.name.median)} / ${ms(m.name.p95)} ms`,
    `${ms(m.twoTerm.median)} / ${ms(m.twoTerm.p95)} ms`,
    `${m.peakRssMb} MB (${m.peakRssMb - m.baselineRssMb})`,
  ].join(" | ");
}

async function main(): Promise<void> {
  const child = option("child");
  const runs = Number(option("runs") ?? 3);
  if (child) {
    const [engine, count] = child.split(":") as [Engine, string];
    process.stdout.write(`${JSON.stringify(await measure(engine, Number(count), runs))}\n`);
    return;
  }
  if (!existsSync(CORPUS)) {
    console.log(`bench/search: skipped, no corpus at ${CORPUS}`);
    return;
  }
  if (process.argv.includes("--hostile")) {
    hostile(runs);
    return;
  }
  const sizes = (option("sizes") ?? "1000,10000,50000").split(",").map(Number);
  const engines = (option("engines") ?? ENGINES.join(",")).split(",") as Engine[];
  console.log(`bench/search: ${runs} build runs, ${LOAD_RUNS} loads, ${QUERY_REPEATS}× each query; node ${process.version}`);
  console.log(
    "passages | engine | build (median) | JSON size | load (median) | name query median / p95 | two-term query median / p95 | peak RSS (over corpus)",
  );
  console.log("---|---|---|---|---|---|---|---");
  for (const size of sizes) {
    for (const engine of engines) {
      const args = ["--max-old-space-size=12288", "--expose-gc", ...process.execArgv, SCRIPT, "--child", `${engine}:${size}`, "--runs", String(runs)];
      try {
        const output = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] });
        const measurement = JSON.parse(output.trim().split("\n").pop()!) as Measurement;
        console.log(formatRow(measurement));
      } catch (error) {
        console.log(`${size} | ${engine} | failed: ${(error as Error).message.split("\n")[0]}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
