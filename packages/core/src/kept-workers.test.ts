/**
 * Workers are kept between the builds of a process (node.ts, `takeWorkers`): builds that reuse one give the graph of
 * a build on one thread, and a kept worker never keeps the process alive. Runs the built package, as workers need
 * its `dist/worker.js`, in a process of its own.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dist = new URL("../dist/node.js", import.meta.url);
const folders = ["corpus", "protokoll"].map((f) => new URL(`../../../examples/storsthlm/${f}/`, import.meta.url).pathname);

describe.skipIf(!existsSync(dist))("kept workers", () => {
  it("give the graph of one thread, build after build, and let the process end", () => {
    const script = `
      const { buildGraphFromFiles } = await import(${JSON.stringify(dist.href)});
      const build = async (workers) => {
        const { graph, documents, failures } = await buildGraphFromFiles(${JSON.stringify(folders)}, { workers, layout: false, batchSize: 1 });
        return JSON.stringify([graph.export(), documents, failures]);
      };
      const one = await build(1);
      const builds = [await build(2), await build(2), await build(2)];
      console.log(JSON.stringify({ documents: JSON.parse(one)[1].length, same: builds.map((b) => b === one) }));
    `;
    // Well within the 30 s a kept worker waits for another build: a worker that kept the process alive would time out.
    // A file, not --input-type: workers would inherit the flag, which they refuse.
    const dir = mkdtempSync(path.join(tmpdir(), "samverkan-kept-"));
    writeFileSync(path.join(dir, "builds.mjs"), script);
    const run = spawnSync(process.execPath, [path.join(dir, "builds.mjs")], { encoding: "utf8", timeout: 20_000 });
    rmSync(dir, { recursive: true });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const { documents, same } = JSON.parse(run.stdout) as { documents: number; same: boolean[] };
    expect(documents).toBeGreaterThan(5);
    expect(same).toEqual([true, true, true]);
  });
});
