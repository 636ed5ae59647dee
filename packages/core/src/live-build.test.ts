/**
 * A live build (`LiveBuild`): each update reads only the files that are new or changed and resolves again the nodes
 * they name, so its graph is a full build's of the same files, positions aside on large graphs, where the
 * earlier map is kept and new nodes are placed by their neighbours.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
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
