/**
 * Browser helpers
 * ===============
 *
 * Shared by the end-to-end tests and bench/viewer.ts: find Debian's Chromium, launch it headless through
 * playwright-core with a fresh profile (no browser download), run the samverkan CLI, and serve a written site
 * directory over HTTP (the page fetches its JSON, which `file:` URLs do not allow).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, relative, resolve, sep } from "node:path";
import type { BrowserContext } from "playwright-core";

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

// playwright-core is a dev dependency of @samverkan/viewer (the root declares none), so load it from there.
const { chromium } = createRequire(join(ROOT, "packages/viewer/package.json"))("playwright-core") as typeof import("playwright-core");

/** Chromium binary: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that give headless Chromium WebGL (software, SwiftShader) and keep it off the network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Whether Chromium is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A launched browser with its throwaway profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile directory, removed on close. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "samverkan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, viewport });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The command that runs the samverkan CLI: `SAMVERKAN_CLI` (a `.js` file, or a `.ts` file run through tsx), else
 * the built `packages/cli/dist/cli.js`.
 */
export function cliCommand(): string[] {
  const entry = process.env.SAMVERKAN_CLI ?? join(ROOT, "packages/cli/dist/cli.js");
  return entry.endsWith(".ts") ? ["--import", "tsx", entry] : [entry];
}

/** Runs the CLI; returns its exit status and output. */
export function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const entry = cliCommand();
  if (!existsSync(entry[entry.length - 1]!)) return { status: 127, stdout: "", stderr: `no CLI at ${entry[entry.length - 1]}` };
  const result = spawnSync(process.execPath, [...entry, ...args], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? String(result.error ?? "") };
}

/** Whether the CLI has a sub-command (its `--help` succeeds). */
export function cliHas(command: string): boolean {
  return runCli([command, "--help"]).status === 0;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".gz": "application/gzip",
};

/** Serves the files of a site directory and its folders (listed once, nothing else) on a free loopback port. */
export async function serveDirectory(directory: string): Promise<{ url: string; close(): Promise<void> }> {
  const names = new Set(
    (await readdir(directory, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join("/")),
  );
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const name = path === "/" ? "index.html" : path.slice(1);
    if (!names.has(name)) {
      response.writeHead(404).end();
      return;
    }
    void readFile(join(directory, name)).then((body) =>
      response.writeHead(200, { "Content-Type": TYPES[extname(name)] ?? "application/octet-stream" }).end(body),
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
