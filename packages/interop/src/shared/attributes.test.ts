import { describe, expect, it } from "vitest";
import type { EdgeAttributes } from "@samverkan/core";
import { flattenAttributes, jsonWithoutBackslashQuote } from "./attributes";

describe("jsonWithoutBackslashQuote", () => {
  it.each([
    ["quote", { quote: 'sa "ja"' }],
    ["backslash before quote", ["a\\", 'b\\"c']],
    ["newline and unicode", ["rad\nett", "Åsa"]],
  ])("%s: parses to the same value with no backslash-quote", (_case, value) => {
    const text = jsonWithoutBackslashQuote(value);
    expect(text).not.toMatch(/\\"/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("flattenAttributes", () => {
  it("keeps scalars, lists as asked, structured values as JSON, and drops empty values", () => {
    const edge: EdgeAttributes = {
      kind: "holds_role",
      evidence: [],
      role: "",
      former: true,
      weight: 2.5,
      reasons: ["a"],
      chain: [{ statement: "s", evidence: [] }],
    };
    expect(flattenAttributes(edge, { keepStringLists: true, omit: ["weight"] })).toEqual({
      kind: "holds_role",
      former: true,
      reasons: ["a"],
      chain: '[{"statement":"s","evidence":[]}]',
    });
  });
});
