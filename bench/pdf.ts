/**
 * Bench: PDF reading
 * ==================
 *
 * `loadDocument` (PDF.js, reading order, page furniture) and the extraction of the result over a generated PDF of
 * 500 pages, a meeting a page: pages per second and MB/s of PDF, median of several runs, and the peak memory of one
 * read in a process of its own. Part of `bench:core`; needs no corpus.
 */
import { spawnSync } from "node:child_process";
import { buildGraph, loadDocument } from "../packages/core/dist/index.js";
import { peakMB, stats } from "./corpus";
import { generateMinutesPdf } from "./generate";

const PAGES = 500;

/** Reads the generated PDF once and prints the peak memory (for the child process). */
export async function onePdfRead(): Promise<void> {
  const bytes = await generateMinutesPdf(PAGES);
  const before = peakMB();
  const doc = await loadDocument({ source: "generated.pdf", content: bytes });
  buildGraph([doc], { layout: false });
  console.log(`${peakMB()} ${before}`);
}

export async function benchPdf(runs: number, script: string): Promise<void> {
  const bytes = await generateMinutesPdf(PAGES);
  const megabytes = bytes.byteLength / 1e6;
  const read: number[] = [];
  const extract: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const doc = await loadDocument({ source: "generated.pdf", content: bytes });
    read.push((performance.now() - t) / 1000);
    pages = doc.pages?.length ?? 0;
    t = performance.now();
    buildGraph([doc], { layout: false });
    extract.push((performance.now() - t) / 1000);
  }
  const r = stats(read).median;
  const e = stats(extract).median;
  console.log(
    `PDF, ${pages} pages, ${megabytes.toFixed(1)} MB (generated): read ${(pages / r).toFixed(0)} pages/s, ${(megabytes / r).toFixed(2)} MB/s (median ${r.toFixed(2)} s of ${runs}); read + extract ${(pages / (r + e)).toFixed(0)} pages/s`,
  );
  const child = spawnSync(process.execPath, [...process.execArgv, script, "--one-pdf"], { encoding: "utf8" });
  const [peak, base] = child.status === 0 ? child.stdout.trim().split(" ") : [];
  console.log(
    `PDF peak memory              : ${peak ? `${peak} MB for one read and build in its own process (${base} MB before the read, the PDF generated)` : `not measured (${child.stderr.trim().split("\n").pop()})`}`,
  );
}
