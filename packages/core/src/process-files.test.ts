/**
 * What a worker posts for a batch (packResult) comes back, after the copy between threads, as the documents and facts
 * it read and extracted, file by file: texts, titles, references, attributes, pages and quotes, and failures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { extractionModelFor } from "./graph/build-graph";
import {
  FactValues,
  factNumbers,
  packResult,
  processFiles,
  renumberFacts,
  unpackResult,
  type FileJob,
  type ReceivedFile,
  type WorkerResult,
} from "./process-files";

/** The parts of `unpackResult` put together again, with their facts unpacked. */
const whole = (parts: ReceivedFile[]) => ({
  documents: parts.flatMap((p) => p.documents),
  facts: parts.flatMap((p) => p.facts()),
  failures: parts.flatMap((p) => p.failures),
});

const folder = new URL("../../../examples/storsthlm/protokoll/", import.meta.url);

describe("packResult and unpackResult", () => {
  it("give back the documents and facts of the example minutes (a PDF with pages, a Word file), file by file", async () => {
    const files: FileJob[] = readdirSync(folder).map((name) => ({
      source: name,
      id: name.replace(/\.\w+$/, ""),
      content: new Uint8Array(readFileSync(new URL(name, folder))),
    }));
    // A file that cannot be read, between the others: its part is its failure.
    files.splice(1, 0, { source: "broken.pdf", id: "broken", content: new TextEncoder().encode("%PDF-1.4 not a PDF") });
    const read = () => processFiles(files, extractionModelFor());
    const { texts, ...result } = await read();
    const expected = await read();
    expect(expected.documents.length).toBeGreaterThan(1);
    expect(expected.facts.some((f) => f.type === "relation" && f.attrs)).toBe(true);
    expect(expected.facts.some((f) => f.evidence.page !== undefined)).toBe(true);
    const packed = packResult(result, texts);
    // The structured clone a worker's message goes through.
    const parts = unpackResult(deserialize(serialize(packed)) as WorkerResult, files);
    expect(parts.map((p) => p.documents[0]?.id ?? p.failures[0].file)).toEqual(files.map((f) => (f.id === "broken" ? f.source : f.id)));
    for (const part of parts) expect(part.facts().every((f) => f.evidence.doc === part.documents[0].id)).toBe(true);
    const restored = whole(parts);
    expect(expected.failures).toHaveLength(1);
    expect(restored.facts).toEqual(expected.facts);
    expect(JSON.stringify(restored.facts)).toBe(JSON.stringify(expected.facts));
    expect(JSON.stringify(restored.documents)).toBe(JSON.stringify(expected.documents));
    expect(restored.failures).toEqual(expected.failures);
  });

  it("keep each text in its string: Latin-1 ones and wider ones", async () => {
    const texts = ["Protokoll för Kommunstyrelsen, möte i Solna.", "Mötet leddes av Åsa Öberg – ordförande.", "Ärende 1: budget 2019.", "Ordförande: Anna Ek"];
    const files = texts.map((text, i) => ({ source: `d${i}.txt`, id: `d${i}`, content: new TextEncoder().encode(text) }));
    const { texts: packedTexts, ...result } = await processFiles(files, extractionModelFor());
    // The dash is beyond Latin-1: one document in the wide string, three in the Latin-1 one.
    expect(packedTexts.joined[1]).toBe(texts[1]);
    const restored = whole(unpackResult(deserialize(serialize(packResult(result, packedTexts))) as WorkerResult, files));
    expect(restored.documents.map((d) => d.text)).toEqual(texts);
  });
});

describe("factNumbers", () => {
  it("numbers values as first met, the same into a reused array as into a new one", async () => {
    const texts = [
      "Anna Ek (S), ordförande i Kommunstyrelsen, och Per Ek.",
      "Per Ek och Anna Ek träffade Solna stad.",
      "Anna Ek, kommunstyrelsens ordförande.",
    ];
    const files = texts.map((text, i) => ({ source: `d${i}.txt`, id: `d${i}`, content: new TextEncoder().encode(text) }));
    const { facts } = await processFiles(files, extractionModelFor());
    expect(facts.length).toBeGreaterThan(4);
    const fresh = new FactValues();
    const alone = factNumbers(facts, fresh);
    // A reused array too short is replaced; one long enough is written in place, its rest left as it was.
    const reused = new FactValues();
    expect(factNumbers(facts, reused, new Int32Array(3))).toEqual(alone);
    const scratch = new Int32Array(alone.length + 5).fill(7);
    const inPlace = factNumbers(facts, new FactValues(), scratch);
    expect(inPlace.buffer).toBe(scratch.buffer);
    expect(inPlace).toEqual(alone);
    expect([...scratch.subarray(alone.length)]).toEqual([7, 7, 7, 7, 7]);
    expect(reused.list).toEqual(fresh.list);
    // Every value once, numbered in the order of the facts' fields (kind, references, rule, attributes, document).
    const order: unknown[] = [];
    const seen = new Set<string>();
    for (const fact of facts) {
      const named =
        fact.type === "relation"
          ? [fact.kind, fact.source, fact.target, fact.rule, fact.attrs, fact.evidence.doc]
          : [fact.entity, fact.rule, fact.evidence.doc];
      for (const value of named) {
        const key = JSON.stringify(value);
        if (value === undefined || seen.has(key)) continue;
        seen.add(key);
        order.push(value);
      }
    }
    expect(fresh.list).toEqual(order);
    // The same reference (kind, key, label) is one value; one of another label or kind is another.
    const ref = { kind: "person", key: "anna ek", label: "Anna Ek" };
    const values = new FactValues();
    expect([ref, { ...ref }, { ...ref, label: "Anna  Ek" }, { ...ref, kind: "organisation" }, { ...ref }].map((r) => values.numberOf(r))).toEqual([
      0, 0, 1, 2, 0,
    ]);
  });
});

describe("renumberFacts", () => {
  it("gives a worker's packed facts the numbers factNumbers gives them unpacked, batch after batch into one list", async () => {
    const batches = [
      ["Anna Ek (S), ordförande i Kommunstyrelsen, och Per Ek.", "Per Ek och Anna Ek träffade Solna stad."],
      ["Anna Ek, kommunstyrelsens ordförande.", "Sida 3 av 4"],
    ].map((texts, b) => texts.map((text, i) => ({ source: `b${b}d${i}.txt`, id: `b${b}d${i}`, content: new TextEncoder().encode(text) })));
    const direct = new FactValues();
    const renumbered = new FactValues();
    for (const files of batches) {
      const { texts, ...result } = await processFiles(files, extractionModelFor());
      const parts = unpackResult(deserialize(serialize(packResult(result, texts))) as WorkerResult, files);
      const known = new Int32Array(parts.find((p) => p.packed)!.packed!.values.length).fill(-1);
      for (const part of parts) {
        if (!part.packed) {
          expect(part.facts()).toEqual([]);
          continue;
        }
        const expected = factNumbers(part.facts(), direct);
        const scratch = new Int32Array(expected.length + 2).fill(7);
        const numbers = renumberFacts(part.packed, renumbered, known, scratch);
        expect(numbers.buffer).toBe(scratch.buffer);
        expect(numbers).toEqual(expected);
      }
    }
    expect(renumbered.list).toEqual(direct.list);
  });
});
