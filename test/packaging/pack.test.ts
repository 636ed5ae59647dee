/**
 * The packages as another project gets them: each packed with `pnpm pack` (workspace versions written out), installed
 * from the tarballs into a project outside the workspace, and used from TypeScript as ESM (module nodenext), as
 * CommonJS (module node16) and through a bundler's resolution, type-checked without `skipLibCheck`, then run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES = ["core", "search", "interop", "viewer", "cli"];
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const PNPM = ["-y", "pnpm@9.15.9"];
const built = PACKAGES.every((p) => existsSync(path.join(ROOT, "packages", p, "dist")));

const SAMPLE = "Protokoll\nKulturnämnden\nSammanträdesdatum: 2021-05-04\nBeslutande: Vera Lindahl (S), ordförande, Olle Berg (M)\n\n§ 1 Öppnande\n";
const PROGRAM = `
import { ask, buildGraph, readDocument, type KnowledgeGraph } from "@samverkan/core";
import { buildSearchIndex } from "@samverkan/search";
import { exportGraph } from "@samverkan/interop";
import { describeEntity } from "@samverkan/viewer";

const doc = readDocument({ source: "protokoll.txt", content: ${JSON.stringify(SAMPLE)} });
const { graph, documents } = buildGraph([doc], { layout: false });
const g: KnowledgeGraph = graph;
const answer = ask(g, "vilka möten ledde Vera Lindahl?").answers[0];
const hits = buildSearchIndex(g, documents).search("Lindahl").hits.length;
const out = exportGraph(g, "gexf", { documents });
const panel = describeEntity(g, "person:vera-lindahl", { documents });
console.log(JSON.stringify({ chaired: answer?.label, quote: answer?.evidence[0]?.quote, hits, gexf: out.kind, panel: panel?.label }));
`;
const NODE_PROGRAM = `
import { buildGraphFromFiles } from "@samverkan/core/node";
declare const process: { argv: string[] };
const { graph } = await buildGraphFromFiles([process.argv[2]!], { layout: false, workers: 1 });
console.log(graph.order > 0 ? "read" : "empty");
`;

describe.skipIf(!built)("the packed packages in a project of their own", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "samverkan-consumer-"));
    const tarballs = path.join(dir, "tarballs");
    mkdirSync(tarballs);
    for (const p of PACKAGES) execFileSync("npx", [...PNPM, "pack", "--pack-destination", tarballs], { cwd: path.join(ROOT, "packages", p), stdio: "pipe" });
    const file = (p: string) =>
      `file:${path.join(
        tarballs,
        readdirSync(tarballs).find((f) => f.startsWith(`samverkan-${p}-`))!,
      )}`;
    // The packed manifests name each other by version; overrides point those names at the tarballs.
    const overrides = Object.fromEntries(PACKAGES.map((p) => [`@samverkan/${p}`, file(p)]));
    writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: overrides, pnpm: { overrides } }, null, 2),
    );
    execFileSync("npx", [...PNPM, "install", "--prefer-offline", "--config.node-linker=isolated"], { cwd: dir, stdio: "pipe", timeout: 240_000 });
    writeFileSync(path.join(dir, "sample.txt"), SAMPLE);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tsc = (config: object, files: Record<string, string>) => {
    const project = mkdtempSync(path.join(dir, "p-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(project, name), text);
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, skipLibCheck: false, types: [], outDir: "out", target: "es2022", ...config },
        include: Object.keys(files),
      }),
    );
    const result = spawnSync(process.execPath, [TSC, "-p", project], { encoding: "utf8" });
    return { project, errors: `${result.stdout}${result.stderr}`.trim() };
  };
  const run = (file: string) => spawnSync(process.execPath, [file, path.join(dir, "sample.txt")], { encoding: "utf8", cwd: dir });

  it("manifests carry no workspace: versions", () => {
    const tarballs = readdirSync(path.join(dir, "tarballs"));
    for (const tarball of tarballs) {
      const manifest = execFileSync("tar", ["-xOzf", path.join(dir, "tarballs", tarball), "package/package.json"], { encoding: "utf8" });
      expect(manifest, tarball).not.toContain("workspace:");
    }
  });

  it("ESM (module nodenext): type-checks without skipLibCheck and runs", () => {
    const { project, errors } = tsc({ module: "nodenext", moduleResolution: "nodenext" }, { "main.mts": PROGRAM, "node.mts": NODE_PROGRAM });
    expect(errors).toBe("");
    const out = run(path.join(project, "out/main.mjs"));
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toMatchObject({
      chaired: "2021-05-04 Kulturnämnden",
      quote: "Vera Lindahl (S), ordförande",
      gexf: "file",
      panel: "Vera Lindahl",
    });
    expect(run(path.join(project, "out/node.mjs")).stdout.trim()).toBe("read");
  });

  it("CommonJS (module node16): type-checks without skipLibCheck and runs", () => {
    const { project, errors } = tsc({ module: "node16", moduleResolution: "node16" }, { "main.cts": PROGRAM });
    expect(errors).toBe("");
    const out = run(path.join(project, "out/main.cjs"));
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toMatchObject({ chaired: "2021-05-04 Kulturnämnden", gexf: "file" });
  });

  it("a bundler's resolution (module esnext, moduleResolution bundler): type-checks without skipLibCheck", () => {
    const { errors } = tsc({ module: "esnext", moduleResolution: "bundler", noEmit: true }, { "main.ts": PROGRAM });
    expect(errors).toBe("");
  });
});
