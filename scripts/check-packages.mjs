// Checks every package as it would be published: publint (manifest, exports, files) and Are the Types Wrong
// (types for ESM and CommonJS consumers under node16 and bundler resolution). Needs the packages built.
//   usage: pnpm check:packages
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
// The viewer's browser bundle and static site are files for plain pages (a <script> tag), not typed imports.
const untyped = { viewer: ["./browser", "./site/*"] };
let failed = 0;
for (const name of ["core", "search", "interop", "viewer", "cli"]) {
  const dir = `${root}packages/${name}`;
  // npm packs here, as pnpm may not be on the PATH; publint's checks do not depend on the packer.
  const checks = [[bin("publint"), ["--pack", "npm", "--strict"]]];
  if (name !== "cli") {
    const exclude = untyped[name] ? ["--exclude-entrypoints", ...untyped[name]] : [];
    checks.push([bin("attw"), ["--pack", ".", "--profile", "node16", "--format", "ascii", ...exclude]]);
  }
  for (const [command, args] of checks) {
    const run = spawnSync(command, args, { cwd: dir, encoding: "utf8" });
    const ok = run.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${command.split("/").pop()}`);
    if (!ok) console.log(`${run.stdout}${run.stderr}`);
  }
}
process.exit(failed ? 1 : 0);
