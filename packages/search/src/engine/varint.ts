/**
 * Varint
 * ======
 *
 * Integers as LEB128 variable-length bytes (7 bits a byte, the high bit set on all but the last), and bytes as
 * base64, for the parts of `index.json` that are long runs of small numbers: posting lists, passage offsets, field
 * lengths. At 50,000 passages the postings are ~2.5 million numbers; as JSON number arrays they were 13 MB and most of
 * the load time went to parsing them, as varint bytes in base64 they are a third of that and decode in one pass into
 * typed arrays. base64 is Node's `Buffer` where there is one (native: a 15 MB index took 0.2 s to encode by hand),
 * else hand-written, as the package runs in browsers too and `Uint8Array.fromBase64` is not in Node 20; `atob` builds a
 * string of the whole input first.
 *
 * [Reference] https://en.wikipedia.org/wiki/LEB128, https://www.rfc-editor.org/rfc/rfc4648#section-4
 */

/** Bytes appended one varint at a time into a buffer that doubles as it fills. */
export class ByteWriter {
  private buffer: Uint8Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.buffer = new Uint8Array(Math.max(16, capacity));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.size;
  }

  /** Appends a non-negative integer below 2^32. */
  write(value: number): void {
    if (this.size + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    while (value >= 0x80) {
      this.buffer[this.size++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.size++] = value;
  }

  /** The bytes written (a copy of exactly that length). */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.size);
  }
}

/** Varint bytes of `values` (each a non-negative integer below 2^32). */
export function encodeVarints(values: ArrayLike<number>): Uint8Array {
  const writer = new ByteWriter(values.length + 16);
  for (let i = 0; i < values.length; i++) writer.write(values[i]!);
  return writer.toBytes();
}

/** Decodes varint bytes; throws a plain Error when they end inside a number or a number does not fit 32 bits. */
export function decodeVarints(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) count++;
  if (bytes.length > 0 && bytes[bytes.length - 1]! >= 0x80) throw new Error("varints end inside a number");
  const values = new Uint32Array(count);
  for (let i = 0, n = 0; n < count; n++) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++]!;
      if (shift === 28 && byte > 0x0f) throw new Error("a varint does not fit 32 bits");
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte >= 0x80);
    values[n] = value;
  }
  return values;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const CODES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = "=".charCodeAt(0);
// The characters are written as bytes and decoded at once: a string built a character at a time took 2.4 s for the
// 6 MB of a 50,000-passage index, this takes milliseconds.
const ASCII = new TextDecoder("latin1");

// Node's Buffer, looked up so that bundlers for browsers do not pull in a polyfill.
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Standard base64 (with `=` padding) of some bytes. */
export function toBase64(bytes: Uint8Array): string {
  return NodeBuffer ? NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("base64") : portableBase64.encode(bytes);
}

/** Bytes of a standard base64 string; throws a plain Error on a character outside the alphabet or a bad length. */
export function fromBase64(text: string): Uint8Array {
  if (!NodeBuffer || text.length % 4 !== 0) return portableBase64.decode(text);
  // Buffer skips characters outside the alphabet, so then it gives fewer bytes; it reads `-` and `_` (base64url) too.
  const bytes = NodeBuffer.from(text, "base64");
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  if (bytes.length !== (text.length / 4) * 3 - padding || text.includes("-") || text.includes("_")) return portableBase64.decode(text);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** `toBase64` and `fromBase64` without `Buffer`, as in browsers. */
export const portableBase64 = { encode, decode };

function encode(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let n = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const bits = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[n++] = ALPHABET_CODES[bits >> 18]!;
    out[n++] = ALPHABET_CODES[(bits >> 12) & 63]!;
    out[n++] = ALPHABET_CODES[(bits >> 6) & 63]!;
    out[n++] = ALPHABET_CODES[bits & 63]!;
  }
  if (i < bytes.length) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    out[n++] = ALPHABET_CODES[a >> 2]!;
    out[n++] = ALPHABET_CODES[((a & 3) << 4) | (b >> 4)]!;
    out[n++] = i + 1 < bytes.length ? ALPHABET_CODES[(b & 15) << 2]! : PAD;
    out[n] = PAD;
  }
  return ASCII.decode(out);
}

function decode(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error("base64 of a length that is not a multiple of 4");
  let padding = 0;
  if (text.endsWith("==")) padding = 2;
  else if (text.endsWith("=")) padding = 1;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let n = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const a = code(text, i);
    const b = code(text, i + 1);
    const c = last && padding === 2 ? 0 : code(text, i + 2);
    const d = last && padding >= 1 ? 0 : code(text, i + 3);
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[n++] = bits >> 16;
    if (n < bytes.length) bytes[n++] = (bits >> 8) & 255;
    if (n < bytes.length) bytes[n++] = bits & 255;
  }
  return bytes;
}

function code(text: string, at: number): number {
  const value = CODES[text.charCodeAt(at)] ?? -1;
  if (value < 0) throw new Error(`base64 with a character outside the alphabet at ${at}`);
  return value;
}

/** base64 of the varints of `values`: how `index.json` stores a run of integers. */
export function encodeIntegers(values: ArrayLike<number>): string {
  return toBase64(encodeVarints(values));
}

/** The integers of `encodeIntegers`; throws a plain Error on bad base64 or bad varints. */
export function decodeIntegers(text: string): Uint32Array {
  return decodeVarints(fromBase64(text));
}
