/**
 * A live build (`LiveBuild`): each update reads only the files that are new or changed and resolves again the nodes
 * they name, so its graph is a full build's of the same files, positions aside on large graphs, where the
 * earlier map is kept and new nodes are placed by their neighbours.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serializeGraph } from "./index";
import { buildGraphFromFiles, LiveBuild, type FilesBuild } from "./node";

// How many times the facts were resolved: a look that finds nothing changed resolves nothing.
const resolutions = vi.hoisted(() => ({ count: 0 }));
vi.mock("./graph/build-graph", async (importOriginal) => {
  const real = await importOriginal<typeof import("./graph/build-graph")>();
  return { ...real, factResolver: (...args: Parameters<typeof real.factResolver>) => (resolutions.count++, real.factResolver(...args)) };
});

const minutes = (date: string, names: string[]) =>
  `Protokoll fört vid sammanträde med kommunstyrelsen ${date}\nOrdförande: ${names[0]} (S)\nNärvarande: ${names.map((name) => `${name} (S)`).join("\n")}\n`;

/** The graph as a full build writes it: nodes and edges in the order of their keys (an update patches the graph). */
const graphJson = (built: FilesBuild, replacer?: (key: string, value: unknown) => unknown) => {
  const serialized = serializeGraph(built.graph, built.documents);
  const byKey = (a: { key?: string }, b: { key?: string }) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
  const graph = { ...serialized.graph, nodes: [...serialized.graph.nodes].sort(byKey), edges: [...serialized.graph.edges].sort(byKey) };
  return JSON.stringify({ ...serialized, graph }, replacer);
};

/** The graph without positions. */
const unplaced = (built: FilesBuild) => graphJson(built, (key, value) => (key === "x" || key === "y" ? undefined : value));

/** Puts the build's clock ahead, as if every file had been written that long before (see `RACY_NS`). */
const ahead = (ms = 10_000) => vi.setSystemTime(performance.timeOrigin + performance.now() + ms);

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-live-"));
  const file = (name: string) => path.join(dir, name);
  return { dir, file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describe("LiveBuild", () => {
  afterEach(() => vi.useRealTimers());

  it("gives on each update the graph a full build of the same files gives", async () => {
    const { dir, file, remove } = folder();
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    writeFileSync(file("b.txt"), minutes("2024-04-16", ["Karl Ström", "Lina Sjö"]));
    writeFileSync(file("c.txt"), "Nyhetsbrev\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade om samverkan med Åsa Berg.");
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1 });
    expect(graphJson(live.current)).toBe(graphJson(await buildGraphFromFiles([dir], { workers: 1 })));

    writeFileSync(file("d.txt"), minutes("2024-05-14", ["Bo Ek", "Nils Holm"]));
    writeFileSync(file("b.txt"), minutes("2024-04-16", ["Karl Ström", "Maja Lind"]));
    unlinkSync(file("c.txt"));
    ahead();
    const update = await live.update();
    expect(update).toMatchObject({ added: ["d"], removed: ["c"], changed: ["b"] });
    expect(update!.graph.hasNode("person:maja-lind")).toBe(true);
    expect(update!.graph.hasNode("person:lina-sjo")).toBe(false);
    expect(update!.graph.hasNode("person:igor-wennerholm")).toBe(false);
    expect(graphJson(update!)).toBe(graphJson(await buildGraphFromFiles([dir], { workers: 1 })));

    // The kept facts are resolved again as they were: a second update equals a full build too.
    writeFileSync(file("c.txt"), "Nyhetsbrev\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade om samverkan med Åsa Berg.");
    ahead();
    const again = await live.update();
    expect(again).toMatchObject({ added: ["c"], removed: [], changed: [] });
    expect(graphJson(again!)).toBe(graphJson(await buildGraphFromFiles([dir], { workers: 1 })));
    expect(live.current.graph).toBe(again!.graph);
    remove();
  });

  it("answers undefined when no file changed, and builds nothing", async () => {
    const { dir, file, remove } = folder();
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1, layout: false });
    const first = live.current;
    ahead();
    expect(await live.update()).toBeUndefined();
    expect(live.current).toBe(first);
    remove();
  });

  it("resolves nothing again for a file it cannot read, or one read again that is as it was", async () => {
    const { dir, file, remove } = folder();
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    writeFileSync(file("big.txt"), "x".repeat(5000));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1, layout: false, maxBytes: 1000 });
    expect(live.current.failures.map((f) => f.code)).toEqual(["FILE_TOO_LARGE"]);
    resolutions.count = 0;
    ahead();
    expect(await live.update()).toBeUndefined();
    // Written again as it was, too recently to be trusted by its stat: read again, the same result.
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    ahead(0);
    expect(await live.update()).toBeUndefined();
    expect(resolutions.count).toBe(0);
    writeFileSync(file("big.txt"), "Nyhetsbrev\nIgor Wennerholm, kommundirektör i Ljusdals kommun.");
    ahead();
    expect(await live.update()).toMatchObject({ added: ["big"], failures: [] });
    expect(resolutions.count).toBe(1);
    remove();
  });

  it("sees a file go that was added too recently before the last update to be noted", async () => {
    const { dir, file, remove } = folder();
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1, layout: false });
    writeFileSync(file("b.txt"), minutes("2024-04-16", ["Karl Ström", "Lina Sjö"]));
    ahead(0);
    expect(await live.update()).toMatchObject({ added: ["b"] });
    expect(live.current.cached?.notes).toBeUndefined();
    // Past the racy window the next look notes b; nothing changed, and the look after it may trust every stat.
    ahead();
    expect(await live.update()).toBeUndefined();
    expect(live.current.cached?.notes).toBeDefined();
    unlinkSync(file("b.txt"));
    ahead();
    expect(await live.update()).toMatchObject({ removed: ["b"] });
    expect(live.current.documents.map((doc) => doc.id)).toEqual(["a"]);
    remove();
  });

  it("follows its folders: the file system's word of a change brings a look, without waiting for the poll", async () => {
    const { dir, file, remove } = folder();
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    const live = await LiveBuild.start([dir], { workers: 1, layout: false });
    const updates: { added: string[]; removed: string[] }[] = [];
    const following = live.follow((update) => updates.push({ added: update.added, removed: update.removed }), { delay: 20, poll: 600_000 });
    const until = async (count: number) => {
      for (const end = Date.now() + 10_000; updates.length < count; await new Promise((resolve) => setTimeout(resolve, 20)))
        if (Date.now() > end) throw new Error(`waited for update ${count}, have ${JSON.stringify(updates)}`);
    };
    writeFileSync(file("b.txt"), minutes("2024-04-16", ["Karl Ström", "Lina Sjö"]));
    await until(1);
    expect(updates[0]).toEqual({ added: ["b"], removed: [] });
    // A folder made after the start: its parent tells of it, and its files are in the next look.
    mkdirSync(file("2025"));
    writeFileSync(path.join(file("2025"), "c.txt"), minutes("2025-01-14", ["Nils Holm"]));
    await until(2);
    expect(updates[1]).toEqual({ added: ["c"], removed: [] });
    unlinkSync(file("b.txt"));
    await until(3);
    expect(updates[2]).toEqual({ added: [], removed: ["b"] });
    expect(live.current.documents.map((doc) => doc.id)).toEqual(["a", "c"]);
    await following.stop();
    writeFileSync(file("d.txt"), minutes("2025-02-11", ["Olle Brandt"]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(updates).toHaveLength(3);
    remove();
  });

  it("keeps the earlier map of a large graph and places the new nodes by their neighbours", async () => {
    const { dir, file, remove } = folder();
    // 700 minutes of three people each: more than 2,000 nodes.
    const name = (i: number) => `Per ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))}berg`;
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 700; i++) writeFileSync(file(`m${i}.txt`), minutes(day(i), [name(i), name(i + 1), name(i + 2)]));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1 });
    const before = live.current.graph;
    expect(before.order).toBeGreaterThan(2000);
    writeFileSync(file("new.txt"), minutes("2025-01-20", [name(3), "Ola Nyström"]));
    ahead();
    const update = (await live.update())!;
    expect(update.added).toEqual(["new"]);
    before.forEachNode((id, a) => expect([id, update.graph.getNodeAttribute(id, "x"), update.graph.getNodeAttribute(id, "y")]).toEqual([id, a.x, a.y]));
    const ola = update.graph.getNodeAttributes("person:ola-nystrom");
    expect(Number.isFinite(ola.x) && Number.isFinite(ola.y)).toBe(true);
    // Placed among what it is linked to (within the box of its neighbours, give or take the nudge), not anywhere.
    const xs: number[] = [];
    const ys: number[] = [];
    update.graph.forEachNeighbor("person:ola-nystrom", (_id, a) => void (xs.push(a.x!), ys.push(a.y!)));
    let width = 0;
    before.forEachNode((_id, a) => void (width = Math.max(width, Math.abs(a.x!), Math.abs(a.y!))));
    const slack = 0.02 * 2 * width;
    expect(ola.x).toBeGreaterThanOrEqual(Math.min(...xs) - slack);
    expect(ola.x).toBeLessThanOrEqual(Math.max(...xs) + slack);
    expect(ola.y).toBeGreaterThanOrEqual(Math.min(...ys) - slack);
    expect(ola.y).toBeLessThanOrEqual(Math.max(...ys) + slack);
    expect(unplaced(update)).toBe(unplaced(await buildGraphFromFiles([dir], { workers: 1 })));
    remove();
  }, 60_000);
});

describe("LiveBuild.update told of the folders that changed", () => {
  afterEach(() => vi.useRealTimers());

  /** A tree of minutes in folders, built live past the racy window. */
  async function tree() {
    const { dir, file, remove } = folder();
    for (const sub of ["s1", "s1/deep", "s2"]) mkdirSync(file(sub));
    writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    writeFileSync(file("s1/b.txt"), minutes("2024-04-16", ["Karl Ström", "Lina Sjö"]));
    writeFileSync(file("s1/deep/c.txt"), minutes("2024-05-14", ["Bo Ek", "Nils Holm"]));
    writeFileSync(file("s2/d.txt"), minutes("2024-06-11", ["Maja Lind", "Olle Brandt"]));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1, layout: false });
    ahead();
    return { dir, file, remove, live };
  }
  const full = (dir: string) => buildGraphFromFiles([dir], { workers: 1, layout: false });
  const ids = (built: FilesBuild) => built.documents.map((doc) => doc.id);

  it("lists again the folders told, and gives what a full look gives when every change was told", async () => {
    const { dir, file, remove, live } = await tree();
    // Added, changed and removed files in three folders, each told.
    writeFileSync(file("s1/e.txt"), minutes("2024-09-10", ["Per Dahl", "Bo Ek"]));
    writeFileSync(file("s2/d.txt"), minutes("2024-06-11", ["Maja Lind", "Rut Almqvist"]));
    unlinkSync(file("s1/deep/c.txt"));
    ahead();
    let update = await live.update({ changedFolders: [file("s1"), file("s2"), file("s1/deep")] });
    expect(update).toMatchObject({ added: ["e"], removed: ["c"], changed: ["d"] });
    expect(graphJson(update!)).toBe(graphJson(await full(dir)));

    // A new subfolder (told by its parent) is walked whole; a subfolder gone takes its own subfolders with it.
    mkdirSync(file("s3/inner"), { recursive: true });
    writeFileSync(file("s3/f.txt"), minutes("2025-01-14", ["Nils Holm", "Åsa Berg"]));
    writeFileSync(file("s3/inner/g.txt"), minutes("2025-02-11", ["Karl Ström"]));
    rmSync(file("s1"), { recursive: true });
    ahead();
    update = await live.update({ changedFolders: [dir] });
    expect(update).toMatchObject({ added: ["f", "g"], removed: ["b", "e"], changed: [] });
    expect(graphJson(update!)).toBe(graphJson(await full(dir)));

    // Told only of the folder gone, not of its parent: the parent is listed again.
    rmSync(file("s3/inner"), { recursive: true });
    ahead();
    update = await live.update({ changedFolders: [file("s3/inner")] });
    expect(update).toMatchObject({ added: [], removed: ["g"] });
    expect(ids(update!)).toEqual(ids(await full(dir)));
    ahead();
    expect(await live.update()).toBeUndefined();
    remove();
  });

  it("sees a change in a folder not told of only at the next full look, as documented", async () => {
    const { dir, file, remove, live } = await tree();
    writeFileSync(file("s1/b.txt"), minutes("2024-04-16", ["Karl Ström", "Vera Nord"]));
    writeFileSync(file("s2/h.txt"), minutes("2024-10-08", ["Olle Brandt"]));
    ahead();
    // Told of s2 only: its new file comes, s1's changed file is taken as the last look noted it, unread and unstat-ed.
    const told = await live.update({ changedFolders: [file("s2")] });
    expect(told).toMatchObject({ added: ["h"], changed: [] });
    expect(told!.graph.hasNode("person:vera-nord")).toBe(false);
    ahead();
    expect(await live.update({ changedFolders: [file("s2")] })).toBeUndefined();
    const look = await live.update();
    expect(look).toMatchObject({ added: [], changed: ["b"] });
    expect(look!.graph.hasNode("person:vera-nord")).toBe(true);
    expect(graphJson(look!)).toBe(graphJson(await full(dir)));
    remove();
  });

  it("reads again a file noted too recently, and one whose id moved, in a folder not told of", async () => {
    const { dir, file, remove, live } = await tree();
    writeFileSync(file("s2/b.txt"), minutes("2024-11-12", ["Lina Sjö"]));
    // Written within the racy window of the look: read, but not noted.
    ahead(0);
    expect(await live.update({ changedFolders: [file("s2")] })).toMatchObject({ added: ["b-2"] });
    writeFileSync(file("s2/b.txt"), minutes("2024-11-12", ["Lina Sjö", "Ivar Sund"]));
    ahead();
    // Not told of s2 (as if its change had come in the same tick as the last look): read again all the same.
    let update = await live.update({ changedFolders: [] });
    expect(update).toMatchObject({ changed: ["b-2"] });
    expect(update!.graph.hasNode("person:ivar-sund")).toBe(true);
    // s1/b.txt goes: s2/b.txt, in a folder not told of, is now "b", and is read again under that id.
    unlinkSync(file("s1/b.txt"));
    ahead();
    update = await live.update({ changedFolders: [file("s1")] });
    expect(update).toMatchObject({ added: [], removed: ["b-2"], changed: ["b"] });
    expect(update!.graph.hasNode("person:karl-strom")).toBe(false);
    expect(graphJson(update!)).toBe(graphJson(await full(dir)));
    remove();
  });

  it("takes a folder moved in under a known name as another folder", async () => {
    const { dir, file, remove, live } = await tree();
    mkdirSync(file("other/deep"), { recursive: true });
    writeFileSync(file("other/deep/k.txt"), minutes("2025-03-11", ["Ebba Fors"]));
    rmSync(file("s1"), { recursive: true });
    renameSync(file("other"), file("s1"));
    ahead();
    // Told of the root only; s1/deep, known by that name, holds another folder's files.
    const update = await live.update({ changedFolders: [dir] });
    expect(update).toMatchObject({ added: ["k"], removed: ["b", "c"] });
    expect(graphJson(update!)).toBe(graphJson(await full(dir)));
    remove();
  });

  it("gives what a look without hints gives over a run of changes each told", async () => {
    const { dir, file, remove, live } = await tree();
    const twin = await LiveBuild.start([dir], { workers: 1, layout: false });
    const steps: [() => void, string[]][] = [
      [() => writeFileSync(file("s1/deep/m.txt"), minutes("2025-04-08", ["Åsa Berg", "Per Dahl"])), [file("s1/deep")]],
      [() => writeFileSync(file("a.txt"), minutes("2024-03-12", ["Åsa Berg", "Nils Holm"])), [dir]],
      [() => (mkdirSync(file("s2/new")), writeFileSync(file("s2/new/n.txt"), minutes("2025-05-13", ["Rut Almqvist"]))), [file("s2")]],
      [() => rmSync(file("s2"), { recursive: true }), [file("s2"), file("s2/new")]],
      [() => writeFileSync(file("s1/deep/a.txt"), minutes("2025-06-10", ["Karl Ström"])), [file("s1/deep")]],
    ];
    for (const [change, folders] of steps) {
      change();
      ahead();
      const hinted = await live.update({ changedFolders: folders });
      const plain = await twin.update();
      expect([hinted?.added, hinted?.removed, hinted?.changed]).toEqual([plain?.added, plain?.removed, plain?.changed]);
      expect(graphJson(live.current)).toBe(graphJson(twin.current));
      expect(ids(live.current)).toEqual(ids(await full(dir)));
    }
    remove();
  }, 30_000);

  it("follows with looks at the folders told, and a full look at each poll", async () => {
    const { dir, file, remove } = folder();
    mkdirSync(file("x"));
    mkdirSync(file("y"));
    writeFileSync(file("x/a.txt"), minutes("2024-03-12", ["Åsa Berg", "Bo Ek"]));
    const live = await LiveBuild.start([dir], { workers: 1, layout: false });
    // Written before the follow's watches begin: nobody tells of it, and only the poll's full look finds it.
    writeFileSync(file("y/late.txt"), minutes("2024-04-16", ["Karl Ström"]));
    const updates: string[][] = [];
    const following = live.follow((update) => updates.push(update.added), { delay: 20, poll: 1500 });
    const until = async (count: number) => {
      for (const end = Date.now() + 10_000; updates.length < count; await new Promise((resolve) => setTimeout(resolve, 20)))
        if (Date.now() > end) throw new Error(`waited for update ${count}, have ${JSON.stringify(updates)}`);
    };
    writeFileSync(file("x/b.txt"), minutes("2024-05-14", ["Nils Holm"]));
    await until(1);
    expect(updates[0]).toEqual(["b"]);
    await until(2);
    expect(updates[1]).toEqual(["late"]);
    await following.stop();
    remove();
  });
});
