/**
 * Graph file
 * ==========
 *
 * Reading `graph.json` and its search index for the commands that take `--graph`, with one clear message for a
 * missing, unreadable, foreign or broken file, and for an index that was not written with the graph.
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { SamverkanError, loadGraph, type LoadedGraph } from "@samverkan/core";
import { sha256 } from "./outputs";

/** Where `samverkan build` writes the search index of a graph: `index.json` beside it. */
export function searchIndexPathFor(graphFile: string): string {
  return join(dirname(graphFile), "index.json");
}

/** The bytes of a file, or undefined when there is none; any other failure is a READ_FAILED error. */
async function readBytes(file: string, what: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new SamverkanError("READ_FAILED", `samverkan: cannot read the ${what} ${file} (${code ?? (error as Error).message})`, { file, cause: error });
  }
}

/** Reads and loads a graph file. */
export async function readGraphFile(file: string): Promise<LoadedGraph & { text: string }> {
  const bytes = await readBytes(file, "graph");
  if (!bytes) throw new SamverkanError("NOT_FOUND", `samverkan: no graph file ${file}; run samverkan build first`, { file });
  const text = bytes.toString("utf8");
  return { ...loadGraph(text, file), text };
}

/**
 * Reads the search index of a loaded graph: `file` when given (it must exist), else `index.json` beside the graph
 * (undefined when there is none). An index the graph does not name is refused (BAD_INDEX): a build interrupted
 * between its two files would otherwise let search find what the graph no longer holds. Beside a graph built without
 * an index (`--no-index`), an `index.json` is another build's: it is left unread, with a note. A graph written before
 * graphs named their index cannot tell, and takes any.
 */
export async function readIndexFile(
  graphFile: string,
  loaded: LoadedGraph,
  file: string | undefined,
  note: (text: string) => void,
): Promise<{ file: string; text: string } | undefined> {
  const indexFile = file ?? searchIndexPathFor(graphFile);
  const bytes = await readBytes(indexFile, "index");
  if (!bytes) {
    if (file) throw new SamverkanError("NOT_FOUND", `samverkan: no index file ${file}`, { file });
    return undefined;
  }
  if (loaded.index === null) {
    if (file)
      throw new SamverkanError("BAD_INDEX", `samverkan: ${file} does not belong to ${graphFile}, which was built without a search index (--no-index)`, {
        file,
      });
    note(`samverkan: ${graphFile} was built without a search index; ${indexFile} beside it is another build's and is not used`);
    return undefined;
  }
  if (loaded.index && sha256(bytes) !== loaded.index.sha256) {
    throw new SamverkanError(
      "BAD_INDEX",
      `samverkan: ${indexFile} does not belong to ${graphFile} (they are not from the same build); rebuild both with samverkan build`,
      { file: indexFile },
    );
  }
  return { file: indexFile, text: bytes.toString("utf8") };
}
