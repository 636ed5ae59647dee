/**
 * A server's live update (`servedAfter`): the index follows the graph, also when its update throws, since the live
 * build has moved on and the next update's changes start from its graph.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LiveBuild } from "@samverkan/core/node";
import { buildSearchIndex, updateSearchIndexLive } from "@samverkan/search";
import { servedAfter } from "../../packages/cli/src/commands/serve";

const news = (names: string) => `Nyhetsbrev\n${names} talade om samverkan i Nacka.`;

/** Puts the clock ahead, as if every file had been written that long before (a live build reads again a racy file). */
const ahead = (ms = 10_000) => vi.setSystemTime(performance.timeOrigin + performance.now() + ms);

describe("servedAfter", () => {
  afterEach(() => vi.useRealTimers());

  it("updates the index with the graph, and builds it again from the whole graph when its update throws", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "samverkan-serve-update-"));
    writeFileSync(path.join(dir, "a.txt"), news("Greta Vinterhav"));
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1 });
    let served = { graph: live.current.graph, index: buildSearchIndex(live.current.graph, live.current.documents, { forLiveUpdates: true }) };
    const lines: string[] = [];
    const full = () => JSON.stringify(buildSearchIndex(live.current.graph, live.current.documents));
    const failing = () => {
      throw new Error("an index update that fails");
    };
    for (const [file, names, update] of [
      ["b.txt", "Olle Brandt", updateSearchIndexLive],
      ["c.txt", "Siv Åkerlund", failing],
      ["d.txt", "Tora Ljungberg", updateSearchIndexLive],
    ] as const) {
      writeFileSync(path.join(dir, file), news(names));
      ahead();
      served = servedAfter(
        served,
        (await live.update())!,
        () => live.current.documents,
        (line) => lines.push(line),
        update,
      );
      expect(served.graph).toBe(live.current.graph);
      expect(JSON.stringify(served.index)).toBe(full());
      expect(served.index.search(names.split(" ")[1]!).hits.length).toBeGreaterThan(0);
    }
    // One line, with the unexpected error's stack (which names where it was thrown).
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^samverkan serve: could not update the search index \(Error: an index update that fails\n\s+at failing [\s\S]*\); building it again$/,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
