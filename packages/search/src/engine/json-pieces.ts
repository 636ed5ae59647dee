/**
 * JSON pieces
 * ===========
 *
 * `JSON.stringify(value)` as a sequence of pieces whose concatenation is the same text, for writing a large value
 * without making its text: a long string that JSON writes as it is goes out as a piece of its own, the very string.
 * The one JSON text of `index.json` (15 million characters on the benchmark corpus, mostly a few long strings) was
 * made in parts of 16,384 characters that all lived until it was done, and were copied twice by the young
 * generation's collector: 65 of the 470 MB it copied in a build.
 */

/** Strings at least this long go out as they are (when JSON escapes none of their characters). */
const LONG = 1 << 15;
/** Elements of a long array stringified together (the elements of a long array are small in an index). */
const RUN = 4096;
/** A character `JSON.stringify` writes otherwise: quotes, backslashes, controls, lone surrogates (here any surrogate). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(value)` in pieces (see above), for a value it writes some text for. */
export function* jsonPieces(value: unknown): Generator<string> {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (typeof value === "string" && value.length >= LONG && !ESCAPED.test(value)) {
    yield '"';
    yield value;
    yield '"';
  } else if (Array.isArray(value) && value.length > RUN) {
    for (let i = 0; i < value.length; i += RUN) yield `${i > 0 ? "," : "["}${JSON.stringify(value.slice(i, i + RUN)).slice(1, -1)}`;
    yield "]";
  } else if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      const item: unknown = value[i];
      // As JSON.stringify: null for what it writes nothing for.
      if (writesNothing(item)) yield "null";
      else yield* jsonPieces(item);
    }
    yield "]";
  } else if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    let first = true;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (writesNothing(item)) continue;
      yield `${first ? "{" : ","}${JSON.stringify(key)}:`;
      yield* jsonPieces(item);
      first = false;
    }
    yield first ? "{}" : "}";
  } else yield JSON.stringify(value);
}

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
const writesNothing = (value: unknown) => value === undefined || typeof value === "function" || typeof value === "symbol";
