// ESLint over the whole repository: typescript-eslint's recommended rules, with the project's few exceptions
// stated here. Formatting is Prettier's (.prettierrc.json), not a lint rule.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.scratch/**", "**/.speed-dist*/**", ".cache/**", "out/**", "test-results/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", URL: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", performance: "readonly" },
    },
  },
  {
    // Plain scripts of the examples run in a page.
    files: ["examples/**/*.js"],
    languageOptions: { globals: { document: "readonly", window: "readonly", fetch: "readonly" } },
  },
  {
    // Tests build broken data on purpose (a graph with `nodes: null`); benchmarks drop references so the collector
    // can take an index before the next is built.
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["bench/**/*.ts"],
    rules: { "no-useless-assignment": "off" },
  },
  {
    rules: {
      // Control characters are matched on purpose: binary detection, characters XML cannot hold, terminal escapes.
      "no-control-regex": "off",
      // `_`-prefixed names mark parameters a signature needs but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
