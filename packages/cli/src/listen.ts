/**
 * Listen
 * ======
 *
 * What `view` and `serve` share as local HTTP servers: the loopback names (a server on loopback answers only
 * requests that name one, so a page elsewhere cannot reach it through DNS rebinding) and starting to listen with one
 * clear message for a port in use or a host that cannot be listened on.
 */
import type { Server } from "node:http";
import { SamverkanError } from "@samverkan/core";

/** Host names that are this machine. */
export const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** A running local server. */
export interface LocalServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Whether a request's Host header names another machine while the server listens on loopback only. */
export function misdirected(listeningHost: string, hostHeader: string | undefined): boolean {
  return LOOPBACK.has(listeningHost) && !LOOPBACK.has((hostHeader ?? "").replace(/:\d+$/, ""));
}

/**
 * Starts `server` on `host:port` (port 0 picks a free one).
 * @param who - The command, for messages (`samverkan serve`).
 * @throws SamverkanError USAGE for a port in use or a host that cannot be listened on.
 */
export function listen(server: Server, host: string, port: number, who: string): Promise<LocalServer> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new SamverkanError("USAGE", `${who}: port ${port} on ${host} is in use; pass another --port`));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new SamverkanError("USAGE", `${who}: cannot listen on host ${host}`));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      const shown = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${actual}/`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
