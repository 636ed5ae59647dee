/**
 * Incremental builds (extraction-cache.ts through buildGraphFromSources): a build that reuses the cache gives the
 * graph a full build of the same files gives, after documents are added, changed and removed; its new entries go into
 * one pack, and unused ones are dropped once they outweigh the used; a broken entry, an unfinished line, a text or
 * facts not where the line says and a pack without its values are extracted again; a changed extractor reuses nothing.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serializeGraph } from "@samverkan/core";
import { buildGraphFromSources, type SourceFile } from "@samverkan/core/node";
import { ExtractionCache, extractorVersion } from "./extraction-cache";

// An invented corpus: minutes of two boards, a newsletter, and a file that fails.
const encoder = new TextEncoder();
const file = (id: string, text: string): SourceFile => ({ source: `${id}.txt`, id, content: encoder.encode(text) });
const corpus: SourceFile[] = [
  file("a", "Protokoll fört vid sammanträde med kommunstyrelsen 2024-03-12\nNärvarande: Åsa Berg (S), ordförande, Nacka\nBo Ek (M), Täby\nLina Sjö (L)"),
  file("b", "Protokoll fört vid sammanträde med kommunstyrelsen 2024-04-16\nNärvarande: Åsa Berg (S), ordförande\nBo Ek (M)\nKarl Ström (C), Solna"),
  file("c", "Nyhetsbrev\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade om samverkan med Bo Ek (M) Täby."),
  file("d", ""),
  file("e", "Rapport\nLina Sjö, ordförande i Storsthlm, öppnade mötet den 5 maj 2023 i Nacka."),
];
const graphJson = (built: { graph: Parameters<typeof serializeGraph>[0]; documents: Parameters<typeof serializeGraph>[1] }) =>
  JSON.stringify(serializeGraph(built.graph, built.documents));

describe("an incremental build", () => {
  const cache = mkdtempSync(path.join(tmpdir(), "samverkan-cache-"));

  it("reuses every file's result on a second build, and gives the same graph", async () => {
    const full = await buildGraphFromSources(corpus, { cache, layout: false });
    expect(full.cached).toMatchObject({ reused: 0, extracted: 5 });
    expect(full.failures.map((f) => f.file)).toEqual(["d.txt"]);
    const again = await buildGraphFromSources(corpus, { cache, layout: false });
    expect(again.cached).toMatchObject({ reused: 5, extracted: 0 });
    expect(again.failures).toEqual(full.failures);
    expect(graphJson(again)).toBe(graphJson(full));
  });

  it("equals a full build after a document is added, one changed and one removed", async () => {
    const changed = [
      file("a", "Protokoll fört vid sammanträde med kommunstyrelsen 2024-03-12\nNärvarande: Åsa Berg (S), ordförande, Nacka\nBo Ek (M), Täby"),
      ...corpus.slice(1, 4),
      file("f", "Protokoll fört vid sammanträde med styrelsen 2024-05-20\nNärvarande: Karl Ström (C), ordförande, Solna\nNora Ås (MP), Huddinge"),
    ];
    const incremental = await buildGraphFromSources(changed, { cache, layout: true });
    expect(incremental.cached).toMatchObject({ reused: 3, extracted: 2 });
    const full = await buildGraphFromSources(changed, { layout: true });
    expect(graphJson(incremental)).toBe(graphJson(full));
    // The removed document's facts left the graph: Lina Sjö was named only in a (now without her) and e.
    expect(incremental.graph.hasNode("person:lina-sjo")).toBe(false);
    expect(incremental.graph.hasNode("person:nora-as")).toBe(true);
    expect(incremental.graph.hasNode("document:e")).toBe(false);
  });

  // The entries in a version's packs, by key.
  const packed = () => {
    const folder = path.join(cache, extractorVersion());
    const packs = readdirSync(folder).filter((name) => name.endsWith(".jsonl"));
    return {
      packs,
      keys: packs.flatMap((name) => readFileSync(path.join(folder, name), "utf8").split("\n").filter(Boolean)).map((line) => JSON.parse(line).key),
    };
  };

  it("appends a build's new entries as one pack, and drops unused entries once they outweigh the used ones", async () => {
    // After the first two builds: the first pack (5 entries, of which a and e are no longer used) and the second (a, f).
    expect(packed().packs).toHaveLength(2);
    expect(packed().keys).toHaveLength(7);
    const store = new ExtractionCache(cache, extractorVersion());
    const kept = corpus.slice(1, 2);
    const one = await buildGraphFromSources(kept, { cache, layout: false });
    expect(one.cached).toMatchObject({ reused: 1, extracted: 0 });
    expect(packed().keys).toEqual([store.key(kept[0]!, { maxBytes: 20 * 1024 * 1024 })]);
  });

  it("extracts a broken or foreign entry again, and the graph stays the same", async () => {
    await buildGraphFromSources(corpus, { cache, layout: false });
    const store = new ExtractionCache(cache, extractorVersion());
    const keyOf = (job: SourceFile) => store.key(job, { maxBytes: 20 * 1024 * 1024 });
    const folder = path.join(cache, extractorVersion());
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".jsonl"))) {
      const lines = readFileSync(path.join(folder, name), "utf8").split("\n");
      const broken = lines.map((line) => {
        if (line.includes(keyOf(corpus[1]!))) return line.slice(0, 100);
        if (line.includes(keyOf(corpus[2]!))) return JSON.stringify({ key: keyOf(corpus[2]!), document: {}, facts: [] });
        return line;
      });
      writeFileSync(path.join(folder, name), broken.join("\n"));
    }
    const rebuilt = await buildGraphFromSources(corpus, { cache, layout: false });
    expect(rebuilt.cached).toMatchObject({ reused: 3, extracted: 2 });
    expect(graphJson(rebuilt)).toBe(graphJson(await buildGraphFromSources(corpus, { layout: false })));
  });

  it("extracts again a document whose text or facts are not where its line says, or whose pack lost its values", async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), "samverkan-cache-"));
    await buildGraphFromSources(corpus, { cache: fresh, layout: false });
    const store = new ExtractionCache(fresh, extractorVersion());
    const keyOf = (job: SourceFile) => store.key(job, { maxBytes: 20 * 1024 * 1024 });
    const folder = path.join(fresh, extractorVersion());
    const [lines] = readdirSync(folder).filter((n) => n.endsWith(".jsonl"));
    const pack = (ext: string) => path.join(folder, lines!.replace(/\.jsonl$/, ext));
    // a's text place ends a byte short; the data loses its last 4 bytes, the end of e's facts (the last written).
    const edited = readFileSync(pack(".jsonl"), "utf8")
      .split("\n")
      .map((line) => (line.includes(keyOf(corpus[0]!)) ? line.replace(/"text":\[(\d+),(\d+),/, (_, from, to) => `"text":[${from},${to - 1},`) : line));
    writeFileSync(pack(".jsonl"), edited.join("\n"));
    const data = readFileSync(pack(".data"));
    writeFileSync(pack(".data"), data.subarray(0, data.length - 4));
    const rebuilt = await buildGraphFromSources(corpus, { cache: fresh, layout: false });
    expect(rebuilt.cached).toMatchObject({ reused: 3, extracted: 2 });
    const full = graphJson(await buildGraphFromSources(corpus, { layout: false }));
    expect(graphJson(rebuilt)).toBe(full);
    // Without its values no document of a pack is read from it (the failure is).
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".values"))) rmSync(path.join(folder, name));
    const again = await buildGraphFromSources(corpus, { cache: fresh, layout: false });
    expect(again.cached).toMatchObject({ reused: 1, extracted: 4 });
    expect(graphJson(again)).toBe(full);
  });

  it("leaves out the line an interrupted write did not finish, and removes temporary files", async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), "samverkan-cache-"));
    await buildGraphFromSources(corpus, { cache: fresh, layout: false });
    const folder = path.join(fresh, extractorVersion());
    const [pack] = readdirSync(folder).filter((n) => n.endsWith(".jsonl"));
    const text = readFileSync(path.join(folder, pack!), "utf8");
    writeFileSync(path.join(folder, pack!), text.slice(0, text.lastIndexOf("\n", text.length - 2) + 40));
    writeFileSync(path.join(folder, "pack-1-1.jsonl.tmp"), "{");
    const rebuilt = await buildGraphFromSources(corpus, { cache: fresh, layout: false });
    expect(rebuilt.cached).toMatchObject({ reused: 4, extracted: 1 });
    expect(readdirSync(folder).some((n) => n.endsWith(".tmp"))).toBe(false);
  });

  it("reuses nothing when the extractor changes (another lexicon's role endings)", async () => {
    const other = await buildGraphFromSources(corpus, { cache, layout: false, roleSuffixes: ["samordnare"] });
    expect(other.cached).toMatchObject({ reused: 0, extracted: 5 });
    expect(extractorVersion({ roleSuffixes: ["samordnare"] })).not.toBe(extractorVersion());
  });
});
