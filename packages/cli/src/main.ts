/**
 * Main
 * ====
 *
 * `samverkan <command> [options]` without the process around it: finds the command, runs it and turns what it
 * throws into an exit code. User mistakes (a missing file, a bad option, an unreadable graph) print one clear line
 * and give 1 (2 for usage); only bugs print a stack trace, with 70. Every message goes out with its control
 * characters escaped (`printable`). A command's module, and the libraries it needs, are imported only when it runs:
 * `samverkan --help` imports none of them (importing them all took 0.8 CPU-seconds of every start).
 */
import type { Command, CommandIO } from "./command";
import { printable } from "./printable";

/** A command as the dispatcher knows it before loading it: its name, its line in the help, and its module. */
interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

const COMMANDS: CommandEntry[] = [
  { name: "build", summary: "build graph.json from documents", load: async () => (await import("./commands/build")).buildCommand },
  { name: "ask", summary: "answer a question with the quotes that prove it", load: async () => (await import("./commands/ask")).askCommand },
  {
    name: "search",
    summary: "find entities and passages by name or words (typo-tolerant, Swedish-aware)",
    load: async () => (await import("./commands/search")).searchCommand,
  },
  { name: "serve", summary: "answer ask and search over HTTP with the graph loaded once", load: async () => (await import("./commands/serve")).serveCommand },
  {
    name: "export",
    summary: "export a graph to GEXF, GraphML, Popolo, JSON-LD, Neo4j or CSV",
    load: async () => (await import("./commands/export")).exportCommand,
  },
  {
    name: "view",
    summary: "Open the graph on a map in the browser, or write it as a static site",
    load: async () => (await import("./commands/view")).viewCommand,
  },
];

/** Exit code of an internal error (EX_SOFTWARE). */
export const INTERNAL_ERROR = 70;

function help(): string {
  return [
    "Usage: samverkan <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`),
    "",
    "samverkan <command> --help for its options.",
  ].join("\n");
}

async function dispatch(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`samverkan: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(typeof command.usage === "string" ? command.usage : await command.usage());
    return 0;
  }
  return command.run(rest, io);
}

/**
 * Runs one command line and returns its exit code: 0 done, 1 a user error or a partial result, 2 a usage error,
 * 70 a bug. `io.err` is given messages with their control characters escaped.
 */
export async function runCommandLine(argv: readonly string[], io: CommandIO): Promise<number> {
  const safe: CommandIO = { out: io.out, err: (text) => io.err(printable(text)) };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    // Loaded here: a command that threw one has loaded the library already, and --help never needs it.
    const { isSamverkanError } = await import("@samverkan/core");
    if (isSamverkanError(error)) {
      io.err(printable(error.message, [error.file]));
      return error.code === "USAGE" ? 2 : 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(printable(`samverkan: ${error.message}`));
      return 2;
    }
    io.err(`samverkan: internal error, please report it:\n${printable((error as Error).stack ?? String(error))}`);
    return INTERNAL_ERROR;
  }
}
