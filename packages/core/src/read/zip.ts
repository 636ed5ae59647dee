/**
 * Zip
 * ===
 *
 * Word and OpenDocument files are zip archives. Before a reader unpacks one, its entries are listed from the
 * central directory and each is inflated with a cap on what it may grow to, so a zip bomb (a small file that
 * inflates to gigabytes, or lies about its sizes) is refused with a clear error instead of exhausting memory.
 * Inflation is the platform's own `DecompressionStream` (Node and browsers), streamed chunk by chunk.
 */
import { SamverkanError } from "../errors";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** Most bytes all entries of an archive may inflate to, by default. */
export const DEFAULT_MAX_UNPACKED = 200 * 1024 * 1024;

const bad = (source: string, why: string) => new SamverkanError("BAD_ARCHIVE", `samverkan/read: ${source} ${why}`, { file: source });

/** The entries of a zip archive, from its central directory. */
export function zipEntries(bytes: Uint8Array, source: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad(source, "is not a zip archive (no central directory): a damaged or truncated Word or OpenDocument file");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw bad(source, "has a damaged zip directory");
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The bytes of one entry, inflated; more than `limit` bytes is an error, whatever the entry says of its size. */
export async function unzipEntry(bytes: Uint8Array, entry: ZipEntry, source: string, limit: number): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw bad(source, `has a damaged zip entry (${entry.name})`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw bad(source, `is truncated (${entry.name})`);
  if (entry.method === 0) {
    if (data.length > limit) throw bad(source, `unpacks to more than ${limit} bytes (a zip bomb?)`);
    return data;
  }
  if (entry.method !== 8) throw bad(source, `uses a zip compression this reader does not know (${entry.name}: method ${entry.method})`);
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw bad(source, `unpacks to more than ${limit} bytes (a zip bomb?)`);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof SamverkanError) throw error;
    throw bad(source, `has a damaged zip entry (${entry.name}: ${(error as Error).message})`);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Inflates every entry under one budget for the whole archive, so that lies about sizes are caught. */
export async function unzipAll(bytes: Uint8Array, source: string, limit = DEFAULT_MAX_UNPACKED): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  let left = limit;
  for (const entry of zipEntries(bytes, source)) {
    if (entry.name.endsWith("/")) continue;
    const data = await unzipEntry(bytes, entry, source, left);
    left -= data.byteLength;
    out.set(entry.name, data);
  }
  return out;
}
