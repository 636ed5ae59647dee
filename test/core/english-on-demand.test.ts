import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorCode } from "../helpers/error-code";

// compromise costs about 0.8 s to import; it is loaded only when an English document is extracted (02-english.ts).
const SRC = fileURLToPath(new URL("../../packages/core/src", import.meta.url));
// Invented text: one person compromise finds and the Swedish person pass does not (no known given name, no context).
const ENGLISH = "Annual report of the regional council\n\nThe council thanked Dwight Okonkwo for his many years of service to the region and its people.\n";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("compromise on demand", () => {
  it("is imported by no module of core at load (only as a type, and dynamically)", () => {
    const importers = sourceFiles(SRC).filter((file) => /^import\s+(?!type\b)[^;]*from\s+["']compromise["']/m.test(readFileSync(file, "utf8")));
    expect(importers).toEqual([]);
  });

  it("reads an English document's people in Node without a prior load (require)", async () => {
    const core = await import("@samverkan/core");
    const doc = core.readDocument({ source: "report.txt", content: ENGLISH });
    expect(doc.language).toBe("en");
    const rules = core.extractDocument(doc, core.createExtractionModel()).facts.filter((f) => f.type === "entity" && f.entity.kind === "person");
    expect(rules.map((f) => [f.type === "entity" && f.entity.label, f.rule])).toContainEqual(["Dwight Okonkwo", "person:compromise"]);
  });

  it("where Node's require is missing (a browser), asks for loadEnglish first; loadDocument loads it", async () => {
    vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
    const core = await import("../../packages/core/src/index");
    const english = await import("../../packages/core/src/extract/02-english");
    const model = core.createExtractionModel();
    const doc = core.readDocument({ source: "report.txt", content: ENGLISH });
    expect(errorCode(() => core.extractDocument(doc, model))).toBe("USAGE");
    const loaded = await core.loadDocument({ source: "report.txt", content: new TextEncoder().encode(ENGLISH) });
    expect(core.extractDocument(loaded, model).facts.some((f) => f.rule === "person:compromise")).toBe(true);
    await expect(english.loadEnglish()).resolves.toBeUndefined();
  });

  it("reads a long document in pieces, each person at its place in the whole text", async () => {
    const core = await import("@samverkan/core");
    // About 60 KB: four pieces, cut after paragraphs; an invented name in the first paragraph and in the last.
    const filler = "The council discussed the budget of the region and the plans for the coming years in some detail.\n\n";
    const content = `${ENGLISH}\n${filler.repeat(600)}The council thanked Desmond Achebe for his many years of service to the region and its people.\n`;
    const doc = core.readDocument({ source: "long.txt", content });
    const people = core.extractDocument(doc, core.createExtractionModel()).facts.filter((f) => f.rule === "person:compromise");
    const found = people.map((f) => (f.type === "entity" ? [f.entity.label, content.slice(f.evidence.start, f.evidence.end)] : []));
    expect(found).toEqual([
      ["Dwight Okonkwo", "Dwight Okonkwo"],
      ["Desmond Achebe", "Desmond Achebe"],
    ]);
  });
});
