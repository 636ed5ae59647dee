// Prints the plain closing line of the last vitest run ("vitest: N passed, N failed, N skipped") from its JSON report.
import { readFileSync } from "node:fs";

try {
  const report = JSON.parse(readFileSync(new URL("../test-results/vitest.json", import.meta.url), "utf8"));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
} catch (error) {
  console.log(`vitest: no report (${error.message})`);
  process.exitCode = 1;
}
