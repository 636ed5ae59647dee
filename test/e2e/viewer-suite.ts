/**
 * Viewer suite
 * ============
 *
 * What the viewer's end-to-end test files share: a suite that runs in Chromium when Chromium and a built CLI are
 * there (skips with a message otherwise, and fails with CI=true), a scratch folder and one browser per file, sites
 * written by `samverkan view --out` and served, and pages that collect console errors, page errors and CSP violations.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliHas, hasChromium, launchChromium, ROOT, runCli, serveDirectory, type Browser } from "./browser";

/** Where screenshots go. */
export const RESULTS = join(ROOT, "test-results");

/** What a suite's tests use. */
export interface ViewerSuite {
  /** The scratch folder of this file's tests. */
  work(): string;
  /** Writes a site for a graph file with the CLI and serves it. */
  site(graphPath: string, name: string, indexPath?: string): Promise<{ url: string; close(): Promise<void> }>;
  /** Opens a page and waits for the map, collecting console errors, page errors and CSP violations. */
  open(url: string): Promise<{ page: Page; errors: string[]; logs: string[] }>;
}

/** Why the viewer's end-to-end tests cannot run here, or null. */
function missing(): string | null {
  if (!hasChromium()) return "Chromium not found at /usr/bin/chromium (install it: apt-get install -y chromium, or set CHROMIUM_PATH)";
  if (!cliHas("view")) return "the samverkan CLI has no `view` command (run `pnpm build`; or set SAMVERKAN_CLI)";
  return null;
}

/** A `describe` whose tests drive the viewer in Chromium. */
export function describeViewer(name: string, body: (suite: ViewerSuite) => void): void {
  const reason = missing();
  if (reason && process.env.CI === "true") {
    describe(name, () => {
      it("has what it needs", () => {
        throw new Error(`${name} cannot run with CI=true: ${reason}`);
      });
    });
    return;
  }
  if (reason) {
    console.warn(`[${name}] skipped: ${reason}`);
    describe.skip(`${name} (skipped: ${reason})`, () => {
      it("runs in Chromium", () => undefined);
    });
    return;
  }
  describe(name, () => {
    let browser: Browser;
    let work: string;
    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), "samverkan-e2e-"));
      await mkdir(RESULTS, { recursive: true });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      if (work) await rm(work, { recursive: true, force: true });
    });
    body({
      work: () => work,
      async site(graphPath, siteName, indexPath) {
        const out = join(work, siteName);
        const result = runCli(["view", "--graph", graphPath, "--out", out, ...(indexPath ? ["--index", indexPath] : [])]);
        expect(result.status, result.stderr).toBe(0);
        return serveDirectory(out);
      },
      async open(url) {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        const logs: string[] = [];
        page.on("console", (message) => {
          logs.push(message.text());
          if (message.type() === "error") errors.push(`console: ${message.text()}`);
        });
        page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
        await page.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
        });
        await page.goto(url);
        await page.waitForSelector("html[data-viewer=ready]", { timeout: 120_000 });
        return { page, errors, logs };
      },
    });
  });
}
