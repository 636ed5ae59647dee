/** Runs the built `samverkan` CLI (packages/cli/dist/cli.js) in a child process. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../packages/cli/dist/cli.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Why the CLI tests cannot run here, or undefined when they can. In CI a missing build is a failure, not a skip. */
export function cliMissing(): string | undefined {
  return existsSync(CLI) ? undefined : `the CLI is not built (${CLI}); run pnpm build`;
}

export function runCli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
