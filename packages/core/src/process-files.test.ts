/**
 * The packed facts a worker posts (packFacts) come back, after the copy between threads, as the facts it extracted:
 * references, attributes, pages and quotes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { extractionModelFor } from "./graph/build-graph";
import { packFacts, processFiles, restoreQuotes } from "./process-files";

const folder = new URL("../../../examples/storsthlm/protokoll/", import.meta.url);

describe("packFacts and restoreQuotes", () => {
  it("give back the facts of the example minutes (a PDF with pages, a Word file)", async () => {
    const files = readdirSync(folder).map((name) => ({
      source: name,
      id: name.replace(/\.\w+$/, ""),
      content: new Uint8Array(readFileSync(new URL(name, folder))),
    }));
    const result = await processFiles(files, extractionModelFor());
    expect(result.facts.some((f) => f.type === "relation" && f.attrs)).toBe(true);
    expect(result.facts.some((f) => f.evidence.page !== undefined)).toBe(true);
    const packed = packFacts(result.facts);
    // The structured clone a worker's message goes through.
    const message = deserialize(serialize({ documents: result.documents, facts: [], failures: result.failures, packed }));
    const restored = restoreQuotes(message);
    expect(restored.facts).toEqual(result.facts);
    expect(JSON.stringify(restored.facts)).toBe(JSON.stringify(result.facts));
  });
});
