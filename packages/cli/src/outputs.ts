/**
 * Outputs
 * =======
 *
 * How a graph names the search index written with it: by the index's hash.
 */
import { createHash } from "node:crypto";

/** SHA-256 of some bytes, in hex: how a graph names the search index written with it. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
