/**
 * Export benchmark
 * ================
 *
 * Time to export a graph of 10,000 meetings to each `@samverkan/interop` format: median over several runs, the ratio
 * to a baseline measured in the same process (`JSON.stringify(graph.export())`, the cost of writing graph.json),
 * output size, and peak memory. Each format runs in its own child process so its peak resident memory (`maxRSS`)
 * is its own.
 *
 *   node --import tsx bench/export.ts [--meetings 10000] [--runs 5] [--formats gexf,graphml,...] [--source synthetic|pipeline]
 *
 * `--source synthetic` (default) builds the graph directly with the core types, shaped like a real corpus (people with
 * roles, parties and municipalities; meetings with attendees, a chair, speakers, organiser and topics; evidence on
 * every fact). `--source pipeline` generates minutes and runs core's readDocument + buildGraph on them instead; the
 * generated minutes are simple, so that graph has fewer facts per meeting.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { buildGraph, createKnowledgeGraph, readDocument, type DocumentRecord, type Evidence, type KnowledgeGraph } from "../packages/core/src/index";
import { EXPORT_FORMATS, exportGraph, type ExportOutput } from "../packages/interop/src/index";
import { seeded } from "./generate";

const SCRIPT = resolve(process.argv[1]!);
const FIRST = ["Anna", "Mats", "Eva", "Lars", "Karin", "Per", "Åsa", "Björn", "Ingrid", "Örjan", "Lena", "Olof"];
const LAST = ["Gerdau", "Lindqvist", "Öberg", "Andersson", "Johansson", "Ek", "Ström", "Nyström", "Wallin", "Sjö"];
const MUNICIPALITIES = ["Nacka", "Järfälla", "Solna", "Huddinge", "Botkyrka", "Täby", "Sollentuna", "Lidingö", "Värmdö", "Tyresö"];
const PARTIES = ["M", "S", "C", "L", "KD", "V", "MP", "SD"];
const ROLES = ["ordförande", "vice ordförande", "ledamot", "ersättare", "sekreterare"];

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

function syntheticGraph(meetings: number): { graph: KnowledgeGraph; documents: DocumentRecord[] } {
  const rand = seeded(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const graph = createKnowledgeGraph();
  const documents: DocumentRecord[] = [];
  const people = Math.max(20, Math.round(meetings / 5));
  const organisations = Math.max(5, Math.round(meetings / 30));
  const topics = Math.max(5, Math.round(meetings / 20));
  const text = 'Protokoll, "styrelsemöte" & <bilaga>: Åsa Öberg (M), ordförande, Nacka; närvarande ledamöter.';
  const evidence = (doc: string): Evidence[] => [{ doc, start: 0, end: 30, quote: text.slice(0, 30) }];
  const xy = () => ({ x: rand() * 2000 - 1000, y: rand() * 2000 - 1000 });
  MUNICIPALITIES.forEach((name, i) =>
    graph.addNode(`municipality:m${i}`, { kind: "municipality", label: name, county: "Stockholms län", code: String(100 + i).padStart(4, "0"), ...xy() }),
  );
  PARTIES.forEach((abbreviation) =>
    graph.addNode(`party:${abbreviation.toLowerCase()}`, { kind: "party", label: `Partiet ${abbreviation}`, abbreviation, ...xy() }),
  );
  for (let i = 0; i < organisations; i++)
    graph.addNode(`organisation:o${i}`, {
      kind: "organisation",
      label: `Förbund ${i}, "${pick(MUNICIPALITIES)}"`,
      type: pick(["association", "agency", "body"]),
      ...xy(),
    });
  for (let i = 0; i < topics; i++) graph.addNode(`topic:t${i}`, { kind: "topic", label: `Ämne ${i} & bostäder`, ...xy() });
  for (let i = 0; i < people; i++) {
    const id = `person:p${i}`;
    const doc = `doc-${i % meetings}`;
    graph.addNode(id, { kind: "person", label: `${pick(FIRST)} ${pick(LAST)} ${i}`, aliases: [`${pick(LAST)} ${i}`], evidence: evidence(doc), ...xy() });
    graph.addEdge(id, `party:${pick(PARTIES).toLowerCase()}`, { kind: "member_of", evidence: evidence(doc) });
    graph.addEdge(id, `municipality:m${Math.floor(rand() * MUNICIPALITIES.length)}`, { kind: "represents", evidence: evidence(doc) });
    const role = pick(ROLES);
    graph.addEdge(id, `organisation:o${Math.floor(rand() * organisations)}`, {
      kind: "holds_role",
      role,
      roleNormalised: role,
      start: "2019",
      evidence: evidence(doc),
    });
  }
  for (let i = 0; i < meetings; i++) {
    const doc = `doc-${i}`;
    const date = `20${10 + (i % 10)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    documents.push({ id: doc, source: `${doc}.txt`, title: `Protokoll ${i}`, date, genre: "minutes", language: "sv", format: "text", encoding: "utf-8", text });
    graph.addNode(`document:${doc}`, {
      kind: "document",
      label: `Protokoll ${i}`,
      title: `Protokoll ${i}`,
      date,
      genre: "minutes",
      language: "sv",
      source: `${doc}.txt`,
      ...xy(),
    });
    const meeting = `meeting:${doc}:styrelsemote`;
    graph.addNode(meeting, {
      kind: "meeting",
      label: `Styrelsemöte ${date}`,
      title: `Styrelsemöte, Förbund ${i % organisations}`,
      date,
      place: "Hornsgatan 20, Stockholm",
      type: "board",
      doc,
      ...xy(),
    });
    graph.addEdge(meeting, `organisation:o${i % organisations}`, { kind: "organised_by", evidence: evidence(doc) });
    for (let t = 0; t < 2; t++) graph.addEdge(meeting, `topic:t${Math.floor(rand() * topics)}`, { kind: "discussed", evidence: evidence(doc) });
    const attendees = new Set<number>();
    while (attendees.size < 8) attendees.add(Math.floor(rand() * people));
    const list = [...attendees];
    for (const person of list) graph.addEdge(`person:p${person}`, meeting, { kind: "attended", capacity: "member", evidence: evidence(doc) });
    graph.addEdge(`person:p${list[0]}`, meeting, { kind: "chaired", evidence: evidence(doc) });
    for (const person of list.slice(1, 3)) graph.addEdge(`person:p${person}`, meeting, { kind: "spoke_at", evidence: evidence(doc) });
    for (const person of list.slice(0, 3)) graph.addEdge(`document:${doc}`, `person:p${person}`, { kind: "mentions", evidence: evidence(doc) });
  }
  return { graph, documents };
}

function pipelineGraph(meetings: number): { graph: KnowledgeGraph; documents: DocumentRecord[] } {
  const documents: DocumentRecord[] = [];
  for (let i = 0; i < meetings; i++) {
    const person = (k: number) => `${FIRST[(i + k) % FIRST.length]} ${LAST[(i * 3 + k) % LAST.length]}`;
    const date = `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const content = [
      `Protokoll fört vid styrelsemöte ${i} i Storsthlm ${date}`,
      "",
      "Plats: Storsthlm, Hornsgatan 20",
      "",
      "Närvarande:",
      ...[0, 1, 2].map((k) => `${person(k)} (${PARTIES[(i + k) % PARTIES.length]}), ${ROLES[k]}, ${MUNICIPALITIES[(i + k) % MUNICIPALITIES.length]}`),
      "",
      "§ 1 Bostadsförsörjning",
      `${person(1)} föredrog ärendet om bostäder och infrastruktur.`,
    ].join("\n");
    documents.push(readDocument({ source: `protokoll-${i}.txt`, content }));
  }
  return buildGraph(documents);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function size(output: ExportOutput): number {
  const texts = output.kind === "file" ? [output.content] : Object.values(output.files);
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
}

/** Child: build the graph, time the baseline and one format, print JSON. */
function child(format: string, meetings: number, runs: number, source: string): void {
  const { graph, documents } = source === "pipeline" ? pipelineGraph(meetings) : syntheticGraph(meetings);
  const baseline: number[] = [];
  const times: number[] = [];
  let bytes = 0;
  let baselineBytes = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    baselineBytes = JSON.stringify(graph.export()).length;
    baseline.push(performance.now() - start);
    start = performance.now();
    const output = exportGraph(graph, format, { documents });
    times.push(performance.now() - start);
    bytes = size(output);
  }
  const meetingCount = graph.filterNodes((_node, attributes) => attributes.kind === "meeting").length;
  console.log(
    JSON.stringify({
      format,
      nodes: graph.order,
      edges: graph.size,
      meetings: meetingCount,
      median: median(times),
      baseline: median(baseline),
      bytes,
      baselineBytes,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

function main(): void {
  const meetings = Number(arg("meetings", "10000"));
  const runs = Number(arg("runs", "5"));
  const source = arg("source", "synthetic");
  const formats = arg("formats", EXPORT_FORMATS.map((item) => item.format).join(",")).split(",");
  if (process.argv.includes("--run")) return child(arg("run", ""), meetings, runs, source);
  console.log(`Export of a ${source} graph of ${meetings} meetings, median of ${runs} runs (node ${process.version})\n`);
  console.log("format   | median ms | × JSON.stringify | output MB | peak RSS MB");
  console.log("---------|-----------|------------------|-----------|------------");
  let shape = "";
  for (const format of formats) {
    const stdout = execFileSync(
      process.execPath,
      [...process.execArgv, SCRIPT, "--run", format, "--meetings", String(meetings), "--runs", String(runs), "--source", source],
      {
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const result = JSON.parse(stdout.trim().split("\n").pop()!) as {
      nodes: number;
      edges: number;
      meetings: number;
      median: number;
      baseline: number;
      bytes: number;
      maxRssMb: number;
    };
    shape = `${result.nodes} nodes, ${result.edges} edges, ${result.meetings} meetings; baseline JSON.stringify(graph.export()) median ${result.baseline.toFixed(0)} ms`;
    console.log(
      `${format.padEnd(8)} | ${result.median.toFixed(0).padStart(9)} | ${(result.median / result.baseline).toFixed(1).padStart(16)} | ${(result.bytes / 1e6).toFixed(1).padStart(9)} | ${result.maxRssMb.toFixed(0).padStart(11)}`,
    );
  }
  console.log(`\nGraph: ${shape}`);
}

main();
