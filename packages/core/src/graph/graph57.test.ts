import { describe, expect, it } from "vitest";
import { isNameRule, writtenForm } from "./build-graph";

describe("a protocol header's person", () => {
  // Its evidence is the name as written, so a spelling of it (`Carl Oscar Berg` in the header, `Carl-Oscar Berg` in
  // the items) is counted among the node's forms and kept as an alias.
  it("is read by a rule whose evidence is the name", () => {
    expect(isNameRule("protocol:person")).toBe(true);
    expect(isNameRule("protocol:party")).toBe(false);
  });
  it("is written given name first when its header lists it surname first with a comma (`Berg, Anna`)", () => {
    expect(writtenForm({ kind: "person", key: "anna berg", label: "Anna Berg" }, "Berg, Anna")).toBe("Anna Berg");
  });
});
