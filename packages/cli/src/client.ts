/**
 * Client
 * ======
 *
 * Asks a running `samverkan serve` for an answer (`ask --server`, `search --server`), so a question costs a request
 * instead of loading the graph. A server that cannot be reached, or that answers with an error, is one clear line.
 */
import http from "node:http";
import type { ErrorCode } from "@samverkan/core";

/** The library's error, loaded only when there is one: a client that gets its answer never loads the library. */
async function failure(code: ErrorCode, message: string): Promise<Error> {
  const { SamverkanError } = await import("@samverkan/core");
  return new SamverkanError(code, message);
}

/**
 * GETs `/<route>?<params>` of the server at `base` and returns its JSON. An error the server reports (`{error: {code,
 * message}}`) is thrown as that SamverkanError; a server that cannot be reached is NOT_FOUND.
 */
export async function requestServer<T>(base: string, route: "ask" | "search", params: URLSearchParams): Promise<T> {
  let url: URL;
  try {
    url = new URL(`${route}?${params}`, base.endsWith("/") ? base : `${base}/`);
  } catch {
    throw await failure("USAGE", `samverkan ${route}: --server must be a URL such as http://127.0.0.1:8090, not "${base}"`);
  }
  if (url.protocol !== "http:") throw await failure("USAGE", `samverkan ${route}: --server must be an http:// URL, not "${base}"`);
  let reply: { status: number; body: string };
  try {
    reply = await get(url);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw await failure(
      "NOT_FOUND",
      `samverkan ${route}: no samverkan server answers at ${base} (${cause}); start one with samverkan serve --graph graph.json`,
    );
  }
  let body: { error?: { code: string; message: string } } | undefined;
  try {
    body = JSON.parse(reply.body) as typeof body;
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== "object")
    throw await failure("NOT_FOUND", `samverkan ${route}: ${base} answered ${reply.status} without JSON; is it a samverkan server?`);
  if (body.error) throw await failure(body.error.code as ErrorCode, body.error.message);
  return body as T;
}

/** A GET's status and text (node:http, not fetch: fetch refuses some ports a user may choose, such as 6000). */
function get(url: URL): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
