/**
 * Bench corpus
 * ============
 *
 * Loads the benchmark corpus (15,668 Swedish parliamentary interpellations) from `../shared/bench/` when it is
 * there. Benchmarks that need it say so and skip when it is missing. Nothing of it is copied into the project.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const BENCH_CORPUS = fileURLToPath(new URL("../../shared/bench/riksdagen-interpellations.jsonl.gz", import.meta.url));

export interface BenchRecord {
  id: string;
  title: string;
  text: string;
}

/** The corpus records, or undefined (with a message on stderr) when the corpus is not there. */
export function loadBenchCorpus(): BenchRecord[] | undefined {
  if (!existsSync(BENCH_CORPUS)) {
    console.error(`skipped: the benchmark corpus is not at ${BENCH_CORPUS}`);
    return undefined;
  }
  return gunzipSync(readFileSync(BENCH_CORPUS))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BenchRecord);
}

/** Median and 95th percentile of a list of numbers. */
export function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** Peak resident memory of this process so far, in MB. */
export const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
