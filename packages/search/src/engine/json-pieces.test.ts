import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./search-index-builder";
import { jsonPieces } from "./json-pieces";
import { createSampleGraph, SAMPLE_DOCUMENTS } from "../testing/sample-graph";

const LONG = 1 << 15;

describe("jsonPieces", () => {
  it("joins to JSON.stringify's text for any JSON value, long strings and long arrays among them", () => {
    const long = fc.oneof(
      fc.string({ minLength: LONG, maxLength: LONG + 40 }),
      fc.tuple(fc.string(), fc.constantFrom("a", '"', "\\", "\n", "\ud800", "\udc00x", "😀")).map(([s, c]) => c.repeat(LONG / c.length) + s),
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.jsonValue({ maxDepth: 1 }),
        long,
        fc.constantFrom(undefined, () => 1),
      ),
      node: fc.oneof(
        tie("leaf"),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.array(fc.integer(), { minLength: 4000, maxLength: 9000 }),
        fc.dictionary(fc.string(), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        // At the top, a value JSON.stringify writes no text for is no index's.
        fc.pre(JSON.stringify(v) !== undefined);
        expect([...jsonPieces(v)].join("")).toBe(JSON.stringify(v));
      }),
      { numRuns: 60 },
    );
  });

  it.each(['"', "\\", "\n", "\u001f", "\ud800", "\udc00", "x\udbff"])("escapes %j in a long string as JSON.stringify does", (c) => {
    const text = `${"ord ".repeat(LONG)}${c}`;
    expect([...jsonPieces([text])].join("")).toBe(JSON.stringify([text]));
  });

  it("gives a long string JSON writes as it is as a piece of its own, and follows toJSON", () => {
    const text = "ord ".repeat(LONG);
    const pieces = [...jsonPieces({ toJSON: () => ({ terms: text, n: 1 }) })];
    expect(pieces).toContain(text);
    expect(pieces.join("")).toBe(JSON.stringify({ terms: text, n: 1 }));
  });

  it("writes a search index as JSON.stringify does", () => {
    const index = buildSearchIndex(createSampleGraph(), SAMPLE_DOCUMENTS);
    expect([...index.toJSONPieces()].join("")).toBe(JSON.stringify(index));
  });
});
