/**
 * A live build and its live index, as `samverkan serve --watch` keeps them: after files are added, changed and
 * removed, the graph patched in place (`LiveBuild`) and the index updated in segments (`updateSearchIndexLive`) answer
 * as a full build of the same files does, and the index saves as a full build's bytes.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildGraphFromFiles, LiveBuild } from "@samverkan/core/node";
import { buildSearchIndex, changesOfUpdate, updateSearchIndexLive, type SearchIndex } from "@samverkan/search";

const CORPUS = path.join(__dirname, "../../examples/storsthlm/corpus");
const QUERIES = ["Gerdau", "ordförande", "styrelse", "Vinterhav", "Nacka", "möte"];

/** Puts the build's clock ahead, as if every file had been written that long before (a build trusts older stats). */
const ahead = () => vi.setSystemTime(performance.timeOrigin + performance.now() + 10_000);

async function expectFullBuild(dir: string, index: SearchIndex): Promise<void> {
  const full = await buildGraphFromFiles([dir], { workers: 1, layout: false });
  const fullIndex = buildSearchIndex(full.graph, full.documents);
  for (const query of QUERIES) expect(index.search(query), query).toEqual(fullIndex.search(query));
  expect(JSON.stringify(index)).toBe(JSON.stringify(fullIndex));
}

describe("a live build's graph and index", () => {
  afterEach(() => vi.useRealTimers());

  it("answer as a full build's after files are added, changed and removed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "samverkan-live-index-"));
    const [first, ...rest] = readdirSync(CORPUS).sort();
    for (const file of rest) copyFileSync(path.join(CORPUS, file), path.join(dir, file));
    writeFileSync(path.join(dir, "news.txt"), "Nyhetsbrev\nGreta Vinterhav (M), kommunalråd i Nacka, talade om samverkan.\n");
    vi.useFakeTimers({ toFake: ["Date"] });
    ahead();
    const live = await LiveBuild.start([dir], { workers: 1, layout: false });
    let index = buildSearchIndex(live.current.graph, live.current.documents, { forLiveUpdates: true });

    copyFileSync(path.join(CORPUS, first), path.join(dir, first));
    writeFileSync(path.join(dir, "news.txt"), "Nyhetsbrev\nGreta Vinterhav (M), kommunalråd i Solna, talade med Mats Gerdau.\n");
    unlinkSync(path.join(dir, rest[0]));
    ahead();
    const update = (await live.update())!;
    expect(update).toMatchObject({ added: [expect.any(String)], removed: [expect.any(String)], changed: ["news"] });
    index = updateSearchIndexLive(index, update.graph, changesOfUpdate(update));
    await expectFullBuild(dir, index);

    copyFileSync(path.join(CORPUS, rest[0]), path.join(dir, rest[0]));
    ahead();
    const again = (await live.update())!;
    index = updateSearchIndexLive(index, again.graph, changesOfUpdate(again));
    await expectFullBuild(dir, index);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
