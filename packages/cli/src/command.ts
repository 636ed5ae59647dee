/**
 * Command
 * =======
 *
 * The shape of one `samverkan` sub-command. Each command lives in `commands/<name>.ts` and is registered in `cli.ts`.
 * Commands write results to `out`, progress and diagnostics to `err`, and return the exit code; user mistakes are
 * thrown as `SamverkanError` (printed without a stack trace by `cli.ts`).
 */
export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `samverkan --help`. */
  summary: string;
  /** Full usage text for `samverkan <name> --help`. */
  usage: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}
