/**
 * samverkan build
 * ===============
 *
 * Reads documents from files and folders, builds the knowledge graph and writes `graph.json`, the documents' texts
 * `documents.jsonl` and the search index `index.json` beside it (`writeGraphFiles`), each streamed and atomic, as
 * one set: texts and index first, then the graph naming their SHA-256, so a run stopped between them (or a
 * `--no-index` build beside an older index) leaves a set that the readers refuse instead of one that silently
 * disagrees. Temporary files that interrupted earlier runs left beside the outputs are removed. Each file's reading
 * and extraction is cached in `.samverkan-cache/` beside the graph (keyed by its bytes and the extractor version; a
 * file whose stat is as the last build noted it is not read), so a rebuild after a few files changed reads and
 * extracts only those (`--no-cache` to extract all), and the search index of the
 * earlier build is updated rather than built again (`updateSearchIndex`: the same file a full build writes). Files
 * that cannot be read are reported by name; the build goes on and exits non-zero at the end.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { keepLayout, layoutGraph, SamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import {
  graphCompanionPaths,
  hashOfCodeIn,
  ocrUnavailable,
  planFilesBuild,
  readBuiltDocuments,
  removeStaleTemps,
  writeFileAtomic,
  writeGraphFiles,
  type FilesPlan,
} from "@samverkan/core/node";
import { buildSearchIndex, SearchIndex, updateSearchIndex } from "@samverkan/search";
import type { Command, CommandIO } from "../command";
import { readIndexFile } from "../graph-file";
import { printable } from "../printable";
import { progress } from "../progress";
import { dropPositions, loadPositions, savePositions } from "../saved-positions";

/** Folder of the extraction cache, beside the graph. */
const CACHE_FOLDER = ".samverkan-cache";

const USAGE = `Usage: samverkan build <files or folders...> --out graph.json [options]

Reads .txt, .md, .markdown, .html, .htm and .eml documents (UTF-8 or Windows-1252; MIME e-mails decoded, attachments
listed, not read), PDF (.pdf), Word (.docx) and OpenDocument (.odt) files, and writes the knowledge graph and its
search index. Folders are read recursively, symbolic links followed. Evidence from a PDF names its page.

Options:
  --out <file>        where to write the graph (required)
  --ocr               read scanned PDF pages with Tesseract (needs tesseract-ocr, tesseract-ocr-swe and poppler-utils);
                      without it a scanned PDF is reported ("scanned, needs --ocr") and skipped
  --max-pages <n>     skip PDFs with more pages than this (default 2000)
  --max-bytes <n>     skip files larger than this many bytes (default 20971520, 20 MiB)
  --workers <n>       threads that read and extract, this one included (default: cores - 1; one thread on two
                      cores; at most the number of cores: more only add memory and hand-offs)
  --no-layout         do not precompute ForceAtlas2 positions
  --no-index          do not write the search index (index.json beside the graph); the graph then says it has
                      none, and an older index.json beside it is not used
  --no-cache          read and extract every file again, and leave the cache alone (by default the results of
                      files read before are taken from .samverkan-cache/ beside the graph, and the new ones added)
  --gzip              compress the graph, the texts and the index with gzip (documents.jsonl.gz, index.json.gz;
                      name the graph graph.json.gz); every command reads them as they are
  --quiet             no progress on stderr`;

/**
 * The note a build leaves in the cache's folder of its extractor version: the code of the search package it indexed
 * with and the SHA-256 of the index it wrote. A later build updates that index only when both match, so an index
 * written by other code (or by a build without the cache) is never mixed with this code's postings.
 */
const INDEX_MARK = "index-mark.json";

interface IndexMark {
  search: string;
  index: string;
}

let searchCode: string | undefined;
/** A hash of the search package's code as loaded (its folder of built files). */
const searchCodeHash = () => (searchCode ??= hashOfCodeIn(path.dirname(fileURLToPath(import.meta.resolve("@samverkan/search")))));

/**
 * The search index of the built documents: the earlier build's beside `out` updated when this code wrote it and its
 * files are intact (only the documents that are new, changed or gone are indexed or taken out), else a new one.
 * Either way the file is the one a full build writes.
 */
async function searchIndexFor(
  out: string,
  graph: KnowledgeGraph,
  documents: DocumentRecord[],
  cacheFolder: string | undefined,
): Promise<{ index: SearchIndex; updated?: { kept: number; added: number; removed: number } }> {
  const earlier = cacheFolder ? await earlierIndex(out, cacheFolder, documents) : undefined;
  if (!earlier) return { index: buildSearchIndex(graph, documents) };
  const { previous, built } = earlier;
  const removed = built.ids.filter((id) => !built.unchanged.has(id));
  const added = documents.filter((doc) => !built.unchanged.has(doc.id));
  const index = updateSearchIndex(previous, graph, { removed, added, order: documents.map((doc) => doc.id) });
  return { index, updated: { kept: built.unchanged.size, added: added.length, removed: removed.length } };
}

/** The earlier build's index and what it holds, when it can be updated (see `searchIndexFor`); else undefined. */
async function earlierIndex(out: string, cacheFolder: string, documents: DocumentRecord[]) {
  const mark = await readFile(path.join(cacheFolder, INDEX_MARK), "utf8").then(
    (text) => JSON.parse(text) as Partial<IndexMark>,
    () => undefined,
  );
  if (mark?.search !== searchCodeHash()) return undefined;
  const built = await readBuiltDocuments(out, documents);
  if (!built?.index || built.index.sha256 !== mark.index) return undefined;
  try {
    // readIndexFile refuses (BAD_INDEX) an index the graph does not name: a run stopped between writing the two.
    const read = await readIndexFile(out, built, undefined, () => undefined);
    return read && { previous: SearchIndex.load(read.text, { source: read.file }), built };
  } catch {
    return undefined;
  }
}

/**
 * The note a build leaves in the cache's folder of its extractor version when it built every file without a failure
 * or a warning: the notes it left of the files (`FilesBuild.cached.notes`), the code of the CLI and search packages
 * and the options that shape the outputs, the SHA-256 of each output, and its summary. A later build whose files are
 * all as noted (`FilesPlan.unchanged`) with the same notes, code and options, and whose outputs still hash as noted,
 * would write the same bytes: it writes nothing (as make does when no prerequisite is newer). The core package's
 * code is in the folder's name (`extractorVersion`).
 */
const BUILD_MARK = "build-mark.json";

interface BuildMark {
  notes: string;
  code: string;
  settings: string;
  /** SHA-256 of the graph, its texts and its index (when written), in that order. */
  outputs: string[];
  documents: number;
  summary: string[];
}

let cliCode: string | undefined;
/** A hash of this package's code and the search package's, as loaded. */
const codeHash = () => {
  if (cliCode) return cliCode;
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Built, every command is in dist; from the sources this file is in src/commands.
  return (cliCode = `${hashOfCodeIn(path.basename(here) === "commands" ? path.dirname(here) : here)} ${searchCodeHash()}`);
};

/** The last build's mark when it still stands for `plan`'s files, these options and the outputs on disk; else undefined. */
async function standingMark(plan: FilesPlan, settings: string, outputs: string[]): Promise<BuildMark | undefined> {
  if (!plan.unchanged || !plan.cacheFolder) return undefined;
  const mark = await readFile(path.join(plan.cacheFolder, BUILD_MARK), "utf8").then(
    (text) => JSON.parse(text) as BuildMark,
    () => undefined,
  );
  if (!mark || mark.notes !== plan.notes || mark.settings !== settings || mark.code !== codeHash() || mark.outputs?.length !== outputs.length) return undefined;
  for (const [i, file] of outputs.entries()) if ((await fileSha256(file).catch(() => undefined)) !== mark.outputs[i]) return undefined;
  return mark;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Counts of nodes and edges by kind, for the summary. */
export function countByKind(graph: KnowledgeGraph): { nodes: Record<string, number>; edges: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  graph.forEachNode((_, a) => void (nodes[a.kind] = (nodes[a.kind] ?? 0) + 1));
  graph.forEachEdge((_, a) => void (edges[a.kind] = (edges[a.kind] ?? 0) + 1));
  return { nodes, edges };
}

const table = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      "max-bytes": { type: "string" },
      "max-pages": { type: "string" },
      ocr: { type: "boolean" },
      workers: { type: "string" },
      "no-layout": { type: "boolean" },
      "no-index": { type: "boolean" },
      gzip: { type: "boolean" },
      "no-cache": { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
    },
  });
  if (positionals.length === 0 || !values.out) throw new SamverkanError("USAGE", `samverkan build: give the documents and --out\n\n${USAGE}`);
  const maxBytes = values["max-bytes"] ? Number(values["max-bytes"]) : undefined;
  if (maxBytes !== undefined && !(maxBytes > 0))
    throw new SamverkanError("USAGE", `samverkan build: --max-bytes must be a positive number, not "${values["max-bytes"]}"`);
  const maxPages = values["max-pages"] ? Number(values["max-pages"]) : undefined;
  if (maxPages !== undefined && !(maxPages >= 1))
    throw new SamverkanError("USAGE", `samverkan build: --max-pages must be 1 or more, not "${values["max-pages"]}"`);
  const missing = values.ocr ? ocrUnavailable() : undefined;
  if (missing) throw new SamverkanError("USAGE", `samverkan build: --ocr needs Tesseract and pdftoppm: ${missing}`);
  let workers = values.workers ? Number(values.workers) : undefined;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
    throw new SamverkanError("USAGE", `samverkan build: --workers must be a whole number, 1 or more, not "${values.workers}"`);
  // Each worker holds its own extraction model: past the cores they only cost memory (200 workers: 8.6 GB, 288 s).
  const cores = availableParallelism();
  if (workers !== undefined && workers > cores) {
    io.err(`samverkan build: --workers ${workers} is more than the ${cores} cores here; using ${cores}`);
    workers = cores;
  }
  const startedAt = Date.now();
  const started = performance.now();
  const show = progress(io, !values.quiet);

  // The outputs named as the user named the graph (relative stays relative).
  const given = values.out;
  const out = path.resolve(given);
  const cache = values["no-cache"] ? undefined : path.join(path.dirname(out), CACHE_FOLDER);
  const companions = graphCompanionPaths(out, values.gzip);
  const outputs = values["no-index"] ? [out, companions.texts] : [out, companions.texts, companions.index];
  const settings = JSON.stringify([out, !values["no-layout"], !values["no-index"], !!values.gzip]);
  const plan = await planFilesBuild(positionals, {
    cache,
    maxBytes,
    maxPages,
    ocr: values.ocr,
    workers,
    // Laid out below, where the last build's map is at hand.
    layout: false,
    onProgress: (done, total) => show(`reading and extracting ${done}/${total} documents`),
  });
  const standing = await standingMark(plan, settings, outputs);
  if (standing) {
    const named = outputs.map((file) => path.join(path.dirname(given), path.basename(file)));
    io.err(
      printable(
        [
          `unchanged ${named.join(", ")}: no document changed since the last build wrote them; nothing read or written`,
          `documents ${standing.documents}`,
          ...standing.summary,
          `seconds   ${((performance.now() - started) / 1000).toFixed(2)}`,
        ].join("\n"),
        [values.out],
      ),
    );
    return 0;
  }
  const { graph, documents, failures, cached } = await plan.build();
  if (!values["no-layout"]) {
    // The last build's map, when it saved the one in the graph on disk: kept if few nodes are new (`keepLayout`).
    const previous = cached && (await loadPositions(cached.folder, out));
    if (previous) keepLayout(graph, previous);
    else layoutGraph(graph);
  }
  for (const failure of failures) io.err(printable(`error: ${failure.message}`, [failure.file]));
  // A UTF-8 file with a few bad bytes is read, each bad byte as its Windows-1252 character: the user should know.
  let warned = false;
  for (const doc of documents) {
    const n = doc.replacedBytes;
    warned ||= !!n;
    if (n)
      io.err(
        printable(
          `warning: samverkan/read: ${doc.source}: ${n} ${n === 1 ? "byte was" : "bytes were"} not valid UTF-8, read as Windows-1252 ${n === 1 ? "character" : "characters"}`,
          [doc.source],
        ),
      );
  }
  if (documents.length === 0)
    throw new SamverkanError("NOT_FOUND", `samverkan build: no document could be read from ${positionals.join(", ")}; nothing written`);
  const stale: string[] = [];
  for (const file of [out, companions.texts, companions.index]) stale.push(...(await removeStaleTemps(file, startedAt)));
  if (stale.length > 0) io.err(printable(`samverkan build: removed what interrupted earlier runs left: ${stale.join(", ")}`, stale));
  let index: Iterable<string> | null = null;
  let updated: { kept: number; added: number; removed: number } | undefined;
  if (!values["no-index"]) {
    show("indexing");
    const made = await searchIndexFor(out, graph, documents, cached?.folder);
    // In pieces: one JSON string of the whole index lived until it was written (65 MB the young collector copied).
    index = made.index.toJSONPieces();
    updated = made.updated;
  }
  show("writing");
  const written = await writeGraphFiles(out, graph, documents, { index, gzip: values.gzip });
  if (cached) await (values["no-layout"] ? dropPositions(cached.folder) : savePositions(cached.folder, out, written.graphSha256, graph));
  if (cached && written.indexSha256) {
    const mark: IndexMark = { search: searchCodeHash(), index: written.indexSha256 };
    await writeFileAtomic(path.join(cached.folder, INDEX_MARK), JSON.stringify(mark));
  }
  show("");
  const besides = [written.texts, written.index].flatMap((file) => (file ? [path.join(path.dirname(given), path.basename(file))] : []));
  const indexNote = `, ${besides.join(", ")}`;

  const { nodes, edges } = countByKind(graph);
  const summary = [`entities  ${table(nodes)}`, `relations ${table(edges)}`];
  if (cached) {
    const mark = path.join(cached.folder, BUILD_MARK);
    if (cached.notes && failures.length === 0 && !warned) {
      const shas = [written.graphSha256, written.textsSha256, ...(written.indexSha256 ? [written.indexSha256] : [])];
      const made: BuildMark = { notes: cached.notes, code: codeHash(), settings, outputs: shas, documents: documents.length, summary };
      await writeFileAtomic(mark, JSON.stringify(made));
    } else await rm(mark, { force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.err(
    printable(
      [
        `wrote ${values.out}${indexNote}`,
        `documents ${documents.length} read, ${failures.length} failed${cached ? `; ${cached.reused} from the cache, ${cached.extracted} extracted` : ""}`,
        ...(updated ? [`index     updated: ${updated.kept} documents kept, ${updated.added} added, ${updated.removed} taken out`] : []),
        ...summary,
        `seconds   ${seconds}`,
      ].join("\n"),
      [values.out],
    ),
  );
  return failures.length > 0 ? 1 : 0;
}

export const buildCommand: Command = { name: "build", usage: USAGE, run };
