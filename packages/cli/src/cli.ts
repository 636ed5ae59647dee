/**
 * samverkan
 * =========
 *
 * The command line: `samverkan <command> [options]`. User mistakes (a missing file, a bad option, an unreadable
 * graph) print one clear line and exit non-zero; only bugs print a stack trace.
 */
import { isSamverkanError } from "@samverkan/core";
import type { Command, CommandIO } from "./command";
import { askCommand } from "./commands/ask";
import { buildCommand } from "./commands/build";
import { exportCommand } from "./commands/export";
import { searchCommand } from "./commands/search";
import { viewCommand } from "./commands/view";

const COMMANDS: Command[] = [buildCommand, askCommand, searchCommand, exportCommand, viewCommand];

const io: CommandIO = { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) };

function help(): string {
  return ["Usage: samverkan <command> [options]", "", "Commands:", ...COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`), "", "samverkan <command> --help for its options."].join("\n");
}

async function main(argv: string[]): Promise<number> {
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

// `samverkan export --out - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isSamverkanError(error)) {
      io.err(error.message);
      process.exitCode = error.code === "USAGE" ? 2 : 1;
    } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`samverkan: ${error.message}`);
      process.exitCode = 2;
    } else {
      io.err(`samverkan: internal error, please report it:\n${(error as Error).stack ?? String(error)}`);
      process.exitCode = 70;
    }
  },
);
