import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSamverkanError, serializeGraph } from "@samverkan/core";
import { buildSearchIndex } from "@samverkan/search";
import { searchCommand, searchIndexPathFor } from "../../packages/cli/src/commands/search";
import { createSampleGraph, SAMPLE_DOCUMENTS } from "../../packages/search/src/testing/sample-graph";

function workspace(withIndex: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-search-"));
  const graphFile = join(dir, "graph.json");
  writeFileSync(graphFile, JSON.stringify(serializeGraph(createSampleGraph(), SAMPLE_DOCUMENTS)));
  if (withIndex) writeFileSync(searchIndexPathFor(graphFile), JSON.stringify(buildSearchIndex(createSampleGraph(), SAMPLE_DOCUMENTS)));
  return graphFile;
}

async function run(argv: string[]): Promise<{ code: number | string; out: string; err: string }> {
  let out = "";
  let err = "";
  try {
    const code = await searchCommand.run(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
    return { code, out, err };
  } catch (error) {
    if (isSamverkanError(error)) return { code: error.code, out, err };
    throw error;
  }
}

describe("samverkan search", () => {
  it.each([true, false])("finds people by a misspelt name (index.json present: %s)", async (withIndex) => {
    const { code, out, err } = await run(["Ostlin", "--graph", workspace(withIndex), "--kind", "person"]);
    expect(code).toBe(0);
    expect(out).toContain("Anna Östlin  (anna-ostlin)");
    expect(err === "").toBe(withIndex);
  });

  it("prints passages with highlighted snippets, and JSON with --json", async () => {
    const graph = workspace(true);
    expect((await run(["möte", "--graph", graph, "--kind", "passage"])).out).toContain("«Mötet»");
    const json = JSON.parse((await run(["möte", "--graph", graph, "--json", "--from", "2019"])).out);
    expect(json.hits.map((hit: { doc: string }) => hit.doc)).toEqual(["protokoll-2019-04-11"]);
  });

  const errors: [string[], string][] = [
    [["Ostlin"], "USAGE"],
    [["Ostlin", "--graph", "/nonexistent/graph.json"], "NOT_FOUND"],
    [["name:", "--graph", "GRAPH"], "BAD_QUERY"],
    [["Ostlin", "--graph", "GRAPH", "--limit", "many"], "USAGE"],
    [["Ostlin", "--graph", "GRAPH", "--party", "Piratpartiet"], "UNKNOWN_ENTITY"],
    [["Ostlin", "--graph", "GRAPH", "--index", "/nonexistent/index.json"], "NOT_FOUND"],
  ];
  it.each(errors)("%j → %s", async (argv, code) => {
    const graph = workspace(true);
    expect((await run(argv.map((arg) => (arg === "GRAPH" ? graph : arg)))).code).toBe(code);
  });
});
