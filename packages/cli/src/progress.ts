/**
 * Progress
 * ========
 *
 * Progress lines on stderr for long runs: rewritten in place on a terminal, at most one line every two seconds
 * otherwise (so CI logs stay short).
 */
import type { CommandIO } from "./command";

/** Returns a function that reports a progress message, throttled. An empty message clears the line. */
export function progress(io: CommandIO, enabled: boolean): (message: string) => void {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return (message) => {
    if (!enabled) return;
    const now = Date.now();
    if (message === "") {
      if (tty) process.stderr.write("\r\x1b[K");
      return;
    }
    if (now - last < (tty ? 100 : 2000)) return;
    last = now;
    if (tty) process.stderr.write(`\r\x1b[K${message}`);
    else io.err(message);
  };
}
