/**
 * Search benchmark
 * ================
 *
 * Measures `@samverkan/search` beside MiniSearch (and, when asked, lunr with its defaults: lunr.Builder + lunr.sv,
 * JSON of `Index.toJSON()`) on the same passages of Riksdag interpellations, at 1,000, 10,000 and 50,000 passages:
 * build, `index.json` size, load, and query latency for name queries and two-term queries. The machine is shared, so
 * times are CPU time of this process (`process.cpuUsage`, user + system, GC threads included), the engines run in one
 * child process per size taking turns (build A, build B, build A, …; each query on A then on B), and each line ends
 * with the ratio samverkan / MiniSearch of the medians: ratios of the same run, not wall clocks of different runs.
 * Queries are timed three ways: "passages ranked", the passage search alone (samverkan's on an index loaded without
 * the texts), MiniSearch's default search of the same passages; "full", what `search()` gives: entities (names with
 * prefixes and typos) and the best 10 passages with what a hit shows, MiniSearch doing the same work through its API
 * (an entity index with the same fields, boosts, prefixes and typos, stored fields; see `miniSearchAdapter`); and
 * "full + 10 snippets read", the same with the passage hits' snippets cut (samverkan cuts them when read; MiniSearch's
 * by samverkan's `makeSnippet` over the words of its matched terms).
 *
 *   node --import tsx bench/search.ts [--sizes 1000,10000,50000] [--engines samverkan,minisearch,lunr] [--runs 3]
 *
 * `--engines …,baseline --baseline <dir>` adds an earlier version of this library, from the sources of a checkout at
 * <dir> (`git worktree add /tmp/old <commit>`, or `git archive <commit> packages/search/src | tar -x -C <dir>` with
 * `<dir>/packages/search/node_modules` linked to this one's), for before/after figures from the same run.
 *
 * With `--rss`, also the peak resident memory of one build, save and load per engine and size, each in its own child
 * process (so the peak is its own). With `--scaling`, the samverkan build's CPU time at 1/4, 1/2, 1 and 2× the
 * corpus (2×: each document also copied under a new id, one long word in four of the copy changed, so the vocabulary
 * grows too), as ms per 1,000 passages and its ratio to the whole corpus's (linear: within 0.8–1.2).
 *
 *   node --import tsx bench/search.ts --scaling [--runs 3]
 *
 * With `--hostile`, times instead the hostile queries of issue #15 (and the worst found since) on the benchmark graph:
 * the whole corpus through the pipeline (readDocument, buildGraph) and its search index; each must take under 1 s of
 * CPU.
 *
 *   node --import tsx bench/search.ts --hostile [--runs 3]
 *
 * With `--update`, an incremental build (`updateSearchIndex`) against a full one at 1 % of the documents added or
 * changed, on the whole corpus through the pipeline; each update's `index.json` must be the full build's. With
 * `--baseline <dir>` (see above), the earlier version's update too, taking turns with this one's. Then the same
 * changes to an index held in memory, as a live process holds it: `updateSearchIndex` beside `updateSearchIndexLive`
 * (whose saved index must be the full build's too), three successive live updates of 1 % each, and query times on the
 * live index beside the full build's.
 *
 *   node --import tsx bench/search.ts --update [--runs 3] [--baseline <dir>]
 *
 * With `--build-only`, the index build alone of the whole corpus through the pipeline, as `samverkan build` makes it:
 * CPU time, the garbage collector's share, JS heap allocated, and the SHA-256 of `index.json`; with `--baseline <dir>`,
 * beside an earlier version's, taking turns.
 *
 *   node --expose-gc --import tsx bench/search.ts --build-only [--runs 3] [--baseline <dir>]
 *
 * Reads ../shared/bench/riksdagen-interpellations.jsonl.gz (relative to the repository root); skips when absent.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { gunzipSync } from "node:zlib";
import { buildGraph as buildPipelineGraph, createKnowledgeGraph, readDocument, type DocumentRecord, type KnowledgeGraph } from "../packages/core/src/index";
import {
  buildSearchIndex,
  cutPassages,
  QUERY_LIMITS,
  QuerySyntaxError,
  SearchIndex,
  swedishLunr,
  updateSearchIndex,
  updateSearchIndexLive,
  type SearchIndexChanges,
} from "../packages/search/src/index";
import { collectEntities } from "../packages/search/src/engine/collect-entities";
import { createTermProcessor, ENTITY_PIPELINE, PASSAGE_PIPELINE, loadPipeline } from "../packages/search/src/pipeline/swedish";
import { makeSnippet } from "../packages/search/src/text/make-snippet";

// The repository root: this file lives in <root>/bench/ (found from argv, the file may run as CommonJS).
const SCRIPT = resolve(process.argv[1]!);
const ROOT = resolve(dirname(SCRIPT), "..");
const CORPUS = resolve(ROOT, "../shared/bench/riksdagen-interpellations.jsonl.gz");
type Engine = "samverkan" | "minisearch" | "lunr" | "baseline";
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

/** Medians of one engine at one size; times are CPU milliseconds. */
interface Measurement {
  engine: Engine;
  passages: number;
  averageBytes: number;
  buildMs: number;
  bytes: number;
  saveMs: number;
  loadMs: number;
  name: { median: number; p95: number };
  twoTerm: { median: number; p95: number };
  nameRank: { median: number; p95: number };
  twoTermRank: { median: number; p95: number };
  nameSnippets: { median: number; p95: number };
  twoTermSnippets: { median: number; p95: number };
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
  const lines = corpusLines();
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

/** The whole corpus as `samverkan build` reads it: each record a `.txt` file through the pipeline (no layout). */
function pipelineCorpus(): { graph: KnowledgeGraph; documents: DocumentRecord[] } {
  const encoder = new TextEncoder();
  const records = corpusLines().map((line) => JSON.parse(line) as { id: string; text: string });
  return buildPipelineGraph(
    records.map((r) => readDocument({ source: `${r.id}.txt`, content: encoder.encode(r.text) })),
    { layout: false },
  );
}

function corpusLines(): string[] {
  return gunzipSync(readFileSync(CORPUS))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim());
}

// --- engines --------------------------------------------------------------------------------------------------------

interface Adapter {
  build(): unknown;
  serialize(index: unknown): string;
  load(json: string): unknown;
  /**
   * The engine's search as an application runs it: entities (names with prefixes and typos) and the best 10 passages
   * with what a hit shows (samverkan's snippets are cut when read, so none here).
   */
  query(index: unknown, query: string): number;
  /** `query`, then the snippets of its (at most 10) passage hits read, as the CLI prints them. */
  snippets(index: unknown, query: string): number;
  /** The passages' ranking alone, the work every engine here does: samverkan's without entities and snippets. */
  rank(index: unknown, query: string): number;
}

async function adapter(engine: Engine, corpus: Corpus): Promise<Adapter> {
  const passageText = (i: number) => {
    const [doc, start, end] = corpus.passages[i]!;
    return corpus.documents[doc]!.text.slice(start, end);
  };
  if (engine === "samverkan" || engine === "baseline") {
    // `--baseline <dir>`: the sources of an earlier @samverkan/search (a checkout's root), to compare with.
    const library = engine === "samverkan" ? { buildSearchIndex, SearchIndex } : await baselineLibrary();
    // The same index without the documents' texts, so passage hits get no snippets (made on first use).
    const bare = new WeakMap<SearchIndex, SearchIndex>();
    let saved = "";
    return {
      build: () => library.buildSearchIndex(corpus.graph, corpus.documents, { passageSize: PASSAGE_SIZE, maxPassageSize: MAX_PASSAGE_SIZE }),
      serialize: (index) => (saved = JSON.stringify(index)),
      load: (json) => {
        const index = library.SearchIndex.load(json);
        index.attachDocuments(corpus.documents); // snippets are part of the measured query time
        return index;
      },
      query: (index, query) => (index as SearchIndex).search(query, { limit: 10 }).hits.length,
      snippets: (index, query) => {
        let characters = 0;
        for (const hit of (index as SearchIndex).search(query, { limit: 10 }).hits) if (hit.type === "passage") characters += hit.snippet?.text.length ?? 0;
        return characters;
      },
      rank: (index, query) => {
        let twin = bare.get(index as SearchIndex);
        if (!twin) bare.set(index as SearchIndex, (twin = library.SearchIndex.load(saved)));
        return twin.search(query, { limit: 10, kind: "passage" }).hits.length;
      },
    };
  }
  const lunr = swedishLunr();
  if (engine === "minisearch") return miniSearchAdapter(corpus, passageText);
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
    snippets: (index, query) => (index as lunr.Index).search(query).length,
    rank: (index, query) => (index as lunr.Index).search(query).length,
  };
}

/**
 * MiniSearch doing the work samverkan's search does, as its API offers it: an entity index (fields `name` and
 * `context` with samverkan's boosts 3 and 1, their text from samverkan's own `collectEntities`, the entity pipeline)
 * searched with prefixes (the last word from 2 letters, others from 4) and typos (1 from 4 letters, 2 from 5), and a
 * passage index (the passage pipeline) searched for the words; each with its hits' shown fields stored (entity id,
 * kind, label; passage document, offsets, date, mentioned entities), the best 10 of each kept. Snippets: samverkan's
 * `makeSnippet` over the words whose terms are among a hit's matched terms. Not mirrored: samverkan's passage search
 * for the names a typo was corrected to, which runs only when a typed word is in no passage.
 */
async function miniSearchAdapter(corpus: Corpus, passageText: (i: number) => string): Promise<Adapter> {
  const require = createRequire(resolve(ROOT, "packages/search/package.json"));
  const { default: MiniSearch } = (await import(pathToFileURL(require.resolve("minisearch")).href)) as typeof import("minisearch");
  type Index = InstanceType<typeof MiniSearch>;
  const passageTerms = createTermProcessor(loadPipeline(PASSAGE_PIPELINE));
  const entityTerms = createTermProcessor(loadPipeline(ENTITY_PIPELINE));
  const passageOptions = {
    fields: ["text"],
    storeFields: ["doc", "start", "end", "date", "entities"],
    processTerm: (term: string) => [...passageTerms(term.toLowerCase())],
  };
  const entityOptions = { fields: ["name", "context"], storeFields: ["kind", "label"], processTerm: (term: string) => [...entityTerms(term.toLowerCase())] };
  const entitySearch = {
    boost: { name: 3, context: 1 },
    prefix: (term: string, i: number, terms: string[]) => term.length >= (i === terms.length - 1 ? 2 : 4),
    fuzzy: (term: string) => (term.length >= 5 ? 2 : term.length >= 4 ? 1 : false),
  };
  const entities = collectEntities(corpus.graph);
  const mentioned = corpus.passages.map(([doc, start, end]) => {
    const { docs, offsets, starts, entities: pieces } = entities.evidence;
    const d = docs.get(corpus.documents[doc]!.id);
    const ids = new Set<string>();
    for (let i = d === undefined ? 0 : offsets[d]!, to = d === undefined ? 0 : offsets[d + 1]!; i < to; i++)
      if (starts[i]! >= start && starts[i]! < end) ids.add(entities.ids[pieces[i]!]!);
    return [...ids];
  });
  const add = (passages: Index, people: Index) => {
    entities.ids.forEach((id, e) =>
      people.add({ id, kind: entities.kinds[e], label: entities.labels[e], name: entities.names[e], context: entities.context[e] }),
    );
    corpus.passages.forEach(([doc, start, end], i) => {
      const { id, date } = corpus.documents[doc]!;
      passages.add({ id: i, doc: id, start, end, date, entities: mentioned[i], text: passageText(i) });
    });
  };
  type Pair = { passages: Index; entities: Index };
  const search = (index: Pair, query: string) => {
    const people = index.entities.search(query, entitySearch).slice(0, 10);
    const passages = index.passages.search(query).slice(0, 10);
    return { people, passages };
  };
  return {
    build: () => {
      // Fresh term caches for each build, as samverkan's builder has.
      const fresh = { passage: createTermProcessor(loadPipeline(PASSAGE_PIPELINE)), entity: createTermProcessor(loadPipeline(ENTITY_PIPELINE)) };
      const pair = {
        passages: new MiniSearch({ ...passageOptions, processTerm: (term: string) => [...fresh.passage(term.toLowerCase())] }),
        entities: new MiniSearch({ ...entityOptions, processTerm: (term: string) => [...fresh.entity(term.toLowerCase())] }),
      };
      add(pair.passages, pair.entities);
      return pair;
    },
    serialize: (index) => JSON.stringify(index),
    load: (json) => {
      const saved = JSON.parse(json) as Record<keyof Pair, unknown>;
      return {
        passages: MiniSearch.loadJS(saved.passages as never, passageOptions),
        entities: MiniSearch.loadJS(saved.entities as never, entityOptions),
      };
    },
    query: (index, query) => {
      const { people, passages } = search(index as Pair, query);
      return people.length + passages.length;
    },
    snippets: (index, query) => {
      let characters = 0;
      for (const hit of search(index as Pair, query).passages) {
        const [doc, start, end] = corpus.passages[hit.id as number]!;
        const matched = new Set(hit.terms);
        const snippet = makeSnippet(corpus.documents[doc]!.text, { start, end }, (word) => passageTerms(word).some((term) => matched.has(term)), 160);
        characters += snippet.text.length;
      }
      return characters;
    },
    rank: (index, query) => (index as Pair).passages.search(query).length,
  };
}

/** The library of `--baseline <dir>`: `<dir>/packages/search/src/index.ts`, imported as source. */
async function baselineLibrary(): Promise<Pick<typeof import("../packages/search/src/index"), "buildSearchIndex" | "SearchIndex" | "updateSearchIndex">> {
  const dir = option("baseline");
  if (!dir) throw new Error("bench/search: the baseline engine needs --baseline <dir>, a checkout of an earlier version");
  return (await import(pathToFileURL(resolve(ROOT, dir, "packages/search/src/index.ts")).href)) as never;
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

/** CPU milliseconds of this process (user + system) that `fn` takes, and its value. */
function cpu<T>(fn: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
}

/** CPU milliseconds of one run of `fn`: runs it until 2 ms of CPU have gone by (at least once, at most 200 times). */
function cpuPerRun(fn: () => unknown): number {
  const start = process.cpuUsage();
  let runs = 0;
  let used = 0;
  do {
    fn();
    runs++;
    const elapsed = process.cpuUsage(start);
    used = (elapsed.user + elapsed.system) / 1000;
  } while (used < 2 && runs < 200);
  return used / runs;
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

/** All engines at one size, taking turns. */
async function measureAll(engines: Engine[], count: number, runs: number): Promise<Measurement[]> {
  const corpus = readCorpus(count);
  const bytes = corpus.passages.reduce((sum, [doc, start, end]) => sum + Buffer.byteLength(corpus.documents[doc]!.text.slice(start, end)), 0);
  const adapters = await Promise.all(engines.map((engine) => adapter(engine, corpus)));
  const builds = engines.map((): number[] => []);
  const built: unknown[] = [];
  for (let run = 0; run < runs; run++) {
    adapters.forEach((engine, e) => {
      built[e] = undefined;
      global.gc?.();
      const [index, ms] = cpu(() => engine.build());
      built[e] = index;
      builds[e]!.push(ms);
    });
  }
  const saved = adapters.map((engine, e) => cpu(() => engine.serialize(built[e])));
  built.length = 0;
  const loads = engines.map((): number[] => []);
  const loaded: unknown[] = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    adapters.forEach((engine, e) => {
      loaded[e] = undefined;
      global.gc?.();
      const [index, ms] = cpu(() => engine.load(saved[e]![0]));
      loaded[e] = index;
      loads[e]!.push(ms);
    });
  }
  // Per query, the CPU time of one run on each engine in turn (after a warm-up of every query).
  const latencies = (queries: string[], kind: "query" | "rank" | "snippets") => {
    for (const query of queries) adapters.forEach((engine, e) => engine[kind](loaded[e], query));
    const times = engines.map((): number[] => []);
    for (let repeat = 0; repeat < QUERY_REPEATS; repeat++) {
      for (const query of queries) adapters.forEach((engine, e) => times[e]!.push(cpuPerRun(() => engine[kind](loaded[e], query))));
    }
    return times.map((values) => ({ median: median(values), p95: percentile(values, 95) }));
  };
  const surnames = sample(corpus.surnames, 50);
  const names = latencies(surnames, "query");
  const twoTerm = latencies(TWO_TERM_QUERIES, "query");
  const nameRank = latencies(surnames, "rank");
  const twoTermRank = latencies(TWO_TERM_QUERIES, "rank");
  const nameSnippets = latencies(surnames, "snippets");
  const twoTermSnippets = latencies(TWO_TERM_QUERIES, "snippets");
  return engines.map((engine, e) => ({
    engine,
    passages: count,
    averageBytes: Math.round(bytes / count),
    buildMs: median(builds[e]!),
    bytes: Buffer.byteLength(saved[e]![0]),
    saveMs: saved[e]![1],
    loadMs: median(loads[e]!),
    name: names[e]!,
    twoTerm: twoTerm[e]!,
    nameRank: nameRank[e]!,
    twoTermRank: twoTermRank[e]!,
    nameSnippets: nameSnippets[e]!,
    twoTermSnippets: twoTermSnippets[e]!,
  }));
}

/** Peak resident memory (MB) of one build, save and load, and what it grew over the corpus. */
async function peakMemory(engine: Engine, count: number): Promise<{ peakMb: number; overCorpusMb: number }> {
  const corpus = readCorpus(count);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const engineAdapter = await adapter(engine, corpus);
  let index: unknown = engineAdapter.build();
  const json = engineAdapter.serialize(index);
  index = undefined;
  global.gc?.();
  engineAdapter.load(json);
  const peak = process.resourceUsage().maxRSS * 1024;
  return { peakMb: Math.round(peak / 2 ** 20), overCorpusMb: Math.round((peak - baseline) / 2 ** 20) };
}

// --- scaling --------------------------------------------------------------------------------------------------------

/** The build's CPU time at 1/4, 1/2, 1 and 2× the corpus, per 1,000 passages, against the whole corpus's. */
function scaling(runs: number): void {
  const records = corpusLines().map((line) => JSON.parse(line) as { id: string; title: string; text: string });
  const documents: DocumentRecord[] = records.map((record) => {
    const text = record.text.normalize("NFC");
    return { id: record.id, source: record.id, title: record.title, genre: "text", language: "sv", format: "text", encoding: "utf-8", text };
  });
  // The copy: new ids, and one word of 6+ letters in four changed, so its vocabulary is partly new.
  let changed = 0;
  const copies = documents.map((document) => ({
    ...document,
    id: `${document.id}-copy`,
    source: `${document.id}-copy`,
    text: document.text.replace(/\p{L}{6,}/gu, (word) => (changed++ % 4 === 0 ? `${word}q` : word)),
  }));
  const fractions: [string, DocumentRecord[]][] = [
    ["1/4", documents.slice(0, Math.round(documents.length / 4))],
    ["1/2", documents.slice(0, Math.round(documents.length / 2))],
    ["1", documents],
    ["2", [...documents, ...copies]],
  ];
  const options = { passageSize: PASSAGE_SIZE, maxPassageSize: MAX_PASSAGE_SIZE };
  console.log(`bench/search --scaling: samverkan build, CPU time, median of ${runs}; node ${process.version}`);
  console.log("corpus | documents | passages | build (CPU) | ms per 1,000 passages | ratio to 1×");
  console.log("---|---|---|---|---|---");
  const rows = fractions.map(([label, docs]) => {
    const { graph } = buildGraph(docs);
    const times: number[] = [];
    let passages = 0;
    for (let run = 0; run < runs; run++) {
      global.gc?.();
      const [index, ms] = cpu(() => buildSearchIndex(graph, docs, options));
      passages = index.size.passages;
      times.push(ms);
    }
    return { label, documents: docs.length, passages, ms: median(times) };
  });
  const whole = rows.find((row) => row.label === "1")!;
  const perPassage = (row: typeof whole) => row.ms / row.passages;
  for (const row of rows) {
    console.log(
      [
        `${row.label}×`,
        row.documents.toLocaleString("en"),
        row.passages.toLocaleString("en"),
        `${(row.ms / 1000).toFixed(2)} s`,
        (1000 * perPassage(row)).toFixed(1),
        (perPassage(row) / perPassage(whole)).toFixed(2),
      ].join(" | "),
    );
  }
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
  let start = performance.now();
  const { graph, documents } = pipelineCorpus();
  const graphSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const index = buildSearchIndex(graph, documents);
  const { entities, passages } = index.size;
  console.log(
    `bench/search --hostile: the benchmark graph (${graph.order} nodes, built in ${graphSeconds.toFixed(0)} s), its index (${entities} entities, ${passages} passages, ${((performance.now() - start) / 1000).toFixed(0)} s); median of ${runs}; node ${process.version}`,
  );
  console.log("query | CPU ms, first run (postings not yet decoded) | CPU ms, median | outcome");
  console.log("---|---|---|---");
  let slowest = { label: "", ms: 0 };
  for (const [label, query] of HOSTILE_QUERIES) {
    const times: number[] = [];
    let outcome = "";
    for (let run = 0; run < runs; run++) {
      const [, ms] = cpu(() => {
        try {
          const { total } = index.search(query);
          outcome = `${total.entities} entities, ${total.passages} passages`;
        } catch (error) {
          if (!(error instanceof QuerySyntaxError)) throw error;
          outcome = "BAD_QUERY";
        }
      });
      times.push(ms);
    }
    const ms = Math.max(...times);
    if (ms > slowest.ms) slowest = { label, ms };
    console.log(`${label} | ${times[0]!.toFixed(1)} | ${median(times).toFixed(1)} | ${outcome}`);
  }
  console.log(`slowest: ${slowest.label}, ${slowest.ms.toFixed(0)} ms at most (limit 1,000 ms)`);
}

// --- updates ------------------------------------------------------------------------------------------------------

/**
 * An incremental build against a full one on the whole corpus as `samverkan build` indexes it (the pipeline's graph,
 * default passages): 1 % of the documents (every 100th) added to an index of the others, and 1 % changed (one word
 * in four of 6+ letters altered); CPU time of reading the earlier `index.json`, the update and writing the new one,
 * against the build and writing, taking turns, median of the runs. Each update's `index.json` is checked to be the
 * full build's.
 */
async function updates(runs: number): Promise<void> {
  const baseline = option("baseline") ? await baselineLibrary() : undefined;
  const { graph, documents } = pipelineCorpus();
  const picked = documents.filter((_doc, i) => i % 100 === 50);
  const pickedIds = new Set(picked.map((doc) => doc.id));
  let changedWords = 0;
  const changed = picked.map((doc) => ({ ...doc, text: doc.text.replace(/\p{L}{6,}/gu, (word) => (changedWords++ % 4 === 0 ? `${word}q` : word)) }));
  const changedDocuments = documents.map((doc) => (pickedIds.has(doc.id) ? changed.find((c) => c.id === doc.id)! : doc));
  const order = documents.map((doc) => doc.id);
  const withoutPicked = JSON.stringify(
    buildSearchIndex(
      graph,
      documents.filter((doc) => !pickedIds.has(doc.id)),
    ),
  );
  const whole = JSON.stringify(buildSearchIndex(graph, documents));
  const wholeChanged = JSON.stringify(buildSearchIndex(graph, changedDocuments));
  type Library = Pick<typeof import("../packages/search/src/index"), "SearchIndex" | "updateSearchIndex">;
  const cases: [string, () => string, (library: Library) => string][] = [
    [
      `add ${picked.length} documents`,
      () => JSON.stringify(buildSearchIndex(graph, documents)),
      (library) => JSON.stringify(library.updateSearchIndex(library.SearchIndex.load(withoutPicked), graph, { added: picked, order })),
    ],
    [
      `change ${picked.length} documents`,
      () => JSON.stringify(buildSearchIndex(graph, changedDocuments)),
      (library) => JSON.stringify(library.updateSearchIndex(library.SearchIndex.load(whole), graph, { removed: [...pickedIds], added: changed, order })),
    ],
  ];
  const expected = [whole, wholeChanged];
  const libraries: Library[] = [{ SearchIndex, updateSearchIndex }, ...(baseline ? [baseline] : [])];
  console.log(
    `bench/search --update: the benchmark corpus (${documents.length} documents, ${graph.order} nodes, ${JSON.parse(whole).passages.count} passages); CPU ms, median of ${runs}, build and update${baseline ? "s" : ""} taking turns; node ${process.version}; load ${loadavg()[0]!.toFixed(1)}`,
  );
  const columns = ["full build + save", "load + update + save", "update / full", "index.json equal"];
  if (baseline) columns.push("baseline: load + update + save", "baseline update / full", "baseline index.json equal");
  console.log(["change", ...columns].join(" | "));
  console.log(
    Array(columns.length + 1)
      .fill("---")
      .join("|"),
  );
  cases.forEach(([label, full, update], c) => {
    const fullTimes: number[] = [];
    const updateTimes = libraries.map(() => [] as number[]);
    const equal = libraries.map(() => true);
    for (let run = 0; run < runs; run++) {
      global.gc?.();
      fullTimes.push(cpu(full)[1]);
      libraries.forEach((library, l) => {
        global.gc?.();
        const [json, ms] = cpu(() => update(library));
        updateTimes[l]!.push(ms);
        equal[l] &&= json === expected[c];
      });
    }
    const f = median(fullTimes);
    const cells = libraries.flatMap((_library, l) => {
      const u = median(updateTimes[l]!);
      return [u.toFixed(0), (u / f).toFixed(3), equal[l] ? "yes" : "NO"];
    });
    console.log([label, f.toFixed(0), ...cells].join(" | "));
  });
  console.log(`load at the end: ${loadavg()[0]!.toFixed(1)}`);
  liveUpdates(runs, graph, documents, picked, changed);
}

/**
 * The update of an index held in memory with its texts, as `samverkan serve --watch` holds it: `updateSearchIndex`
 * and `updateSearchIndexLive` taking turns on the same changes (CPU ms, the first live update of a base apart: it
 * works out the base's compound parts once), the live index's `index.json` checked against the full build's; three
 * successive live updates, each adding 1 % more; and query CPU times on the live index (1–3 segments' worth of
 * changes) beside the full build's.
 */
function liveUpdates(runs: number, graph: KnowledgeGraph, documents: DocumentRecord[], picked: DocumentRecord[], changed: DocumentRecord[]): void {
  const pickedIds = new Set(picked.map((doc) => doc.id));
  const order = documents.map((doc) => doc.id);
  const withoutPicked = buildSearchIndex(
    graph,
    documents.filter((doc) => !pickedIds.has(doc.id)),
  );
  const whole = buildSearchIndex(graph, documents);
  const changedDocuments = documents.map((doc) => (pickedIds.has(doc.id) ? changed.find((c) => c.id === doc.id)! : doc));
  const cases: [string, SearchIndex, SearchIndexChanges, DocumentRecord[]][] = [
    [`add ${picked.length} documents`, withoutPicked, { added: picked, order }, documents],
    [`change ${picked.length} documents`, whole, { removed: [...pickedIds], added: changed, order }, changedDocuments],
  ];
  console.log(`\nin memory, as a live process holds the index (texts attached); CPU ms, median of ${runs}, taking turns; load ${loadavg()[0]!.toFixed(1)}`);
  console.log("change | updateSearchIndex | updateSearchIndexLive, first | updateSearchIndexLive, later | live / updateSearchIndex | index.json equal");
  console.log("---|---|---|---|---|---");
  for (const [label, previous, changes, final] of cases) {
    const merged: number[] = [];
    const live: number[] = [];
    let index: SearchIndex | undefined;
    for (let run = 0; run <= runs; run++) {
      global.gc?.();
      merged.push(cpu(() => updateSearchIndex(previous, graph, changes))[1]);
      global.gc?.();
      const [updated, ms] = cpu(() => updateSearchIndexLive(previous, graph, changes));
      live.push(ms);
      index = updated;
    }
    const equal = JSON.stringify(index) === JSON.stringify(buildSearchIndex(graph, final));
    const later = median(live.slice(1));
    const m = median(merged.slice(1));
    console.log([label, m.toFixed(0), live[0]!.toFixed(0), later.toFixed(0), (later / m).toFixed(3), equal ? "yes" : "NO"].join(" | "));
  }

  // Three updates in a row, each adding another 1 % (every 100th document from 51, then 52, then 53).
  const rounds = [51, 52, 53].map((at) => documents.filter((_doc, i) => i % 100 === at));
  const held = new Set(rounds.flat().map((doc) => doc.id));
  let index = buildSearchIndex(
    graph,
    documents.filter((doc) => !held.has(doc.id)),
  );
  const times = rounds.map((round) => {
    for (const doc of round) held.delete(doc.id);
    const present = documents.filter((doc) => !held.has(doc.id));
    const [updated, ms] = cpu(() => updateSearchIndexLive(index, graph, { added: round, order: present.map((doc) => doc.id) }));
    index = updated;
    return ms;
  });
  console.log(`\nsuccessive live updates of 1 % each (CPU ms): ${times.map((ms) => ms.toFixed(0)).join(", ")}`);

  // Query CPU times on the live index (3 % added since its base) and on a full build of the same documents.
  const full = buildSearchIndex(graph, documents);
  const surnames = sample(
    graph.filterNodes((_id, attributes) => attributes.kind === "person").map((id) => graph.getNodeAttribute(id, "label").split(" ").pop()!),
    50,
  );
  console.log("queries | full build: median ms | p95 | live index: median ms | p95");
  console.log("---|---|---|---|---");
  for (const [label, queries] of [
    ["surnames", surnames],
    ["two terms", TWO_TERM_QUERIES],
  ] as const) {
    const timesOf = (searched: SearchIndex) => {
      for (const query of queries) searched.search(query);
      const found: number[] = [];
      for (let repeat = 0; repeat < QUERY_REPEATS; repeat++) for (const query of queries) found.push(cpuPerRun(() => searched.search(query).hits.length));
      return found;
    };
    const [f, l] = [timesOf(full), timesOf(index)];
    console.log([label, median(f).toFixed(3), percentile(f, 95).toFixed(3), median(l).toFixed(3), percentile(l, 95).toFixed(3)].join(" | "));
  }
}

// --- build only -----------------------------------------------------------------------------------------------------

/**
 * The index build alone, as `samverkan build` makes it (the pipeline's graph of the whole corpus, default options):
 * per run the CPU time of `buildSearchIndex` and of `JSON.stringify`, the garbage collector's share of the build and
 * the JS heap it allocated (what the collections freed plus the growth, from `v8.GCProfiler`; typed arrays' buffers
 * are outside the heap), medians of the runs; and the SHA-256 of `index.json`. With `--baseline <dir>` (see above),
 * the earlier version builds too, the two taking turns in this process, and the last line gives the ratios.
 */
async function buildOnly(runs: number): Promise<void> {
  const { graph, documents } = pipelineCorpus();
  const libraries: [string, typeof buildSearchIndex][] = [["samverkan", buildSearchIndex]];
  if (option("baseline")) libraries.unshift(["baseline", (await baselineLibrary()).buildSearchIndex]);
  const rows = libraries.map(([name, build]) => ({
    name,
    build,
    buildMs: [] as number[],
    saveMs: [] as number[],
    gcShare: [] as number[],
    allocated: [] as number[],
    digest: "",
  }));
  let passages = 0;
  for (let run = 0; run < runs; run++) {
    for (const row of rows) {
      global.gc?.();
      const profiler = new GCProfiler();
      const before = getHeapStatistics().used_heap_size;
      profiler.start();
      const [index, buildMs] = cpu(() => row.build(graph, documents));
      const after = getHeapStatistics().used_heap_size;
      const collections = profiler.stop()?.statistics ?? [];
      const freed = collections.reduce((sum, gc) => sum + Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize), 0);
      const gcMs = collections.reduce((sum, gc) => sum + gc.cost, 0) / 1000;
      const [json, saveMs] = cpu(() => JSON.stringify(index));
      row.buildMs.push(buildMs);
      row.saveMs.push(saveMs);
      row.gcShare.push(gcMs / buildMs);
      row.allocated.push(freed + after - before);
      row.digest = createHash("sha256").update(json).digest("hex");
      passages = index.size.passages;
    }
  }
  console.log(
    `bench/search --build-only: ${documents.length} documents, ${passages} passages; CPU ms, median of ${runs}${rows.length > 1 ? ", taking turns" : ""}; node ${process.version}; load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log("version | build (CPU ms) | JSON.stringify (CPU ms) | GC share of build | JS heap allocated by build | index.json SHA-256");
  console.log("---|---|---|---|---|---");
  const medians = rows.map((row) => [median(row.buildMs), median(row.saveMs), median(row.gcShare), median(row.allocated)] as const);
  rows.forEach((row, r) => {
    const [build, save, gc, allocated] = medians[r]!;
    console.log(`${row.name} | ${build.toFixed(0)} | ${save.toFixed(0)} | ${(100 * gc).toFixed(1)} % | ${(allocated / 2 ** 20).toFixed(0)} MB | ${row.digest}`);
  });
  if (rows.length > 1) {
    const [[oldBuild, oldSave, , oldAllocated], [build, save, , allocated]] = medians as [(typeof medians)[0], (typeof medians)[0]];
    const same = rows[0]!.digest === rows[1]!.digest ? "the same" : "DIFFERENT";
    console.log(
      `samverkan / baseline | ${(build / oldBuild).toFixed(2)} | ${(save / oldSave).toFixed(2)} | | ${(allocated / oldAllocated).toFixed(2)} | ${same}`,
    );
  }
}

// --- driver ---------------------------------------------------------------------------------------------------------

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

const ENGINE_NAMES: Record<Engine, string> = { samverkan: "samverkan", minisearch: "MiniSearch", lunr: "lunr", baseline: "baseline" };

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

/** Lines of the table for one size: a metric a line, the engines side by side, then samverkan / each other engine. */
function formatRows(measurements: Measurement[]): string[] {
  const others = measurements.filter((m) => m.engine !== "samverkan");
  const ours = measurements.find((m) => m.engine === "samverkan");
  const metrics: [string, (m: Measurement) => number, (m: Measurement) => string][] = [
    ["build (CPU, median)", (m) => m.buildMs, (m) => `${(m.buildMs / 1000).toFixed(2)} s`],
    ["index.json size", (m) => m.bytes, (m) => `${(m.bytes / 2 ** 20).toFixed(1)} MB`],
    ["save (CPU, JSON.stringify)", (m) => m.saveMs, (m) => `${ms(m.saveMs)} ms`],
    ["load (CPU, median)", (m) => m.loadMs, (m) => `${ms(m.loadMs)} ms`],
    ["name query, passages ranked (CPU, median)", (m) => m.nameRank.median, (m) => `${ms(m.nameRank.median)} ms`],
    ["name query, passages ranked (CPU, p95)", (m) => m.nameRank.p95, (m) => `${ms(m.nameRank.p95)} ms`],
    ["two-term query, passages ranked (CPU, median)", (m) => m.twoTermRank.median, (m) => `${ms(m.twoTermRank.median)} ms`],
    ["two-term query, passages ranked (CPU, p95)", (m) => m.twoTermRank.p95, (m) => `${ms(m.twoTermRank.p95)} ms`],
    ["name query, full (CPU, median)", (m) => m.name.median, (m) => `${ms(m.name.median)} ms`],
    ["name query, full (CPU, p95)", (m) => m.name.p95, (m) => `${ms(m.name.p95)} ms`],
    ["two-term query, full (CPU, median)", (m) => m.twoTerm.median, (m) => `${ms(m.twoTerm.median)} ms`],
    ["two-term query, full (CPU, p95)", (m) => m.twoTerm.p95, (m) => `${ms(m.twoTerm.p95)} ms`],
    ["name query, full + 10 snippets read (CPU, median)", (m) => m.nameSnippets.median, (m) => `${ms(m.nameSnippets.median)} ms`],
    ["two-term query, full + 10 snippets read (CPU, median)", (m) => m.twoTermSnippets.median, (m) => `${ms(m.twoTermSnippets.median)} ms`],
  ];
  return metrics.map(([label, value, show]) =>
    [
      measurements[0]!.passages.toLocaleString("en"),
      label,
      ...measurements.map(show),
      ...others.map((other) => (ours ? `${(value(ours) / value(other)).toFixed(2)}` : "")),
    ].join(" | "),
  );
}

function runChild(args: string[]): string {
  const argv = ["--max-old-space-size=12288", "--expose-gc", ...process.execArgv, SCRIPT, ...args];
  const output = execFileSync(process.execPath, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] });
  return output.trim().split("\n").pop()!;
}

async function main(): Promise<void> {
  const child = option("child");
  const runs = Number(option("runs") ?? 3);
  const engines = (option("engines") ?? "samverkan,minisearch").split(",") as Engine[];
  if (child) {
    const [mode, count, engine] = child.split(":") as ["measure" | "rss", string, Engine];
    const result = mode === "rss" ? await peakMemory(engine, Number(count)) : await measureAll(engines, Number(count), runs);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (!existsSync(CORPUS)) {
    console.log(`bench/search: skipped, no corpus at ${CORPUS}`);
    return;
  }
  if (process.argv.includes("--build-only")) {
    await buildOnly(runs);
    return;
  }
  if (process.argv.includes("--hostile")) {
    hostile(runs);
    return;
  }
  if (process.argv.includes("--update")) {
    await updates(runs);
    return;
  }
  if (process.argv.includes("--scaling")) {
    scaling(runs);
    return;
  }
  const sizes = (option("sizes") ?? "1000,10000,50000").split(",").map(Number);
  console.log(
    `bench/search: CPU time of one process per size, engines taking turns; build median of ${runs}, load of ${LOAD_RUNS}, queries median and p95 over ${QUERY_REPEATS}× each query; node ${process.version}`,
  );
  const names = engines.map((engine) => ENGINE_NAMES[engine]);
  const ratios = engines.filter((engine) => engine !== "samverkan").map((engine) => `samverkan / ${ENGINE_NAMES[engine]}`);
  console.log(["passages", "metric", ...names, ...ratios].join(" | "));
  console.log(
    Array(2 + names.length + ratios.length)
      .fill("---")
      .join("|"),
  );
  for (const size of sizes) {
    try {
      const baseline = option("baseline");
      const args = ["--child", `measure:${size}`, "--engines", engines.join(","), "--runs", String(runs), ...(baseline ? ["--baseline", baseline] : [])];
      const measurements = JSON.parse(runChild(args)) as Measurement[];
      for (const line of formatRows(measurements)) console.log(line);
    } catch (error) {
      console.log(`${size} | failed: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  if (process.argv.includes("--rss")) {
    console.log("\npassages | engine | peak RSS of build + save + load (over the corpus)");
    console.log("---|---|---");
    for (const size of sizes) {
      for (const engine of engines) {
        const { peakMb, overCorpusMb } = JSON.parse(runChild(["--child", `rss:${size}:${engine}`])) as { peakMb: number; overCorpusMb: number };
        console.log(`${size.toLocaleString("en")} | ${ENGINE_NAMES[engine]} | ${peakMb} MB (${overCorpusMb})`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
