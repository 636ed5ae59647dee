import { createKnowledgeGraph, type NodeAttributes } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { distinctLabels, shownLabel } from "./distinct-labels";
import { labelSuggestions } from "./suggest";

const graph = () => {
  const g = createKnowledgeGraph();
  const add = (id: string, attrs: Partial<NodeAttributes>) => g.addNode(id, { kind: "organisation", ...attrs } as NodeAttributes);
  add("municipality:vallby", { kind: "municipality", label: "Vallby" });
  add("municipality:strand", { kind: "municipality", label: "Strand" });
  add("organisation:kommunstyrelsen-vallby", { label: "Kommunstyrelsen", type: "body", partOf: "municipality:vallby" });
  add("organisation:kommunstyrelsen-strand", { label: "Kommunstyrelsen", type: "body", partOf: "municipality:strand" });
  add("organisation:kommunstyrelsen", { label: "Kommunstyrelsen", type: "body" });
  add("organisation:socialnamnden-vallby", { label: "Socialnämnden", type: "body", partOf: "municipality:vallby" });
  return g;
};

describe("labels alike told apart", () => {
  it("names a node whose label others of its kind share with its place; a placeless one and a unique one keep theirs", () => {
    const g = graph();
    expect([...distinctLabels(g)].sort()).toEqual([
      ["organisation:kommunstyrelsen-strand", "Kommunstyrelsen (Strand)"],
      ["organisation:kommunstyrelsen-vallby", "Kommunstyrelsen (Vallby)"],
    ]);
    expect(shownLabel(g, "organisation:socialnamnden-vallby")).toBe("Socialnämnden");
    expect(shownLabel(g, "organisation:kommunstyrelsen")).toBe("Kommunstyrelsen");
  });

  it("the suggestions show the told-apart labels", () => {
    const labels = labelSuggestions(graph())
      .suggest("kommunstyrelsen", 10)
      .map((s) => s.label)
      .sort();
    expect(labels).toEqual(["Kommunstyrelsen", "Kommunstyrelsen (Strand)", "Kommunstyrelsen (Vallby)"]);
  });
});
