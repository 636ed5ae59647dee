/**
 * Viewer benchmark
 * ================
 *
 * What a reader waits for, in headless Chromium with software WebGL (SwiftShader), so figures are lower bounds for a
 * machine with a GPU: the first interactive frame (navigation to a drawn, usable map, fetching and parsing included),
 * JS heap after it, hovering a node (pointer move to the frame that shows the hovered node, and to the frame that
 * highlights its neighbourhood, drawn once the pointer rests 80 ms), clicking it (click to the
 * painted side panel), a keystroke in the search box (key to painted suggestions) and frames per second while
 * dragging the map. Graphs: the sample corpus, a generated graph of 10,000 nodes / 50,000 edges, and the site of the
 * benchmark corpus (15,668 interpellations in `../shared/bench/`, built here with `samverkan build` and kept in
 * `.cache/bench-viewer/`; skipped with a message when the corpus is absent). Each site is written by `samverkan view
 * --out`; each figure is the median over runs, each run in a fresh page. The probe is the person with most links.
 *
 * Run: `pnpm build && node --import tsx bench/viewer.ts [--runs 5] [--only benchmark] [--assets dir]`
 * (`--only` keeps the graphs whose name starts with the text: sample, generated, benchmark.)
 * `--assets <dir>` times another build of the site's `index.html` and `app.js` (an earlier viewer): the bench then
 * lays the site out itself (graph.json, index.json, site.json) instead of `samverkan view`, so a graph in an older
 * format can be given with `--corpus-graph <file>` (its `index.json` beside it). `--rebuild` rebuilds the cached
 * benchmark-corpus graph.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { cliHas, hasChromium, launchChromium, ROOT, runCli, serveDirectory } from "../test/e2e/browser";
import { generateGraph } from "../test/e2e/generated-graph";
import { loadBenchCorpus } from "./corpus";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    pan: { type: "string", default: "2000" },
    only: { type: "string" },
    assets: { type: "string" },
    rebuild: { type: "boolean", default: false },
    "corpus-graph": { type: "string" },
  },
});
const RUNS = Number(values.runs);
const PAN_MS = Number(values.pan);
const CACHE = join(ROOT, ".cache/bench-viewer");

interface Target {
  name: string;
  graph: string;
}

function median(list: number[]): number {
  const sorted = list.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The benchmark corpus as text files and its graph (with index) from the CLI, cached across runs. */
async function corpusGraph(): Promise<string | undefined> {
  if (values["corpus-graph"]) return values["corpus-graph"];
  const graph = join(CACHE, "riksdagen/graph.json");
  if (existsSync(graph) && !values.rebuild) return graph;
  const records = loadBenchCorpus();
  if (!records) return undefined;
  const texts = join(CACHE, "riksdagen/texts");
  await rm(texts, { recursive: true, force: true });
  await mkdir(texts, { recursive: true });
  for (const record of records) await writeFile(join(texts, `${record.id.replace(/[^\w.-]/g, "_")}.txt`), `${record.title}\n\n${record.text}`);
  console.log(`bench/viewer: building the benchmark corpus graph (${records.length} documents) into ${graph}`);
  const built = runCli(["build", texts, "--out", graph, "--quiet"]);
  if (built.status !== 0) throw new Error(`bench/viewer: build of the benchmark corpus failed:\n${built.stderr}`);
  return graph;
}

/** The person with most links, and a prefix of their name to type. */
async function probeOf(graphPath: string): Promise<{ id: string; query: string }> {
  const data = JSON.parse(await readFile(graphPath, "utf8")) as {
    graph: { nodes: { key: string; attributes: { kind: string; label: string } }[]; edges: { source: string; target: string }[] };
  };
  const degree = new Map<string, number>();
  for (const edge of data.graph.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  let best = { id: "", label: "", degree: -1 };
  for (const node of data.graph.nodes) {
    const d = degree.get(node.key) ?? 0;
    if (node.attributes.kind === "person" && d > best.degree) best = { id: node.key, label: node.attributes.label, degree: d };
  }
  const surname = best.label.split(" ").pop() ?? best.label;
  return { id: best.id, query: surname.slice(0, 5) };
}

// In-page helpers, as a string: tsx's name-keeping helper does not exist inside the page. `__arm` starts a
// measurement: from the first `event` (capture phase, before the viewer sees it) to the first task after the frame
// that follows a change under `watch` (the change is then painted).
const PAGE_HELPERS = `
window.__arm = (event, watch, options) => {
  let t0 = null;
  const onEvent = () => { if (t0 === null) t0 = performance.now(); };
  document.addEventListener(event, onEvent, true);
  window.__pending = new Promise((resolve) => {
    const target = document.querySelector(watch);
    const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 60000);
    const observer = new MutationObserver(() => {
      if (t0 === null) return;
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener(event, onEvent, true);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    });
    observer.observe(target, options);
  });
};`;

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

interface RunResult {
  firstFrame: number;
  /** Graph fetched and unpacked, and parsed (ms since navigation; NaN for a viewer that does not say). */
  fetched: number;
  parsed: number;
  heapMB: number;
  hover: number;
  /** Pointer move to the frame that highlights the neighbourhood (NaN for a viewer that does not say). */
  neighbours: number;
  click: number;
  keystroke: number;
  fps: number;
}

async function measure(page: Page, probe: { id: string; query: string }): Promise<RunResult> {
  await page.waitForSelector("html[data-viewer=ready]", { timeout: 300_000 });
  const { mounted: firstFrame, fetched = NaN, parsed = NaN } = await page.evaluate(() => window.samverkanTimings!);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await page.evaluate(PAGE_HELPERS);

  // Focusing the probe moves the camera so it sits in the middle of the map. A viewer that can say where a node is
  // drawn (`nodePosition`) is timed on a fresh selection: the selection is cleared first. An earlier one (`--assets`)
  // did not resize its map when the panel closed, so it is timed with the probe selected and its panel open.
  await page.evaluate((id) => window.samverkanViewer!.focus(id), probe.id);
  await settle(page, 1500);
  const canLocate = await page.evaluate(() => typeof window.samverkanViewer!.nodePosition === "function");
  if (canLocate) {
    await page.evaluate(() => window.samverkanViewer!.focus(null));
    await settle(page, 800);
  }
  const box = (await page.locator(".sv-stage").boundingBox())!;
  const at = canLocate ? await page.evaluate((id) => window.samverkanViewer!.nodePosition(id), probe.id) : null;
  const cx = box.x + (at ? at.x : box.width / 2);
  const cy = box.y + (at ? at.y : box.height / 2);

  // Hover: the viewer names the hovered node on the stage (data-hovered); an earlier one only set the cursor.
  await page.mouse.move(box.x + 5, box.y + box.height - 5);
  await settle(page, 500);
  await page.evaluate(`window.__arm("mousemove", ".sv-stage", { attributes: true, attributeFilter: ["${canLocate ? "data-hovered" : "style"}"] })`);
  await page.mouse.move(cx, cy);
  const hover = ((await page.evaluate("window.__pending")) as number | null) ?? NaN;
  await page.mouse.move(box.x + 5, box.y + box.height - 5);
  await settle(page, 500);
  let neighbours = NaN;
  if (canLocate) {
    await page.evaluate(`window.__arm("mousemove", ".sv-stage", { attributes: true, attributeFilter: ["data-emphasis"] })`);
    await page.mouse.move(cx, cy);
    neighbours = ((await page.evaluate("window.__pending")) as number | null) ?? NaN;
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await settle(page, 500);
  }

  // Click → the side panel painted.
  await page.evaluate(`window.__arm("click", ".sv-panel", { childList: true, subtree: true, attributes: true })`);
  await page.mouse.click(cx, cy);
  const click = ((await page.evaluate("window.__pending")) as number | null) ?? NaN;
  await settle(page, 800);

  // Keystrokes in the search box → suggestions painted; the median over the letters typed.
  const input = page.getByRole("combobox");
  await input.click();
  const keys: number[] = [];
  for (const letter of probe.query) {
    await page.evaluate(`window.__arm("keydown", ".sv-suggestions", { childList: true, subtree: true, attributes: true })`);
    await page.keyboard.press(letter);
    keys.push(((await page.evaluate("window.__pending")) as number | null) ?? NaN);
  }
  await page.keyboard.press("Escape");
  await page.evaluate(() => window.samverkanViewer!.focus(null));
  await settle(page, 500);

  // Pan: drag the stage, counting the frames the page manages meanwhile.
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
  const fps = (await page.evaluate(`(() => {
    const state = window.__bench;
    state.running = false;
    return (state.frames * 1000) / (performance.now() - state.start);
  })()`)) as number;
  await page.mouse.up();
  return { firstFrame, fetched, parsed, heapMB: heap.usedSize / 2 ** 20, hover, neighbours, click, keystroke: median(keys), fps };
}

/** The site an earlier viewer read: its page and script, the graph, the index beside it and `site.json`. */
async function legacySite(assets: string, graph: string, out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const name of ["index.html", "app.js"]) await copyFile(join(assets, name), join(out, name));
  await copyFile(graph, join(out, "graph.json"));
  const index = join(dirname(graph), "index.json");
  if (existsSync(index)) await copyFile(index, join(out, "index.json"));
  await writeFile(join(out, "site.json"), JSON.stringify({ graph: "graph.json", index: existsSync(index) ? "index.json" : null }));
}

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error("bench/viewer: Chromium not found at /usr/bin/chromium (apt-get install -y chromium)");
  if (!cliHas("view")) throw new Error("bench/viewer: the CLI has no `view` command; run `pnpm build` (or set SAMVERKAN_CLI)");
  const work = await mkdtemp(join(tmpdir(), "samverkan-bench-"));
  const targets: Target[] = [];
  const wanted = (name: string) => !values.only || name.startsWith(values.only);
  if (wanted("sample corpus")) {
    const path = join(work, "sample.json");
    const built = runCli(["build", join(ROOT, "examples/storsthlm/corpus"), "--out", path, "--quiet"]);
    if (built.status === 0) targets.push({ name: "sample corpus", graph: path });
    else console.warn(`bench/viewer: sample build failed, skipped:\n${built.stderr}`);
  }
  if (wanted("generated 10k nodes / 50k edges")) {
    const generated = join(work, "generated.json");
    await writeFile(generated, JSON.stringify(generateGraph(10_000, 50_000)));
    targets.push({ name: "generated 10k nodes / 50k edges", graph: generated });
  }
  if (wanted("benchmark corpus")) {
    const graph = await corpusGraph();
    if (graph) targets.push({ name: "benchmark corpus", graph });
    else console.log("bench/viewer: benchmark corpus skipped (../shared/bench is not there)");
  }

  const browser = await launchChromium();
  try {
    for (const target of targets) {
      const out = join(work, `site-${targets.indexOf(target)}`);
      if (values.assets) await legacySite(values.assets, target.graph, out);
      else {
        const written = runCli(["view", "--graph", target.graph, "--out", out]);
        if (written.status !== 0) throw new Error(written.stderr);
      }
      const probe = await probeOf(target.graph);
      const server = await serveDirectory(out);
      const runs: RunResult[] = [];
      try {
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.context.newPage();
          await page.goto(server.url);
          runs.push(await measure(page, probe));
          await page.close();
        }
      } finally {
        await server.close();
      }
      const column = (key: keyof RunResult, digits = 0) => {
        const list = runs.map((run) => run[key]);
        return `${median(list).toFixed(digits)} (${list.map((value) => value.toFixed(digits)).join("/")})`;
      };
      console.log(
        `${target.name} [probe ${probe.id}], median of ${RUNS} (runs):\n` +
          `  first frame ${column("firstFrame")} ms (graph read ${column("fetched")}, parsed ${column("parsed")}) · heap ${column("heapMB")} MB · hover ${column("hover")} ms (neighbours ${column("neighbours")}) · ` +
          `click→panel ${column("click")} ms · keystroke ${column("keystroke")} ms · pan ${column("fps", 1)} fps`,
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
