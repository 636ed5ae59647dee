/**
 * Graph file
 * ==========
 *
 * Reading `graph.json`, the texts beside it and its search index for the commands that take `--graph`, with one
 * clear message for a missing, unreadable, foreign or broken file, and for texts or an index that were not written
 * with the graph. Files may be gzip-compressed (`build --gzip`).
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { SamverkanError, isSamverkanError, type LoadedGraph } from "@samverkan/core";
import { readGraphFiles, readMaybeGzip, sha256Hex, type ReadGraphFilesOptions } from "@samverkan/core/node";

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

/**
 * Reads and loads a graph file with its documents' texts (`{texts: false}` for commands that need none: the
 * documents' `text` is then `""`; a set of ids for only those). `text` is the graph's JSON text.
 */
export async function readGraphFile(file: string, options: ReadGraphFilesOptions = {}): Promise<LoadedGraph & { text: string }> {
  try {
    return readGraphFiles(file, options);
  } catch (error) {
    if (isSamverkanError(error) && error.code === "NOT_FOUND" && error.file === file)
      throw new SamverkanError("NOT_FOUND", `samverkan: no graph file ${file}; run samverkan build first`, { file });
    throw error;
  }
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
  loaded: Pick<LoadedGraph, "index">,
  file: string | undefined,
  note: (text: string) => void,
): Promise<{ file: string; text: string } | undefined> {
  const indexFile = file ?? (loaded.index?.file ? join(dirname(graphFile), loaded.index.file) : searchIndexPathFor(graphFile));
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
  if (loaded.index && sha256Hex(bytes) !== loaded.index.sha256) {
    throw new SamverkanError(
      "BAD_INDEX",
      `samverkan: ${indexFile} does not belong to ${graphFile} (they are not from the same build); rebuild both with samverkan build`,
      { file: indexFile },
    );
  }
  return { file: indexFile, text: new TextDecoder().decode(readMaybeGzip(bytes, indexFile, "BAD_INDEX")) };
}
