#!/usr/bin/env node
// Layout robustness on the development set: writes copies of the dev texts whose words are the same but whose spacing
// is another one real copies have (a PDF transcript flattened into one line, blank lines between every line or none,
// no-break spaces, CRLF, page furniture between pages…), scores each copy with eval-dev.mjs and prints each figure
// beside the plain texts'. A figure that drops names a layout the readers depend on; it is tuned to layouts, not texts.
// The copies go to out/dev-variants/ (ignored by git, like the texts).
//   usage: pnpm eval:dev:variants [--dir .cache/dev] [--gold ../shared/dev/gold.flat.json] [--only flat,nbsp]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { arg, root } from "./args.mjs";

const dir = path.resolve(root, arg("--dir", ".cache/dev"));
const out = path.join(root, "out/dev-variants");

/** Each variant: the text with only its spacing changed (words and their order kept). */
const VARIANTS = {
  plain: (t) => t,
  crlf: (t) => t.replace(/\n/g, "\r\n"),
  // A document-sharing site's transcript or a PDF copied whole: one line.
  flat: (t) => `${t.replace(/\s+/g, " ").trim()}\n`,
  doubled: (t) => t.replace(/\n+/g, "\n\n"),
  single: (t) => t.replace(/\n{2,}/g, "\n"),
  nbsp: (t) => {
    let i = 0;
    return t.replace(/ /g, () => (i++ % 3 === 1 ? "\u00a0" : " "));
  },
  tabs: (t) => t.replace(/ {2,}/g, "\t"),
  trailing: (t) => t.replace(/\n/g, "  \n"),
  // A page's foot and the next page's head between lines, every 2,500 characters or so.
  furniture: (t) => {
    let text = "";
    let last = 0;
    let page = 1;
    for (const line of t.split("\n")) {
      text += `${line}\n`;
      if (text.length - last > 2500) {
        text += `\nJusterandes sign\n\nUtdragsbestyrkande\n\nSida ${++page} (9)\n\n`;
        last = text.length;
      }
    }
    return text;
  },
};

if (!fs.existsSync(dir) || fs.readdirSync(dir).length === 0) {
  console.log(`eval:dev:variants: the dev texts are not in ${path.relative(root, dir)}; see eval-dev.mjs. Nothing scored.`);
  process.exit(0);
}
const only = arg("--only", undefined)?.split(",");
const names = Object.keys(VARIANTS).filter((name) => name === "plain" || !only || only.includes(name));
const unknown = (only ?? []).filter((name) => !(name in VARIANTS));
if (unknown.length) {
  console.error(`eval:dev:variants: no variant ${unknown.join(", ")} (there are ${Object.keys(VARIANTS).join(", ")})`);
  process.exit(1);
}

/** The figures eval-dev.mjs prints, by their line's first word (`persons` gives its F1). */
function figures(report) {
  const found = {};
  for (const line of report.split("\n")) {
    const m = /^(persons|meetings|chairs|attendees|parties|roles|municipality|questions)\s+(.*)$/.exec(line);
    if (!m) continue;
    found[m[1]] = m[1] === "persons" ? `F1 ${/F1 ([\d.]+)/.exec(m[2])?.[1]}` : /^(\d+ of \d+)/.exec(m[2])?.[1];
  }
  return found;
}

const rows = [];
for (const name of names) {
  const folder = path.join(out, name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith(".txt")) fs.writeFileSync(path.join(folder, file), VARIANTS[name](fs.readFileSync(path.join(dir, file), "utf8")));
  }
  const gold = arg("--gold", undefined);
  const report = execFileSync(process.execPath, [path.join(root, "scripts/eval-dev.mjs"), "--dir", folder, ...(gold ? ["--gold", gold] : [])], {
    encoding: "utf8",
  });
  rows.push([name, figures(report)]);
}
const keys = ["persons", "meetings", "chairs", "attendees", "parties", "roles", "municipality", "questions"];
const plain = rows[0][1];
console.log(["variant".padEnd(10), ...keys.map((k) => k.padEnd(13))].join(" "));
for (const [name, f] of rows)
  console.log([name.padEnd(10), ...keys.map((k) => `${f[k] ?? "-"}${name !== "plain" && f[k] !== plain[k] ? " *" : ""}`.padEnd(13))].join(" "));
console.log("(* differs from the plain texts)");
