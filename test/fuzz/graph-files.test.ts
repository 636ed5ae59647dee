/**
 * Broken graph files (issue #15)
 * ==============================
 *
 * Every command that reads a graph (`ask`, `search`, `export` in each format, `view --out`) is given graph files
 * broken the ways disks, editors and hostile hands break them: truncated JSON, random JSON, nodes dropped or there
 * twice, edges to nowhere, fields of the wrong type or missing. Each must end with one line naming the file and
 * exit 1 or 2: never 70 (an internal error), never a stack trace. The index files `search` and `view` read beside a
 * graph get the same. The properties run the CLI in this process (`runCommandLine`, what the `samverkan` binary
 * runs); a few cases run the built binary too. Graphs whose texts are in a file beside them (documents.jsonl, as
 * `samverkan build` writes them) get broken texts files and broken links to them.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument, serializeGraph } from "@samverkan/core";
import { sha256Hex } from "@samverkan/core/node";
import { buildSearchIndex } from "@samverkan/search";
import { runCommandLine } from "../../packages/cli/src/main";
import { defaultSiteAssets } from "../../packages/cli/src/commands/view";
import { cliMissing, runCli } from "../cli/run-cli";
import { protocolText } from "../helpers/documents";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type GraphData = { format: Json; version: Json; graph: { nodes: any[]; edges: any[] } & Record<string, Json>; documents: any[]; index?: Json };

const NEWSLETTER = `Nyhetsbrev april 2019

Seminarier
Framtidens skola i länet
Ett seminarium om skolan under ledning av moderator Rut Hägglund, Solbacka kommun. Ivar Lövgren talade.`;
const built = buildGraph(
  [readDocument({ source: "protokoll.txt", content: protocolText() }), { ...readDocument({ source: "nyhetsbrev.txt", content: NEWSLETTER }), date: "2019-04" }],
  { layout: false },
);
const indexText = JSON.stringify(buildSearchIndex(built.graph, built.documents));
const GOOD: GraphData = JSON.parse(JSON.stringify(serializeGraph(built.graph, built.documents, { index: { sha256: sha256Hex(indexText) } })));
const goodText = JSON.stringify(GOOD);

const dir = mkdtempSync(path.join(tmpdir(), "samverkan-fuzz-graph-"));
let files = 0;
/** Writes a graph (and optionally an index beside it) into a folder of its own, returning the graph's path. */
function place(graph: string, index?: string): string {
  const folder = path.join(dir, String(files++));
  const file = path.join(folder, "graph.json");
  mkdirSync(folder);
  writeFileSync(file, graph);
  if (index !== undefined) writeFileSync(path.join(folder, "index.json"), index);
  return file;
}

const FORMATS = ["gexf", "graphml", "popolo", "jsonld", "neo4j", "csv"];
/** Every command that reads the graph, as arguments for a graph file (outputs go beside it). */
const COMMANDS: [string, (graph: string) => string[]][] = [
  ["ask", (graph) => ["ask", "vilka möten ledde Ingrid Solberg?", "--graph", graph]],
  ["search", (graph) => ["search", "Solberg", "--graph", graph]],
  ...FORMATS.map((format): [string, (graph: string) => string[]] => [
    `export ${format}`,
    (graph) => ["export", "--graph", graph, "--format", format, "--out", path.join(path.dirname(graph), `out-${format}`)],
  ]),
  ["view --out", (graph) => ["view", "--graph", graph, "--out", path.join(path.dirname(graph), "site")]],
];
const viewerBuilt = existsSync(path.join(defaultSiteAssets(), "app.js"));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

/** The promise of the issue: rc 1 or 2, one line on stderr naming the file, no internal error. */
function expectOneLineError(result: { code: number; err: string }, file: string, label: string) {
  const lines = result.err.trimEnd().split("\n");
  expect(result.err, label).not.toMatch(/internal error|\n\s+at /);
  expect([1, 2], `${label}: exit code`).toContain(result.code);
  expect(lines, `${label}: ${result.err}`).toHaveLength(1);
  expect(lines[0], label).toContain(path.basename(path.dirname(file)));
}

// --- Mutations of a valid graph.json, each of which leaves it broken ---------------------------------------------

const clone = (): GraphData => structuredClone(GOOD);
const nodeKeys = new Set(GOOD.graph.nodes.map((node) => node.key as string));
/** Values of the wrong type for a field that wants a string (null is not "absent"). */
const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const notList = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }));
const notObject = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
const notOffset = fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.string(), fc.constant(null), fc.constant(Number.MAX_VALUE * 10));
const unknownKind = fc.string().filter((kind) => !["person", "organisation", "municipality", "party", "meeting", "topic", "document"].includes(kind));
const nodeAt = fc.nat({ max: GOOD.graph.nodes.length - 1 });
const edgeAt = fc.nat({ max: GOOD.graph.edges.length - 1 });
const withEvidence = GOOD.graph.nodes.map((node, i) => (node.attributes.evidence?.length ? i : -1)).filter((i) => i >= 0);

type Mutation = { name: string; text: string };
/** A broken file, shown by its name when fast-check reports it. */
const named = (name: string, text: string): Mutation => ({ name, text, [fc.toStringMethod]: () => name });
const mutation = (name: string, change: (data: GraphData) => void): Mutation => {
  const data = clone();
  change(data);
  return named(name, JSON.stringify(data));
};

const MUTATIONS: fc.Arbitrary<Mutation>[] = [
  fc.nat({ max: goodText.length - 1 }).map((cut) => named(`truncated at ${cut}`, goodText.slice(0, cut))),
  fc.jsonValue().map((value) => named(`random JSON ${JSON.stringify(value)}`, JSON.stringify(value) ?? "null")),
  fc
    .jsonValue()
    .filter(
      (value) =>
        !(value && typeof value === "object" && Array.isArray((value as { nodes?: unknown }).nodes) && Array.isArray((value as { edges?: unknown }).edges)),
    )
    .map((graph) => mutation(`graph ${JSON.stringify(graph)}`, (data) => void (data.graph = graph as never))),
  fc
    .oneof(
      fc.string(),
      fc.integer().filter((v) => v !== GOOD.version),
      fc.constant(null),
      fc.constant(String(GOOD.version)),
    )
    .map((version) => mutation(`version ${JSON.stringify(version)}`, (data) => void (data.version = version))),
  notString.map((format) => mutation("format", (data) => void (data.format = format as Json))),
  fc
    .tuple(fc.constantFrom("nodes", "edges"), notList)
    .map(([part, value]) => mutation(`graph.${part} = ${JSON.stringify(value)}`, (data) => void (data.graph[part] = value as never))),
  edgeAt.map((i) =>
    mutation(`dropped the source of edge ${i}`, (data) => void (data.graph.nodes = data.graph.nodes.filter((node) => node.key !== data.graph.edges[i].source))),
  ),
  nodeAt.map((i) => mutation(`node ${i} twice`, (data) => void data.graph.nodes.splice(i + 1, 0, structuredClone(data.graph.nodes[i])))),
  edgeAt.map((i) => mutation(`edge ${i} twice`, (data) => void data.graph.edges.push(structuredClone(data.graph.edges[i])))),
  fc
    .tuple(
      edgeAt,
      fc.constantFrom("source", "target"),
      fc.string().filter((key) => !nodeKeys.has(key)),
    )
    .map(([i, end, key]) => mutation(`edge ${i} ${end} dangling`, (data) => void (data.graph.edges[i][end] = key))),
  fc
    .tuple(edgeAt, fc.constantFrom("source", "target", "attributes"))
    .map(([i, field]) => mutation(`edge ${i} without ${field}`, (data) => void delete data.graph.edges[i][field])),
  fc
    .tuple(nodeAt, fc.constantFrom("key", "attributes"))
    .map(([i, field]) => mutation(`node ${i} without ${field}`, (data) => void delete data.graph.nodes[i][field])),
  fc
    .tuple(nodeAt, fc.constantFrom("kind", "label"))
    .map(([i, field]) => mutation(`node ${i} without ${field}`, (data) => void delete data.graph.nodes[i].attributes[field])),
  fc.tuple(nodeAt, notObject).map(([i, value]) => mutation(`node ${i} = ${JSON.stringify(value)}`, (data) => void (data.graph.nodes[i] = value))),
  fc.tuple(nodeAt, notString).map(([i, value]) => mutation(`node ${i} key ${JSON.stringify(value)}`, (data) => void (data.graph.nodes[i].key = value))),
  fc.tuple(nodeAt, unknownKind).map(([i, kind]) => mutation(`node ${i} of kind ${kind}`, (data) => void (data.graph.nodes[i].attributes.kind = kind))),
  fc.tuple(edgeAt, unknownKind).map(([i, kind]) => mutation(`edge ${i} of kind ${kind}`, (data) => void (data.graph.edges[i].attributes.kind = kind))),
  fc
    .tuple(nodeAt, fc.constantFrom("label", "title", "date", "place", "doc", "abbreviation", "county", "partOf", "source", "genre"), notString)
    .map(([i, field, value]) =>
      mutation(`node ${i} ${field} ${JSON.stringify(value)}`, (data) => {
        const attributes = data.graph.nodes[i].attributes;
        // `label` every node has; other fields only on their kinds, so set one the node has (or its label).
        attributes[field in attributes ? field : "label"] = value;
      }),
    ),
  fc
    .tuple(edgeAt, fc.constantFrom("rule", "role", "roleNormalised", "capacity", "start", "end"), notString)
    .map(([i, field, value]) => mutation(`edge ${i} ${field} ${JSON.stringify(value)}`, (data) => void (data.graph.edges[i].attributes[field] = value))),
  fc
    .tuple(fc.constantFrom(...withEvidence), fc.constantFrom("evidence", "aliases"), notList)
    .map(([i, field, value]) => mutation(`node ${i} ${field} ${JSON.stringify(value)}`, (data) => void (data.graph.nodes[i].attributes[field] = value))),
  fc
    .tuple(edgeAt, notList)
    .map(([i, value]) => mutation(`edge ${i} evidence ${JSON.stringify(value)}`, (data) => void (data.graph.edges[i].attributes.evidence = value))),
  fc
    .tuple(edgeAt, fc.constantFrom("start", "end"), notOffset)
    .map(([i, field, value]) => mutation(`edge ${i} evidence ${field} ${value}`, (data) => void (data.graph.edges[i].attributes.evidence[0][field] = value))),
  fc
    .tuple(fc.constantFrom(...withEvidence), fc.constantFrom("doc", "quote"), notString)
    .map(([i, field, value]) => mutation(`node ${i} evidence ${field}`, (data) => void (data.graph.nodes[i].attributes.evidence[0][field] = value))),
  notList
    .filter((value) => value !== undefined)
    .map((value) => mutation(`documents ${JSON.stringify(value)}`, (data) => void (data.documents = value as never))),
  fc
    .tuple(fc.nat({ max: GOOD.documents.length - 1 }), fc.constantFrom("id", "text"), notString)
    .map(([i, field, value]) => mutation(`document ${i} ${field} ${JSON.stringify(value)}`, (data) => void (data.documents[i][field] = value))),
  fc
    .oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 2 }))
    .map((value) => mutation(`index ${JSON.stringify(value)}`, (data) => void (data.index = value))),
];

describe("the fuzz base graph", () => {
  it.each(COMMANDS.filter(([name]) => name !== "view --out" || viewerBuilt))("is read by %s", async (_name, argv) => {
    const graph = place(goodText, indexText);
    const result = await run(argv(graph));
    expect(result.err).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
  });
});

describe("broken graph files", () => {
  it.each(COMMANDS)("%s: one line naming the file, exit 1 or 2, never an internal error", async (name, argv) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...MUTATIONS), async ({ name: broken, text }) => {
        const graph = place(text);
        expectOneLineError(await run(argv(graph)), graph, `${name} on ${broken}`);
      }),
      { numRuns: 150 },
    );
  });
});

// --- Graphs well formed but odd: evidence into unknown documents or past their end, references to nothing --------

const ODDITIES: fc.Arbitrary<Mutation>[] = [
  fc
    .tuple(edgeAt, fc.string())
    .map(([i, doc]) =>
      mutation(`edge ${i} evidence in document ${JSON.stringify(doc)}`, (data) => void (data.graph.edges[i].attributes.evidence[0].doc = doc)),
    ),
  fc
    .tuple(fc.constantFrom(...withEvidence), fc.nat(), fc.nat())
    .map(([i, start, end]) =>
      mutation(`node ${i} evidence ${start}–${end}`, (data) => void Object.assign(data.graph.nodes[i].attributes.evidence[0], { start, end })),
    ),
  fc
    .tuple(nodeAt, fc.string())
    .map(([i, label]) => mutation(`node ${i} labelled ${JSON.stringify(label)}`, (data) => void (data.graph.nodes[i].attributes.label = label))),
  fc
    .tuple(nodeAt, fc.constantFrom("doc", "partOf", "date", "title"), fc.string())
    .map(([i, field, value]) => mutation(`node ${i} ${field} ${JSON.stringify(value)}`, (data) => void (data.graph.nodes[i].attributes[field] = value))),
  fc.nat({ max: GOOD.documents.length - 1 }).map((i) => mutation(`document ${i} dropped`, (data) => void data.documents.splice(i, 1))),
  fc.constant(mutation("no documents", (data) => void (data.documents = []))),
  fc.tuple(edgeAt, nodeAt).map(([i, n]) => mutation(`edge ${i} from node ${n}`, (data) => void (data.graph.edges[i].source = data.graph.nodes[n].key))),
];

describe("odd but well-formed graph files", () => {
  it.each(COMMANDS)("%s never fails with an internal error", async (name, argv) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...ODDITIES), async ({ name: odd, text }) => {
        const graph = place(text);
        const result = await run(argv(graph));
        // `ask` answers 1 or 2 for a name it cannot find or a question it cannot read: what a changed label may cause.
        expect(result.err, `${name} on ${odd}`).not.toMatch(/internal error|\n\s+at /);
        expect([0, 1, 2], `${name} on ${odd}: exit code`).toContain(result.code);
      }),
      { numRuns: 100 },
    );
  });
});

// --- Index files beside a valid graph -------------------------------------------------------------------------------

const INDEX_MUTATIONS: fc.Arbitrary<string>[] = [
  fc.nat({ max: indexText.length - 1 }).map((cut) => indexText.slice(0, cut)),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? "null"),
  fc.constant('{"hello":1}'),
  fc.jsonValue().map((value) => JSON.stringify({ ...JSON.parse(indexText), entities: value })),
];
const INDEX_READERS = COMMANDS.filter(([name]) => name === "search" || name === "view --out");
// A graph written before graphs named their index: the index loader itself must refuse a broken one.
const unlinkedText = JSON.stringify({ ...GOOD, index: undefined });

describe("broken index files", () => {
  it.each(
    INDEX_READERS.flatMap(([name, argv]) => [
      [`${name}, graph naming its index`, argv, goodText] as const,
      [`${name}, graph of before the link`, argv, unlinkedText] as const,
    ]),
  )("%s: one line, exit 1", async (name, argv, graphText) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...INDEX_MUTATIONS), async (index) => {
        const graph = place(graphText, index);
        expectOneLineError(await run(argv(graph)), graph, `${name} on index ${index.slice(0, 60)}`);
      }),
      { numRuns: 30 },
    );
  });
});

// --- Texts files beside a graph (documents.jsonl) ---------------------------------------------------------------------

// A graph as samverkan build writes it: the texts in documents.jsonl, named by its hash.
const split = JSON.parse(goodText) as GraphData & { texts?: { file: string; sha256: string } };
const textsText = split.documents.map((doc) => `${JSON.stringify({ id: doc.id, text: doc.text })}\n`).join("");
const withTextsFile = (texts: string, change: (data: typeof split) => void = () => undefined) => {
  const data = structuredClone(split);
  data.texts = { file: "documents.jsonl", sha256: sha256Hex(texts) };
  for (const doc of data.documents) {
    doc.length = doc.text.length;
    delete doc.text;
  }
  change(data);
  return JSON.stringify(data);
};
/** Texts files broken inside, each named by the hash the graph gives it, so the parser itself meets them. */
const TEXTS_MUTATIONS: fc.Arbitrary<string>[] = [
  fc.nat({ max: textsText.length - 2 }).map((cut) => textsText.slice(0, cut)),
  fc.jsonValue().map((value) => `${JSON.stringify(value) ?? "null"}\n`),
  fc.nat({ max: split.documents.length - 1 }).map((i) =>
    textsText
      .split("\n")
      .filter((_, n) => n !== i)
      .join("\n"),
  ),
  fc.string({ minLength: 1 }).map((junk) => `${textsText}${junk}`),
  fc.constant(textsText.replace(/"text":"/, '"text":"x')),
];
/** Links to the texts the graph checks before reading anything. */
const TEXTS_LINKS: fc.Arbitrary<Mutation>[] = [
  fc.constantFrom("../documents.jsonl", "/etc/passwd", "", "..", "a/b").map((file) =>
    named(
      `texts file ${file}`,
      withTextsFile(textsText, (d) => void (d.texts!.file = file)),
    ),
  ),
  notString.map((sha) =>
    named(
      `texts sha256 ${JSON.stringify(sha)}`,
      withTextsFile(textsText, (d) => void ((d.texts as Record<string, unknown>).sha256 = sha)),
    ),
  ),
  fc.constant(
    named(
      "no texts link, documents without text",
      withTextsFile(textsText, (d) => void delete d.texts),
    ),
  ),
  fc.constant(named("texts of another build", withTextsFile(textsText.replace("Solberg", "Solbxrg")))),
];
const TEXTS_READERS = COMMANDS.filter(([name]) => name === "view --out");

describe("broken texts files", () => {
  it.each(TEXTS_READERS)("%s: one line naming the file, exit 1", async (name, argv) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...TEXTS_MUTATIONS), async (texts) => {
        const graph = place(withTextsFile(texts), indexText);
        writeFileSync(path.join(path.dirname(graph), "documents.jsonl"), texts);
        expectOneLineError(await run(argv(graph)), graph, `${name} on texts ${JSON.stringify(texts.slice(0, 60))}`);
      }),
      { numRuns: 40 },
    );
  });

  it.each(COMMANDS)("%s: a broken link to the texts is one line, exit 1", async (name, argv) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...TEXTS_LINKS), async ({ name: broken, text }) => {
        const graph = place(text, indexText);
        writeFileSync(path.join(path.dirname(graph), "documents.jsonl"), textsText);
        const result = await run(argv(graph));
        // Commands that read no texts may answer from a graph whose texts are of another build.
        if (broken === "texts of another build" && result.code === 0 && name !== "view --out") return;
        expectOneLineError(result, graph, `${name} on ${broken}`);
      }),
      { numRuns: 20 },
    );
  });
});

// --- The built binary ------------------------------------------------------------------------------------------------

const missing = cliMissing();
describe.skipIf(!!missing)("the samverkan binary on a broken graph", () => {
  const dangling = place(mutation("dangling edge", (data) => void (data.graph.edges[0].source = "person:nobody")).text);
  const nullNodes = place(mutation("nodes: null", (data) => void (data.graph.nodes = null as never)).text);
  it.each([
    ...COMMANDS.map(([name, argv]): [string, string[], string] => [name, argv(dangling), dangling]),
    ["ask, nodes: null", COMMANDS[0]![1](nullNodes), nullNodes],
  ])("%s: one line, exit 1", (name, argv, graph) => {
    const { code, stderr } = runCli(argv);
    expectOneLineError({ code, err: stderr }, graph, name);
  });
});
