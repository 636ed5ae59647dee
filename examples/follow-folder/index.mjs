/**
 * Follow a folder
 * ===============
 *
 * A long-running process of your own that keeps the graph and search index of a folder of minutes up to date as
 * files come and go (`LiveBuild` of @samverkan/core/node, what `samverkan serve --watch` runs): it copies the sample
 * corpus into a temporary folder, follows it, adds a protocol (invented names), asks about it, removes it, and asks
 * again. Run: `pnpm --filter example-follow-folder start`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ask } from "@samverkan/core";
import { LiveBuild } from "@samverkan/core/node";
import { buildSearchIndex, changesOfUpdate, updateSearchIndexLive } from "@samverkan/search";

const folder = mkdtempSync(path.join(tmpdir(), "follow-folder-"));
cpSync(fileURLToPath(new URL("../storsthlm/corpus", import.meta.url)), folder, { recursive: true });

const live = await LiveBuild.start([folder], { layout: false });
let index = buildSearchIndex(live.current.graph, live.current.documents, { forLiveUpdates: true });
console.log(`${live.current.documents.length} documents, ${live.current.graph.order} nodes, ${live.current.graph.size} edges`);

// Each update the folder brings: the graph is a full build's of the files now there, the index follows it.
let heard = () => undefined;
// A look half a second after the file system tells of a change, and every 5 s whatever it tells.
const following = live.follow(
  (update) => {
    index = updateSearchIndexLive(index, update.graph, changesOfUpdate(update));
    console.log(`update: ${update.added.length} added, ${update.changed.length} changed, ${update.removed.length} removed; ${update.graph.order} nodes`);
    heard();
  },
  { poll: 5_000 },
);
const nextUpdate = () => new Promise((resolve) => (heard = resolve));

const question = "vilka möten ledde Greta Fjällström?";
const show = () => {
  const result = ask(live.current.graph, question);
  console.log(`Q: ${question}`);
  if (result.message) console.log(`   ${result.message}`);
  for (const answer of result.answers) {
    const [evidence] = answer.evidence;
    console.log(`   - ${answer.label}: “${evidence.quote.replace(/\s+/g, " ")}” (${evidence.doc}, ${evidence.start}–${evidence.end})`);
  }
  const passages = index.search("Fjällström", { kind: "passage" }).hits.length;
  console.log(`   search "Fjällström": ${passages} ${passages === 1 ? "passage" : "passages"}`);
};

show();
const file = path.join(folder, "ks-2025-02-11.txt");
writeFileSync(
  file,
  "Vaxholms kommun\nKommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2025-02-11\n\n" +
    "Beslutande  Greta Fjällström (M), ordförande\n            Olle Brandt (S)\n            Ulla Sandvik (C)\n" +
    "Sekreterare Nils Holmqvist\nJusterare   Olle Brandt\n",
);
await nextUpdate();
show();
rmSync(file);
await nextUpdate();
show();

await following.stop();
rmSync(folder, { recursive: true, force: true });
