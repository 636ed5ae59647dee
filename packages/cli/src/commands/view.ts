/**
 * samverkan view
 * ==============
 *
 * Opens a graph on the viewer's map. By default serves the site on 127.0.0.1 and prints its address; with `--out`
 * writes the same site as static files (HTML, script, `site.json`, `graph.json`, `index.json`, their gzip copies
 * `graph.json.gz` and `index.json.gz`, and one `texts/<n>.txt` per document for the document view) that any static
 * host serves. The page fetches the `.gz` files itself and unpacks them with the browser's `DecompressionStream`, so
 * compression works on any host; the server also answers a request for `graph.json` that accepts gzip with the
 * compressed bytes and `Content-Encoding: gzip`. It answers only for the site's own files, held in memory, so no
 * request path can reach the disk. `site.json` carries the length of the `graph.json` checked here: a page that reads a
 * graph of that length skips checking its structure again (a second or more on a big graph).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzip } from "node:zlib";
import { SamverkanError } from "@samverkan/core";
import { removeStaleTemps, writeDirectoryAtomic } from "@samverkan/core/node";
import { SearchIndex } from "@samverkan/search";
import type { Command } from "../command";
import { readGraphFile, readIndexFile } from "../graph-file";
import { LOOPBACK, listen, misdirected, type LocalServer } from "../listen";
import { printable } from "../printable";

/** Marker file that says a directory was written by `samverkan view --out`, so a later run may replace it. */
const SITE_MARKER = ".samverkan-site";

/** Same policy as the page's meta tag, sent as a header too when served. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  gz: "application/gzip",
};

const gzipAsync = promisify(gzip);

/** Options of `view`. */
export interface ViewOptions {
  /** Path of `graph.json`. */
  graph: string;
  /** Path of `index.json` written by `samverkan build`; default: `index.json` beside the graph, when there is one. */
  index?: string;
  /** Directory of the viewer's built site (`index.html`, `app.js`); default: `@samverkan/viewer`'s `dist/site`. */
  assets?: string;
  /** Page title. */
  title?: string;
}

/** One file of the site. */
export interface SiteFile {
  name: string;
  body: Buffer;
}

/** Where `@samverkan/viewer` keeps its built site. */
export function defaultSiteAssets(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@samverkan/viewer/package.json")), "dist", "site");
}

/**
 * Reads and checks everything the site needs, returning its files: the graph must load, and the index must be one
 * `SearchIndex.load` reads and, where the graph names its index, that very one.
 * @param note - Told when an `index.json` beside the graph is left out as another build's.
 */
export async function collectSiteFiles(options: ViewOptions, note: (text: string) => void = () => undefined): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  const loaded = await readGraphFile(options.graph);
  const data = async (name: string, text: string) => {
    const body = Buffer.from(text);
    files.push({ name, body }, { name: `${name}.gz`, body: await gzipAsync(body) });
  };
  await data("graph.json", loaded.text);
  const index = await readIndexFile(options.graph, loaded, options.index, note);
  if (index) {
    SearchIndex.load(index.text, { source: index.file });
    await data("index.json", index.text);
  }
  // One file per document, named by its place in the graph's document list: the page reads a text only when a
  // reader opens the document view, whether or not graph.json carries the texts.
  loaded.documents.forEach((doc, position) => {
    if (doc.text) files.push({ name: `texts/${position}.txt`, body: Buffer.from(doc.text) });
  });
  const assets = options.assets ?? defaultSiteAssets();
  for (const name of ["index.html", "app.js"]) {
    const path = join(assets, name);
    if (!existsSync(path)) {
      throw new SamverkanError("NOT_FOUND", `samverkan/view: the viewer's site is not built (${path} is missing); run \`pnpm build\``, { file: path });
    }
    files.push({ name, body: await readFile(path) });
  }
  const manifest = {
    graph: "graph.json",
    graphLength: loaded.text.length,
    index: index ? "index.json" : null,
    title: options.title ?? "samverkan — who works with whom",
    gzip: true,
    texts: "texts",
  };
  files.push({ name: "site.json", body: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) });
  return files;
}

/**
 * Writes the site into `out` atomically: into a temporary sibling directory first, then renamed into place, readable
 * by a web server running as another user. An existing `out` is replaced only when it is empty or an earlier site
 * (it has the marker file). What interrupted runs left beside it is removed first.
 * @param startedAt - When this run started (ms since the epoch): only temporary folders older than that are removed.
 */
export async function writeSite(out: string, files: readonly SiteFile[], startedAt = Date.now()): Promise<string> {
  const target = resolve(out);
  await removeStaleTemps(target, startedAt);
  await writeDirectoryAtomic(target, Object.fromEntries(files.map((f) => [f.name, f.body])), {
    name: SITE_MARKER,
    content: "Written by `samverkan view --out`; the next run replaces this directory.\n",
  });
  return target;
}

/** A running site server. */
export type SiteServer = LocalServer;

/** Serves the site's files from memory on `host:port` (port 0 picks a free one). */
export function serveSite(files: readonly SiteFile[], host = "127.0.0.1", port = 8080): Promise<SiteServer> {
  const routes = new Map<string, SiteFile>(files.map((file) => [`/${file.name}`, file]));
  const index = routes.get("/index.html");
  if (index) routes.set("/", index);
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8", encoding?: string) => {
      response.writeHead(status, {
        "Content-Type": type,
        ...(encoding ? { "Content-Encoding": encoding, Vary: "Accept-Encoding" } : {}),
        "Content-Length": Buffer.byteLength(body),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Method not allowed\n");
    // A page on another site must not read the map through DNS rebinding: on loopback, only loopback names.
    if (misdirected(host, request.headers.host)) return send(421, "Misdirected request\n");
    let pathname: string;
    try {
      pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    } catch {
      return send(400, "Bad request\n");
    }
    const file = routes.get(pathname);
    if (!file) return send(404, "Not found\n");
    const type = CONTENT_TYPES[file.name.split(".").pop() ?? ""] ?? "application/octet-stream";
    const compressed = routes.get(`${pathname}.gz`);
    if (compressed && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) return send(200, compressed.body, type, "gzip");
    send(200, file.body, type);
  };
  return listen(createServer(handle), host, port, "samverkan/view");
}

const USAGE = `Usage: samverkan view --graph graph.json [--index index.json] [--port 8080] [--host 127.0.0.1] [--out site/]

Opens the graph on a map: search, filters, who works with whom, and the quotes behind every link.

Options:
  --graph <file>   graph.json from \`samverkan build\` (required)
  --index <file>   search index (default: index.json beside the graph, written by samverkan build)
  --port <n>       port to serve on (default 8080; 0 picks a free port)
  --host <name>    address to bind (default 127.0.0.1, loopback only)
  --out <dir>      write a static site into <dir> instead of serving (replaces an earlier site there)
  --title <text>   page title
  -h, --help       show this help`;

/** `samverkan view`. */
export const viewCommand: Command = {
  name: "view",
  summary: "Open the graph on a map in the browser, or write it as a static site",
  usage: USAGE,
  async run(argv, io) {
    let values: { graph?: string; index?: string; port?: string; host?: string; out?: string; title?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          graph: { type: "string" },
          index: { type: "string" },
          port: { type: "string" },
          host: { type: "string" },
          out: { type: "string" },
          title: { type: "string" },
          help: { type: "boolean", short: "h" },
        },
        allowPositionals: false,
      }));
    } catch (error) {
      throw new SamverkanError("USAGE", `samverkan view: ${(error as Error).message}\n\n${USAGE}`);
    }
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (!values.graph) throw new SamverkanError("USAGE", `samverkan view: --graph is required\n\n${USAGE}`);
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new SamverkanError("USAGE", `samverkan view: --port must be a number from 0 to 65535, got ${values.port}`);
    if (values.out && (values.port !== undefined || values.host !== undefined)) {
      throw new SamverkanError("USAGE", "samverkan view: --out writes files and serves nothing; drop --port/--host");
    }
    const startedAt = Date.now();
    const files = await collectSiteFiles({ graph: values.graph, index: values.index, title: values.title }, io.err);

    if (values.out) {
      const target = await writeSite(values.out, files, startedAt);
      io.out(printable(`samverkan view: wrote the site to ${target} (open it through any static web server)`, [target]));
      return 0;
    }

    const host = values.host ?? "127.0.0.1";
    if (!LOOPBACK.has(host)) io.err(`samverkan view: warning: serving on ${host}, which other machines may reach`);
    const site = await serveSite(files, host, port);
    io.out(printable(`samverkan view: serving ${site.url}`));
    io.err("Press Ctrl+C to stop.");
    await new Promise<void>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        void site.close().then(done);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    return 0;
  },
};
