// Serves this example on http://127.0.0.1:8081/ : the page, its script, its graph.json, and the viewer's browser
// build from packages/viewer/dist (run `pnpm build` first). Only these files are served.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const files = {
  "/": [here("index.html"), "text/html; charset=utf-8"],
  "/index.html": [here("index.html"), "text/html; charset=utf-8"],
  "/main.js": [here("main.js"), "text/javascript; charset=utf-8"],
  "/graph.json": [here("graph.json"), "application/json; charset=utf-8"],
  "/viewer.js": [here("../../packages/viewer/dist/browser/viewer.js"), "text/javascript; charset=utf-8"],
};
const port = Number(process.env.PORT ?? 8081);

createServer(async (request, response) => {
  const entry = files[new URL(request.url ?? "/", "http://localhost").pathname];
  if (!entry) return response.writeHead(404).end("Not found\n");
  try {
    response.writeHead(200, { "Content-Type": entry[1] }).end(await readFile(entry[0]));
  } catch {
    response.writeHead(500).end(`Missing ${entry[0]}: run \`pnpm build\` first\n`);
  }
}).listen(port, "127.0.0.1", () => console.log(`viewer-embed example: http://127.0.0.1:${port}/`));
