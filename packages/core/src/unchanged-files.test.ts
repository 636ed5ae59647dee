/**
 * Incremental builds from files (buildGraphFromFiles with a cache): a file whose stat (and its sidecar's) is as the
 * last build noted it is not read, its result comes from the cache; a file whose content changed while its size and
 * modification time stayed (its change time moved) is read and extracted again, as is one changed so recently before
 * a build that a later change could leave its stat the same (git's "racily clean" files); a sidecar added, changed or
 * removed changes the result; read limits and failures are as in a build without the cache. What a file that is not
 * read cannot tell: a change that forges the change time too would go unseen, as it would by git's index.
 */
import { spawnSync } from "node:child_process";
import type * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serializeGraph } from "./index";
import { buildGraphFromFiles, planFilesBuild, type FilesBuild, type ParallelBuildOptions } from "./node";

// The files the build opens (the documents and sidecars, not the cache's packs).
const opened = vi.hoisted(() => new Set<string>());
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const openSync = (...args: Parameters<typeof real.openSync>) => {
    opened.add(String(args[0]));
    return real.openSync(...args);
  };
  return { ...real, default: { ...real, openSync }, openSync };
});

const minutes = (date: string, names: string[]) =>
  `Protokoll fört vid sammanträde med kommunstyrelsen ${date}\nNärvarande: ${names.map((name) => `${name} (S)`).join("\n")}\n`;

/** A folder of documents, its cache beside it, and builds of it. */
function corpus() {
  const root = mkdtempSync(path.join(tmpdir(), "samverkan-unchanged-"));
  const docs = path.join(root, "docs");
  mkdirSync(docs);
  writeFileSync(path.join(docs, "a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
  writeFileSync(path.join(docs, "b.txt"), minutes("2024-04-16", ["Karl Ström", "Lina Sjö"]));
  writeFileSync(path.join(docs, "c.txt"), "Nyhetsbrev\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade om samverkan.");
  writeFileSync(path.join(docs, "empty.txt"), "");
  const file = (name: string) => path.join(docs, name);
  const settings = (options: ParallelBuildOptions) => ({ workers: 1, layout: false, cache: path.join(root, "cache"), ...options });
  const build = (options: ParallelBuildOptions = {}) => buildGraphFromFiles([docs], settings(options));
  const plan = (options: ParallelBuildOptions = {}) => planFilesBuild([docs], settings(options));
  return { docs, file, build, plan, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** What a build opened in a folder, by name. */
const openedIn = (dir: string) => [...opened].filter((file) => path.dirname(file) === dir).map((file) => path.basename(file));

/** Puts the build's clock ahead, as if every file had been written that long before. */
const ahead = (ms = 10_000) => vi.setSystemTime(performance.timeOrigin + performance.now() + ms);

const graphJson = (built: FilesBuild) => JSON.stringify(serializeGraph(built.graph, built.documents));

describe("a build from files with a cache", () => {
  afterEach(() => {
    vi.useRealTimers();
    opened.clear();
  });

  it("takes the files as the last build noted them from the cache, without reading them", async () => {
    const { docs, build, remove } = corpus();
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const first = await build();
    expect(first.cached).toMatchObject({ reused: 0, extracted: 4 });
    expect(openedIn(docs).sort()).toEqual(["a.txt", "b.txt", "c.txt", "empty.txt"]);
    opened.clear();
    ahead();
    const again = await build();
    expect(openedIn(docs)).toEqual([]);
    expect(again.cached).toMatchObject({ reused: 4, extracted: 0 });
    expect(again.failures).toEqual(first.failures);
    expect(again.failures.map((f) => f.code)).toEqual(["EMPTY_FILE"]);
    expect(graphJson(again)).toBe(graphJson(first));
    remove();
  });

  it("reads a file whose content changed though its size and modification time did not", async () => {
    const { docs, file, build, remove } = corpus();
    // A whole second, which utimes sets exactly.
    const mtime = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file("a.txt"), mtime, mtime);
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    await build();
    const before = statSync(file("a.txt"), { bigint: true });
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ok"]));
    utimesSync(file("a.txt"), mtime, mtime);
    expect(statSync(file("a.txt"), { bigint: true })).toMatchObject({ size: before.size, mtimeNs: before.mtimeNs, ino: before.ino });
    opened.clear();
    ahead();
    const changed = await build();
    expect(openedIn(docs)).toEqual(["a.txt"]);
    expect(changed.cached).toMatchObject({ reused: 3, extracted: 1 });
    expect(changed.graph.hasNode("person:bo-ok")).toBe(true);
    expect(graphJson(changed)).toBe(graphJson(await build({ cache: undefined })));
    remove();
  });

  it("reads again a file changed less than two seconds before the build that noted it", async () => {
    const { docs, file, build, remove } = corpus();
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    await build();
    // Written now, and built at once: a change in the same tick of the clock would leave its stat as it is.
    writeFileSync(file("b.txt"), minutes("2024-04-16", ["Karl Ström", "Lina Sjö", "Nora Ås"]));
    vi.useRealTimers();
    await build();
    const stat = statSync(file("b.txt"), { bigint: true });
    opened.clear();
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const next = await build();
    expect(statSync(file("b.txt"), { bigint: true })).toEqual(stat);
    expect(openedIn(docs)).toEqual(["b.txt"]);
    expect(next.cached).toMatchObject({ reused: 4, extracted: 0 });
    // Read when it was old enough, it is noted, and the build after that does not read it.
    opened.clear();
    ahead();
    await build();
    expect(openedIn(docs)).toEqual([]);
    remove();
  });

  it("gives a document the metadata of a sidecar added, changed or removed", async () => {
    const { docs, file, build, remove } = corpus();
    vi.useFakeTimers({ toFake: ["Date"] });
    const titleOfC = async () => {
      ahead();
      const built = await build();
      return built.documents.find((doc) => doc.id === "c")?.title;
    };
    const fromText = await titleOfC();
    writeFileSync(file("c.txt.meta.json"), JSON.stringify({ title: "Nyhetsbrev nr 1" }));
    expect(await titleOfC()).toBe("Nyhetsbrev nr 1");
    expect(await titleOfC()).toBe("Nyhetsbrev nr 1");
    writeFileSync(file("c.txt.meta.json"), JSON.stringify({ title: "Nyhetsbrev nr 2" }));
    expect(await titleOfC()).toBe("Nyhetsbrev nr 2");
    rmSync(file("c.txt.meta.json"));
    expect(await titleOfC()).toBe(fromText);
    expect(openedIn(docs).sort()).toContain("c.txt.meta.json");
    remove();
  });

  it("reports a file over a new --max-bytes and a file that is no longer a regular file, by name", async () => {
    const { file, build, remove } = corpus();
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    await build();
    ahead();
    const smaller = await build({ maxBytes: 100 });
    expect(smaller.failures.map((f) => [path.basename(f.file), f.code])).toEqual([
      ["a.txt", "FILE_TOO_LARGE"],
      ["b.txt", "FILE_TOO_LARGE"],
      ["empty.txt", "EMPTY_FILE"],
    ]);
    // A named pipe where a document was.
    rmSync(file("c.txt"));
    expect(spawnSync("mkfifo", [file("c.txt")]).status).toBe(0);
    ahead();
    const folder = await build();
    expect(folder.failures.map((f) => [path.basename(f.file), f.code])).toEqual([
      ["c.txt", "NOT_REGULAR_FILE"],
      ["empty.txt", "EMPTY_FILE"],
    ]);
    remove();
  });

  it("tells before reading anything that every file, and no other, is as the last build noted it", async () => {
    const { docs, file, plan, remove } = corpus();
    // A file that fails is never noted, so a build with one is never unchanged.
    rmSync(file("empty.txt"));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const first = await plan();
    expect(first.unchanged).toBe(false);
    const built = await first.build();
    expect(built.cached?.notes).toMatch(/^[0-9a-f]{64}$/);
    opened.clear();
    ahead();
    const again = await plan();
    expect(again).toMatchObject({ unchanged: true, notes: built.cached!.notes });
    expect(openedIn(docs)).toEqual([]);
    // A file added, then gone again; a file whose stat changed.
    writeFileSync(file("d.txt"), minutes("2024-05-20", ["Siv Ahlgren"]));
    ahead();
    expect((await plan()).unchanged).toBe(false);
    rmSync(file("d.txt"));
    expect((await plan()).unchanged).toBe(true);
    const { mtime } = statSync(file("a.txt"));
    utimesSync(file("a.txt"), mtime, new Date(mtime.getTime() - 1000));
    expect((await plan()).unchanged).toBe(false);
    // Other read limits make other stamps.
    expect((await plan({ maxPages: 5 })).unchanged).toBe(false);
    remove();
  });

  it("names no notes when the build left some file unnoted", async () => {
    const { file, plan, remove } = corpus();
    rmSync(file("empty.txt"));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    await (await plan()).build();
    // Written within the racy window of the next build: read, and not noted.
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg"]));
    vi.useRealTimers();
    const racy = await (await plan()).build();
    vi.useFakeTimers({ toFake: ["Date"] });
    expect(racy.cached?.notes).toBeUndefined();
    ahead();
    expect((await plan()).unchanged).toBe(false);
    remove();
  });
});
