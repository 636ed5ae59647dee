/**
 * The examples run as their READMEs say (`node index.mjs` in their folder, against the built packages) and print
 * what they are there to show.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cliMissing } from "../cli/run-cli";

const missing = cliMissing();

const run = (example: string) => {
  const cwd = fileURLToPath(new URL(`../../examples/${example}/`, import.meta.url));
  return spawnSync(process.execPath, ["index.mjs"], { cwd, encoding: "utf8", timeout: 60_000 });
};

describe.skipIf(!!missing)("examples", () => {
  it("ask-questions answers its three questions with their quotes", () => {
    const { status, stdout, stderr } = run("ask-questions");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^5 documents, \d+ nodes, \d+ edges/);
    expect(stdout).toContain("- 2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott");
    expect(stdout).toContain("“Mats Gerdau, Nacka, ordförande” (001_ede9a72584bcb013, 238–268)");
    expect(stdout).toContain('read as whoWorksWith("Ebba Ostlin")');
  });

  it("follow-folder sees a protocol come and go", () => {
    const { status, stdout, stderr } = run("follow-folder");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const answers = stdout.split("Q: ").slice(1);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatch(/no person called "Greta Fjällström"[^]*0 passages/);
    expect(answers[1]).toMatch(/- 2025-02-11 Kommunstyrelsen, Vaxholm: “Greta Fjällström \(M\), ordförande” \(ks-2025-02-11, \d+–\d+\)[^]*1 passage\n/);
    expect(answers[2]).toMatch(/no person called "Greta Fjällström"[^]*0 passages/);
    expect(stdout).toMatch(/update: 1 added, 0 changed, 0 removed[^]*update: 0 added, 0 changed, 1 removed/);
  });
});
