import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, cliMissing, runCli } from "./run-cli";

const missing = cliMissing();
if (missing && process.env.CI) throw new Error(missing);

/**
 * Starts `samverkan serve` on a free port and resolves with its address once it answers; `log()` is what it has
 * written to stderr so far.
 */
function startServer(args: string[]): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [CLI, "serve", ...args, "--port", "0"], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (data: Buffer) => {
      err += data.toString();
      const url = /answering on (http:\/\/\S+\/)/.exec(err)?.[1];
      if (url) resolve({ child, url, log: () => err });
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe.skipIf(!!missing)("samverkan serve", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-serve-"));
  const graph = path.join(dir, "graph.json");
  let server: { child: ChildProcess; url: string };

  beforeAll(async () => {
    expect(runCli(["build", "examples/storsthlm/corpus", "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
    server = await startServer(["--graph", graph]);
  });
  afterAll(() => void server?.child.kill("SIGTERM"));

  it.each([
    ["ask", ["ask", "which meetings did Mats Gerdau chair"]],
    ["ask in JSON", ["ask", "vilka möten ledde Mats Gerdau?", "--json"]],
    ["ask for an unknown name, with the index's suggestions", ["ask", "which meetings did Gerdaux Matsson chair"]],
    ["ask for a question it cannot read", ["ask", "what is the weather"]],
    ["ask for a question it cannot read, with the passages of its words", ["ask", "berätta om nyanlända", "--json"]],
    ["search", ["search", "förbundsordförande"]],
    ["search with options", ["search", "Nacka", "--kind", "person,passage", "--limit", "2", "--json"]],
  ])("answers %s as the command does locally, exit code too", (_label, args) => {
    const local = runCli([...args, "--graph", graph]);
    const served = runCli([...args, "--server", server.url]);
    expect(served.stdout).toBe(local.stdout);
    expect(served.code).toBe(local.code);
    expect(local.stdout.length).toBeGreaterThan(20);
  });

  it("answers HTTP clients with JSON, and errors as {error: {code, message}}", async () => {
    const ask = await fetch(new URL("ask?q=which+meetings+did+Mats+Gerdau+chair", server.url));
    expect(ask.status).toBe(200);
    const body = (await ask.json()) as { json: { answers: { label: string }[] }; code: number };
    expect(body.code).toBe(0);
    expect(body.json.answers.map((a) => a.label)).toContain("2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott");
    const none = await fetch(new URL("nowhere", server.url));
    expect(none.status).toBe(404);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    const bad = await fetch(new URL("search?q=Nacka&limit=many", server.url));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("USAGE");
    expect((await fetch(new URL("ask", server.url), { method: "POST" })).status).toBe(405);
    // A page elsewhere reaching it through DNS rebinding names its own host.
    const port = new URL(server.url).port;
    const rebound = await new Promise<number>((resolve) => {
      const request = http.get(
        { host: "127.0.0.1", port, path: "/ask?q=x", headers: { Host: `evil.example:${port}` } },
        (response: { statusCode: number; resume(): void }) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.end();
    });
    expect(rebound).toBe(421);
  });

  it("gives the client one line for a bad option, and exit 2", () => {
    const bad = runCli(["search", "Nacka", "--limit=many", "--server", server.url]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^samverkan search: --limit must be a whole number/);
  });

  it("names a server that does not answer, exit 1", () => {
    const { code, stderr } = runCli(["ask", "who represented Nacka", "--server", "http://127.0.0.1:9"]);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^samverkan ask: no samverkan server answers at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\); start one with samverkan serve/);
  });

  it("refuses a port in use with exit 2", () => {
    const { code, stderr } = runCli(["serve", "--graph", graph, "--port", new URL(server.url).port]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is in use; pass another --port/);
  });
});

/** Resolves when `done()` holds, checking every 50 ms; rejects after `ms`. */
async function until(done: () => boolean, what: () => string, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; !done(); await new Promise((resolve) => setTimeout(resolve, 50)))
    if (Date.now() > end) throw new Error(`timed out waiting: ${what()}`);
}

describe.skipIf(!!missing)("samverkan serve --watch", () => {
  const root = mkdtempSync(path.join(tmpdir(), "samverkan-serve-watch-"));
  const docs = path.join(root, "docs");
  const graph = path.join(root, "out", "graph.json");
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    cpSync(path.join(ROOT, "examples/storsthlm/corpus"), docs, { recursive: true });
    expect(runCli(["build", docs, "--out", graph, "--no-layout", "--quiet"]).code).toBe(0);
    // No --every: the file system's word of a change brings the look, not the minute's poll.
    server = await startServer(["--watch", docs]);
  });
  afterAll(() => {
    server?.child.kill("SIGTERM");
    rmSync(root, { recursive: true, force: true });
  });

  it("answers as samverkan build's graph of the same files does", () => {
    expect(server.log()).toMatch(/built 5 documents \(\d+ nodes, \d+ edges\)/);
    for (const args of [
      ["ask", "which meetings did Mats Gerdau chair"],
      ["search", "förbundsordförande"],
    ])
      expect(runCli([...args, "--server", server.url]).stdout).toBe(runCli([...args, "--graph", graph]).stdout);
  });

  it("takes in a document added to the folder, and lets a removed one go", async () => {
    const question = ["ask", "which meetings did Greta Fjällström chair", "--server", server.url];
    expect(runCli(question).code).not.toBe(0);
    const file = path.join(docs, "ks-2025-02-11.txt");
    writeFileSync(
      file,
      "Protokoll fört vid sammanträde med kommunstyrelsen i Vaxholms kommun 2025-02-11\nOrdförande: Greta Fjällström (M)\nNärvarande: Greta Fjällström (M)\nOlle Brandt (S)\n",
    );
    await until(() => /1 added, 0 changed, 0 removed/.test(server.log()), server.log);
    const answered = runCli(question);
    expect(answered.code).toBe(0);
    expect(answered.stdout).toMatch(/2025-02-11/);
    rmSync(file);
    await until(() => /0 added, 0 changed, 1 removed/.test(server.log()), server.log);
    expect(runCli(question).code).not.toBe(0);
  }, 30_000);

  it("takes --graph or --watch, one of the two, with the options of each", () => {
    for (const args of [[], ["--graph", graph, "--watch", docs], ["--watch", docs, "--index", "index.json"], ["--graph", graph, "--every", "1"]]) {
      const { code, stderr } = runCli(["serve", ...args, "--port", "0"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^samverkan serve: (give --graph or --watch|--index goes with --graph|--every goes with --watch)/);
    }
    expect(runCli(["serve", "--watch", docs, "--every", "0", "--port", "0"]).stderr).toMatch(/--every must be a number of seconds/);
  });
});
