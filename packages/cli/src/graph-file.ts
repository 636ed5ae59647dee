/**
 * Graph file
 * ==========
 *
 * Reading `graph.json` for the commands that take `--graph`, with one clear message for a missing, unreadable or
 * foreign file.
 */
import { readFile } from "node:fs/promises";
import { SamverkanError, loadGraph, type LoadedGraph } from "@samverkan/core";

/** Reads and loads a graph file. */
export async function readGraphFile(file: string): Promise<LoadedGraph> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SamverkanError("NOT_FOUND", `samverkan: no graph file ${file}; run samverkan build first`, { file });
    throw new SamverkanError("READ_FAILED", `samverkan: cannot read the graph ${file} (${code ?? String(error)})`, { file, cause: error });
  }
  return loadGraph(text, file);
}
