#!/usr/bin/env node
// Development-set evaluation: builds the graph of the dev texts with the CLI, prints the scorer's figures and how many
// of the gold's "which meetings did X chair" questions `ask` answers exactly (the function `samverkan ask` calls, on
// the graph loaded once), and who chaired, kept the minutes, adjusted them and attended, asked by each meeting's date. The texts are third-party pages and are
// never committed: rebuild them into .cache/dev/ first (see ../shared/dev/README.md). Without them this says so and
// exits 0, so it never fails a test run.
//   usage: pnpm eval:dev [--dir .cache/dev] [--gold ../shared/dev/gold.flat.json] [--verbose] [--by-genre]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { arg, root } from "./args.mjs";

const dir = path.resolve(root, arg("--dir", ".cache/dev"));
const goldPath = path.resolve(root, arg("--gold", "../shared/dev/gold.flat.json"));
const scorer = path.resolve(root, "../shared/eval/score.mjs");

if (!fs.existsSync(goldPath) || !fs.existsSync(scorer)) {
  console.log(`eval:dev: no development set here (${goldPath}); nothing to score.`);
  process.exit(0);
}
const gold = JSON.parse(fs.readFileSync(goldPath, "utf8"));
const files = gold.documents.map((d) => path.join(dir, d.file));
const missing = files.filter((f) => !fs.existsSync(f));
if (missing.length === files.length) {
  console.log(`eval:dev: the dev texts are not in ${dir}.`);
  console.log("Rebuild them as ../shared/dev/README.md says: for each row, search the `pages` corpus with its exact search");
  console.log("words, take the result whose url is the row's, write its excerpt (JSON escapes decoded, one final newline) to");
  console.log(`${path.relative(root, dir)}/<id>.txt and check the sha256 column. Nothing scored.`);
  process.exit(0);
}
if (missing.length) console.log(`eval:dev: ${missing.length} texts missing, scoring the ${files.length - missing.length} present`);

const cli = path.join(root, "packages/cli/dist/cli.js");
const core = path.join(root, "packages/core/dist/index.js");
if (!fs.existsSync(cli) || !fs.existsSync(core)) {
  console.error("eval:dev: build first (pnpm build)");
  process.exit(1);
}
const out = path.join(root, "out/dev");
fs.mkdirSync(out, { recursive: true });
const { ask, loadGraph } = await import(pathToFileURL(core).href);

/** Builds the graph of the gold's documents, scores it and asks its questions. */
function evaluate(subset, graph) {
  const present = subset.documents.map((d) => path.join(dir, d.file)).filter((f) => fs.existsSync(f));
  try {
    execFileSync(process.execPath, [cli, "build", ...present, "--out", graph, "--no-layout", "--no-index"], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    console.error(`eval:dev: samverkan build failed:\n${error.stderr ?? error.message}`);
    process.exit(1);
  }
  const goldFile = graph.replace(/graph(\.[^.]+)?\.json$/, "gold$1.json");
  fs.writeFileSync(goldFile, JSON.stringify(subset));
  const score = JSON.parse(execFileSync(process.execPath, [scorer, graph, goldFile], { encoding: "utf8" }));
  // Questions: the answer's meetings must be exactly the expected ones (matched by date, or by title as the scorer does).
  const norm = (s) =>
    String(s ?? "")
      .normalize("NFC")
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, " ")
      .replace(/[.,;:()"]/g, "")
      .trim();
  const meetingsByTitle = new Map(subset.meetings.map((m) => [m.title, m]));
  const sameMeeting = (answer, title) => {
    const m = meetingsByTitle.get(title);
    const date = m?.date ?? /\d{4}(?:-\d\d){0,2}/.exec(title)?.[0];
    if (date && answer.date) return String(answer.date).startsWith(date);
    if (norm(answer.label).includes(norm(title).slice(0, 24))) return true;
    const words = (t) =>
      new Set(
        norm(t)
          .split(/[^\p{L}\d]+/u)
          .filter((w) => w.length >= 5),
      );
    const mine = words(answer.label);
    return [...words(title)].filter((w) => mine.has(w)).length >= 2;
  };
  const loaded = loadGraph(fs.readFileSync(graph, "utf8"), graph);
  let right = 0;
  const wrong = [];
  for (const q of subset.questions) {
    const answers = ask(loaded.graph, q.ask).answers.filter((a) => !a.inferred);
    const ok = answers.length === q.expect.length && q.expect.every((t) => answers.some((a) => sameMeeting(a, t)));
    if (ok) right++;
    else wrong.push(`${q.ask} → [${answers.map((a) => a.label).join("; ")}] expected [${q.expect.join("; ")}]`);
  }
  return { score, right, wrong, questions: subset.questions.length, byDate: meetingQuestions(loaded.graph, subset.documents) };
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const swedishDate = (iso) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** Who held a capacity at a meeting, asked by its date in both languages, each field of the full gold's meetings. */
const BY_DATE = [
  ["chairs", (d) => `vem var ordförande den ${swedishDate(d)}`],
  ["secretaries", (d) => `who was the secretary at the meeting on ${d}`],
  ["adjusters", (d) => `vem var justerare den ${swedishDate(d)}`],
  ["attendees", (d) => `who attended the meeting on ${d}`],
];

/**
 * The questions by date about each meeting of the documents' full gold (gold.json has secretaries and adjusters, the
 * flat gold does not) whose date no other gold meeting has: per field, how many answers are exactly the gold's people,
 * and the people found of those wanted and of those answered (names compared as `norm` without spaces).
 */
function meetingQuestions(graph, documents) {
  const fullGold = path.join(path.dirname(goldPath), "gold.json");
  if (!fs.existsSync(fullGold)) return [];
  const files = new Set(documents.map((d) => d.file));
  const meetings = JSON.parse(fs.readFileSync(fullGold, "utf8"))
    .docs.filter((d) => files.has(d.file))
    .flatMap((d) => d.meetings ?? [])
    .filter((m) => !m.optional && /^\d{4}-\d\d-\d\d$/.test(m.date ?? ""));
  const onDate = new Map();
  for (const m of meetings) onDate.set(m.date, (onDate.get(m.date) ?? 0) + 1);
  const person = (s) =>
    String(s)
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, "");
  return BY_DATE.map(([field, question]) => {
    const t = { field, asked: 0, exact: 0, wanted: 0, answered: 0, found: 0, wrong: [] };
    for (const m of meetings) {
      const want = new Set((m[field] ?? []).map(person));
      if (onDate.get(m.date) !== 1 || want.size === 0) continue;
      const answers = ask(graph, question(m.date)).answers.filter((a) => !a.inferred);
      const got = new Set(answers.map((a) => person(a.label)));
      const found = [...want].filter((w) => got.has(w)).length;
      t.asked++;
      t.wanted += want.size;
      t.answered += got.size;
      t.found += found;
      if (found === want.size && got.size === want.size) t.exact++;
      else t.wrong.push(`${question(m.date)} → [${answers.map((a) => a.label).join("; ")}] expected [${m[field].join("; ")}]`);
    }
    return t;
  });
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : "-");
const { score, right, wrong, byDate } = evaluate(gold, path.join(out, "graph.json"));
console.log(`persons      precision ${score.persons.precision}  recall ${score.persons.recall}  F1 ${score.persons.f1}`);
console.log(`meetings     ${score.meetings.matched} of ${score.meetings.of} (${pct(score.meetings.matched, score.meetings.of)})`);
console.log(
  `chairs       ${score.chairs.ok} of ${score.chairs.of} (${pct(score.chairs.ok, score.chairs.of)}), chairs gold lacks: ${score.chairs.extra.length}`,
);
console.log(`attendees    ${score.attendees.ok} of ${score.attendees.of} (${pct(score.attendees.ok, score.attendees.of)})`);
console.log(`parties      ${score.party.ok} of ${score.party.of} (${pct(score.party.ok, score.party.of)})`);
console.log(`roles        ${score.roles.ok} of ${score.roles.of} (${pct(score.roles.ok, score.roles.of)})`);
console.log(`municipality ${score.municipality.ok} of ${score.municipality.of} (${pct(score.municipality.ok, score.municipality.of)})`);
console.log(`questions    ${right} of ${gold.questions.length} answered exactly (${pct(right, gold.questions.length)})`);
for (const t of byDate)
  console.log(
    `by date      ${t.field.padEnd(11)} ${t.exact} of ${t.asked} answered exactly; people found ${t.found} of ${t.wanted} wanted, of ${t.answered} answered`,
  );
if (process.argv.includes("--verbose")) {
  console.log(JSON.stringify(score, null, 1));
  for (const w of wrong) console.log(`  wrong: ${w}`);
  for (const t of byDate) for (const w of t.wrong) console.log(`  wrong: ${w}`);
}

// Per genre: the gold cut to one genre's documents, scored on the graph of those documents alone.
if (process.argv.includes("--by-genre")) {
  const genres = [...new Set(gold.documents.map((d) => d.genre))];
  console.log("\ngenre    docs  person F1  meetings  chairs  attendees  parties  questions");
  for (const genre of genres) {
    const docs = gold.documents.filter((d) => d.genre === genre);
    const ids = new Set(docs.map((d) => d.file.replace(/\.txt$/, "")));
    const inDocs = (x) => (x.docs ?? [x.doc]).some((id) => ids.has(id));
    const subset = {
      ...gold,
      documents: docs,
      persons: gold.persons.filter(inDocs),
      meetings: gold.meetings.filter(inDocs),
      questions: gold.questions.filter(inDocs),
    };
    for (const key of ["optional_persons", "not_persons"])
      if (Array.isArray(gold[key])) subset[key] = gold[key].filter((x) => typeof x !== "object" || inDocs(x));
    const r = evaluate(subset, path.join(out, `graph.${genre}.json`));
    const s = r.score;
    const cell = (a, b) => (b ? `${a}/${b}` : "-").padEnd(8);
    console.log(
      `${genre.padEnd(8)} ${String(docs.length).padEnd(5)} ${String(s.persons.f1).padEnd(10)} ${cell(s.meetings.matched, s.meetings.of)}  ${cell(s.chairs.ok, s.chairs.of)}${cell(s.attendees.ok, s.attendees.of)}   ${cell(s.party.ok, s.party.of)} ${cell(r.right, r.questions)}`,
    );
  }
}
