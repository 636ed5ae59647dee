/**
 * Bench: one long document
 * ========================
 *
 * Extraction time of a single document of 1, 4 and 16 MB (`readDocument` + `buildGraph`, no layout), median of
 * 3 runs, in ms and ms/MB. The cost must be linear in the document's length: the last line gives the ms/MB of the
 * largest size over that of the smallest, which stays near 1 when it is (4 MB took 123 s, 30× the 1 MB's ms/MB,
 * when evidence de-duplication scanned back over the document).
 *
 * The document is generated minutes run together (bench/generate.ts) among 20 people (a committee's year of minutes in one file), so each is named thousands of
 * times, or with `--source corpus` the benchmark corpus's interpellations run together (running prose; skipped when
 * the corpus is absent).
 *
 *   node --import tsx bench/long-document.ts [--sizes 1,4,16] [--runs 3] [--source minutes|corpus]
 */
import { buildGraph, readDocument } from "../packages/core/src/index";
import { loadBenchCorpus, peakMB } from "./corpus";
import { generateMinutes } from "./generate";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1]!;
}

const sizes = option("sizes", "1,4,16").split(",").map(Number);
const runs = Number(option("runs", "3"));
const source = option("source", "minutes");
const MB = 1_000_000;

/** Texts to run together, enough for the largest size. */
function pieces(): string[] | undefined {
  if (source === "corpus") return loadBenchCorpus()?.map((record) => record.text);
  // At least 600 bytes a meeting.
  return generateMinutes(Math.ceil((Math.max(...sizes) * MB) / 600), 8).documents.map((document) => document.content);
}

/** The pieces joined by blank lines up to `megabytes` MB (UTF-8 bytes), cut at the end of a piece. */
function longText(parts: string[], megabytes: number): string {
  const chosen: string[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (bytes >= megabytes * MB) break;
    chosen.push(part);
    bytes += Buffer.byteLength(part) + 2;
  }
  if (bytes < megabytes * MB) throw new Error(`bench/long-document: the ${source} source has only ${(bytes / MB).toFixed(1)} MB`);
  return chosen.join("\n\n");
}

const parts = pieces();
if (parts) {
  console.log(`bench/long-document: one document of ${source}, readDocument + buildGraph (layout: false), median of ${runs}; node ${process.version}`);
  console.log("size | median | ms/MB | nodes | edges");
  console.log("---|---|---|---|---");
  const perMB: number[] = [];
  for (const megabytes of sizes) {
    const content = new TextEncoder().encode(longText(parts, megabytes));
    const times: number[] = [];
    let order = 0;
    let size = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const { graph } = buildGraph([readDocument({ source: "long.txt", content })], { layout: false });
      times.push(performance.now() - start);
      ({ order, size } = graph);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    perMB.push(median / (content.length / MB));
    console.log(`${(content.length / MB).toFixed(1)} MB | ${median.toFixed(0)} ms | ${perMB.at(-1)!.toFixed(0)} | ${order} | ${size}`);
  }
  console.log(`ms/MB at ${sizes.at(-1)} MB over ms/MB at ${sizes[0]} MB: ${(perMB.at(-1)! / perMB[0]!).toFixed(2)} (1 = linear); peak memory ${peakMB()} MB`);
}
