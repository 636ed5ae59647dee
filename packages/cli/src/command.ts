/**
 * Command
 * =======
 *
 * The shape of one `samverkan` sub-command. Each command lives in `commands/<name>.ts` and is registered, with its
 * summary, in `main.ts`, which imports its module only when it runs.
 * Commands write results to `out`, progress and diagnostics to `err`, and return the exit code; user mistakes are
 * thrown as `SamverkanError` (printed without a stack trace by `cli.ts`).
 */
export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `samverkan --help` (that help is `main.ts`'s registry, which does not load the command). */
  summary?: string;
  /** Full usage text for `samverkan <name> --help`, or a function that builds it (from a library loaded then). */
  usage: string | (() => Promise<string>);
  run(argv: string[], io: CommandIO): Promise<number>;
}
