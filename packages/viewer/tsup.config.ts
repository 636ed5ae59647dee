import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The analysis API is an entry of its own (`@samverkan/viewer/analysis`): its libraries (graphology-metrics,
    // louvain, shortest paths, papaparse) stay out of the main entry.
    entry: { index: "src/index.ts", analysis: "src/analysis/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
  },
  {
    // One self-contained ES module for plain pages without a bundler: `import { mountViewer } from "./viewer.js"`.
    entry: { viewer: "src/index.ts" },
    splitting: false,
    outDir: "dist/browser",
    format: ["esm"],
    platform: "browser",
    target: "es2020",
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    dts: false,
    outExtension: () => ({ js: ".js" }),
    define: { "process.env.NODE_ENV": '"production"' },
  },
  {
    // The static site's script: everything bundled into one file a plain <script> loads.
    entry: { app: "src/site/app.ts" },
    outDir: "dist/site",
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    noExternal: [/.*/],
    minify: true,
    sourcemap: false,
    dts: false,
    // site/ holds index.html and a package.json of `"type": "commonjs"`: app.js is a classic script, not an ES module,
    // and without it the package's "type": "module" would say otherwise (publint reads papaparse's bundled worker source as CommonJS).
    publicDir: "site",
    outExtension: () => ({ js: ".js" }),
    define: { "process.env.NODE_ENV": '"production"' },
  },
]);
