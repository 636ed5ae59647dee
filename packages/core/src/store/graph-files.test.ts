/**
 * The graph's files (graph-files.ts): the streamed graph.json is the JSON of `serializeGraph` without the texts, the
 * texts file holds them, and reading gives back the same graph and documents, compressed or not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildGraph, loadGraph, readDocument, serializeGraph } from "@samverkan/core";
import { readBuiltDocuments, readGraphFiles, sha256Hex, writeFileAtomicStream, writeGraphFiles } from "@samverkan/core/node";
import { errorCode } from "../../../../test/helpers/error-code";

// Invented documents; one id holds a quote and a backslash, one text a line break and a quote.
const documents = [
  readDocument({ source: "a.txt", id: 'a"b\\c', content: "Protokoll\nNärvarande: Åsa Berg (S), ordförande, Nacka\nBo Ek (M), Täby" }),
  readDocument({ source: "b.txt", content: 'Rapport\nIgor Wennerholm, kommundirektör i Ljusdals kommun, sade "ja".' }),
];
const built = buildGraph(documents);
const dir = mkdtempSync(path.join(tmpdir(), "samverkan-store-"));

describe("writeGraphFiles", () => {
  it("streams graph.json as serializeGraph's structure with the texts moved beside it", async () => {
    const file = path.join(dir, "plain", "graph.json");
    const written = await writeGraphFiles(file, built.graph, built.documents, { index: ["{", '"x":1}'] });
    const data = JSON.parse(readFileSync(file, "utf8"));
    const expected = serializeGraph(built.graph, built.documents, { index: { sha256: data.index.sha256 } });
    expect(data.graph).toEqual(expected.graph);
    expect(data.documents.map(({ sha256: _s, length: _l, ...rest }: Record<string, unknown>) => rest)).toEqual(
      expected.documents.map(({ text: _t, ...rest }) => rest),
    );
    expect(readFileSync(written.index!, "utf8")).toBe('{"x":1}');
    expect(data.texts.file).toBe("documents.jsonl");
  });

  it("gives a graph that reads back to the same graph and documents", async () => {
    const file = path.join(dir, "plain", "graph.json");
    const loaded = readGraphFiles(file);
    expect(loaded.textsLoaded).toBe(true);
    expect(loaded.graph.export()).toEqual(built.graph.export());
    expect(loaded.documents.map((d) => d.text)).toEqual(built.documents.map((d) => d.text));
    const bare = readGraphFiles(file, { texts: false });
    expect(bare.textsLoaded).toBe(false);
    expect(bare.documents.map((d) => d.text)).toEqual(["", ""]);
    const [first, second] = built.documents;
    const some = readGraphFiles(file, { texts: new Set([second.id]) });
    expect(some.documents.map((d) => d.text)).toEqual(["", second.text]);
    expect(first.id).toBe('a"b\\c'); // the id the line parser skips holds a quote and a backslash
    // The browser's loader reads the same file without its texts.
    expect(loadGraph(readFileSync(file, "utf8")).graph.order).toBe(built.graph.order);
  });

  it("compresses all three files with gzip, and the same content gives the same bytes", async () => {
    const a = path.join(dir, "gz-a", "graph.json.gz");
    const b = path.join(dir, "gz-b", "graph.json.gz");
    await writeGraphFiles(a, built.graph, built.documents, { gzip: true, index: "{}" });
    await writeGraphFiles(b, built.graph, built.documents, { gzip: true, index: "{}" });
    for (const name of ["graph.json.gz", "documents.jsonl.gz", "index.json.gz"]) {
      const bytes = readFileSync(path.join(dir, "gz-a", name));
      expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
      expect(bytes.equals(readFileSync(path.join(dir, "gz-b", name)))).toBe(true);
    }
    const loaded = readGraphFiles(a);
    expect(loaded.index).toMatchObject({ file: "index.json.gz" });
    expect(loaded.documents.map((d) => d.text)).toEqual(built.documents.map((d) => d.text));
  });

  it("refuses texts that are not the graph's, with BAD_GRAPH", async () => {
    const file = path.join(dir, "bad", "graph.json");
    await writeGraphFiles(file, built.graph, built.documents);
    const texts = path.join(dir, "bad", "documents.jsonl");
    const good = readFileSync(texts, "utf8");
    writeFileSync(texts, good.replace("Nacka", "Nacko"));
    expect(errorCode(() => readGraphFiles(file))).toBe("BAD_GRAPH");
    expect(readGraphFiles(file, { texts: false }).graph.order).toBe(built.graph.order);
    writeFileSync(texts, good);
    expect(readGraphFiles(file).documents).toHaveLength(2);
  });

  it("hashes a document's text again when it changed since an earlier write", async () => {
    const file = path.join(dir, "changed", "graph.json");
    const doc = { ...built.documents[1] };
    await writeGraphFiles(file, built.graph, [doc]);
    expect((await readBuiltDocuments(file, [doc]))?.unchanged.has(doc.id)).toBe(true);
    doc.text = doc.text.replace("ja", "nej");
    expect((await readBuiltDocuments(file, [doc]))?.unchanged.has(doc.id)).toBe(false);
    await writeGraphFiles(file, built.graph, [doc]);
    const stored = JSON.parse(readFileSync(file, "utf8")).documents[0];
    expect(stored.sha256).toBe(sha256Hex(doc.text));
    expect(readGraphFiles(file).documents[0].text).toBe(doc.text);
  });

  it("names the earlier documents in their order, and those stored as they are now: same text, same metadata", async () => {
    const file = path.join(dir, "built", "graph.json");
    await writeGraphFiles(file, built.graph, built.documents);
    const [a, b] = built.documents.map((doc) => ({ ...doc }));
    const renamed = { ...b!, title: `${b!.title ?? ""} (ny)` };
    const added = { ...a!, id: "c", source: "c.txt" };
    for (const [now, unchanged] of [
      [
        [a!, b!],
        [a!.id, b!.id],
      ],
      [[a!, renamed], [a!.id]],
      [[added, b!], [b!.id]],
      [[b!], [b!.id]],
    ] as const) {
      const read = await readBuiltDocuments(file, now);
      expect(read?.ids).toEqual([a!.id, b!.id]);
      expect([...read!.unchanged]).toEqual(unchanged);
    }
    // A line that is no document's and no JSON: not a file this code wrote.
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n\{"id":"b",[^\n]*\n/, '\n{"id": broken\n'));
    expect(await readBuiltDocuments(file, [a!, b!])).toBeUndefined();
  });

  it("writes no string of the whole file: pieces of a file larger than one write are streamed whole", async () => {
    const file = path.join(dir, "big.txt");
    const piece = "x".repeat(100_000);
    const { bytes } = await writeFileAtomicStream(
      file,
      (function* () {
        for (let i = 0; i < 30; i++) yield `${piece}\n`;
      })(),
    );
    expect(bytes).toBe(30 * 100_001);
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(31);
  });

  it("writes each of many pieces where it belongs, plain and gzip-compressed, with the stored bytes' hash", async () => {
    // Pieces that differ, over several writes' worth of bytes, so that a buffer filled again too early would show.
    const lines = Array.from({ length: 60_000 }, (_, i) => `rad ${i} ${"åäö".repeat(i % 40)}\n`);
    const expected = lines.join("");
    for (const gzip of [false, true]) {
      const file = path.join(dir, gzip ? "many.txt.gz" : "many.txt");
      const written = await writeFileAtomicStream(file, lines, { gzip });
      const stored = readFileSync(file);
      expect((gzip ? gunzipSync(stored) : stored).toString("utf8")).toBe(expected);
      expect(written).toEqual({ sha256: sha256Hex(stored), bytes: stored.byteLength });
    }
  });
});
