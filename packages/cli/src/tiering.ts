/**
 * V8's tiering for a build
 * ========================
 *
 * A build runs the same extraction rules over thousands of documents, and V8 optimises a function after a little
 * feedback: a rarer document then reaches a branch the optimised code has no feedback for, or an object of another
 * shape, and V8 throws the code away and compiles it again. In a build of the benchmark corpus 63 % of the optimising
 * compiler's work (4.2 of 6.7 s of compile jobs, by `--trace-opt`) went to such recompilations, on threads beside the
 * main one. Waiting for four times as much feedback first (`--interrupt-budget`; V8's default is 67,584) took the
 * compiler threads' CPU in a CLI build of the benchmark corpus from 6.3–7.9 to 4.4–5.0 s with the main thread's within
 * noise: a median 23.0 → 19.8 CPU-s in all (6 alternating runs each, load 5–9), and 5.5 → 4.4 for an eighth of the
 * corpus. Eight times gave the compiler threads another second but the main thread as much. The flag is
 * process-wide and read whenever a function's budget is reset, so setting it before the commands are imported
 * covers their code. Library callers set it themselves with `node --interrupt-budget=270336`.
 */
import { setFlagsFromString } from "node:v8";

/** The interrupt budget the CLI's commands run with: four times V8's default. */
export const INTERRUPT_BUDGET = 270_336;

/** Sets V8's interrupt budget to `INTERRUPT_BUDGET` unless the process was started with one; says whether it set it. */
export function tierUpLater(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((flag) => /^--interrupt[-_]budget(=|$)/.test(flag))) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
