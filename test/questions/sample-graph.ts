/** The sample corpus's graph, built once per test file. */
import { buildGraph, type BuiltGraph } from "@samverkan/core";
import { readDocuments } from "@samverkan/core/node";

export const CORPUS = new URL("../../examples/storsthlm/corpus", import.meta.url).pathname;

let built: Promise<BuiltGraph> | undefined;

export function sampleGraph(): Promise<BuiltGraph> {
  built ??= readDocuments([CORPUS]).then(({ documents }) => buildGraph(documents, { layout: false }));
  return built;
}
