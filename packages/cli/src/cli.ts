/**
 * samverkan
 * =========
 *
 * The command line's process: `samverkan <command> [options]` runs `runCommandLine` (main.ts) on the process's
 * arguments, results to stdout and messages to stderr, and exits with its code. V8's tiering is set first
 * (tiering.ts), so the commands' code is imported after it.
 */
import type { CommandIO } from "./command";
import { tierUpLater } from "./tiering";

tierUpLater();
const { runCommandLine } = await import("./main");

const io: CommandIO = { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) };

// `samverkan export --out - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

void runCommandLine(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
