/**
 * Viewer benchmark
 * ================
 *
 * Time to first render and frames per second while panning, in headless Chromium with software WebGL
 * (SwiftShader): figures are lower bounds for a machine with a GPU. Graphs: the sample corpus (when the CLI can
 * build it) and a generated graph of 10,000 nodes and 50,000 edges. Each site is written by `samverkan view --out`;
 * each figure is the median over runs, each run in a fresh page.
 *
 * Run: `pnpm build && node --import tsx bench/viewer.ts [--runs 5]`
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
// The root has no dependency on the packages, so the bench (run by tsx) reads core from its sources.
import { createKnowledgeGraph, serializeGraph } from "../packages/core/src/index";
import type { EdgeKind, NodeKind } from "../packages/core/src/index";
import { cliHas, hasChromium, launchChromium, ROOT, runCli, serveDirectory } from "../test/e2e/browser";
import { seeded } from "./generate";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, pan: { type: "string", default: "2000" } } });
const RUNS = Number(values.runs);
const PAN_MS = Number(values.pan);

/** A graph of the knowledge graph's shape: people around meetings and organisations, laid out in clusters. */
function generateGraph(nodes: number, edges: number) {
  const next = seeded(42);
  const graph = createKnowledgeGraph();
  const shares: [NodeKind, number][] = [
    ["person", 0.6],
    ["meeting", 0.25],
    ["organisation", 0.06],
    ["municipality", 0.03],
    ["topic", 0.05],
    ["party", 0.01],
  ];
  const byKind = new Map<NodeKind, string[]>();
  const clusters = 40;
  let made = 0;
  for (const [kind, share] of shares) {
    const ids: string[] = [];
    const count = kind === "party" ? nodes - made : Math.round(nodes * share);
    for (let i = 0; i < count; i++) {
      const id = `${kind}:n${i}`;
      const cluster = Math.floor(next() * clusters);
      const cx = Math.cos(cluster * 2.4) * 100 * Math.sqrt(cluster);
      const cy = Math.sin(cluster * 2.4) * 100 * Math.sqrt(cluster);
      const base = { label: `${kind} ${i}`, x: cx + (next() - 0.5) * 120, y: cy + (next() - 0.5) * 120 };
      if (kind === "meeting") graph.addNode(id, { ...base, kind, title: base.label, date: `${2010 + (i % 12)}-05-01`, doc: "d" });
      else graph.addNode(id, { ...base, kind } as never);
      ids.push(id);
    }
    made += count;
    byKind.set(kind, ids);
  }
  const pick = (kind: NodeKind) => {
    const ids = byKind.get(kind)!;
    return ids[Math.floor(next() * ids.length)]!;
  };
  const plan: [EdgeKind, NodeKind, NodeKind, number][] = [
    ["attended", "person", "meeting", 0.55],
    ["holds_role", "person", "organisation", 0.15],
    ["represents", "person", "municipality", 0.1],
    ["member_of", "person", "party", 0.08],
    ["discussed", "meeting", "topic", 0.08],
    ["organised_by", "meeting", "organisation", 0.04],
  ];
  let index = 0;
  for (const [kind, from, to, share] of plan) {
    const count = kind === "organised_by" ? edges - index : Math.round(edges * share);
    for (let i = 0; i < count; i++) graph.addEdgeWithKey(`e${index++}`, pick(from), pick(to), { kind, evidence: [] });
  }
  return serializeGraph(graph, []);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error("bench/viewer: Chromium not found at /usr/bin/chromium (apt-get install -y chromium)");
  if (!cliHas("view")) throw new Error("bench/viewer: the CLI has no `view` command; run `pnpm build` (or set SAMVERKAN_CLI)");
  const work = await mkdtemp(join(tmpdir(), "samverkan-bench-"));
  const graphs: { name: string; path: string }[] = [];
  if (cliHas("build")) {
    const path = join(work, "sample.json");
    const built = runCli(["build", join(ROOT, "examples/storsthlm/corpus"), "--out", path]);
    if (built.status === 0) graphs.push({ name: "sample corpus", path });
    else console.warn(`bench/viewer: sample build failed, skipped:\n${built.stderr}`);
  } else console.warn("bench/viewer: the CLI has no `build` command yet; sample corpus skipped");
  const generated = join(work, "generated.json");
  await writeFile(generated, JSON.stringify(generateGraph(10_000, 50_000)));
  graphs.push({ name: "generated 10k nodes / 50k edges", path: generated });

  const browser = await launchChromium();
  try {
    for (const graph of graphs) {
      const out = join(work, `site-${graphs.indexOf(graph)}`);
      const written = runCli(["view", "--graph", graph.path, "--out", out]);
      if (written.status !== 0) throw new Error(written.stderr);
      const server = await serveDirectory(out);
      const firstRender: number[] = [];
      const fps: number[] = [];
      try {
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.context.newPage();
          await page.goto(server.url);
          await page.waitForSelector("html[data-viewer=ready]", { timeout: 120_000 });
          firstRender.push(await page.evaluate(() => window.samverkanTimings!.mounted));
          // Pan by dragging the stage, counting the frames the page manages meanwhile.
          const box = (await page.locator(".sv-stage").boundingBox())!;
          const cx = box.x + box.width / 2;
          const cy = box.y + box.height / 2;
          // A string, not a function: tsx's name-keeping helper does not exist inside the page.
          await page.evaluate(`(() => {
            const state = { frames: 0, start: performance.now(), running: true };
            window.__bench = state;
            const tick = () => { if (!state.running) return; state.frames++; requestAnimationFrame(tick); };
            requestAnimationFrame(tick);
          })()`);
          await page.mouse.move(cx, cy);
          await page.mouse.down();
          const start = Date.now();
          for (let step = 0; Date.now() - start < PAN_MS; step++) {
            await page.mouse.move(cx + 200 * Math.sin(step / 10), cy + 120 * Math.cos(step / 13));
          }
          const result = await page.evaluate(() => {
            const state = (window as unknown as { __bench: { frames: number; start: number; running: boolean } }).__bench;
            state.running = false;
            return (state.frames * 1000) / (performance.now() - state.start);
          });
          await page.mouse.up();
          fps.push(result);
          await page.close();
        }
      } finally {
        await server.close();
      }
      console.log(
        `${graph.name}: first render ${Math.round(median(firstRender))} ms, panning ${median(fps).toFixed(1)} fps ` +
          `(median of ${RUNS}; runs: ${firstRender.map(Math.round).join("/")} ms, ${fps.map((f) => f.toFixed(1)).join("/")} fps)`,
      );
    }
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
