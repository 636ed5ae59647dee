/** The public entry of @samverkan/core holds the API, not the internals other modules share. */
import * as core from "@samverkan/core";
import { describe, expect, it } from "vitest";

describe("@samverkan/core's public entry", () => {
  it.each(["factResolver", "nodeId", "editDistance", "decodeBytes"])("does not export the internal %s", (name) => {
    expect(Object.keys(core)).not.toContain(name);
  });

  it("exports what the docs promise", () => {
    for (const name of [
      "readDocument",
      "loadDocument",
      "buildGraph",
      "extractDocument",
      "createExtractionModel",
      "ask",
      "citeEvidence",
      "pageAt",
      "loadGraph",
      "serializeGraph",
    ]) {
      expect(Object.keys(core), name).toContain(name);
    }
  });
});
