/**
 * samverkan
 * =========
 *
 * The command line's process: `samverkan <command> [options]` runs `runCommandLine` (main.ts) on the process's
 * arguments, results to stdout and messages to stderr, and exits with its code.
 */
import type { CommandIO } from "./command";
import { runCommandLine } from "./main";

const io: CommandIO = { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) };

// `samverkan export --out - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

void runCommandLine(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
