/**
 * export
 * ======
 *
 * `samverkan export --graph graph.json --format F --out PATH`: writes the graph in another tool's format through
 * `@samverkan/interop`. Output is atomic: a single file is written to a temporary name beside PATH and renamed; a
 * directory format is written into a temporary directory that replaces PATH only once complete, so an interrupted
 * export never leaves half a file where a previous good one was; what such an export left beside PATH is removed by
 * the next. Directories get the usual modes, so a Neo4j or web server running as another user can read them.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { SamverkanError } from "@samverkan/core";
import { removeStaleTemps, writeDirectoryAtomic, writeFileAtomic } from "@samverkan/core/node";
import { EXPORT_FORMATS, exportGraph, isExportFormat, type ExportOptions } from "@samverkan/interop";
import type { Command, CommandIO } from "../command";
import { readGraphFile } from "../graph-file";

/** File written into every exported directory, naming the format and files, so a later export may replace it. */
export const EXPORT_MARKER = "samverkan-export.json";

interface ExportArgs {
  graph: string;
  format: string;
  out: string;
  baseIri?: string;
}

const USAGE = `Usage: samverkan export --graph graph.json --format FORMAT --out PATH [--base-iri IRI]

Writes the graph in another tool's format. PATH is a file for single-file formats (or - for standard output) and a
directory for neo4j and csv; an existing export directory is replaced, any other non-empty directory is left alone.

Formats:
${EXPORT_FORMATS.map((item) => `  ${item.format.padEnd(8)} ${item.description}`).join("\n")}

Options:
  --graph FILE      graph.json written by samverkan build
  --format FORMAT   one of ${EXPORT_FORMATS.map((item) => item.format).join(", ")}
  --out PATH        where to write
  --base-iri IRI    jsonld: prefix of node IRIs (default urn:samverkan:)
  -h, --help        show this text`;

const FLAGS: Record<string, keyof ExportArgs> = { "--graph": "graph", "--format": "format", "--out": "out", "--base-iri": "baseIri" };

function usageError(message: string): SamverkanError {
  return new SamverkanError("USAGE", `samverkan export: ${message}\n\n${USAGE}`);
}

function parseArgs(argv: readonly string[]): ExportArgs {
  const args: Partial<ExportArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const field = FLAGS[flag];
    if (!field) throw usageError(`unknown argument "${arg}"`);
    const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") throw usageError(`${flag} needs a value`);
    args[field] = value;
  }
  for (const flag of ["--graph", "--format", "--out"] as const) {
    if (args[FLAGS[flag]!] === undefined) throw usageError(`${flag} is required`);
  }
  if (!isExportFormat(args.format!)) {
    throw new SamverkanError(
      "USAGE",
      `samverkan export: unknown format "${args.format}" (expected one of ${EXPORT_FORMATS.map((item) => item.format).join(", ")})`,
    );
  }
  return args as ExportArgs;
}

async function exists(path: string) {
  return stat(path).then(
    (stats) => stats,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    },
  );
}

/** `samverkan export`: the graph in another tool's format. */
export const exportCommand: Command = {
  name: "export",
  usage: USAGE,
  async run(argv: string[], io: CommandIO): Promise<number> {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const startedAt = Date.now();
    const args = parseArgs(argv);
    // The formats carry the documents' metadata and the evidence's quotes, never whole texts: those are not read.
    const { graph, documents } = await readGraphFile(args.graph, { texts: false });
    const options: ExportOptions = { documents, ...(args.baseIri ? { baseIri: args.baseIri } : {}) };
    const output = exportGraph(graph, args.format, options);
    if (output.kind === "file") {
      if (args.out === "-") {
        io.out(output.content);
        return 0;
      }
      if ((await exists(resolve(args.out)))?.isDirectory()) throw usageError(`--out ${args.out} is a directory; this format writes one file`);
      await removeStaleTemps(args.out, startedAt);
      await writeFileAtomic(resolve(args.out), output.content);
    } else {
      if (args.out === "-") throw usageError(`--format ${args.format} writes a directory; --out - is for single-file formats`);
      const marker = { format: args.format, files: Object.keys(output.files), generator: "samverkan export" };
      await removeStaleTemps(args.out, startedAt);
      await writeDirectoryAtomic(resolve(args.out), output.files, { name: EXPORT_MARKER, content: `${JSON.stringify(marker, null, 2)}\n` });
    }
    io.err(`samverkan export: wrote ${args.format} of ${graph.order} nodes and ${graph.size} edges to ${args.out}\n`);
    return 0;
  },
};
