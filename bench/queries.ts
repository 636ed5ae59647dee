/**
 * Bench: query latency
 * ====================
 *
 * Builds a graph of 10,000 meetings by running the real pipeline over generated minutes, then times each query
 * (median and 95th percentile over many names), beside a baseline: a plain scan of all edges for the same answer.
 * Last, `ask` on questions of 1, 2 and 4 million characters (a long run of spaces, quotes or question marks
 * inside), median of 3: the time per character must stay flat (120,000 spaces took 10 s when normalising was
 * quadratic).
 *
 * Run: `node --import tsx bench/queries.ts [--meetings 10000]`
 */
import {
  ask,
  attendeesOf,
  buildGraph,
  chairOf,
  meetings,
  meetingsAttendedBy,
  meetingsChairedBy,
  peopleOf,
  readDocument,
  rolesOf,
  whoWorksWith,
  type KnowledgeGraph,
} from "../packages/core/src/index";
import { peakMB, stats } from "./corpus";
import { generateMinutes, seeded } from "./generate";

const count = Number(process.argv[process.argv.indexOf("--meetings") + 1]) || 10000;
const corpus = generateMinutes(count);
let t = performance.now();
const { graph } = buildGraph(
  corpus.documents.map((d) => readDocument(d)),
  { layout: false },
);
const buildSeconds = (performance.now() - t) / 1000;
let meetingCount = 0;
graph.forEachNode((_, a) => void (a.kind === "meeting" && meetingCount++));
console.log(`graph: ${meetingCount} meetings, ${graph.order} nodes, ${graph.size} edges, built by the pipeline in ${buildSeconds.toFixed(1)} s`);

t = performance.now();
try {
  chairOf(graph, "1900-01-01");
} catch {
  // no meeting that day: the index is built all the same
}
console.log(`name index built on first query: ${(performance.now() - t).toFixed(1)} ms`);

const random = seeded(7);
const names = Array.from({ length: 500 }, () => corpus.people[Math.floor(random() * corpus.people.length)]).filter((n) => {
  try {
    meetingsChairedBy(graph, n);
    return true;
  } catch {
    return false;
  }
});
const dates: string[] = [];
graph.forEachNode((_, a) => void (a.kind === "meeting" && dates.length < 500 && dates.push((a as { date: string }).date)));

function time(label: string, inputs: string[], fn: (x: string) => unknown) {
  const samples: number[] = [];
  for (const x of inputs) {
    const start = performance.now();
    try {
      fn(x);
    } catch {
      // ambiguous or unknown names are answers too; their cost counts
    }
    samples.push(performance.now() - start);
  }
  const { median, p95 } = stats(samples);
  console.log(`${label.padEnd(28)} median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  (${inputs.length} queries)`);
  return median;
}

/** Baseline: the same answer as meetingsChairedBy by scanning every edge. */
function scanChaired(g: KnowledgeGraph, name: string) {
  const out: string[] = [];
  g.forEachEdge((_, a, s, target) => {
    if (a.kind === "chaired" && g.getNodeAttribute(s, "label") === name) out.push(target);
  });
  return out;
}

const ours = time("meetingsChairedBy", names, (n) => meetingsChairedBy(graph, n));
const scan = time("baseline: scan all edges", names.slice(0, 50), (n) => scanChaired(graph, n));
console.log(`ratio                        ${(scan / ours).toFixed(0)}× faster than the scan`);
time("meetingsChairedBy (surname)", names, (n) => meetingsChairedBy(graph, n.split(" ").slice(1).join(" ")));
time("meetingsAttendedBy", names, (n) => meetingsAttendedBy(graph, n));
time("chairOf (date)", dates, (d) => chairOf(graph, d));
time("attendeesOf (date)", dates, (d) => attendeesOf(graph, d));
time("rolesOf", names, (n) => rolesOf(graph, n));
time("peopleOf (municipality)", corpus.municipalities.slice(0, 100), (m) => peopleOf(graph, m));
time("whoWorksWith", names.slice(0, 50), (n) => whoWorksWith(graph, n));
time("meetings({topic})", ["digitalisering", "nyanlända", "psykisk hälsa", "kompetensförsörjning"], (x) => meetings(graph, { topic: x }));
time("ask (chaired, sv)", names, (n) => ask(graph, `vilka möten ledde ${n}?`));

const place = corpus.municipalities[0];
for (const [label, run] of [
  ["spaces", " "],
  ["quotes", '"'],
  ["question marks", "?"],
] as const) {
  const lengths = [1_000_000, 2_000_000, 4_000_000];
  const times = lengths.map((length) => {
    const question = `who represented ${place.slice(0, 2)}${run.repeat(length)}${place.slice(2)}?`;
    return stats(
      Array.from({ length: 3 }, () => {
        const start = performance.now();
        ask(graph, question);
        return performance.now() - start;
      }),
    ).median;
  });
  const perMillion = times.map((ms, i) => (ms * 1_000_000) / lengths[i]);
  console.log(
    `${`ask, a run of ${label}`.padEnd(28)} ${times.map((ms) => ms.toFixed(0)).join(" / ")} ms at 1 / 2 / 4 M characters; per million ${perMillion.map((ms) => ms.toFixed(0)).join(" / ")}`,
  );
}
console.log(`peak memory ${peakMB()} MB`);
