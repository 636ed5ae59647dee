/**
 * Main
 * ====
 *
 * `samverkan <command> [options]` without the process around it: finds the command, runs it and turns what it
 * throws into an exit code. User mistakes (a missing file, a bad option, an unreadable graph) print one clear line
 * and give 1 (2 for usage); only bugs print a stack trace, with 70. Every message goes out with its control
 * characters escaped (`printable`).
 */
import { isSamverkanError } from "@samverkan/core";
import type { Command, CommandIO } from "./command";
import { askCommand } from "./commands/ask";
import { buildCommand } from "./commands/build";
import { exportCommand } from "./commands/export";
import { searchCommand } from "./commands/search";
import { viewCommand } from "./commands/view";
import { printable } from "./printable";

const COMMANDS: Command[] = [buildCommand, askCommand, searchCommand, exportCommand, viewCommand];

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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`samverkan: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
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
