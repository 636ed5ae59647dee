import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests import package names; these aliases point them at the sources so the suite runs without a build.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@samverkan\/core\/node$/, replacement: src("core/src/node.ts") },
      { find: /^@samverkan\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@samverkan\/search$/, replacement: src("search/src/index.ts") },
      { find: /^@samverkan\/interop$/, replacement: src("interop/src/index.ts") },
      { find: /^@samverkan\/viewer$/, replacement: src("viewer/src/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
