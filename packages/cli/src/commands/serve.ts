/**
 * samverkan serve
 * ===============
 *
 * Holds a built graph and its search index in memory and answers `ask` and `search` over HTTP with JSON, so a
 * question costs a request instead of loading the graph (on the 15,668-document benchmark graph a load takes
 * seconds, an answer milliseconds). `samverkan ask --server URL` and `search --server URL` print what the commands
 * print locally. Loopback only by default; on loopback, requests naming another host are refused (DNS rebinding).
 * With `--watch` it builds the documents itself and follows their files (`LiveBuild`): new, changed and removed
 * documents are in the answers seconds later, without a build of the whole corpus.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { SamverkanError, isSamverkanError, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { LiveBuild, type LiveUpdate } from "@samverkan/core/node";
import { buildSearchIndex, changesOfUpdate, SearchIndex, updateSearchIndexLive } from "@samverkan/search";
import type { Command, CommandIO } from "../command";
import { readGraphFile, readIndexFile } from "../graph-file";
import { LOOPBACK, listen, misdirected, type LocalServer } from "../listen";
import { printable } from "../printable";
import { answerQuestion, fallbackPassages, suggestNames } from "./answer";
import { searchOptions, searchReply } from "./search";

const USAGE = `Usage: samverkan serve --graph graph.json [--index index.json] [--port 8090] [--host 127.0.0.1]
       samverkan serve --watch <file or folder>... [--cache <folder>] [--every 60] [--port 8090] [--host 127.0.0.1]

Loads the graph, its documents' texts and its search index once and answers over HTTP with JSON:
  GET /ask?q=<question>                 what samverkan ask answers: {json, text, code}
  GET /search?q=<query>[&kind=…&limit=…] what samverkan search answers: {json, text}; the options of
                                        samverkan search as parameters (kind, municipality, organisation,
                                        party, from, to, limit)
Errors are {error: {code, message}} with status 400 (a bad question or option) or 404 (no such route).
Ask it from the command line with samverkan ask "<question>" --server http://127.0.0.1:8090.

With --watch it builds the graph of the documents under the given files and folders itself, in memory, and
follows them: half a second after the file system tells of a change in one of their folders (and every --every
seconds whatever it tells) it looks at their files and reads only those that are new or changed, so an added
protocol is in the answers seconds later; the graph is the one samverkan build would make of the same files.

Options:
  --graph <file>    graph.json from samverkan build
  --index <file>    search index (default: index.json beside the graph; built in memory when there is none)
  --watch <path>    build the documents under path and follow their files (repeat it for several paths)
  --cache <folder>  with --watch: an extraction cache the first build reads and fills (samverkan build keeps
                    one in .samverkan-cache beside its graph); later updates use memory only
  --every <s>       with --watch: seconds between looks at the files when the file system tells of no change
                    (default 60; a network file system may tell nothing)
  --port <n>        port (default 8090; 0 picks a free one)
  --host <name>     address to bind (default 127.0.0.1, loopback only; any other prints a warning)
  -h, --help        show this text`;

/** A running question server. */
export type QuestionServer = LocalServer;

/** Status of an error the caller made, by code; anything else is the server's own (500). */
const CLIENT_ERRORS = new Set(["USAGE", "BAD_QUERY", "BAD_OPTION", "UNKNOWN_ENTITY", "AMBIGUOUS_ENTITY"]);

/** A graph and its search index, as a server answers from them. */
export interface Served {
  graph: KnowledgeGraph;
  index: SearchIndex;
}

/**
 * Serves `ask` and `search` on `host:port` (port 0 picks a free one) over a graph and index, or over what `source`
 * gives when each request comes (a live build's latest).
 * @param log - Told of internal errors, with their stack.
 */
export function serveQuestions(
  source: Served | (() => Served),
  host = "127.0.0.1",
  port = 8090,
  log: (text: string) => void = () => undefined,
): Promise<QuestionServer> {
  const answer = async (route: string, params: URLSearchParams): Promise<unknown> => {
    const { graph, index } = typeof source === "function" ? source() : source;
    const q = params.get("q");
    if (route === "/") return { samverkan: "serve", routes: ["/ask?q=", "/search?q="] };
    if (route !== "/ask" && route !== "/search") return undefined;
    if (!q) throw new SamverkanError("USAGE", `samverkan serve: give the ${route === "/ask" ? "question" : "query"} as ?q=`);
    if (route === "/ask")
      return answerQuestion(graph, q, { suggest: (name) => suggestNames(index, name), passages: (asked) => fallbackPassages(index, asked) });
    const many = (name: string) => (params.has(name) ? params.getAll(name) : undefined);
    const one = (name: string) => params.get(name) ?? undefined;
    const options = searchOptions({
      kind: many("kind"),
      municipality: many("municipality"),
      organisation: many("organisation"),
      party: many("party"),
      from: one("from"),
      to: one("to"),
      limit: one("limit"),
    });
    return searchReply(index, q, options);
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      response.writeHead(status, {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Length": Buffer.byteLength(text),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      response.end(request.method === "HEAD" ? undefined : text);
    };
    const fail = (status: number, code: string, message: string) => send(status, { error: { code, message } });
    if (request.method !== "GET" && request.method !== "HEAD") return fail(405, "USAGE", `samverkan serve: ${request.method} is not answered; use GET`);
    if (misdirected(host, request.headers.host)) return fail(421, "USAGE", "samverkan serve: this server answers only to loopback names");
    let url: URL;
    try {
      url = new URL(request.url ?? "/", "http://localhost");
    } catch {
      return fail(400, "USAGE", "samverkan serve: not a URL");
    }
    try {
      const body = await answer(url.pathname, url.searchParams);
      if (body === undefined) return fail(404, "NOT_FOUND", `samverkan serve: no route ${url.pathname}; ask /ask?q= or /search?q=`);
      send(200, body);
    } catch (error) {
      if (isSamverkanError(error)) return fail(CLIENT_ERRORS.has(error.code) ? 400 : 500, error.code, error.message);
      log(`samverkan serve: internal error, please report it:\n${(error as Error).stack ?? String(error)}`);
      fail(500, "INTERNAL", "samverkan serve: internal error (the server's log has the details)");
    }
  };
  return listen(
    createServer((request, response) => void handle(request, response)),
    host,
    port,
    "samverkan serve",
  );
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      graph: { type: "string", short: "g" },
      index: { type: "string" },
      watch: { type: "string", multiple: true },
      cache: { type: "string" },
      every: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
    },
  });
  const watch = values.watch ?? [];
  if (!values.graph === (watch.length === 0)) throw new SamverkanError("USAGE", `samverkan serve: give --graph or --watch, one of the two\n\n${USAGE}`);
  for (const [option, given] of [
    ["--index", values.index],
    ["--cache", values.cache],
    ["--every", values.every],
  ] as const)
    if (given !== undefined && (option === "--index") === !values.graph)
      throw new SamverkanError("USAGE", `samverkan serve: ${option} goes with ${option === "--index" ? "--graph" : "--watch"}\n\n${USAGE}`);
  const port = values.port === undefined ? 8090 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SamverkanError("USAGE", `samverkan serve: --port must be a number from 0 to 65535, not "${values.port}"`);
  const every = values.every === undefined ? 60 : Number(values.every);
  if (!(every >= 0.1)) throw new SamverkanError("USAGE", `samverkan serve: --every must be a number of seconds, 0.1 or more, not "${values.every}"`);
  const host = values.host ?? "127.0.0.1";
  let served: Served;
  let follow: { stop(): Promise<void> } | undefined;
  if (values.graph) {
    // Texts too: search's snippets are cut from them, and a server holds them once for every question.
    const loaded = await readGraphFile(values.graph);
    const saved = await readIndexFile(values.graph, loaded, values.index, io.err);
    let index: SearchIndex;
    if (saved) index = SearchIndex.load(saved.text, { documents: loaded.documents, source: saved.file });
    else {
      io.err(`samverkan serve: no search index beside ${values.graph}; building it in memory (samverkan build writes one)`);
      index = buildSearchIndex(loaded.graph, loaded.documents);
    }
    served = { graph: loaded.graph, index };
  } else {
    const started = process.cpuUsage();
    const live = await LiveBuild.start(watch, { cache: values.cache });
    const { graph, documents, failures } = live.current;
    for (const failure of failures) io.err(printable(`error: ${failure.message}`, [failure.file]));
    served = { graph, index: buildSearchIndex(graph, documents, { forLiveUpdates: true }) };
    io.err(`samverkan serve: built ${documents.length} documents (${graph.order} nodes, ${graph.size} edges) in ${cpuSeconds(started)} CPU-s`);
    follow = live.follow(
      (update, before) => {
        served = servedAfter(served, update, () => live.current.documents, io.err);
        const counts = `${update.added.length} added, ${update.changed.length} changed, ${update.removed.length} removed`;
        io.err(`samverkan serve: ${counts}; ${update.graph.order} nodes, ${update.graph.size} edges; updated in ${cpuSeconds(before)} CPU-s`);
        for (const failure of update.failures) io.err(printable(`error: ${failure.message}`, [failure.file]));
      },
      {
        poll: every * 1000,
        failed: (error) => io.err(`samverkan serve: could not update (${isSamverkanError(error) ? error.message : String(error)}); trying again`),
      },
    );
  }
  const server = await serveQuestions(() => served, host, port, io.err);
  if (!LOOPBACK.has(host)) io.err(`samverkan serve: warning: listening on ${host}, not loopback: anyone who reaches it can read the graph`);
  io.err(`samverkan serve: answering on ${server.url} (GET /ask?q=…, /search?q=…)${follow ? `, following ${watch.join(", ")}` : ""}; Ctrl+C stops`);
  await new Promise<void>((resolve) => {
    const stop = () => void Promise.all([server.close(), follow?.stop()]).then(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

/**
 * What a server answers from after a live update: its index updated by the update's changes, or built again from the
 * whole graph when that throws. The live build has moved on (its graph is patched in place) and the next update's
 * changes start from there, so an index left as it was would stay behind the graph for good.
 */
export function servedAfter(
  served: Served,
  update: LiveUpdate,
  documents: () => readonly DocumentRecord[],
  err: (line: string) => void,
  updateIndex: typeof updateSearchIndexLive = updateSearchIndexLive,
): Served {
  try {
    return { graph: update.graph, index: updateIndex(served.index, update.graph, changesOfUpdate(update)) };
  } catch (error) {
    // A user's error says what; an unexpected one keeps its stack, which is what finding it needs.
    const why = isSamverkanError(error) ? error.message : error instanceof Error ? (error.stack ?? String(error)) : String(error);
    err(`samverkan serve: could not update the search index (${why}); building it again`);
    return { graph: update.graph, index: buildSearchIndex(update.graph, documents(), { forLiveUpdates: true }) };
  }
}

/** CPU seconds (all threads) since `since`, as text. */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1e6).toFixed(2);
};

/** `samverkan serve`. */
export const serveCommand: Command = { name: "serve", usage: USAGE, run };
