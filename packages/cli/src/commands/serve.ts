/**
 * samverkan serve
 * ===============
 *
 * Holds a built graph and its search index in memory and answers `ask` and `search` over HTTP with JSON, so a
 * question costs a request instead of loading the graph (on the 15,668-document benchmark graph a load takes
 * seconds, an answer milliseconds). `samverkan ask --server URL` and `search --server URL` print what the commands
 * print locally. Loopback only by default; on loopback, requests naming another host are refused (DNS rebinding).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { SamverkanError, isSamverkanError, type KnowledgeGraph } from "@samverkan/core";
import { buildSearchIndex, SearchIndex } from "@samverkan/search";
import type { Command, CommandIO } from "../command";
import { readGraphFile, readIndexFile } from "../graph-file";
import { LOOPBACK, listen, misdirected, type LocalServer } from "../listen";
import { answerQuestion, fallbackPassages, suggestNames } from "./answer";
import { searchOptions, searchReply } from "./search";

const USAGE = `Usage: samverkan serve --graph graph.json [--index index.json] [--port 8090] [--host 127.0.0.1]

Loads the graph, its documents' texts and its search index once and answers over HTTP with JSON:
  GET /ask?q=<question>                 what samverkan ask answers: {json, text, code}
  GET /search?q=<query>[&kind=…&limit=…] what samverkan search answers: {json, text}; the options of
                                        samverkan search as parameters (kind, municipality, organisation,
                                        party, from, to, limit)
Errors are {error: {code, message}} with status 400 (a bad question or option) or 404 (no such route).
Ask it from the command line with samverkan ask "<question>" --server http://127.0.0.1:8090.

Options:
  --graph <file>   graph.json from samverkan build (required)
  --index <file>   search index (default: index.json beside the graph; built in memory when there is none)
  --port <n>       port (default 8090; 0 picks a free one)
  --host <name>    address to bind (default 127.0.0.1, loopback only; any other prints a warning)
  -h, --help       show this text`;

/** A running question server. */
export type QuestionServer = LocalServer;

/** Status of an error the caller made, by code; anything else is the server's own (500). */
const CLIENT_ERRORS = new Set(["USAGE", "BAD_QUERY", "BAD_OPTION", "UNKNOWN_ENTITY", "AMBIGUOUS_ENTITY"]);

/**
 * Serves `ask` and `search` over one graph and index on `host:port` (port 0 picks a free one).
 * @param log - Told of internal errors, with their stack.
 */
export function serveQuestions(
  graph: KnowledgeGraph,
  index: SearchIndex,
  host = "127.0.0.1",
  port = 8090,
  log: (text: string) => void = () => undefined,
): Promise<QuestionServer> {
  const answer = async (route: string, params: URLSearchParams): Promise<unknown> => {
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
    options: { graph: { type: "string", short: "g" }, index: { type: "string" }, port: { type: "string" }, host: { type: "string" } },
  });
  if (!values.graph) throw new SamverkanError("USAGE", `samverkan serve: --graph is required\n\n${USAGE}`);
  const port = values.port === undefined ? 8090 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SamverkanError("USAGE", `samverkan serve: --port must be a number from 0 to 65535, not "${values.port}"`);
  const host = values.host ?? "127.0.0.1";
  // Texts too: search's snippets are cut from them, and a server holds them once for every question.
  const loaded = await readGraphFile(values.graph);
  const saved = await readIndexFile(values.graph, loaded, values.index, io.err);
  let index: SearchIndex;
  if (saved) index = SearchIndex.load(saved.text, { documents: loaded.documents, source: saved.file });
  else {
    io.err(`samverkan serve: no search index beside ${values.graph}; building it in memory (samverkan build writes one)`);
    index = buildSearchIndex(loaded.graph, loaded.documents);
  }
  const served = await serveQuestions(loaded.graph, index, host, port, io.err);
  if (!LOOPBACK.has(host)) io.err(`samverkan serve: warning: listening on ${host}, not loopback: anyone who reaches it can read the graph`);
  io.err(`samverkan serve: answering on ${served.url} (GET /ask?q=…, /search?q=…); Ctrl+C stops`);
  await new Promise<void>((resolve) => {
    const stop = () => void served.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

/** `samverkan serve`. */
export const serveCommand: Command = { name: "serve", usage: USAGE, run };
