/**
 * Atomic files
 * ============
 *
 * Writes a file so that readers see the old one or the whole new one, never half: into a temporary file in the same
 * folder (`.<name>.<pid>.<ms>.tmp`, the name `removeStaleTemps` of `@samverkan/core/node` looks for after a crash),
 * then renamed over the target. `writeFileAtomicStream` takes the content in pieces, so a file of any size is written
 * without one string of it, optionally gzip-compressed, and gives the SHA-256 of the bytes stored.
 */
import { createHash } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { SamverkanError } from "../errors";

/**
 * Pieces are encoded into buffers of this many bytes, one write each: one write per line would cost a call each, and
 * joining the strings first then encoding them (`Buffer.from` of a 1 MB string made of thousands of pieces) cost
 * three times as much CPU as encoding each piece into its place (measured on the benchmark graph's 47 MB of lines).
 */
const WRITE_SIZE = 1 << 21;

async function atomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    if (error instanceof SamverkanError) throw error;
    throw new SamverkanError("READ_FAILED", `samverkan/write: could not write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
      file,
      cause: error,
    });
  }
}

/** Writes a file atomically: to a temporary file in the same folder, then renamed over the target. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await atomically(file, (tmp) => fs.writeFile(tmp, data));
}

/** Options of `writeFileAtomicStream`. */
export interface StreamWriteOptions {
  /** Compress what is written with gzip. Default false. */
  gzip?: boolean;
}

/**
 * Encodes the pieces (strings as UTF-8) into buffers of about `WRITE_SIZE` bytes; a large piece goes alone. With
 * `reuse`, each buffer yielded is filled again once the consumer asks for the next, so a caller must be done with it
 * by then (its write awaited): one buffer and one awaited write each, rather than a stream pipeline and a new buffer
 * per write, took 0.17 instead of 0.22 CPU-s for 58 MB of graph lines (median of 6 alternating runs).
 */
async function* gathered(pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, reuse: boolean): AsyncGenerator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(WRITE_SIZE);
  let used = 0;
  for await (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = typeof piece === "string" ? piece.length * 3 : piece.byteLength;
    if (used > 0 && used + most > WRITE_SIZE) {
      yield buffer.subarray(0, used);
      if (!reuse) buffer = Buffer.allocUnsafe(WRITE_SIZE);
      used = 0;
    }
    if (most > WRITE_SIZE) yield typeof piece === "string" ? Buffer.from(piece) : piece;
    else if (typeof piece === "string") used += buffer.write(piece, used);
    else {
      buffer.set(piece, used);
      used += piece.byteLength;
    }
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/**
 * Writes a file atomically from pieces (strings are UTF-8), streamed, optionally gzip-compressed.
 * @returns The SHA-256 (hex) and size of the bytes stored.
 */
export async function writeFileAtomicStream(
  file: string,
  pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: StreamWriteOptions = {},
): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  const tap = async function* (source: AsyncIterable<Uint8Array>) {
    for await (const data of source) {
      hash.update(data);
      bytes += data.byteLength;
      yield data;
    }
  };
  await atomically(file, async (tmp) => {
    // Node's gzip writes no time or name into its header: the same content gives the same bytes. The gzip stream may
    // hold a buffer past the next pull, so it gets fresh ones.
    if (options.gzip) return pipeline(Readable.from(gathered(pieces, false)), createGzip(), tap, createWriteStream(tmp));
    const handle = await fs.open(tmp, "w");
    try {
      for await (const data of gathered(pieces, true)) {
        hash.update(data);
        bytes += data.byteLength;
        for (let at = 0; at < data.byteLength;) at += (await handle.write(data, at)).bytesWritten;
      }
    } finally {
      await handle.close();
    }
  });
  return { sha256: hash.digest("hex"), bytes };
}
